#pragma once
// Median-frequency class balancing for segmentation losses (Eigen & Fergus 2015, as SegNet on CamVid):
// w_c = median_k(f_k) / f_c, where f_c = pixels of class c / pixels of the images in which c appears.
#include <cstdint>
#include <vector>

#include "colorproxy/data/mask_spec.h"
#include "colorproxy/data/sample.h"

namespace colorproxy {

/// Per-class pixel counts of a set of masks.
struct ClassPixelCounts {
  std::vector<std::uint64_t> classPixels;    ///< pixels of class c
  std::vector<std::uint64_t> presentPixels;  ///< all non-ignored pixels of the images that contain class c
};

/// Reads every sample's mask (through `lut`: mask id -> class 0..classCount-1, anything else ignored)
/// and counts pixels. Throws DataError naming an unreadable mask.
ClassPixelCounts countClassPixels(const std::vector<Sample>& samples, const MaskSpec& spec,
                                  const std::vector<std::uint8_t>& lut, int classCount);

/// Median-frequency weights from counts. Classes that never appear get weight 1 (they add no loss
/// either way); the median is over the classes that appear. Throws std::invalid_argument when the two
/// vectors differ in size or no class appears.
std::vector<double> medianFrequencyWeights(const ClassPixelCounts& counts);

}  // namespace colorproxy
