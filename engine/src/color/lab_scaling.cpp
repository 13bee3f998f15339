#include "colorproxy/color/lab_scaling.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace colorproxy {
namespace {

void requireType(const char* function, const cv::Mat& m, int type, const char* what) {
  if (m.type() != type)
    throw std::invalid_argument(std::string(function) + ": expected " + what + " (" + cv::typeToString(type) +
                                "), got " + cv::typeToString(m.type()) + " " + std::to_string(m.cols) + "x" +
                                std::to_string(m.rows));
}

}  // namespace

void LabScaling::validate() const {
  if (!std::isfinite(abDivisor) || abDivisor <= 0.0f)
    throw std::invalid_argument(
        "LabScaling: abDivisor must be a positive number (110 as pix2pix or 128 "
        "as the paper), got " +
        std::to_string(abDivisor));
}

cv::Mat scaleLab(const cv::Mat& lab, const LabScaling& scaling) {
  requireType("scaleLab", lab, CV_32FC3, "a Lab image");
  scaling.validate();
  cv::Mat out;
  const float k = 1.0f / scaling.abDivisor;
  cv::multiply(lab, cv::Scalar(1.0 / 50.0, k, k), out);
  cv::subtract(out, cv::Scalar(1.0, 0.0, 0.0), out);
  return out;
}

cv::Mat unscaleLab(const cv::Mat& scaled, const LabScaling& scaling) {
  requireType("unscaleLab", scaled, CV_32FC3, "a scaled Lab image");
  scaling.validate();
  cv::Mat out;
  cv::add(scaled, cv::Scalar(1.0, 0.0, 0.0), out);
  cv::multiply(out, cv::Scalar(50.0, scaling.abDivisor, scaling.abDivisor), out);
  return out;
}

cv::Mat scaleL(const cv::Mat& lOrLab) {
  cv::Mat l;
  if (lOrLab.type() == CV_32FC3)
    cv::extractChannel(lOrLab, l, 0);
  else
    requireType("scaleL", lOrLab, CV_32FC1, "an L image (or a CV_32FC3 Lab image)");
  cv::Mat out;
  (l.empty() ? lOrLab : l).convertTo(out, CV_32F, 1.0 / 50.0, -1.0);
  return out;
}

cv::Mat unscaleLab(const cv::Mat& scaledL, const cv::Mat& scaledAb, const LabScaling& scaling) {
  requireType("unscaleLab", scaledL, CV_32FC1, "a scaled L image");
  requireType("unscaleLab", scaledAb, CV_32FC2, "a scaled ab image");
  if (scaledL.size() != scaledAb.size())
    throw std::invalid_argument("unscaleLab: L is " + std::to_string(scaledL.cols) + "x" +
                                std::to_string(scaledL.rows) + " but ab is " + std::to_string(scaledAb.cols) +
                                "x" + std::to_string(scaledAb.rows));
  scaling.validate();
  cv::Mat lab(scaledL.size(), CV_32FC3);
  const float d = scaling.abDivisor;
  for (int y = 0; y < lab.rows; ++y) {
    const float* l = scaledL.ptr<float>(y);
    const float* ab = scaledAb.ptr<float>(y);
    float* o = lab.ptr<float>(y);
    for (int x = 0; x < lab.cols; ++x, o += 3) {
      o[0] = (l[x] + 1.0f) * 50.0f;
      o[1] = ab[2 * x] * d;
      o[2] = ab[2 * x + 1] * d;
    }
  }
  return lab;
}

}  // namespace colorproxy
