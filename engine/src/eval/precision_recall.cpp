#include "colorproxy/eval/precision_recall.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace colorproxy {
namespace {

void validate(const std::vector<double>& scores, const std::vector<int>& labels) {
  if (scores.size() != labels.size())
    throw std::invalid_argument("precisionRecallCurve: " + std::to_string(scores.size()) + " scores but " +
                                std::to_string(labels.size()) + " labels; give one label per score");
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (std::isnan(scores[i]))
      throw std::invalid_argument("precisionRecallCurve: score " + std::to_string(i) + " is NaN");
    if (labels[i] != 0 && labels[i] != 1)
      throw std::invalid_argument("precisionRecallCurve: label " + std::to_string(i) + " is " +
                                  std::to_string(labels[i]) + "; labels must be 0 or 1");
  }
}

}  // namespace

std::vector<PrecisionRecallPoint> precisionRecallCurve(const std::vector<double>& scores,
                                                       const std::vector<int>& labels) {
  validate(scores, labels);
  const std::size_t n = scores.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  const std::size_t positives = std::size_t(std::count(labels.begin(), labels.end(), 1));

  std::vector<PrecisionRecallPoint> curve;
  std::size_t tp = 0, fp = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t idx = order[i];
    ++(labels[idx] == 1 ? tp : fp);
    // Emit a point only at the end of a run of tied scores: all of them cross the threshold together.
    if (i + 1 < n && scores[order[i + 1]] == scores[idx]) continue;
    PrecisionRecallPoint p;
    p.threshold = scores[idx];
    p.truePositives = tp;
    p.falsePositives = fp;
    p.precision = double(tp) / double(tp + fp);
    p.recall = positives > 0 ? double(tp) / double(positives) : 0.0;
    curve.push_back(p);
  }
  return curve;
}

double averagePrecision(const std::vector<double>& scores, const std::vector<int>& labels) {
  const std::vector<PrecisionRecallPoint> curve = precisionRecallCurve(scores, labels);
  if (std::find(labels.begin(), labels.end(), 1) == labels.end())
    return std::numeric_limits<double>::quiet_NaN();
  double ap = 0.0, previousRecall = 0.0;
  for (const PrecisionRecallPoint& p : curve) {
    ap += (p.recall - previousRecall) * p.precision;
    previousRecall = p.recall;
  }
  return ap;
}

}  // namespace colorproxy
