#include "colorproxy/infer/hint_count_figure.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <opencv2/imgproc.hpp>

#include "colorproxy/eval/paired_statistics.h"
#include "eval/figure_drawing.h"

namespace colorproxy {
namespace {

using namespace figure;

constexpr int kWidth = 1000, kHeight = 460;
constexpr int kLeft = 70, kGap = 90, kRight = 30, kTop = 70, kBottom = 84;

bool usable(const HintCountScores& s) {
  return s.hints >= 0 && std::isfinite(s.psnr.mean) && std::isfinite(s.ssim.mean);
}

/// Round-tick range covering every mean and interval end of one metric.
std::vector<double> metricTicks(const std::vector<HintCountScores>& scores, bool psnr) {
  double lo = INFINITY, hi = -INFINITY;
  for (const auto& s : scores) {
    if (!usable(s)) continue;
    const SummaryStats& m = psnr ? s.psnr : s.ssim;
    const ConfidenceInterval ci = meanTInterval(m);
    for (const double v : {m.mean, ci.low, ci.high})
      if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  }
  const double minSpan = psnr ? 0.1 : 0.001;
  if (hi - lo < minSpan) {
    const double mid = (lo + hi) / 2.0;
    lo = mid - minSpan / 2.0, hi = mid + minSpan / 2.0;
  }
  const double pad = 0.04 * (hi - lo);  // no mean or bar end on the frame itself
  return roundTicks(lo - pad, hi + pad, 6);
}

double xOf(int hints) { return std::log1p(double(hints)); }

void drawPanel(cv::Mat& img, const cv::Rect& panel, const Axis& x, const Axis& y,
               const std::vector<double>& ticks, const std::vector<HintCountScores>& scores, bool psnr,
               const std::string& caption) {
  const cv::Scalar colour = psnr ? kBlue : kOrange;
  const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0;
  for (const double t : ticks) {
    const int row = y.pixel(t);
    cv::line(img, {panel.x, row}, {panel.x + panel.width, row}, kGrid, 1);
    cv::line(img, {panel.x - 5, row}, {panel.x, row}, kInk, 1);
    const std::string label = tickLabel(t, step);
    text(img, label, {panel.x - 9 - textWidth(label, 0.42), row + 5}, 0.42);
  }
  for (const auto& s : scores) {
    if (!usable(s)) continue;
    const int column = x.pixel(xOf(s.hints));
    cv::line(img, {column, panel.y}, {column, panel.y + panel.height}, kGrid, 1);
    cv::line(img, {column, panel.y + panel.height}, {column, panel.y + panel.height + 5}, kInk, 1);
    const std::string label = std::to_string(s.hints);
    text(img, label, {column - textWidth(label, 0.42) / 2, panel.y + panel.height + 22}, 0.42);
  }
  cv::rectangle(img, panel, kInk, 1);
  text(img, caption, {panel.x, panel.y - 12}, 0.55, kInk, 1);

  std::vector<cv::Point> means;
  for (const auto& s : scores) {
    if (!usable(s)) continue;
    const SummaryStats& m = psnr ? s.psnr : s.ssim;
    const int column = x.pixel(xOf(s.hints));
    const ConfidenceInterval ci = meanTInterval(m);
    if (ci.valid()) intervalBar(img, column, y.pixel(ci.low), y.pixel(ci.high), colour, 2, 6);
    means.emplace_back(column, y.pixel(m.mean));
  }
  for (std::size_t i = 1; i < means.size(); ++i)
    cv::line(img, means[i - 1], means[i], colour, 2, cv::LINE_AA);
  for (const auto& p : means) cv::circle(img, p, 5, colour, cv::FILLED, cv::LINE_AA);
}

}  // namespace

HintCountFigureLayout hintCountFigureLayout(const std::vector<HintCountScores>& scores) {
  int lowest = -1, highest = -1;
  for (const auto& s : scores) {
    if (!usable(s)) continue;
    lowest = lowest < 0 ? s.hints : std::min(lowest, s.hints);
    highest = std::max(highest, s.hints);
  }
  if (lowest < 0)
    throw std::invalid_argument(
        "hint-count figure: no number of points has a finite PSNR and SSIM mean to plot (were any images "
        "scored with --hint-counts?)");
  HintCountFigureLayout l;
  l.size = {kWidth, kHeight};
  const int panelWidth = (kWidth - kLeft - kGap - kRight) / 2, panelHeight = kHeight - kTop - kBottom;
  l.psnrPanel = {kLeft, kTop, panelWidth, panelHeight};
  l.ssimPanel = {kLeft + panelWidth + kGap, kTop, panelWidth, panelHeight};
  const double span = std::max(xOf(highest) - xOf(lowest), 1.0), pad = 0.06 * span;
  l.xLow = xOf(lowest) - pad;
  l.xHigh = std::max(xOf(highest), xOf(lowest) + 1.0) + pad;
  const auto psnrTicks = metricTicks(scores, true), ssimTicks = metricTicks(scores, false);
  l.psnrLow = psnrTicks.front(), l.psnrHigh = psnrTicks.back();
  l.ssimLow = ssimTicks.front(), l.ssimHigh = ssimTicks.back();
  return l;
}

void writeHintCountFigure(const std::filesystem::path& file, const std::vector<HintCountScores>& scores,
                          const std::string& title) {
  const HintCountFigureLayout l = hintCountFigureLayout(scores);
  cv::Mat img(l.size, CV_8UC3, kWhite);
  text(img, title, {kLeft, 30}, 0.6, kInk, 2);
  std::size_t images = 0;
  for (const auto& s : scores) images = std::max(images, s.psnr.finiteCount);
  for (const bool psnr : {true, false}) {
    const cv::Rect& panel = psnr ? l.psnrPanel : l.ssimPanel;
    const Axis x{l.xLow, l.xHigh, panel.x, panel.x + panel.width};
    const Axis y{psnr ? l.psnrLow : l.ssimLow, psnr ? l.psnrHigh : l.ssimHigh, panel.y + panel.height,
                 panel.y};
    drawPanel(img, panel, x, y, metricTicks(scores, psnr), scores, psnr,
              psnr ? "PSNR (dB, RGB)" : "SSIM (RGB, mean of channels)");
  }
  const std::string xCaption = "simulated colour points per image (axis: ln(1 + points))";
  text(img, xCaption, {(l.size.width - textWidth(xCaption, 0.5)) / 2, l.size.height - 36}, 0.5);
  const std::string note =
      "dots: mean over " + std::to_string(images) + " images; bars: 95 % Student-t interval of the mean";
  text(img, note, {(l.size.width - textWidth(note, 0.42)) / 2, l.size.height - 12}, 0.42, kTrivial);
  writePng(file, img);  // its errors name the file
}

}  // namespace colorproxy
