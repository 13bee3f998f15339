#include "probe/probe_figure.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "eval/figure_drawing.h"

namespace colorproxy {
namespace {

using namespace figure;

const cv::Scalar& kRandom = kBlue;  // the experiments' baseline colour
const cv::Scalar& kPretrained = kOrange;

}  // namespace

void writeProbeFigure(const std::filesystem::path& file, const ProbeReport& report) {
  const int w = 760, h = 420, left = 70, right = 230, top = 40, bottom = 60;
  cv::Mat img(h, w, CV_8UC3, cv::Scalar(255, 255, 255));
  const int pw = w - left - right, ph = h - top - bottom;
  const std::size_t n = report.levels.size();
  double lo = 1.0, hi = 0.0;
  for (const auto& s : report.summaries)
    for (const double v : {s.linearMean, s.linearLow, s.linearHigh, s.knnMean})
      if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  if (std::isfinite(report.chanceMeanAP))
    lo = std::min(lo, report.chanceMeanAP), hi = std::max(hi, report.chanceMeanAP);
  if (lo > hi) lo = 0.0, hi = 1.0;
  const double pad = std::max(0.01, (hi - lo) * 0.1);
  lo = std::max(0.0, lo - pad);
  hi = std::min(1.0, hi + pad);
  const auto xAt = [&](std::size_t i) {
    return left + (n <= 1 ? pw / 2 : int(double(i) * pw / double(n - 1)));
  };
  const auto yAt = [&](double v) { return top + int((hi - v) / (hi - lo) * ph); };

  for (int t = 0; t <= 5; ++t) {
    const double v = lo + (hi - lo) * t / 5.0;
    cv::line(img, {left, yAt(v)}, {left + pw, yAt(v)}, kGrid, 1);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    text(img, buf, {8, yAt(v) + 5}, 0.42);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const auto& l = report.levels[i];
    text(img, "level " + std::to_string(l.level), {xAt(i) - 24, top + ph + 20}, 0.42);
    text(img, std::to_string(l.channels) + "x" + std::to_string(l.grid) + "^2", {xAt(i) - 24, top + ph + 38},
         0.36);
  }
  cv::rectangle(img, {left, top}, {left + pw, top + ph}, kInk, 1);
  text(img,
       "test mAP by encoder level (" + std::to_string(report.ngf) + " ngf, " +
           std::to_string(report.imageSize) + " px)",
       {left, 24}, 0.5);

  for (const auto& [arm, colour] :
       {std::pair<std::string, cv::Scalar>{"random", kRandom}, {"pretrained", kPretrained}}) {
    std::vector<cv::Point> linear, knn;
    for (std::size_t i = 0; i < n; ++i)
      for (const auto& s : report.summaries) {
        if (s.arm != arm || s.level != report.levels[i].level) continue;
        if (std::isfinite(s.linearMean)) linear.emplace_back(xAt(i), yAt(s.linearMean));
        if (std::isfinite(s.knnMean)) knn.emplace_back(xAt(i), yAt(s.knnMean));
        if (std::isfinite(s.linearLow) && std::isfinite(s.linearHigh))
          intervalBar(img, xAt(i), yAt(s.linearLow), yAt(s.linearHigh), colour, 1, 4);
      }
    for (std::size_t i = 1; i < linear.size(); ++i)
      cv::line(img, linear[i - 1], linear[i], colour, 2, cv::LINE_AA);
    for (const auto& p : linear) cv::circle(img, p, 4, colour, cv::FILLED, cv::LINE_AA);
    for (std::size_t i = 1; i < knn.size(); ++i) dashedLine(img, knn[i - 1], knn[i], colour);
    for (const auto& p : knn) cv::circle(img, p, 3, colour, 1, cv::LINE_AA);
  }
  if (std::isfinite(report.chanceMeanAP)) {
    dashedLine(img, {left, yAt(report.chanceMeanAP)}, {left + pw, yAt(report.chanceMeanAP)},
               cv::Scalar(150, 150, 150));
    text(img, "chance", {left + 4, yAt(report.chanceMeanAP) - 6}, 0.4);
  }
  const int lx = left + pw + 20;
  int ly = top + 20;
  for (const auto& [caption, colour, solid] :
       {std::tuple<std::string, cv::Scalar, bool>{"random init, linear", kRandom, true},
        {"random init, k-NN", kRandom, false},
        {"pretrained, linear", kPretrained, true},
        {"pretrained, k-NN", kPretrained, false}}) {
    if (solid)
      cv::line(img, {lx, ly - 4}, {lx + 30, ly - 4}, colour, 2, cv::LINE_AA);
    else
      dashedLine(img, {lx, ly - 4}, {lx + 30, ly - 4}, colour);
    text(img, caption, {lx + 38, ly}, 0.42);
    ly += 24;
  }
  text(img, "bars: 95 % interval over seeds", {lx, ly + 6}, 0.36);

  writePng(file, img);
}

}  // namespace colorproxy
