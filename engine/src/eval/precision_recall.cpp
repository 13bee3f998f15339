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

const char* apVariantName(ApVariant variant) {
  switch (variant) {
    case ApVariant::StepSum:
      return "step";
    case ApVariant::Voc2007ElevenPoint:
      return "voc07";
    case ApVariant::VocAllPoint:
      return "vocall";
  }
  return "step";
}

double averagePrecision(const std::vector<double>& scores, const std::vector<int>& labels,
                        ApVariant variant) {
  if (variant == ApVariant::StepSum) return averagePrecision(scores, labels);
  const std::vector<PrecisionRecallPoint> curve = precisionRecallCurve(scores, labels);
  if (std::find(labels.begin(), labels.end(), 1) == labels.end())
    return std::numeric_limits<double>::quiet_NaN();
  if (variant == ApVariant::Voc2007ElevenPoint) {
    // VOCevalcls.m (2007): ap = Σ_t max(prec(rec >= t)) / 11, 0 where no point reaches recall t.
    double ap = 0.0;
    for (int step = 0; step <= 10; ++step) {
      const double t = step / 10.0;
      double best = 0.0;
      for (const PrecisionRecallPoint& p : curve)
        if (p.recall >= t - 1e-12) best = std::max(best, p.precision);
      ap += best / 11.0;
    }
    return ap;
  }
  // VOCap.m (2010+): sentinels (0, 0) and (1, 0), precision made non-increasing from the right, then the
  // area of the step function at every recall change.
  std::vector<double> recall{0.0}, precision{0.0};
  for (const PrecisionRecallPoint& p : curve) {
    recall.push_back(p.recall);
    precision.push_back(p.precision);
  }
  recall.push_back(1.0);
  precision.push_back(0.0);
  for (std::size_t i = precision.size() - 1; i-- > 0;)
    precision[i] = std::max(precision[i], precision[i + 1]);
  double ap = 0.0;
  for (std::size_t i = 1; i < recall.size(); ++i)
    if (recall[i] != recall[i - 1]) ap += (recall[i] - recall[i - 1]) * precision[i];
  return ap;
}

}  // namespace colorproxy
