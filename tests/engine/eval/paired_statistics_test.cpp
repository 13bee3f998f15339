// The paired-comparison statistics against closed forms, printed tables and hand-enumerated values.
#include <gtest/gtest.h>

#include <cmath>

#include "colorproxy/eval/paired_statistics.h"

namespace colorproxy {
namespace {

TEST(StudentT, CdfMatchesClosedFormsAndTables) {
  // dof 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/pi.
  for (double t : {-3.0, -0.5, 0.0, 1.0, 2.5, 40.0})
    EXPECT_NEAR(studentTCdf(t, 1), 0.5 + std::atan(t) / M_PI, 1e-12) << t;
  // dof 2: F(t) = 1/2 + t / (2 sqrt(2 + t^2)).
  for (double t : {-4.0, -1.0, 0.3, 2.0, 9.0})
    EXPECT_NEAR(studentTCdf(t, 2), 0.5 + t / (2.0 * std::sqrt(2.0 + t * t)), 1e-12) << t;
  // Printed critical values (two-sided 5 %, one-sided 5 %).
  EXPECT_NEAR(studentTCdf(2.776445, 4), 0.975, 1e-6);
  EXPECT_NEAR(studentTCdf(2.228139, 10), 0.975, 1e-6);
  EXPECT_NEAR(studentTCdf(1.697261, 30), 0.95, 1e-6);
  EXPECT_NEAR(studentTCdf(12.706205, 1), 0.975, 1e-6);
  // Large dof approaches the normal distribution.
  EXPECT_NEAR(studentTCdf(1.959964, 1e7), 0.975, 1e-6);
  EXPECT_TRUE(std::isnan(studentTCdf(1.0, 0)));
  EXPECT_NEAR(studentTQuantile(0.975, 4), 2.776445, 1e-5);
  EXPECT_NEAR(studentTQuantile(0.975, 2), 4.302653, 1e-5);
  EXPECT_NEAR(studentTQuantile(0.025, 9), -2.262157, 1e-5);
}

TEST(StudentT, IncompleteBetaMatchesClosedForms) {
  // I_x(1, b) = 1 - (1 - x)^b and I_x(a, 1) = x^a.
  EXPECT_NEAR(regularizedIncompleteBeta(0.3, 1, 4), 1 - std::pow(0.7, 4), 1e-13);
  EXPECT_NEAR(regularizedIncompleteBeta(0.8, 3, 1), std::pow(0.8, 3), 1e-13);
  EXPECT_NEAR(regularizedIncompleteBeta(0.5, 7, 7), 0.5, 1e-13);
}

TEST(PairedTTest, HandWorked) {
  // d = 1, 2, 3: mean 2, sd 1, se 1/sqrt(3), t = 2 sqrt(3) = 3.4641, dof 2;
  // F(t; 2) = 1/2 + t / (2 sqrt(2 + t^2)) = 0.962910 -> p = 2 (1 - F) = 0.074180;
  // CI 2 -+ 4.302653 / sqrt(3) = [-0.484138, 4.484138].
  const auto r = pairedTTest({1, 2, 3});
  EXPECT_NEAR(r.t, 2 * std::sqrt(3.0), 1e-12);
  EXPECT_EQ(r.dof, 2);
  EXPECT_NEAR(r.pValue, 2 * (0.5 - std::sqrt(12.0) / (2 * std::sqrt(14.0))), 1e-10);
  EXPECT_NEAR(r.pValue, 0.074180, 1e-6);
  EXPECT_NEAR(r.ciLow, -0.484138, 1e-5);
  EXPECT_NEAR(r.ciHigh, 4.484138, 1e-5);
  EXPECT_TRUE(std::isnan(pairedTTest({0.4}).pValue));
  EXPECT_EQ(pairedTTest({0.0, 0.0, NAN}).pValue, 1.0);
  EXPECT_EQ(pairedTTest({0.1, 0.1, 0.1}).pValue, 0.0);
}

TEST(SignFlip, ExactPValuesByEnumeration) {
  // 1, 2, 3: of the 8 sign patterns only +6 and -6 reach |sum| 6.
  EXPECT_DOUBLE_EQ(signFlipPValue({1, 2, 3}), 2.0 / 8);
  // 1, -2, 3, 4 (sum 6): |±1±2±3±4| >= 6 for 10, 8, 6 and their negatives: 6 of 16.
  EXPECT_DOUBLE_EQ(signFlipPValue({1, -2, 3, 4}), 6.0 / 16);
  // Six differences of one sign: the smallest p six pairs can give, 2/64.
  EXPECT_DOUBLE_EQ(signFlipPValue({0.1, 0.2, 0.1, 0.3, 0.2, 0.1}), 2.0 / 64);
  // Five: 2/32 = 0.0625, never below 0.05.
  EXPECT_DOUBLE_EQ(signFlipPValue({-0.1, -0.2, -0.1, -0.3, -0.2}), 2.0 / 32);
  // Symmetric differences: every pattern is at least as extreme as 0.
  EXPECT_DOUBLE_EQ(signFlipPValue({1, -1}), 1.0);
  EXPECT_DOUBLE_EQ(signFlipPValue({NAN, 1, 2, 3}), 0.25);
  EXPECT_TRUE(std::isnan(signFlipPValue({})));
  // Beyond 20 values the test samples patterns: 24 equal values give ~2/2^24, far below 0.001.
  EXPECT_LT(signFlipPValue(std::vector<double>(24, 0.5)), 1e-3);
}

TEST(Bootstrap, ExactPercentileIntervalsByEnumeration) {
  // 0, 1: resample means 0 (1/4), 0.5 (1/2), 1 (1/4) -> [0, 1].
  auto ci = bootstrapMeanInterval({0, 1});
  EXPECT_DOUBLE_EQ(ci.low, 0);
  EXPECT_DOUBLE_EQ(ci.high, 1);
  // 1, 2, 3: P(all three are 1) = 1/27 > 2.5 %, so the interval is [1, 3]; it excludes 0.
  ci = bootstrapMeanInterval({1, 2, 3});
  EXPECT_DOUBLE_EQ(ci.low, 1);
  EXPECT_DOUBLE_EQ(ci.high, 3);
  EXPECT_TRUE(ci.excludesZero());
  // 0, 0, 0, 4: the mean is k where k ~ Binomial(4, 1/4): cumulative 81, 189, 243, 255, 256 of 256;
  // 97.5 % of 256 = 249.6 -> the 250th value, k = 3.
  ci = bootstrapMeanInterval({0, 0, 0, 4});
  EXPECT_DOUBLE_EQ(ci.low, 0);
  EXPECT_DOUBLE_EQ(ci.high, 3);
  EXPECT_FALSE(ci.excludesZero());
  EXPECT_FALSE(bootstrapMeanInterval({0.5}).valid());
  // Beyond 6 values the resampled interval lies inside [min, max] and around the mean.
  ci = bootstrapMeanInterval({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  EXPECT_GT(ci.low, 3.0);
  EXPECT_LT(ci.low, 5.5);
  EXPECT_GT(ci.high, 5.5);
  EXPECT_LT(ci.high, 8.0);
}

TEST(Bootstrap, GenericStatisticOverItems) {
  // The statistic "mean of the resampled items" matches the mean interval's spread for 10 values.
  const std::vector<double> v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  const auto ci = bootstrapInterval(v.size(), [&](const std::vector<std::size_t>& idx) {
    double s = 0;
    for (auto i : idx) s += v[i];
    return s / double(idx.size());
  });
  // Normal approximation: 5.5 -+ 1.96 * 2.8723 / sqrt(10) = [3.72, 7.28].
  EXPECT_NEAR(ci.low, 3.72, 0.35);
  EXPECT_NEAR(ci.high, 7.28, 0.35);
}

TEST(PairedVerdict, GainLossOrInconclusive) {
  const ConfidenceInterval positive{0.01, 0.05}, negative{-0.05, -0.01}, straddling{-0.01, 0.05};
  EXPECT_EQ(decidePairedVerdict(positive, 0.03, true), PairedVerdict::Gain);
  EXPECT_EQ(decidePairedVerdict(negative, 0.03, true), PairedVerdict::Loss);
  EXPECT_EQ(decidePairedVerdict(negative, 0.03, false), PairedVerdict::Gain);  // a loss metric fell
  EXPECT_EQ(decidePairedVerdict(positive, 0.0625, true), PairedVerdict::Inconclusive);
  EXPECT_EQ(decidePairedVerdict(straddling, 0.001, true), PairedVerdict::Inconclusive);
  EXPECT_EQ(decidePairedVerdict({}, 0.001, true), PairedVerdict::Inconclusive);
  EXPECT_EQ(pairedVerdictName(PairedVerdict::Gain), "gain");
  EXPECT_EQ(pairedVerdictName(PairedVerdict::Inconclusive), "inconclusive");
}

TEST(MeanTInterval, HandWorkedFromASummary) {
  // 1, 2, 3, 4: mean 2.5, sample sd sqrt(5/3) = 1.290994, se 0.645497, t(0.975; 3) = 3.182446
  // -> half width 2.054260.
  const ConfidenceInterval ci = meanTInterval(summarize({1.0, 2.0, 3.0, 4.0}));
  ASSERT_TRUE(ci.valid());
  EXPECT_NEAR(ci.low, 0.445740, 1e-5);
  EXPECT_NEAR(ci.high, 4.554260, 1e-5);
  // The infinite value (an identical pair's PSNR) is left out as by the summary: n = 4 again.
  const ConfidenceInterval withInf = meanTInterval(summarize({1.0, 2.0, INFINITY, 3.0, 4.0}));
  EXPECT_NEAR(withInf.low, 0.445740, 1e-5);
  EXPECT_FALSE(meanTInterval(summarize({7.0})).valid());
  EXPECT_FALSE(meanTInterval(SummaryStats{}).valid());
}

}  // namespace
}  // namespace colorproxy
