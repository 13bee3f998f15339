#include "colorproxy/eval/paired_statistics.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace colorproxy {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::uint64_t kResampleSeed = 20260113;

std::vector<double> finiteValues(const std::vector<double>& values) {
  std::vector<double> out;
  for (double v : values)
    if (std::isfinite(v)) out.push_back(v);
  return out;
}

// Continued fraction of the incomplete beta function (modified Lentz's method).
double betaContinuedFraction(double x, double a, double b) {
  const double tiny = 1e-300;
  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  if (std::fabs(d) < tiny) d = tiny;
  d = 1.0 / d;
  double h = d;
  for (int m = 1; m <= 10000; ++m) {
    const double m2 = 2.0 * m;
    // Even step: m (b − m) x / ((a + 2m − 1)(a + 2m)).
    double num = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
    d = 1.0 + num * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1.0 + num / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1.0 / d;
    h *= d * c;
    // Odd step: −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
    num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
    d = 1.0 + num * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1.0 + num / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1.0 / d;
    const double delta = d * c;
    h *= delta;
    if (std::fabs(delta - 1.0) < 1e-15) break;
  }
  return h;
}

// The value at cumulative share q of sorted equally likely values: the smallest v_k with k / N >= q.
double sortedQuantile(const std::vector<double>& sorted, double q) {
  const double n = double(sorted.size());
  std::size_t k = std::size_t(std::ceil(n * q - 1e-9));
  k = std::clamp<std::size_t>(k, 1, sorted.size());
  return sorted[k - 1];
}

ConfidenceInterval percentileInterval(std::vector<double> stats, double level) {
  ConfidenceInterval ci;
  if (stats.empty()) return ci;
  std::sort(stats.begin(), stats.end());
  ci.low = sortedQuantile(stats, (1.0 - level) / 2.0);
  ci.high = sortedQuantile(stats, (1.0 + level) / 2.0);
  return ci;
}

}  // namespace

double regularizedIncompleteBeta(double x, double a, double b) {
  if (!(x >= 0.0 && x <= 1.0) || !(a > 0.0) || !(b > 0.0)) return kNaN;
  if (x == 0.0) return 0.0;
  if (x == 1.0) return 1.0;
  const double logFront =
      std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
  if (x < (a + 1.0) / (a + b + 2.0)) return std::exp(logFront) * betaContinuedFraction(x, a, b) / a;
  return 1.0 - std::exp(logFront) * betaContinuedFraction(1.0 - x, b, a) / b;
}

