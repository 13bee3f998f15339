// libFuzzer target: the JSON settings readers (pretraining and fine-tuning configs, as given to --config).
// Any input must give a config or std::invalid_argument naming what is wrong; nothing else may escape.
#include <cstdint>
#include <stdexcept>
#include <string>

#include "colorproxy/finetune/finetune_config.h"
#include "colorproxy/pretrain/colorization_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const auto c = colorproxy::ColorizationConfig::fromJsonString(text, "fuzz.json");
    (void)c.validate();
    (void)c.toJsonString();
  } catch (const std::invalid_argument&) {
  }
  try {
    const auto f = colorproxy::FinetuneConfig::fromJsonString(text, "fuzz.json");
    (void)f.validate();
    (void)f.toJsonString();
  } catch (const std::invalid_argument&) {
  }
  return 0;
}
