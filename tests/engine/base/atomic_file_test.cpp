#include <gtest/gtest.h>

#include <fstream>

#include "colorproxy/base/atomic_file.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;

namespace {

size_t countEntries(const fs::path& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST(AtomicFile, WritesAndReplaces) {
  TempDir tmp;
  const auto f = tmp / "a.txt";
  writeFileAtomically(f, "first");
  EXPECT_EQ(readTextFile(f), "first");
  writeFileAtomically(f, "second, longer");
  EXPECT_EQ(readTextFile(f), "second, longer");
  writeFileAtomically(f, "");
  EXPECT_EQ(readTextFile(f), "");
  EXPECT_EQ(countEntries(tmp.path()), 1u) << "no temporary files may be left behind";
}

TEST(AtomicFile, FailedWriterKeepsPreviousFile) {
  TempDir tmp;
  const auto f = tmp / "model.bin";
  writeFileAtomically(f, "good");
  try {
    writeFileAtomically(f, [](const fs::path& t) {
      std::ofstream(t) << "half-written";
      throw std::runtime_error("No space left on device");
    });
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("model.bin"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("No space left"), std::string::npos) << e.what();
  }
  EXPECT_EQ(readTextFile(f), "good");
  EXPECT_EQ(countEntries(tmp.path()), 1u);
}

TEST(AtomicFile, WriterThatWritesNothingIsAnError) {
  TempDir tmp;
  EXPECT_THROW(writeFileAtomically(tmp / "x", [](const fs::path&) {}), std::runtime_error);
  EXPECT_FALSE(fs::exists(tmp / "x"));
}

TEST(AtomicFile, ReadMissingNamesFile) {
  try {
    readTextFile("/nonexistent/zz.json");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/zz.json"), std::string::npos);
  }
}
