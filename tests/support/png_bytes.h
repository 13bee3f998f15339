#pragma once
// Hand-made PNG files for tests: palette PNGs (OpenCV cannot write them) and "decompression bombs" whose
// header claims a huge size while the file stays tiny.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace colorproxy::test {

/// Writes an 8-bit palette PNG (colour type 3) of `ids` (CV_8UC1) with `palette` (RGB entries), using
/// stored (uncompressed) deflate blocks, so no zlib is needed. OpenCV cannot write palette PNGs.
void writePalettePng(const std::filesystem::path& path, const cv::Mat& ids,
                     const std::vector<cv::Vec3b>& palette);

/// Writes a complete, valid-looking palette PNG whose header claims `width` x `height` pixels but whose
/// data is a few bytes: a decoder that trusts the header allocates width*height bytes before failing.
void writeBombPng(const std::filesystem::path& path, std::uint32_t width, std::uint32_t height);

}  // namespace colorproxy::test
