#pragma once
// Ranking metrics of one binary class: the precision-recall curve and average precision.
#include <cstddef>
#include <vector>

namespace colorproxy {

/// One point of a precision-recall curve: predict positive every sample whose score is >= threshold.
struct PrecisionRecallPoint {
  double threshold = 0.0;
  double precision = 0.0;  ///< TP / (TP + FP); never undefined, as at least one sample is predicted positive
  double recall = 0.0;     ///< TP / positives
  std::size_t truePositives = 0;
  std::size_t falsePositives = 0;
};

/// The curve's points, one per distinct score, from the highest threshold (lowest recall) to the lowest
/// (recall 1). Tied scores form one point, so the curve does not depend on the order of tied samples.
/// No artificial (recall 0, precision 1) point is added; a plot may prepend one. `labels` are 0 or 1.
/// Empty when there are no samples; recall is 0 throughout when there are no positives.
/// Throws std::invalid_argument on a size mismatch, a NaN score or a label other than 0/1.
std::vector<PrecisionRecallPoint> precisionRecallCurve(const std::vector<double>& scores,
                                                       const std::vector<int>& labels);

/// Average precision as scikit-learn's average_precision_score: AP = Σ_n (R_n − R_{n−1}) · P_n over the
/// curve's points (R_0 = 0), i.e. the precision at each distinct threshold weighted by the recall it adds
/// (a step function, no interpolation). NaN when there is no positive sample (AP is undefined).
double averagePrecision(const std::vector<double>& scores, const std::vector<int>& labels);

/// How average precision summarises a precision-recall curve. Reports name the variant beside every mAP.
enum class ApVariant {
  StepSum,             ///< scikit-learn's average_precision_score (above); ColorProxy's default "mAP"
  Voc2007ElevenPoint,  ///< PASCAL VOC 2007 devkit: mean over recall t = 0, 0.1, ..., 1 of max precision at
                       ///< recall >= t
  VocAllPoint,         ///< PASCAL VOC 2010+ devkit (VOCap.m): area under the monotone precision envelope
};

/// Short stable name of a variant, used in metric keys and reports: "step", "voc07", "vocall".
const char* apVariantName(ApVariant variant);

/// Average precision of one class in the given variant, over the same tie-invariant curve points as
/// precisionRecallCurve (the VOC devkits sort tied scores arbitrarily; with distinct scores the results are
/// the devkits'). NaN when there is no positive sample.
double averagePrecision(const std::vector<double>& scores, const std::vector<int>& labels, ApVariant variant);

}  // namespace colorproxy
