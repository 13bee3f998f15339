#include "colorproxy/experiment/experiment_result.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <tuple>

#include "colorproxy/base/number_text.h"

namespace colorproxy {

namespace {

// Mean and sample standard deviation (n - 1) of the finite values.
std::pair<double, double> meanStd(const std::vector<double>& values) {
  double sum = 0.0;
  int n = 0;
  for (double v : values)
    if (std::isfinite(v)) {
      sum += v;
      ++n;
    }
  if (n == 0) return {std::nan(""), std::nan("")};
  const double mean = sum / n;
  if (n < 2) return {mean, std::nan("")};
  double ss = 0.0;
  for (double v : values)
    if (std::isfinite(v)) ss += (v - mean) * (v - mean);
  return {mean, std::sqrt(ss / (n - 1))};
}

// "test_mIoU" -> "test mIoU".
std::string readable(std::string name) {
  for (auto& c : name)
    if (c == '_') c = ' ';
  return name;
}

}  // namespace

// One value per cluster: the mean of the finite values with that id, in order of first appearance.
static std::vector<double> clusterMeans(const std::vector<double>& values, const std::vector<int>& clusters) {
  std::vector<int> ids;
  std::vector<double> sums;
  std::vector<int> counts;
  for (std::size_t i = 0; i < values.size(); ++i) {
    auto it = std::find(ids.begin(), ids.end(), clusters[i]);
    std::size_t k = std::size_t(it - ids.begin());
    if (it == ids.end()) {
      ids.push_back(clusters[i]);
      sums.push_back(0.0);
      counts.push_back(0);
    }
    if (std::isfinite(values[i])) {
      sums[k] += values[i];
      ++counts[k];
    }
  }
  std::vector<double> out;
  for (std::size_t k = 0; k < ids.size(); ++k) out.push_back(counts[k] ? sums[k] / counts[k] : std::nan(""));
  return out;
}

MetricComparison compareMetric(const std::string& name, bool higherIsBetter,
                               const std::vector<double>& baseline, const std::vector<double>& pretrained,
                               const std::vector<int>& clusters) {
  if (baseline.size() != pretrained.size() || (!clusters.empty() && clusters.size() != baseline.size()))
    throw std::invalid_argument("compareMetric '" + name + "': " + std::to_string(baseline.size()) +
                                " baseline values, " + std::to_string(pretrained.size()) +
                                " pretrained ones and " + std::to_string(clusters.size()) + " cluster ids");
  MetricComparison m;
  m.name = name;
  m.higherIsBetter = higherIsBetter;
  m.baseline = baseline;
  m.pretrained = pretrained;
  std::vector<double> finiteB, finiteP;
  for (std::size_t i = 0; i < baseline.size(); ++i) {
    const double d = pretrained[i] - baseline[i];
    m.differences.push_back(d);
    if (!std::isfinite(d)) continue;
    ++m.pairs;
    const double better = higherIsBetter ? d : -d;
    if (better > 0)
      ++m.improved;
    else if (better < 0)
      ++m.worse;
    else
      ++m.ties;
  }
  // Means over the same seeds as the differences, so that the mean difference is the difference of means.
  for (std::size_t i = 0; i < baseline.size(); ++i)
    if (std::isfinite(baseline[i]) && std::isfinite(pretrained[i])) {
      finiteB.push_back(baseline[i]);
      finiteP.push_back(pretrained[i]);
    }
  std::tie(m.baselineMean, m.baselineStd) = meanStd(finiteB);
  std::tie(m.pretrainedMean, m.pretrainedStd) = meanStd(finiteP);
  std::tie(m.meanDifference, m.stdDifference) = meanStd(m.differences);
  // The independent units: pairs, or pretraining runs when there are several.
  std::vector<double> unitB, unitP, unitD;
  for (std::size_t i = 0; i < baseline.size(); ++i) {
    const bool both = std::isfinite(baseline[i]) && std::isfinite(pretrained[i]);
    unitB.push_back(both ? baseline[i] : std::nan(""));
    unitP.push_back(both ? pretrained[i] : std::nan(""));
  }
  unitD = m.differences;
  m.units = m.pairs;
  std::vector<int> ids = clusters;
  std::sort(ids.begin(), ids.end());
  if (std::unique(ids.begin(), ids.end()) - ids.begin() > 1) {
    unitB = clusterMeans(unitB, clusters);
    unitP = clusterMeans(unitP, clusters);
    unitD = clusterMeans(m.differences, clusters);
    m.unitName = "pretraining run";
    m.units = int(std::count_if(unitD.begin(), unitD.end(), [](double v) { return std::isfinite(v); }));
  }
  const ConfidenceInterval ci = bootstrapMeanInterval(unitD);
  m.ciLow = ci.low;
  m.ciHigh = ci.high;
  const ConfidenceInterval bci = bootstrapMeanInterval(unitB), pci = bootstrapMeanInterval(unitP);
  m.baselineCiLow = bci.low;
  m.baselineCiHigh = bci.high;
  m.pretrainedCiLow = pci.low;
  m.pretrainedCiHigh = pci.high;
  m.permutationP = signFlipPValue(unitD);
  const PairedTTest t = pairedTTest(unitD);
  m.tStatistic = t.t;
  m.tTestP = t.pValue;
  m.verdict = decidePairedVerdict(ci, m.permutationP, higherIsBetter);
  return m;
}

const MetricComparison* TaskComparison::find(const std::string& name) const {
  for (const auto& m : metrics)
    if (m.name == name) return &m;
  return nullptr;
}

std::string TaskComparison::outcomeName() const {
  return judged() ? pairedVerdictName(outcome) : "not judged";
}

std::string describeVerdict(const TaskComparison& t) {
  if (t.metrics.empty()) return t.task + ": no metric to compare.";
  const MetricComparison& m = t.metrics.front();
  const std::string metric = readable(m.name);
  if (!t.judged()) {
    std::string who = !t.baselineLearned && !t.pretrainedLearned ? "neither network"
                      : !t.baselineLearned                       ? "the baseline"
                                                                 : "the pretrained network";
    return t.task + ": this network did not learn enough to judge transfer: " + who + " beat the trivial " +
           "predictor (" + t.trivialDescription + ", " + metric + " " + fixedText(m.trivial) + ") by " +
           fixedText(t.learnMargin) + " (baseline " + fixedText(m.baselineMean) + ", pretrained " +
           fixedText(m.pretrainedMean) + "). Train longer, on more data or at a larger size.";
  }
  if (m.pairs == 0) return t.task + ": no seed produced a finite " + metric + ", so nothing can be compared.";
  const std::string unitPlural = m.unitName == "seed" ? "seeds" : "pretraining runs";
  const std::string interval =
      std::isfinite(m.ciLow)
          ? "95 % CI over " + unitPlural + " [" + signedText(m.ciLow) + ", " + signedText(m.ciHigh) + "]"
          : "no interval from " + std::to_string(m.units) + " " + m.unitName;
  std::string s = t.task + ": ";
  const std::string numbers = " (mean paired difference " + signedText(m.meanDifference) + ", from " +
                              fixedText(m.baselineMean) + " to " + fixedText(m.pretrainedMean) + "; " +
                              interval + "; sign-flip p = " + fixedText(m.permutationP) +
                              (std::isfinite(m.tTestP) ? ", paired t-test p = " + fixedText(m.tTestP) : "") +
                              ")";
  switch (t.outcome) {
    case PairedVerdict::Gain:
      s += "gain: colorization pretraining improved " + metric + numbers + ".";
      break;
    case PairedVerdict::Loss:
      s += "loss: colorization pretraining lowered " + metric + numbers + ".";
      break;
    case PairedVerdict::Inconclusive:
      s += "inconclusive: the difference in " + metric + " is not distinguishable from seed-to-seed noise" +
           numbers + ".";
      // The exact sign-flip test cannot go below 2 / 2^n.
      if (m.units < 6)
        s += " With " + std::to_string(m.units) + " " + (m.units == 1 ? m.unitName : unitPlural) +
             " the test cannot reach p < 0.05 (its smallest p is " +
             fixedText(2.0 / double(1 << std::max(0, m.units))) + "); use 6 or more.";
      break;
  }
  return s;
}

}  // namespace colorproxy
