#pragma once
// Engine-internal: batches of Lab images, masks and labels as network tensors, and back. Built on the
// colour area's LabScaling; all results own their memory.
#include <torch/torch.h>

#include <vector>

#include <opencv2/core.hpp>

#include "colorproxy/color/lab_scaling.h"

namespace colorproxy {

/// A batch of Lab images in network range: scaled L and scaled ab.
struct LabTensors {
  torch::Tensor l;   ///< float32 [N, 1, H, W], L/50 - 1
  torch::Tensor ab;  ///< float32 [N, 2, H, W], ab / scaling.abDivisor
};

/// Lab CV_32FC3 images (all the same size, at least one) -> scaled L and ab tensors.
/// Throws std::invalid_argument naming the first bad image.
LabTensors packLab(const std::vector<cv::Mat>& labImages, const LabScaling& scaling = {});

/// Only the scaled L [N, 1, H, W] of Lab CV_32FC3 images or of L CV_32FC1 images (the downstream
/// tasks' input).
torch::Tensor packL(const std::vector<cv::Mat>& labOrLImages);

/// Scaled L [N, 1, H, W] and scaled ab [N, 2, H, W] (any device, floating) -> N Lab CV_32FC3 images.
std::vector<cv::Mat> unpackLab(const torch::Tensor& l, const torch::Tensor& ab,
                               const LabScaling& scaling = {});

/// As unpackLab, then to 8-bit BGR (clipped to the sRGB gamut): previews and saved colorizations.
std::vector<cv::Mat> unpackLabToBgr8(const torch::Tensor& l, const torch::Tensor& ab,
                                     const LabScaling& scaling = {});

/// Class-id masks (CV_8UC1 or CV_32SC1, all the same size) -> int64 [N, H, W].
torch::Tensor packMasks(const std::vector<cv::Mat>& masks);

/// Multi-hot label vectors (all the same non-zero length C) -> float32 [N, C].
torch::Tensor packMultiHot(const std::vector<std::vector<float>>& labels);

}  // namespace colorproxy
