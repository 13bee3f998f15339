#pragma once
// Scratch datasets for the libFuzzer targets: a per-process folder (in /dev/shm when there is one) holding a
// small valid dataset, into which each run writes the fuzzed bytes as one of its files.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace colorproxy::fuzz {

/// A folder unique to this process, emptied on first use.
inline std::filesystem::path scratchDir(const std::string& name) {
  const std::filesystem::path base =
      std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
  const auto dir = base / ("colorproxy-fuzz-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

/// Writes `size` bytes at `data` to `path`, creating its folder.
inline void writeFile(const std::filesystem::path& path, const std::uint8_t* data, std::size_t size) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
}

inline void writeText(const std::filesystem::path& path, const std::string& text) {
  writeFile(path, reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
}

/// A small colourful PNG (the datasets' images; their content does not matter to the readers).
inline void writePhoto(const std::filesystem::path& path) {
  std::filesystem::create_directories(path.parent_path());
  cv::Mat img(8, 8, CV_8UC3);
  for (int y = 0; y < 8; ++y)
    for (int x = 0; x < 8; ++x) img.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 30), uchar(y * 30), 200);
  cv::imwrite(path.string(), img);
}

/// The fuzzed input minus its first byte, which picks which file of the dataset it replaces.
struct Selected {
  int file = 0;
  const std::uint8_t* data = nullptr;
  std::size_t size = 0;
};

inline Selected select(const std::uint8_t* data, std::size_t size, int files) {
  if (size == 0) return {0, data, 0};
  return {int(data[0] % files), data + 1, size - 1};
}

}  // namespace colorproxy::fuzz
