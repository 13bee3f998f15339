#pragma once
// Collects multilabel predictions batch by batch and computes MultilabelReport and per-class PR curves.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "colorproxy/eval/multilabel_report.h"
#include "colorproxy/eval/precision_recall.h"

namespace colorproxy {

/// Accumulates (scores, multi-hot truth) of many samples; AP needs every score, so they are all kept
/// (8 + 1 bytes per sample and class). Not thread-safe: one evaluator per thread, or lock around add().
class MultilabelEvaluator {
 public:
  /// Throws std::invalid_argument when classCount < 1.
  explicit MultilabelEvaluator(int classCount);

  /// Adds a batch: `scores` and `truth` are N x classCount single-channel matrices (any numeric depth;
  /// truth values 0 or 1, or -1 = ignored: that sample is left out of every metric of that class, as the
  /// VOC devkit does with "difficult" labels). Throws std::invalid_argument (naming the sizes, or the
  /// row/column and value) on a shape mismatch, a NaN score or another truth value; nothing is added then.
  void add(const cv::Mat& scores, const cv::Mat& truth);

  /// Adds one sample (classCount scores and 0/1 labels). Same checks as add().
  void addSample(const std::vector<double>& scores, const std::vector<int>& truth);

  void clear();
  int classCount() const { return m_classCount; }
  std::size_t sampleCount() const { return m_truth.size() / std::size_t(m_classCount); }

  /// Metrics over every sample added so far. Throws std::invalid_argument when threshold is NaN.
  MultilabelReport report(double threshold = 0.5) const;

  /// Precision-recall curve of one class (see precisionRecallCurve). Throws std::out_of_range on a bad index.
  std::vector<PrecisionRecallPoint> precisionRecallCurve(int classIndex) const;

  /// Scores and labels of one class, in the order added, without the samples whose label is ignored.
  std::vector<double> classScores(int classIndex) const;
  std::vector<int> classLabels(int classIndex) const;

 private:
  int m_classCount;
  std::vector<double> m_scores;       // row-major, sampleCount x classCount
  std::vector<std::uint8_t> m_truth;  // same layout, 0, 1 or kIgnored
  static constexpr std::uint8_t kIgnored = 2;
};

/// One-shot form: MultilabelEvaluator(scores.cols).add(scores, truth), then report(threshold).
MultilabelReport evaluateMultilabel(const cv::Mat& scores, const cv::Mat& truth, double threshold = 0.5);

/// The report's headline figures by the names runs and reports use: "mAP" (step-sum AP, scikit-learn),
/// "mAP_voc07" (VOC 2007 11-point), "mAP_vocall" (VOC 2010+ all-point), "exactMatch", "labelAccuracy",
/// "microF1", "macroF1".
std::map<std::string, double> multilabelMetrics(const MultilabelReport& report);

}  // namespace colorproxy
