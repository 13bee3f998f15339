#include "eval/figure_drawing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string_view>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/base/atomic_file.h"

namespace colorproxy::figure {

cv::Scalar lighter(const cv::Scalar& c) { return (c + kWhite) * 0.5; }

int Axis::pixel(double v) const {
  return int(std::lround(pixelLow + (v - low) / (high - low) * double(pixelHigh - pixelLow)));
}

std::vector<double> roundTicks(double low, double high, int maxTicks) {
  if (!(low < high) || !std::isfinite(low) || !std::isfinite(high))
    throw std::invalid_argument("roundTicks: need finite low < high, got " + std::to_string(low) + " and " +
                                std::to_string(high));
  maxTicks = std::max(2, maxTicks);
  const double raw = (high - low) / double(maxTicks - 1);
  const double decade = std::pow(10.0, std::floor(std::log10(raw)));
  double step = 10.0 * decade;
  for (const double m : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0}) {
    const double s = m * decade;
    const double first = std::floor(low / s + 1e-9) * s, last = std::ceil(high / s - 1e-9) * s;
    if (std::lround((last - first) / s) + 1 <= maxTicks) {
      step = s;
      break;
    }
  }
  std::vector<double> ticks;
  const long first = long(std::floor(low / step + 1e-9)), last = long(std::ceil(high / step - 1e-9));
  for (long i = first; i <= last; ++i) ticks.push_back(double(i) * step);
  return ticks;
}

std::string tickLabel(double value, double step) {
  const int decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value) < step * 1e-6 ? 0.0 : value);
  return buf;
}

std::string tickText(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, std::fabs(v) >= 10 ? "%.0f" : std::fabs(v) >= 1 ? "%.2f" : "%.3f", v);
  return buf;
}

void text(cv::Mat& img, const std::string& s, cv::Point at, double scale, const cv::Scalar& colour,
          int thickness) {
  cv::putText(img, s, at, cv::FONT_HERSHEY_SIMPLEX, scale, colour, thickness, cv::LINE_AA);
}

int textWidth(const std::string& s, double scale, int thickness) {
  int baseline = 0;
  return cv::getTextSize(s, cv::FONT_HERSHEY_SIMPLEX, scale, thickness, &baseline).width;
}

void dashedLine(cv::Mat& img, cv::Point a, cv::Point b, const cv::Scalar& colour, int thickness, double dash,
                double period) {
  const cv::Point2d from = a, along = cv::Point2d(b) - from;
  const double length = cv::norm(along);
  if (length <= 0.0) return;
  for (double s = 0.0; s < length; s += period) {
    const double e = std::min(length, s + dash);
    cv::line(img, from + along * (s / length), from + along * (e / length), colour, thickness, cv::LINE_AA);
  }
}

void intervalBar(cv::Mat& img, int x, int yLow, int yHigh, const cv::Scalar& colour, int thickness, int cap) {
  cv::line(img, {x, yLow}, {x, yHigh}, colour, thickness, cv::LINE_AA);
  cv::line(img, {x - cap, yLow}, {x + cap, yLow}, colour, thickness, cv::LINE_AA);
  cv::line(img, {x - cap, yHigh}, {x + cap, yHigh}, colour, thickness, cv::LINE_AA);
}

void writePng(const std::filesystem::path& file, const cv::Mat& image) {
  std::vector<uchar> png;
  // Figures are written once and often committed: the smallest zlib level is worth its milliseconds.
  if (!cv::imencode(".png", image, png, {cv::IMWRITE_PNG_COMPRESSION, 9}))
    throw std::runtime_error("cannot encode the figure '" + file.string() + "'");
  writeFileAtomically(file, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
}

}  // namespace colorproxy::figure
