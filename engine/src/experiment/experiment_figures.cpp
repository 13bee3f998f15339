#include "experiment/experiment_figures.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/base/csv.h"
#include "colorproxy/base/number_text.h"
#include "eval/figure_drawing.h"
#include "finetune/finetune_batch.h"
#include "finetune/finetune_data.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

using namespace figure;

const cv::Scalar& kBaseline = kBlue;
const cv::Scalar& kPretrained = kOrange;

// The legend of the two arms (and, with `trivial`, the dashed trivial-predictor line) at `at`.
void armLegend(cv::Mat& img, cv::Point at, bool trivial) {
  const int lx = at.x, ly = at.y;
  const cv::Rect legend(cv::Point(lx - 10, ly - 18), cv::Point(lx + 242, ly + (trivial ? 58 : 34)));
  cv::rectangle(img, legend, cv::Scalar(255, 255, 255), cv::FILLED);
  cv::rectangle(img, legend, kGrid, 1);
  cv::line(img, {lx, ly - 4}, {lx + 30, ly - 4}, kBaseline, 3, cv::LINE_AA);
  text(img, "random init (baseline)", {lx + 38, ly});
  cv::line(img, {lx, ly + 20}, {lx + 30, ly + 20}, kPretrained, 3, cv::LINE_AA);
  text(img, "colorization pretrained", {lx + 38, ly + 24});
  if (!trivial) return;
  cv::line(img, {lx, ly + 44}, {lx + 8, ly + 44}, kTrivial, 2, cv::LINE_AA);
  cv::line(img, {lx + 14, ly + 44}, {lx + 22, ly + 44}, kTrivial, 2, cv::LINE_AA);
  text(img, "trivial predictor", {lx + 38, ly + 48});
}

/// (x in epochs, loss) points of one run's per-iteration losses, smoothed by a trailing mean.
std::vector<cv::Point2d> smoothedCurve(const FinetuneResult& r) {
  std::vector<cv::Point2d> out;
  const std::size_t epochs = std::max<std::size_t>(1, r.epochTrainLoss.size());
  const double perEpoch = std::max(1.0, double(r.iterationLoss.size()) / double(epochs));
  const std::size_t window = std::max<std::size_t>(1, std::size_t(perEpoch / 3));
  double sum = 0;
  for (std::size_t i = 0; i < r.iterationLoss.size(); ++i) {
    sum += r.iterationLoss[i].second;
    if (i >= window) sum -= r.iterationLoss[i - window].second;
    const double n = double(std::min(i + 1, window));
    out.emplace_back(double(r.iterationLoss[i].first) / perEpoch, sum / n);
  }
  return out;
}

// Per-epoch mean over runs of the epoch training losses, at the middle of each epoch.
std::vector<cv::Point2d> epochMeans(const std::vector<FinetuneResult>& runs) {
  std::vector<cv::Point2d> out;
  std::size_t epochs = 0;
  for (const auto& r : runs) epochs = std::max(epochs, r.epochTrainLoss.size());
  for (std::size_t e = 0; e < epochs; ++e) {
    double sum = 0;
    int n = 0;
    for (const auto& r : runs)
      if (e < r.epochTrainLoss.size() && std::isfinite(r.epochTrainLoss[e])) {
        sum += r.epochTrainLoss[e];
        ++n;
      }
    if (n) out.emplace_back(double(e) + 0.5, sum / n);
  }
  return out;
}

std::vector<std::size_t> spread(std::size_t available, int count) {
  std::vector<std::size_t> out;
  if (available == 0 || count <= 0) return out;
  const std::size_t n = std::min<std::size_t>(available, std::size_t(count));
  for (std::size_t i = 0; i < n; ++i) out.push_back(i * available / n);
  return out;
}

cv::Mat scaledTo(const cv::Mat& m, int height, int interpolation) {
  cv::Mat out;
  const double f = double(height) / m.rows;
  cv::resize(m, out, cv::Size(std::max(1, int(m.cols * f + 0.5)), height), 0, 0, interpolation);
  return out;
}

cv::Mat greyPicture(const fs::path& image, cv::Size size) {
  cv::Mat g = cv::imread(image.string(), cv::IMREAD_GRAYSCALE), resized, bgr;
  if (g.empty()) return cv::Mat(size, CV_8UC3, cv::Scalar(128, 128, 128));
  cv::resize(g, resized, size, 0, 0, cv::INTER_AREA);
  cv::cvtColor(resized, bgr, cv::COLOR_GRAY2BGR);
  return bgr;
}

