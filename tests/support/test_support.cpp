#include "support/test_support.h"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <random>

#include <unistd.h>

namespace colorproxy::test {

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = info ? std::string(info->test_suite_name()) + "-" + info->name() : "test";
  for (auto& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') c = '_';
  m_path = std::filesystem::temp_directory_path() /
           ("colorproxy-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(m_path);
  std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(m_path, ec);
}

std::optional<std::filesystem::path> sharedDataDir() {
  std::filesystem::path p = CP_SHARED_DATA_DIR;
  if (std::filesystem::is_directory(p)) return std::filesystem::weakly_canonical(p);
  return std::nullopt;
}

std::filesystem::path sourceDir() { return CP_SOURCE_DIR; }

cv::Mat makeColourImage(int width, int height, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const double fx = 1.0 + 3.0 * u(rng), fy = 1.0 + 3.0 * u(rng), ph = 6.28 * u(rng);
  cv::Mat img(height, width, CV_8UC3);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const double sx = double(x) / width, sy = double(y) / height;
      img.at<cv::Vec3b>(y, x) =
          cv::Vec3b(cv::saturate_cast<uchar>(127.5 + 127.5 * std::sin(6.28 * fx * sx + ph)),
                    cv::saturate_cast<uchar>(127.5 + 127.5 * std::cos(6.28 * fy * sy)),
                    cv::saturate_cast<uchar>(255.0 * (sx + sy) / 2.0));
    }
  return img;
}

void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

}  // namespace colorproxy::test
