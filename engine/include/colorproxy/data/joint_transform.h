#pragma once
// Geometric augmentation applied identically to an image and its mask.
#include <opencv2/core.hpp>

#include "colorproxy/data/rng.h"

namespace colorproxy {

/// How the first resize step sets the size.
enum class ResizeMode {
  None,       ///< keep the file's size
  Stretch,    ///< to loadSize x loadSize, aspect not kept (pix2pix "resize_and_crop")
  ShortSide,  ///< shorter side to loadSize, aspect kept
};

/// Resize -> crop -> flip settings. Images use area (shrinking) or linear (enlarging)
/// interpolation, masks nearest neighbour.
struct TransformOptions {
  ResizeMode resizeMode = ResizeMode::Stretch;
  int loadSize = 286;      ///< target of the resize step
  int cropSize = 256;      ///< square crop side; 0 = no crop
  bool randomCrop = true;  ///< false: centre crop
  bool flip = true;        ///< random horizontal flip with probability 1/2

  /// pix2pix training jitter: stretch to loadSize, random cropSize crop, random flip.
  static TransformOptions pix2pix(int loadSize = 286, int cropSize = 256);
  /// Evaluation: stretch straight to size x size, no crop, no flip.
  static TransformOptions resizeOnly(int size = 256);
  /// Output size every sample gets, or an empty size when it depends on the file.
  cv::Size fixedOutputSize() const;
  /// Throws std::invalid_argument naming a bad field (negative sizes, crop larger than load size).
  void validate() const;
};

/// The geometry chosen for one sample: sizes, crop window and flip.
struct TransformPlan {
  cv::Size source;   ///< size of the file
  cv::Size resized;  ///< size after the resize step
  cv::Rect crop;     ///< window in resized coordinates
  bool flip = false;
};

/// Resize, crop and flip applied jointly to an image and its mask. Deterministic given the Rng.
class JointTransform {
 public:
  explicit JointTransform(TransformOptions options = {});
  const TransformOptions& options() const { return m_options; }

  /// Chooses the geometry for a file of `source` size, drawing from `rng`. An image smaller than
  /// the crop is first scaled up (aspect kept) to cover it.
  TransformPlan plan(cv::Size source, Rng& rng) const;
  /// Applies `plan` to an image whose size may be a reduced decode of plan.source (JPEG DCT
  /// scaling): the resize step goes straight to plan.resized either way.
  cv::Mat applyToImage(const cv::Mat& image, const TransformPlan& plan) const;
  /// Applies `plan` to a mask (nearest neighbour, so class ids survive).
  cv::Mat applyToMask(const cv::Mat& mask, const TransformPlan& plan) const;
  /// plan() then both apply calls; `mask` may be empty.
  void apply(cv::Mat& image, cv::Mat& mask, Rng& rng) const;

 private:
  TransformOptions m_options;
};

}  // namespace colorproxy