// Rows of equally tall cells with white gutters and a header naming the columns.
cv::Mat tile(const std::vector<std::vector<cv::Mat>>& rows, const std::vector<std::string>& header) {
  const int gutter = 6;
  std::vector<int> widths(header.size(), 0);
  for (const auto& r : rows)
    for (std::size_t c = 0; c < r.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], r[c].cols);
  int width = gutter, height = 28 + gutter;
  for (int w : widths) width += w + gutter;
  for (const auto& r : rows) height += r.front().rows + gutter;
  cv::Mat canvas(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
  int x = gutter;
  for (std::size_t c = 0; c < header.size(); ++c) {
    text(canvas, header[c], {x, 20}, 0.55);
    x += widths[c] + gutter;
  }
  int y = 28;
  for (const auto& r : rows) {
    x = gutter;
    for (std::size_t c = 0; c < r.size() && c < widths.size(); ++c) {
      r[c].copyTo(canvas(cv::Rect(x, y, r[c].cols, r[c].rows)));
      x += widths[c] + gutter;
    }
    y += r.front().rows + gutter;
  }
  return canvas;
}

}  // namespace

void writeLossFigure(const fs::path& file, const std::string& task,
                     const std::vector<FinetuneResult>& baseline,
                     const std::vector<FinetuneResult>& pretrained) {
  const int W = 900, H = 540, left = 80, right = 24, top = 48, bottom = 64;
  cv::Mat img(H, W, CV_8UC3, cv::Scalar(255, 255, 255));
  std::vector<std::pair<std::vector<cv::Point2d>, cv::Scalar>> thin, thick;
  for (const auto& r : baseline) thin.push_back({smoothedCurve(r), lighter(kBaseline)});
  for (const auto& r : pretrained) thin.push_back({smoothedCurve(r), lighter(kPretrained)});
  thick.push_back({epochMeans(baseline), kBaseline});
  thick.push_back({epochMeans(pretrained), kPretrained});

  double xMax = 1, yMin = INFINITY, yMax = -INFINITY;
  for (const auto* group : {&thin, &thick})
    for (const auto& [pts, colour] : *group)
      for (const auto& p : pts) {
        if (!std::isfinite(p.y)) continue;
        xMax = std::max(xMax, std::ceil(p.x - 1e-9));
        yMin = std::min(yMin, p.y);
        yMax = std::max(yMax, p.y);
      }
  if (!std::isfinite(yMin)) yMin = 0, yMax = 1;
  if (yMax - yMin < 1e-9) yMax = yMin + 1e-3;
  const double pad = 0.05 * (yMax - yMin);
  yMin -= pad;
  yMax += pad;
  const auto px = [&](const cv::Point2d& p) {
    return cv::Point(int(left + p.x / xMax * (W - left - right) + 0.5),
                     int(H - bottom - (p.y - yMin) / (yMax - yMin) * (H - top - bottom) + 0.5));
  };

  for (int i = 0; i <= 5; ++i) {
    const double v = yMin + (yMax - yMin) * i / 5.0;
    const cv::Point a = px({0, v}), b = px({xMax, v});
    cv::line(img, a, b, kGrid, 1);
    text(img, tickText(v), {8, a.y + 5});
  }
  const int xStep = std::max(1, int(xMax / 12));
  for (int e = 0; e <= int(xMax); e += xStep) {
    const cv::Point a = px({double(e), yMin}), b = px({double(e), yMax});
    cv::line(img, a, b, kGrid, 1);
    text(img, std::to_string(e), {a.x - 4, H - bottom + 20});
  }
  cv::rectangle(img, px({0, yMax}), px({xMax, yMin}), kInk, 1);
  for (const auto& [pts, colour] : thin)
    for (std::size_t i = 1; i < pts.size(); ++i)
      cv::line(img, px(pts[i - 1]), px(pts[i]), colour, 1, cv::LINE_AA);
  for (const auto& [pts, colour] : thick) {
    for (std::size_t i = 1; i < pts.size(); ++i)
      cv::line(img, px(pts[i - 1]), px(pts[i]), colour, 3, cv::LINE_AA);
    for (const auto& p : pts) cv::circle(img, px(p), 5, colour, cv::FILLED, cv::LINE_AA);
  }
  text(img, task + ": training loss (" + std::to_string(baseline.size()) + " seeds)", {left, 30}, 0.65, kInk,
       2);
  text(img, "epoch", {W / 2 - 20, H - 20}, 0.5);
  armLegend(img, {W - right - 250, top + 16}, false);
  writePng(file, img);
}

