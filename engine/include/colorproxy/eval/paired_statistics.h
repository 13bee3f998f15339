#pragma once
// Statistics of a paired comparison (pretrained − baseline per seed): the Student t distribution, a
// paired t-test, the exact sign-flip permutation test, a percentile bootstrap confidence interval of
// the mean, and the three-way verdict built on them. Plain C++, deterministic (fixed resampling seed).
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "colorproxy/eval/summary_stats.h"

namespace colorproxy {

/// P(T <= t) for Student's t distribution with `dof` > 0 degrees of freedom (through the regularised
/// incomplete beta function). NaN for a NaN t or dof <= 0.
double studentTCdf(double t, double dof);

/// The t with studentTCdf(t, dof) = p, for 0 < p < 1 (bisection to 1e-12). NaN otherwise.
double studentTQuantile(double p, double dof);

/// I_x(a, b), the regularised incomplete beta function, for 0 <= x <= 1 and a, b > 0.
double regularizedIncompleteBeta(double x, double a, double b);

/// Result of a paired t-test on differences d_i: t = mean / (sd / sqrt(n)), dof = n − 1.
struct PairedTTest {
  double t = std::numeric_limits<double>::quiet_NaN();
  double dof = std::numeric_limits<double>::quiet_NaN();
  double pValue = std::numeric_limits<double>::quiet_NaN();  ///< two-sided; NaN for n < 2
  double ciLow = std::numeric_limits<double>::quiet_NaN();   ///< 95 % t interval of the mean
  double ciHigh = std::numeric_limits<double>::quiet_NaN();
};

/// Paired t-test of the finite values of `differences` against 0. n < 2 gives NaNs; all-equal non-zero
/// differences (sd 0) give p = 0, all-zero ones p = 1.
PairedTTest pairedTTest(const std::vector<double>& differences);

/// Two-sided p-value of the sign-flip permutation test: the share of the 2^n sign assignments whose
/// |sum| is at least the observed |sum| (the observed one included). Exact for n <= 20 finite values,
/// otherwise 200,000 random assignments (fixed seed). NaN when there is no finite value. Note: the
/// smallest possible value is 2 / 2^n, so n >= 6 pairs are needed to reach p < 0.05.
double signFlipPValue(const std::vector<double>& differences);

/// A two-sided confidence interval.
struct ConfidenceInterval {
  double low = std::numeric_limits<double>::quiet_NaN();
  double high = std::numeric_limits<double>::quiet_NaN();
  bool valid() const { return low == low && high == high; }
  bool excludesZero() const { return valid() && (low > 0.0 || high < 0.0); }
};

/// Student-t interval (level e.g. 0.95) of the mean of a summary's finite values: mean ± t(n − 1) · s / √n
/// with the sample standard deviation s (the summary keeps the population one). Invalid for n < 2.
ConfidenceInterval meanTInterval(const SummaryStats& summary, double level = 0.95);

/// Percentile bootstrap interval (level e.g. 0.95) of the mean of the finite values: the lower bound is
/// the smallest resampled mean m with P(mean <= m) >= (1 − level)/2, the upper the smallest with
/// P(mean <= m) >= (1 + level)/2. Exact (every one of the n^n resamples) for n <= 6, otherwise
/// `resamples` random resamples (fixed seed). Invalid (NaN) for n < 2.
ConfidenceInterval bootstrapMeanInterval(const std::vector<double>& values, double level = 0.95,
                                         int resamples = 20000);

/// Percentile bootstrap interval of any statistic of n paired items: `statistic` gets the item indices
/// of one resample (with repetition) and returns a value; NaN results are dropped. `resamples` random
/// resamples with a fixed seed. Invalid for n < 2.
ConfidenceInterval bootstrapInterval(std::size_t n,
                                     const std::function<double(const std::vector<std::size_t>&)>& statistic,
                                     double level = 0.95, int resamples = 2000);

/// The three outcomes a comparison may have.
enum class PairedVerdict { Gain, Loss, Inconclusive };

/// "gain", "loss" or "inconclusive".
std::string pairedVerdictName(PairedVerdict verdict);

/// Gain (loss) when the interval excludes 0 on the better (worse) side AND p < alpha; otherwise
/// inconclusive. `higherIsBetter` turns the sign around for losses.
PairedVerdict decidePairedVerdict(const ConfidenceInterval& interval, double pValue, bool higherIsBetter,
                                  double alpha = 0.05);

}  // namespace colorproxy
