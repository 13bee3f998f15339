#pragma once
// A loader Batch as the tensors a fine-tuning step needs, and the pictures its previews show.
#include <string>
#include <vector>

#include <torch/torch.h>

#include <opencv2/core.hpp>

#include "colorproxy/data/batch.h"

namespace colorproxy {

/// Network input and targets of one batch (on the CPU).
struct FinetuneBatch {
  torch::Tensor l;       ///< [N, 1, H, W] float, L/50 - 1 in [-1, 1]
  torch::Tensor labels;  ///< [N, C] float multi-hot (classification)
  torch::Tensor masks;   ///< [N, H, W] int64 training ids, 255 = ignored (segmentation)
};

/// Converts `batch` (Lab images, masks after the LUT, multi-hot labels). Throws std::invalid_argument
/// naming the image when a sample lacks the target its task needs or has the wrong number of labels.
FinetuneBatch toFinetuneBatch(const Batch& batch, bool segmentation, int classCount);

/// An 8-bit BGR picture of a class-id mask (VOC colour map; 255 = the VOC void colour).
cv::Mat colourMask(const cv::Mat& ids);
/// An 8-bit BGR grey picture of L in [-1, 1] ([H, W] float tensor).
cv::Mat greyFromL(const torch::Tensor& l);
/// An 8-bit BGR card listing `lines` (e.g. "person 0.93"), `side` pixels tall and 2 x side wide.
cv::Mat textCard(const std::vector<std::string>& lines, int side, const cv::Scalar& colour);
/// The rows grey | prediction | truth, tiled into one picture (every image scaled to `side` pixels tall).
cv::Mat previewGrid(const std::vector<cv::Mat>& grey, const std::vector<cv::Mat>& prediction,
                    const std::vector<cv::Mat>& truth, int side);

}  // namespace colorproxy
