#pragma once
// Engine-internal: what the engine's OpenCV figures share (experiment loss and label-efficiency figures,
// the probe figure, PSNR/SSIM against colour points): the palette, text, dashed lines, interval bars,
// value-to-pixel axes with round ticks, and the atomic PNG write.
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace colorproxy::figure {

// BGR colours; the two arms are matplotlib's tab:blue and tab:orange so the figures match the UI plots.
inline const cv::Scalar kBlue(180, 119, 31);
inline const cv::Scalar kOrange(14, 127, 255);
inline const cv::Scalar kInk(40, 40, 40);
inline const cv::Scalar kGrid(225, 225, 225);
inline const cv::Scalar kTrivial(150, 150, 150);
inline const cv::Scalar kWhite(255, 255, 255);

/// Halfway between `c` and white (the thin per-seed curves under their mean).
cv::Scalar lighter(const cv::Scalar& c);

/// A linear map from data values to pixels along one axis: `low` lands on `pixelLow`, `high` on
/// `pixelHigh` (for a y axis pixelLow is the bottom row, so larger values go up).
struct Axis {
  double low = 0.0;
  double high = 1.0;
  int pixelLow = 0;
  int pixelHigh = 1;
  /// The pixel of `v`, rounded to the nearest; values outside [low, high] map outside the range.
  int pixel(double v) const;
};

/// Round tick values (1, 2 or 5 times a power of ten apart) covering [low, high] with at most `maxTicks`
/// ticks; the first is <= low and the last >= high, so the axis can be widened to them. low < high.
std::vector<double> roundTicks(double low, double high, int maxTicks = 6);

/// A tick label with as many decimals as the tick step needs ("33.5", "0.975", "20").
std::string tickLabel(double value, double step);

/// Axis tick text used by the experiment figures: 0 decimals from 10, 2 from 1, else 3.
std::string tickText(double v);

/// Anti-aliased Hershey text with its baseline's left end at `at`.
void text(cv::Mat& img, const std::string& s, cv::Point at, double scale = 0.45,
          const cv::Scalar& colour = kInk, int thickness = 1);

/// The width in pixels of `s` as text() draws it.
int textWidth(const std::string& s, double scale = 0.45, int thickness = 1);

/// A dashed line from a to b: `dash` pixels drawn every `period` pixels.
void dashedLine(cv::Mat& img, cv::Point a, cv::Point b, const cv::Scalar& colour, int thickness = 2,
                double dash = 7.0, double period = 12.0);

/// A vertical error bar at column x from row yLow to row yHigh, with caps `cap` pixels either side.
void intervalBar(cv::Mat& img, int x, int yLow, int yHigh, const cv::Scalar& colour, int thickness = 1,
                 int cap = 4);

/// Encodes `image` as PNG and writes it atomically to `file`; throws std::runtime_error naming the file.
void writePng(const std::filesystem::path& file, const cv::Mat& image);

}  // namespace colorproxy::figure