bool writeExamplesFigure(const fs::path& file, const std::string& task, const FinetuneResult& baseline,
                         const FinetuneResult& pretrained, int count) {
  if (baseline.predictionsDir.empty() || pretrained.predictionsDir.empty() || count <= 0) return false;
  const int side = 128;
  std::vector<std::vector<cv::Mat>> rows;
  if (task == "segmentation") {
    const auto b = readCsvFile(baseline.predictionsDir / "index.csv");
    const auto p = readCsvFile(pretrained.predictionsDir / "index.csv");
    if (b.size() < 2 || b.size() != p.size()) return false;
    for (std::size_t i : spread(b.size() - 1, count)) {
      const auto& rb = b[i + 1];
      const auto& rp = p[i + 1];
      if (rb.size() < 4 || rp.size() < 4) continue;
      const cv::Mat predB = cv::imread((baseline.predictionsDir / rb[2]).string(), cv::IMREAD_UNCHANGED);
      const cv::Mat predP = cv::imread((pretrained.predictionsDir / rp[2]).string(), cv::IMREAD_UNCHANGED);
      const cv::Mat truth = cv::imread((baseline.predictionsDir / rb[3]).string(), cv::IMREAD_UNCHANGED);
      if (predB.empty() || predP.empty() || truth.empty()) continue;
      rows.push_back({scaledTo(greyPicture(rb[1], truth.size()), side, cv::INTER_AREA),
                      scaledTo(colourMask(predB), side, cv::INTER_NEAREST),
                      scaledTo(colourMask(predP), side, cv::INTER_NEAREST),
                      scaledTo(colourMask(truth), side, cv::INTER_NEAREST)});
    }
  } else {
    const auto pb = readCsvFile(baseline.predictionsDir / "probabilities.csv");
    const auto pp = readCsvFile(pretrained.predictionsDir / "probabilities.csv");
    const auto lb = readCsvFile(baseline.predictionsDir / "labels.csv");
    if (pb.size() < 2 || pb.size() != pp.size() || pb.size() != lb.size()) return false;
    const std::vector<std::string>& classes = pb.front();
    const auto topLabels = [&](const std::vector<std::string>& row) {
      std::vector<std::pair<double, std::string>> scored;
      for (std::size_t c = 1; c < row.size() && c < classes.size(); ++c)
        scored.push_back({std::stod(row[c]), classes[c]});
      std::sort(scored.begin(), scored.end(),
                [](const auto& a, const auto& b2) { return a.first > b2.first; });
      std::vector<std::string> lines;
      for (std::size_t k = 0; k < std::min<std::size_t>(4, scored.size()); ++k) {
        lines.push_back(fixedText(scored[k].first, 2) + " " + scored[k].second);
      }
      return lines;
    };
    for (std::size_t i : spread(pb.size() - 1, count)) {
      const auto& truthRow = lb[i + 1];
      std::vector<std::string> truth;
      for (std::size_t c = 1; c < truthRow.size() && c < classes.size(); ++c)
        if (truthRow[c] == "1") truth.push_back(classes[c]);
      rows.push_back({greyPicture(pb[i + 1][0], {side, side}),
                      textCard(topLabels(pb[i + 1]), side, cv::Scalar(180, 119, 31)),
                      textCard(topLabels(pp[i + 1]), side, cv::Scalar(14, 127, 255)),
                      textCard(truth, side, cv::Scalar(60, 160, 60))});
    }
  }
  if (rows.empty()) return false;
  const bool seg = task == "segmentation";
  writePng(file, tile(rows, {"input (L)", seg ? "baseline" : "baseline (top labels)",
                             seg ? "pretrained" : "pretrained (top labels)", "truth"}));
  return true;
}

