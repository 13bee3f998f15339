#pragma once
// Helpers shared by every test executable.
#include <filesystem>
#include <optional>
#include <string>

#include <opencv2/core.hpp>

namespace colorproxy::test {

/// A fresh temporary folder removed (recursively) when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

 private:
  std::filesystem::path m_path;
};

/// ../shared/data beside the checkout, or nothing when absent (a user's clone has no shared/).
std::optional<std::filesystem::path> sharedDataDir();

/// The repository root (for resources/samples).
std::filesystem::path sourceDir();

/// A smooth, colourful, deterministic BGR 8-bit test image.
cv::Mat makeColourImage(int width, int height, unsigned seed = 1);

/// Writes `bytes` to `path` (for corrupt-file tests).
void writeBytes(const std::filesystem::path& path, const std::string& bytes);

}  // namespace colorproxy::test

/// Skips the current test when ../shared/data (or a sub-folder of it) is missing.
#define CP_REQUIRE_SHARED_DATA(var, sub)                            \
  const auto var##_root = ::colorproxy::test::sharedDataDir();      \
  if (!var##_root || !std::filesystem::exists(*var##_root / (sub))) \
    GTEST_SKIP() << "../shared/data/" << (sub) << " not present";   \
  const std::filesystem::path var = *var##_root / (sub)
