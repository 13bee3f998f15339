#pragma once
// One item of a dataset.
#include <filesystem>
#include <vector>

namespace colorproxy {

/// A label value meaning "neither positive nor negative" for that class: VOC's devkit protocol for a class
/// present in an image only as objects marked difficult (ScanOptions::vocIgnoreDifficult). Training masks
/// it out of the loss; MultilabelEvaluator leaves it out of every metric of that class.
constexpr float kIgnoredLabel = -1.0f;

/// One image with what is known about it: multi-hot labels and a class-id mask, each optional.
struct Sample {
  std::filesystem::path image;
  std::vector<float> labels;   ///< multi-hot over Dataset::labelClasses (0/1, or kIgnoredLabel); empty = none
  std::filesystem::path mask;  ///< mask file (pixel = class id, or VOC palette); empty = no mask
  int width = 0;               ///< from the header scan; 0 when the scan did not read headers
  int height = 0;

  bool hasLabels() const { return !labels.empty(); }
  bool hasMask() const { return !mask.empty(); }
};

}  // namespace colorproxy
