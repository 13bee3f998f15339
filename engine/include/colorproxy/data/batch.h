#pragma once
// One batch delivered by the BatchLoader.
#include <cstddef>
#include <filesystem>
#include <vector>

#include <opencv2/core.hpp>

namespace colorproxy {

/// Decoded, transformed samples ready for the tensor bridge. All vectors have size() entries.
struct Batch {
  int epoch = 0;
  std::size_t index = 0;  ///< batch number within the epoch

  std::vector<cv::Mat> images;               ///< CV_32FC3 Lab (L 0..100), all the same size
  std::vector<cv::Mat> masks;                ///< CV_8UC1 class ids (after the LUT); empty Mat = none
  std::vector<std::vector<float>> labels;    ///< multi-hot; empty = sample not labelled
  std::vector<std::size_t> sampleIndices;    ///< index into the loader's sample list
  std::vector<std::filesystem::path> paths;  ///< image files

  std::size_t size() const { return images.size(); }
};

}  // namespace colorproxy