void writeLabelEfficiencyFigure(const fs::path& file, const std::string& task,
                                const std::vector<const TaskComparison*>& rows) {
  // The legend sits right of the plot, where no curve can run under it.
  const int W = 1160, H = 560, left = 80, right = 276, top = 48, bottom = 96;
  cv::Mat img(H, W, CV_8UC3, cv::Scalar(255, 255, 255));
  std::string metric = "metric";
  double xMin = INFINITY, xMax = -INFINITY, yMin = INFINITY, yMax = -INFINITY;
  const auto extend = [&](double v) {
    if (!std::isfinite(v)) return;
    yMin = std::min(yMin, v);
    yMax = std::max(yMax, v);
  };
  for (const TaskComparison* t : rows) {
    if (t->metrics.empty()) continue;
    const MetricComparison& m = t->metrics.front();
    metric = m.name;
    xMin = std::min(xMin, std::log(t->fraction));
    xMax = std::max(xMax, std::log(t->fraction));
    for (double v : {m.trivial, m.baselineMean, m.pretrainedMean, m.baselineCiLow, m.baselineCiHigh,
                     m.pretrainedCiLow, m.pretrainedCiHigh})
      extend(v);
  }
  if (!std::isfinite(xMin)) xMin = std::log(0.01), xMax = 0.0;
  if (xMax - xMin < 1e-9) xMin -= 0.5, xMax += 0.5;
  const double xPad = 0.06 * (xMax - xMin);
  xMin -= xPad;
  xMax += xPad;
  if (!std::isfinite(yMin)) yMin = 0, yMax = 1;
  if (yMax - yMin < 1e-9) yMax = yMin + 1e-3;
  const double pad = 0.08 * (yMax - yMin);
  yMin = std::max(0.0, yMin - pad);
  yMax += pad;
  const auto px = [&](double logFraction, double y) {
    return cv::Point(int(left + (logFraction - xMin) / (xMax - xMin) * (W - left - right) + 0.5),
                     int(H - bottom - (y - yMin) / (yMax - yMin) * (H - top - bottom) + 0.5));
  };
  for (int i = 0; i <= 5; ++i) {
    const double v = yMin + (yMax - yMin) * i / 5.0;
    const cv::Point a = px(xMin, v), b = px(xMax, v);
    cv::line(img, a, b, kGrid, 1);
    text(img, tickText(v), {8, a.y + 5});
  }
  cv::rectangle(img, px(xMin, yMax), px(xMax, yMin), kInk, 1);
  // Trivial predictor: dashed grey through its per-fraction values.
  std::vector<cv::Point> trivial;
  for (const TaskComparison* t : rows)
    if (!t->metrics.empty() && std::isfinite(t->metrics.front().trivial))
      trivial.push_back(px(std::log(t->fraction), t->metrics.front().trivial));
  if (trivial.size() == 1) trivial.push_back(px(xMax, rows.front()->metrics.front().trivial));
  for (std::size_t i = 1; i < trivial.size(); ++i)
    dashedLine(img, trivial[i - 1], trivial[i], kTrivial, 2, 6, 12);
  // Arms: slightly apart so their error bars do not overlap.
  const double nudge = 0.012 * (xMax - xMin);
  for (const bool pretrainedArm : {false, true}) {
    const cv::Scalar colour = pretrainedArm ? kPretrained : kBaseline;
    const double dx = pretrainedArm ? nudge : -nudge;
    std::vector<cv::Point> line;
    for (const TaskComparison* t : rows) {
      if (t->metrics.empty()) continue;
      const MetricComparison& m = t->metrics.front();
      const double x = std::log(t->fraction) + dx;
      const double mean = pretrainedArm ? m.pretrainedMean : m.baselineMean;
      const double low = pretrainedArm ? m.pretrainedCiLow : m.baselineCiLow;
      const double high = pretrainedArm ? m.pretrainedCiHigh : m.baselineCiHigh;
      if (std::isfinite(low) && std::isfinite(high))
        intervalBar(img, px(x, low).x, px(x, low).y, px(x, high).y, colour, 2, 6);
      if (std::isfinite(mean)) line.push_back(px(x, mean));
    }
    for (std::size_t i = 1; i < line.size(); ++i) cv::line(img, line[i - 1], line[i], colour, 3, cv::LINE_AA);
    for (const auto& p : line) cv::circle(img, p, 5, colour, cv::FILLED, cv::LINE_AA);
  }
  // x ticks: the fractions, with the training images and the verdict under each.
  for (const TaskComparison* t : rows) {
    const cv::Point a = px(std::log(t->fraction), yMin);
    char label[32];
    std::snprintf(label, sizeof label, "%g %%", t->fraction * 100.0);
    text(img, label, {a.x - 18, H - bottom + 20});
    text(img, "n=" + std::to_string(t->trainImages), {a.x - 18, H - bottom + 38}, 0.4);
    text(img, t->outcomeName(), {a.x - 26, H - bottom + 56}, 0.4);
  }
  text(img, task + ": " + metric + " vs labelled training images (log scale), 95 % CI", {left, 30}, 0.6, kInk,
       2);
  text(img, "share of labelled training images; verdict (pretrained vs baseline) below",
       {(left + W - right) / 2 - 250, H - 14}, 0.5);
  armLegend(img, {W - right + 24, top + 18}, true);
  writePng(file, img);
}

}  // namespace colorproxy
