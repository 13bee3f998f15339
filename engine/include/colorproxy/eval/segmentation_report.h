#pragma once
// Semantic segmentation metrics derived from a ConfusionMatrix.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace colorproxy {

/// Per-class IoU and accuracies of a segmentation. Pixels whose truth is the ignore id are not counted.
/// Undefined per-class values are NaN and are left out of the means.
struct SegmentationReport {
  int classCount = 0;
  std::uint64_t pixelCount = 0;         ///< pixels counted (truth is a class, not the ignore id)
  std::uint64_t ignoredPixelCount = 0;  ///< pixels skipped because their truth is the ignore id

  std::vector<std::uint64_t> truthPixels;      ///< per class: pixels whose truth is the class (row sums)
  std::vector<std::uint64_t> predictedPixels;  ///< per class: counted pixels predicted as it (column sums)
  std::vector<std::uint64_t> truePositives;    ///< per class: the diagonal

  /// TP / (truth + predicted − TP); NaN when the class is in neither truth nor prediction (union 0).
  std::vector<double> iou;
  /// Recall TP / truth; NaN when the class is absent from the truth.
  std::vector<double> classAccuracy;

  /// Mean IoU over the classes with a non-zero union, i.e. present in the truth or in the prediction
  /// (a class predicted but absent from the truth counts with IoU 0); `iouClassCount` of them.
  double meanIoU = std::numeric_limits<double>::quiet_NaN();
  std::size_t iouClassCount = 0;
  /// Correct pixels / counted pixels.
  double pixelAccuracy = std::numeric_limits<double>::quiet_NaN();
  /// Mean of classAccuracy over the classes present in the truth; `accuracyClassCount` of them.
  double meanClassAccuracy = std::numeric_limits<double>::quiet_NaN();
  std::size_t accuracyClassCount = 0;
};

}  // namespace colorproxy
