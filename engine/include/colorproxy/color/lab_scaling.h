#pragma once
// Lab <-> the networks' [-1, 1] range: L/50 - 1 and ab/d, where d is 110 (pix2pix) or 128 (the paper's
// code). Every tensor the networks see or produce goes through one LabScaling.
#include <opencv2/core.hpp>

namespace colorproxy {

/// How Lab values map to the networks' [-1, 1] range.
struct LabScaling {
  float abDivisor = 110.0f;  ///< d in ab/d: 110 as pix2pix, 128 as the paper's code

  float scaleL(float l) const { return l / 50.0f - 1.0f; }
  float unscaleL(float v) const { return (v + 1.0f) * 50.0f; }
  float scaleAb(float ab) const { return ab / abDivisor; }
  float unscaleAb(float v) const { return v * abDivisor; }

  /// Throws std::invalid_argument unless abDivisor is finite and > 0.
  void validate() const;
};

/// Lab CV_32FC3 -> CV_32FC3 in network range (L/50 - 1, a/d, b/d).
cv::Mat scaleLab(const cv::Mat& lab, const LabScaling& scaling = {});

/// Network-range CV_32FC3 -> Lab CV_32FC3 (the inverse of scaleLab).
cv::Mat unscaleLab(const cv::Mat& scaled, const LabScaling& scaling = {});

/// L (CV_32FC1, or channel 0 of a CV_32FC3 Lab image) -> CV_32FC1 L/50 - 1.
cv::Mat scaleL(const cv::Mat& lOrLab);

/// Scaled L (CV_32FC1) and scaled ab (CV_32FC2) of the same size -> Lab CV_32FC3.
cv::Mat unscaleLab(const cv::Mat& scaledL, const cv::Mat& scaledAb, const LabScaling& scaling = {});

}  // namespace colorproxy
