#include "colorproxy/experiment/experiment_result.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <tuple>

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

std::string signedNumber(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.4f", v);
  return buf;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

// "test_mIoU" -> "test mIoU".
std::string readable(std::string name) {
  for (auto& c : name)
    if (c == '_') c = ' ';
  return name;
}

}  // namespace

MetricComparison compareMetric(const std::string& name, bool higherIsBetter,
                               const std::vector<double>& baseline, const std::vector<double>& pretrained) {
  if (baseline.size() != pretrained.size())
    throw std::invalid_argument("compareMetric '" + name + "': " + std::to_string(baseline.size()) +
                                " baseline values but " + std::to_string(pretrained.size()) +
                                " pretrained ones");
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
  return m;
}

const MetricComparison* TaskComparison::find(const std::string& name) const {
  for (const auto& m : metrics)
    if (m.name == name) return &m;
  return nullptr;
}

std::string describeConsistency(const MetricComparison& m, const std::string& task) {
  const std::string metric = readable(m.name);
  if (m.pairs == 0) return task + ": no seed produced a finite " + metric + ", so nothing can be compared.";
  const std::string seeds = std::to_string(m.pairs) + (m.pairs == 1 ? " seed" : " seeds");
  const std::string change = "mean " + signedNumber(m.meanDifference) + ", from " + number(m.baselineMean) +
                             " to " + number(m.pretrainedMean);
  std::string s;
  if (m.pairs == 1) {
    s = task + ": with a single seed, colorization pretraining " +
        (m.improved ? "improved"
         : m.worse  ? "lowered"
                    : "did not change") +
        " " + metric + " (" + change + "); one seed cannot show whether the effect is consistent.";
  } else if (m.improved == m.pairs) {
    s = task + ": colorization pretraining improved " + metric + " in all " + seeds + " (" + change +
        "): the gain is consistent across seeds.";
  } else if (m.worse == m.pairs) {
    s = task + ": colorization pretraining lowered " + metric + " in all " + seeds + " (" + change +
        "): a consistent loss, not a gain.";
  } else {
    s = task + ": the effect of colorization pretraining on " + metric +
        " is not consistent across seeds: better in " + std::to_string(m.improved) + ", worse in " +
        std::to_string(m.worse) + (m.ties ? ", equal in " + std::to_string(m.ties) : std::string()) + " of " +
        seeds + " (" + change + ").";
  }
  if (m.pairs >= 2 && std::isfinite(m.stdDifference) && m.stdDifference > 0 &&
      std::fabs(m.meanDifference) < m.stdDifference / std::sqrt(double(m.pairs)) * 2.0 &&
      (m.improved == m.pairs || m.worse == m.pairs))
    s += " The mean difference is small next to its spread over seeds (" + signedNumber(m.meanDifference) +
         " ± " + number(m.stdDifference) + "), so treat it with care.";
  return s;
}

}  // namespace colorproxy
