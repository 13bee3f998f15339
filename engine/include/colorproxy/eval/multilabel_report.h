#pragma once
// Multilabel classification metrics of a set of samples (filled by MultilabelEvaluator).
#include <cstddef>
#include <limits>
#include <vector>

namespace colorproxy {

/// Multilabel metrics. A label is predicted positive when its score is >= `threshold` (scores are
/// probabilities, e.g. sigmoid outputs, for the default 0.5; scores are compared as doubles, so a float score
/// 0.3f is slightly above a threshold of 0.3). Undefined ratios are NaN except where noted.
struct MultilabelReport {
  /// Figures of one class.
  struct ClassMetrics {
    std::size_t positives = 0;  ///< samples whose truth has this class
    double averagePrecision =
        std::numeric_limits<double>::quiet_NaN();  ///< step sum; NaN when positives == 0
    double averagePrecisionVoc07 = std::numeric_limits<double>::quiet_NaN();   ///< VOC 2007 11-point
    double averagePrecisionVocAll = std::numeric_limits<double>::quiet_NaN();  ///< VOC 2010+ all-point
    std::size_t truePositives = 0, falsePositives = 0, falseNegatives = 0;     ///< at `threshold`
    double precision = 0.0;  ///< TP/(TP+FP); 0 when nothing is predicted (scikit-learn zero_division=0)
    double recall = 0.0;     ///< TP/(TP+FN); 0 when positives == 0
    double f1 = 0.0;         ///< 2PR/(P+R); 0 when P + R == 0
  };

  std::size_t sampleCount = 0;
  std::size_t classCount = 0;
  double threshold = 0.5;
  std::vector<ClassMetrics> perClass;

  /// Mean of per-class AP over the classes with at least one positive in the truth (`presentClassCount`).
  double meanAveragePrecision = std::numeric_limits<double>::quiet_NaN();
  /// The same mean in the VOC devkits' AP variants (ApVariant in precision_recall.h), over the same classes.
  double meanAveragePrecisionVoc07 = std::numeric_limits<double>::quiet_NaN();
  double meanAveragePrecisionVocAll = std::numeric_limits<double>::quiet_NaN();
  std::size_t presentClassCount = 0;

  /// Fraction of samples whose whole predicted label set equals the truth (subset accuracy).
  double exactMatchAccuracy = std::numeric_limits<double>::quiet_NaN();
  /// Fraction of (sample, class) labels predicted right (1 − Hamming loss).
  double perLabelAccuracy = std::numeric_limits<double>::quiet_NaN();

  /// Micro averages: TP, FP, FN summed over all classes, then P, R, F1 (0 when undefined).
  double microPrecision = 0.0, microRecall = 0.0, microF1 = 0.0;
  /// Macro averages: unweighted mean of per-class P, R and F1 over the classes present in the truth
  /// (the same classes as mAP; macro F1 is the mean of per-class F1, not F1 of the macro P and R).
  double macroPrecision = std::numeric_limits<double>::quiet_NaN();
  double macroRecall = std::numeric_limits<double>::quiet_NaN();
  double macroF1 = std::numeric_limits<double>::quiet_NaN();
};

}  // namespace colorproxy
