#include "colorproxy/eval/multilabel_evaluator.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "eval/mat_checks.h"

namespace colorproxy {
namespace {

double ratioOrZero(std::size_t num, std::size_t den) { return den == 0 ? 0.0 : double(num) / double(den); }

double f1Of(double precision, double recall) {
  return precision + recall > 0.0 ? 2.0 * precision * recall / (precision + recall) : 0.0;
}

}  // namespace

MultilabelEvaluator::MultilabelEvaluator(int classCount) : m_classCount(classCount) {
  if (classCount < 1)
    throw std::invalid_argument("MultilabelEvaluator: classCount must be >= 1, got " +
                                std::to_string(classCount));
}

void MultilabelEvaluator::add(const cv::Mat& scores, const cv::Mat& truth) {
  if (scores.empty() && truth.empty()) return;
  if (scores.dims > 2 || truth.dims > 2 || scores.channels() != 1 || truth.channels() != 1 ||
      scores.cols != m_classCount || truth.size() != scores.size())
    throw std::invalid_argument("MultilabelEvaluator::add: scores are " + eval_detail::describeMat(scores) +
                                " and truth is " + eval_detail::describeMat(truth) + " (columns x rows); " +
                                "both must be single-channel N x " + std::to_string(m_classCount) +
                                " (one row per sample, one column per class)");
  cv::Mat s, t;
  scores.convertTo(s, CV_64F);
  truth.convertTo(t, CV_64F);
  std::vector<double> newScores;
  std::vector<std::uint8_t> newTruth;
  newScores.reserve(std::size_t(s.rows) * m_classCount);
  newTruth.reserve(newScores.capacity());
  for (int r = 0; r < s.rows; ++r) {
    const double* ps = s.ptr<double>(r);
    const double* pt = t.ptr<double>(r);
    for (int c = 0; c < m_classCount; ++c) {
      if (std::isnan(ps[c]))
        throw std::invalid_argument("MultilabelEvaluator::add: score at row " + std::to_string(r) +
                                    ", class " + std::to_string(c) + " is NaN");
      if (pt[c] != 0.0 && pt[c] != 1.0 && pt[c] != -1.0)
        throw std::invalid_argument("MultilabelEvaluator::add: truth at row " + std::to_string(r) +
                                    ", class " + std::to_string(c) + " is " + std::to_string(pt[c]) +
                                    "; truth must be multi-hot (0 or 1, or -1 for ignored)");
      newScores.push_back(ps[c]);
      newTruth.push_back(pt[c] == 1.0 ? 1 : pt[c] == 0.0 ? 0 : kIgnored);
    }
  }
  m_scores.insert(m_scores.end(), newScores.begin(), newScores.end());
  m_truth.insert(m_truth.end(), newTruth.begin(), newTruth.end());
}

void MultilabelEvaluator::addSample(const std::vector<double>& scores, const std::vector<int>& truth) {
  if (scores.size() != std::size_t(m_classCount) || truth.size() != std::size_t(m_classCount))
    throw std::invalid_argument("MultilabelEvaluator::addSample: got " + std::to_string(scores.size()) +
                                " scores and " + std::to_string(truth.size()) + " labels, expected " +
                                std::to_string(m_classCount) + " of each");
  // cv::Mat over the caller's data (no copy); add() validates and copies.
  const cv::Mat s(1, m_classCount, CV_64F, const_cast<double*>(scores.data()));
  const cv::Mat t(1, m_classCount, CV_32S, const_cast<int*>(truth.data()));
  add(s, t);
}

void MultilabelEvaluator::clear() {
  m_scores.clear();
  m_truth.clear();
}

std::vector<double> MultilabelEvaluator::classScores(int classIndex) const {
  if (classIndex < 0 || classIndex >= m_classCount)
    throw std::out_of_range("MultilabelEvaluator: class index " + std::to_string(classIndex) +
                            " is outside 0.." + std::to_string(m_classCount - 1));
  std::vector<double> out;
  out.reserve(sampleCount());
  for (std::size_t i = std::size_t(classIndex); i < m_scores.size(); i += std::size_t(m_classCount))
    if (m_truth[i] != kIgnored) out.push_back(m_scores[i]);
  return out;
}

std::vector<int> MultilabelEvaluator::classLabels(int classIndex) const {
  if (classIndex < 0 || classIndex >= m_classCount)
    throw std::out_of_range("MultilabelEvaluator: class index " + std::to_string(classIndex) +
                            " is outside 0.." + std::to_string(m_classCount - 1));
  std::vector<int> out;
  out.reserve(sampleCount());
  for (std::size_t i = std::size_t(classIndex); i < m_truth.size(); i += std::size_t(m_classCount))
    if (m_truth[i] != kIgnored) out.push_back(m_truth[i]);
  return out;
}

std::vector<PrecisionRecallPoint> MultilabelEvaluator::precisionRecallCurve(int classIndex) const {
  return colorproxy::precisionRecallCurve(classScores(classIndex), classLabels(classIndex));
}

MultilabelReport MultilabelEvaluator::report(double threshold) const {
  if (std::isnan(threshold)) throw std::invalid_argument("MultilabelEvaluator::report: threshold is NaN");
  MultilabelReport rep;
  rep.sampleCount = sampleCount();
  rep.classCount = std::size_t(m_classCount);
  rep.threshold = threshold;
  rep.perClass.resize(rep.classCount);

  std::size_t exactMatches = 0, correctLabels = 0, judgedLabels = 0;
  for (std::size_t i = 0; i < rep.sampleCount; ++i) {
    bool allRight = true;
    for (std::size_t c = 0; c < rep.classCount; ++c) {
      const std::size_t k = i * rep.classCount + c;
      if (m_truth[k] == kIgnored) continue;  // neither right nor wrong, in every metric
      ++judgedLabels;
      const bool predicted = m_scores[k] >= threshold;
      const bool actual = m_truth[k] == 1;
      auto& m = rep.perClass[c];
      if (actual) ++m.positives;
      if (predicted && actual) ++m.truePositives;
      if (predicted && !actual) ++m.falsePositives;
      if (!predicted && actual) ++m.falseNegatives;
      if (predicted == actual)
        ++correctLabels;
      else
        allRight = false;
    }
    if (allRight) ++exactMatches;
  }
  if (rep.sampleCount > 0) {
    rep.exactMatchAccuracy = double(exactMatches) / double(rep.sampleCount);
    if (judgedLabels > 0) rep.perLabelAccuracy = double(correctLabels) / double(judgedLabels);
  }

  std::size_t tp = 0, fp = 0, fn = 0;
  double apSum = 0.0, ap07Sum = 0.0, apAllSum = 0.0, pSum = 0.0, rSum = 0.0, f1Sum = 0.0;
  for (std::size_t c = 0; c < rep.classCount; ++c) {
    auto& m = rep.perClass[c];
    m.precision = ratioOrZero(m.truePositives, m.truePositives + m.falsePositives);
    m.recall = ratioOrZero(m.truePositives, m.truePositives + m.falseNegatives);
    m.f1 = f1Of(m.precision, m.recall);
    tp += m.truePositives;
    fp += m.falsePositives;
    fn += m.falseNegatives;
    if (m.positives == 0) continue;
    const std::vector<double> scores = classScores(int(c));
    const std::vector<int> labels = classLabels(int(c));
    m.averagePrecision = colorproxy::averagePrecision(scores, labels);
    m.averagePrecisionVoc07 = colorproxy::averagePrecision(scores, labels, ApVariant::Voc2007ElevenPoint);
    m.averagePrecisionVocAll = colorproxy::averagePrecision(scores, labels, ApVariant::VocAllPoint);
    ++rep.presentClassCount;
    apSum += m.averagePrecision;
    ap07Sum += m.averagePrecisionVoc07;
    apAllSum += m.averagePrecisionVocAll;
    pSum += m.precision;
    rSum += m.recall;
    f1Sum += m.f1;
  }
  rep.microPrecision = ratioOrZero(tp, tp + fp);
  rep.microRecall = ratioOrZero(tp, tp + fn);
  rep.microF1 = f1Of(rep.microPrecision, rep.microRecall);
  if (rep.presentClassCount > 0) {
    const double n = double(rep.presentClassCount);
    rep.meanAveragePrecision = apSum / n;
    rep.meanAveragePrecisionVoc07 = ap07Sum / n;
    rep.meanAveragePrecisionVocAll = apAllSum / n;
    rep.macroPrecision = pSum / n;
    rep.macroRecall = rSum / n;
    rep.macroF1 = f1Sum / n;
  }
  return rep;
}

MultilabelReport evaluateMultilabel(const cv::Mat& scores, const cv::Mat& truth, double threshold) {
  MultilabelEvaluator evaluator(scores.cols > 0 ? scores.cols : 1);
  evaluator.add(scores, truth);
  return evaluator.report(threshold);
}

std::map<std::string, double> multilabelMetrics(const MultilabelReport& r) {
  return {{"mAP", r.meanAveragePrecision},
          {"mAP_voc07", r.meanAveragePrecisionVoc07},
          {"mAP_vocall", r.meanAveragePrecisionVocAll},
          {"exactMatch", r.exactMatchAccuracy},
          {"labelAccuracy", r.perLabelAccuracy},
          {"microF1", r.microF1},
          {"macroF1", r.macroF1}};
}

}  // namespace colorproxy