double studentTCdf(double t, double dof) {
  if (std::isnan(t) || !(dof > 0.0)) return kNaN;
  if (std::isinf(t)) return t > 0 ? 1.0 : 0.0;
  const double tail = 0.5 * regularizedIncompleteBeta(dof / (dof + t * t), dof / 2.0, 0.5);
  return t > 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double dof) {
  if (!(p > 0.0 && p < 1.0) || !(dof > 0.0)) return kNaN;
  double lo = -1.0, hi = 1.0;
  while (studentTCdf(lo, dof) > p) lo *= 2.0;
  while (studentTCdf(hi, dof) < p) hi *= 2.0;
  for (int i = 0; i < 200 && hi - lo > 1e-12; ++i) {
    const double mid = 0.5 * (lo + hi);
    (studentTCdf(mid, dof) < p ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

PairedTTest pairedTTest(const std::vector<double>& differences) {
  const std::vector<double> d = finiteValues(differences);
  PairedTTest r;
  const std::size_t n = d.size();
  if (n < 2) return r;
  double mean = 0.0;
  for (double v : d) mean += v;
  mean /= double(n);
  double ss = 0.0;
  for (double v : d) ss += (v - mean) * (v - mean);
  const double sd = std::sqrt(ss / double(n - 1));
  const double se = sd / std::sqrt(double(n));
  r.dof = double(n - 1);
  // Equal differences (up to rounding) have no spread: the mean is exactly known.
  if (sd <= 1e-12 * std::fabs(mean) || sd == 0.0) {
    r.t = mean == 0.0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), mean);
    r.pValue = mean == 0.0 ? 1.0 : 0.0;
    r.ciLow = r.ciHigh = mean;
    return r;
  }
  r.t = mean / se;
  r.pValue = 2.0 * studentTCdf(-std::fabs(r.t), r.dof);
  const double q = studentTQuantile(0.975, r.dof);
  r.ciLow = mean - q * se;
  r.ciHigh = mean + q * se;
  return r;
}

double signFlipPValue(const std::vector<double>& differences) {
  const std::vector<double> d = finiteValues(differences);
  const std::size_t n = d.size();
  if (n == 0) return kNaN;
  double observed = 0.0, scale = 0.0;
  for (double v : d) {
    observed += v;
    scale += std::fabs(v);
  }
  observed = std::fabs(observed);
  // Sums equal to the observed one up to rounding count as "at least as extreme".
  const double tolerance = 1e-12 * std::max(scale, 1e-300);
  std::uint64_t extreme = 0, total = 0;
  if (n <= 20) {
    const std::uint64_t count = std::uint64_t(1) << n;
    for (std::uint64_t mask = 0; mask < count; ++mask) {
      double s = 0.0;
      for (std::size_t i = 0; i < n; ++i) s += (mask >> i) & 1u ? -d[i] : d[i];
      if (std::fabs(s) >= observed - tolerance) ++extreme;
    }
    total = count;
  } else {
    std::mt19937_64 rng(kResampleSeed);
    total = 200000;
    extreme = 1;  // the observed assignment
    for (std::uint64_t k = 1; k < total; ++k) {
      double s = 0.0;
      for (std::size_t i = 0; i < n; ++i) s += rng() & 1u ? -d[i] : d[i];
      if (std::fabs(s) >= observed - tolerance) ++extreme;
    }
  }
  return double(extreme) / double(total);
}

ConfidenceInterval meanTInterval(const SummaryStats& summary, double level) {
  const std::size_t n = summary.finiteCount;
  if (n < 2 || !std::isfinite(summary.mean) || !std::isfinite(summary.std) || !(level > 0.0 && level < 1.0))
    return {};
  const double sampleSd = summary.std * std::sqrt(double(n) / double(n - 1));
  const double half = studentTQuantile(0.5 + level / 2.0, double(n - 1)) * sampleSd / std::sqrt(double(n));
  return {summary.mean - half, summary.mean + half};
}

ConfidenceInterval bootstrapMeanInterval(const std::vector<double>& values, double level, int resamples) {
  const std::vector<double> v = finiteValues(values);
  const std::size_t n = v.size();
  if (n < 2) return {};
  std::vector<double> means;
  if (n <= 6) {
    std::size_t count = 1;
    for (std::size_t i = 0; i < n; ++i) count *= n;
    means.reserve(count);
    std::vector<std::size_t> index(n, 0);
    for (std::size_t k = 0; k < count; ++k) {
      double s = 0.0;
      for (std::size_t i : index) s += v[i];
      means.push_back(s / double(n));
      for (std::size_t pos = 0; pos < n && ++index[pos] == n; ++pos) index[pos] = 0;
    }
  } else {
    std::mt19937_64 rng(kResampleSeed);
    means.reserve(std::size_t(std::max(resamples, 1)));
    for (int k = 0; k < resamples; ++k) {
      double s = 0.0;
      for (std::size_t i = 0; i < n; ++i) s += v[rng() % n];
      means.push_back(s / double(n));
    }
  }
  return percentileInterval(std::move(means), level);
}

ConfidenceInterval bootstrapInterval(std::size_t n,
                                     const std::function<double(const std::vector<std::size_t>&)>& statistic,
                                     double level, int resamples) {
  if (n < 2) return {};
  std::mt19937_64 rng(kResampleSeed);
  std::vector<double> stats;
  std::vector<std::size_t> index(n);
  for (int k = 0; k < resamples; ++k) {
    for (auto& i : index) i = std::size_t(rng() % n);
    const double s = statistic(index);
    if (std::isfinite(s)) stats.push_back(s);
  }
  return percentileInterval(std::move(stats), level);
}

std::string pairedVerdictName(PairedVerdict verdict) {
  switch (verdict) {
    case PairedVerdict::Gain:
      return "gain";
    case PairedVerdict::Loss:
      return "loss";
    case PairedVerdict::Inconclusive:
      break;
  }
  return "inconclusive";
}

PairedVerdict decidePairedVerdict(const ConfidenceInterval& interval, double pValue, bool higherIsBetter,
                                  double alpha) {
  if (!interval.excludesZero() || !(pValue < alpha)) return PairedVerdict::Inconclusive;
  const bool above = interval.low > 0.0;
  return above == higherIsBetter ? PairedVerdict::Gain : PairedVerdict::Loss;
}

}  // namespace colorproxy
