#pragma once
// Engine-internal: the one place that converts between cv::Mat and torch::Tensor. Every function
// copies, so the result never aliases the source (torch::from_blob does not own memory).
#include <torch/torch.h>

#include <opencv2/core.hpp>

namespace colorproxy {

/// HxWxC float Mat (CV_32FC1..CV_32FC(n), any step) -> owning float32 tensor [C, H, W].
/// Throws std::invalid_argument for an empty or non-float Mat.
torch::Tensor matToTensor(const cv::Mat& mat);

/// Float tensor [C, H, W] (or [H, W], read as one channel; any device and floating dtype) -> owning
/// CV_32FC(C) Mat of H rows and W columns. Throws std::invalid_argument for other shapes.
cv::Mat tensorToMat(const torch::Tensor& tensor);

}  // namespace colorproxy
