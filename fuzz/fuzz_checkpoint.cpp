// libFuzzer target: the checkpoint reader (a torch zip archive plus ColorProxy's JSON metadata). Any file
// must load or raise std::runtime_error naming it; loading into a small network must not crash.
#include <cstdint>
#include <cstdlib>
#include <stdexcept>

#include "fuzz_scratch.h"
#include "io/checkpoint.h"

// CP_WRITE_CHECKPOINT_SEED=<file> writes a small valid checkpoint (the seed in fuzz/corpus) and exits.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  if (const char* seed = std::getenv("CP_WRITE_CHECKPOINT_SEED")) {
    torch::nn::Linear net(2, 2);
    colorproxy::CheckpointWriter w;
    w.addModule("net", *net);
    w.addTensor("x", torch::arange(4));
    w.setMeta(R"({"task": "colorization", "position": {"epoch": 1, "batch": 0}})");
    w.save(seed);
    std::exit(0);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path dir = colorproxy::fuzz::scratchDir("checkpoint");
  static torch::nn::Linear net(2, 2);
  const auto file = dir / "c.pt";
  colorproxy::fuzz::writeFile(file, data, size);
  try {
    colorproxy::CheckpointReader reader(file);
    (void)reader.meta();
    if (reader.has("net")) reader.loadModule("net", *net);
    if (reader.has("x")) (void)reader.tensor("x");
  } catch (const std::runtime_error&) {
  }
  return 0;
}
