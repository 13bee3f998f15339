// The zip check that runs before LibTorch reads a checkpoint or a .pth file: intact archives written by
// LibTorch and by Python's PyTorch pass; a flipped byte, a cut-off end and a fuzzer-found file that made
// LibTorch allocate 33 GB are refused with a reason.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "io/checkpoint.h"
#include "io/zip_integrity.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;

namespace {

std::string readAll(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string failure(const fs::path& file) {
  try {
    verifyZipArchive(file);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

fs::path writeCheckpoint(const fs::path& file) {
  torch::manual_seed(3);
  torch::nn::Linear net(16, 8);
  CheckpointWriter w;
  w.addModule("net", *net);
  w.setMeta(R"({"task": "colorization"})");
  w.save(file);
  return file;
}

}  // namespace

TEST(ZipIntegrity, IntactArchivesPass) {
  TempDir tmp;
  EXPECT_EQ(failure(writeCheckpoint(tmp / "c.pt")), "");
  // Written by Python's torch.save (tests/fixtures/pix2pix/make_fixture.py), not by LibTorch.
  EXPECT_EQ(failure(colorproxy::test::sourceDir() / "tests" / "fixtures" / "pix2pix" / "latest_net_G.pth"),
            "");
}

TEST(ZipIntegrity, DamageIsFoundAndNamed) {
  TempDir tmp;
  const std::string good = readAll(writeCheckpoint(tmp / "c.pt"));
  // One flipped byte inside an entry (the metadata string in data.pkl): every entry's CRC-32 is checked.
  const std::size_t at = good.find("colorization");
  ASSERT_NE(at, std::string::npos);
  std::string flipped = good;
  flipped[at] ^= 0x20;
  colorproxy::test::writeBytes(tmp / "flipped.pt", flipped);
  EXPECT_NE(failure(tmp / "flipped.pt"), "");
  try {
    CheckpointReader r(tmp / "flipped.pt");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("flipped.pt' is not a readable ColorProxy checkpoint (damaged: "),
              std::string::npos)
        << e.what();
  }
  // Cut off: the directory at the end is gone.
  colorproxy::test::writeBytes(tmp / "cut.pt", good.substr(0, good.size() / 2));
  EXPECT_NE(failure(tmp / "cut.pt").find("truncated"), std::string::npos) << failure(tmp / "cut.pt");
  colorproxy::test::writeBytes(tmp / "empty.pt", "");
  EXPECT_NE(failure(tmp / "empty.pt").find("too short"), std::string::npos);
}

// The fuzz_checkpoint input that made LibTorch try to allocate 33 GB: refused, nothing allocated.
TEST(ZipIntegrity, FuzzerFoundFileIsRefused) {
  const fs::path file =
      colorproxy::test::sourceDir() / "tests" / "fixtures" / "damaged" / "checkpoint-bad-crc.pt";
  EXPECT_NE(failure(file).find("fails its CRC-32 check"), std::string::npos) << failure(file);
  EXPECT_THROW(CheckpointReader r(file), std::runtime_error);
}
