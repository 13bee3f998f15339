#pragma once
// Where a baseline and a pretrained segmentation differ in being right, pixel by pixel: the core of the
// Compare page's overlay, kept free of widgets so it can be checked on hand-made masks.
#include <cstdint>

#include <opencv2/core.hpp>

namespace colorproxy {

/// What happened at one pixel (the values of Disagreement::outcome).
enum class PixelOutcome : std::uint8_t {
  Ignored = 0,  ///< the truth is the ignore id (void): not judged
  BothRight = 1,
  BothWrong = 2,
  OnlyBaselineRight = 3,    ///< the pretrained network lost this pixel
  OnlyPretrainedRight = 4,  ///< the pretrained network gained this pixel
};

/// Pixel counts of a disagreement map.
struct DisagreementStats {
  std::uint64_t ignored = 0;
  std::uint64_t bothRight = 0;
  std::uint64_t bothWrong = 0;
  std::uint64_t onlyBaselineRight = 0;
  std::uint64_t onlyPretrainedRight = 0;

  /// Pixels judged (every pixel whose truth is not the ignore id).
  std::uint64_t counted() const { return bothRight + bothWrong + onlyBaselineRight + onlyPretrainedRight; }
  /// Pixel accuracy of each model over the judged pixels; NaN when none is judged.
  double baselineAccuracy() const;
  double pretrainedAccuracy() const;
  /// pretrainedAccuracy() − baselineAccuracy() = (onlyPretrainedRight − onlyBaselineRight) / counted().
  double accuracyGain() const;

  DisagreementStats& operator+=(const DisagreementStats& other);
};

/// A per-pixel PixelOutcome map (CV_8UC1, the masks' size) and its counts.
struct Disagreement {
  cv::Mat outcome;
  DisagreementStats stats;
};

/// Compares two predictions with the truth. All three are single-channel class-id images of one size
/// (CV_8U, CV_16U or CV_32S); truth pixels equal to `ignoreId` are Ignored (pass −1 for none). Throws
/// std::invalid_argument naming the sizes or types when they do not match.
Disagreement computeDisagreement(const cv::Mat& truth, const cv::Mat& baseline, const cv::Mat& pretrained,
                                 int ignoreId = 255);

/// Colours (BGR) of the overlay.
struct DisagreementColours {
  cv::Vec3b onlyPretrainedRight{60, 200, 0};  ///< green: pretraining helped here
  cv::Vec3b onlyBaselineRight{40, 40, 230};   ///< red: pretraining hurt here
  double backgroundLevel = 0.55;              ///< brightness factor of the grey background
};

/// The overlay as a BGR image of the outcome map's size: `background` (BGR or grey, resized to fit, or
/// empty for mid grey) turned grey and dimmed, with the pixels only one model got right painted in the
/// two colours; both right, both wrong and ignored pixels keep the grey background.
cv::Mat renderDisagreement(const cv::Mat& outcome, const cv::Mat& background,
                           const DisagreementColours& colours = {});

}  // namespace colorproxy
