// Paired comparison statistics and the consistency sentence, against hand-worked values.
#include <gtest/gtest.h>

#include <cmath>

#include "colorproxy/experiment/experiment_result.h"

namespace colorproxy {
namespace {

TEST(CompareMetric, MeansStdsAndPairedDifferencesMatchHandValues) {
  // baseline 0.30 0.32 0.34: mean 0.32, sample std 0.02; pretrained 0.33 0.36 0.35: mean 0.34666...,
  // sample std sqrt(((−.01667)^2 + (.01333)^2 + (.00333)^2) / 2) = 0.015275; differences .03 .04 .01:
  // mean 0.026667, sample std 0.015275.
  const auto m = compareMetric("test_mIoU", true, {0.30, 0.32, 0.34}, {0.33, 0.36, 0.35});
  EXPECT_NEAR(m.baselineMean, 0.32, 1e-12);
  EXPECT_NEAR(m.baselineStd, 0.02, 1e-12);
  EXPECT_NEAR(m.pretrainedMean, 1.04 / 3, 1e-12);
  EXPECT_NEAR(m.pretrainedStd, 0.0152752523, 1e-9);
  ASSERT_EQ(m.differences.size(), 3u);
  EXPECT_NEAR(m.differences[1], 0.04, 1e-12);
  EXPECT_NEAR(m.meanDifference, 0.08 / 3, 1e-12);
  EXPECT_NEAR(m.stdDifference, 0.0152752523, 1e-9);
  EXPECT_EQ(m.improved, 3);
  EXPECT_EQ(m.worse, 0);
  EXPECT_EQ(m.pairs, 3);
}

TEST(CompareMetric, LowerIsBetterAndNaNPairs) {
  // A loss: pretrained lower in seed 1, higher in seed 2, seed 3 undefined.
  const auto m = compareMetric("test_loss", false, {1.0, 1.0, NAN}, {0.8, 1.1, 0.9});
  EXPECT_EQ(m.improved, 1);
  EXPECT_EQ(m.worse, 1);
  EXPECT_EQ(m.pairs, 2);
  EXPECT_NEAR(m.meanDifference, (-0.2 + 0.1) / 2, 1e-12);
  EXPECT_NEAR(m.baselineMean, 1.0, 1e-12);
  EXPECT_NEAR(m.pretrainedMean, 0.95, 1e-12);  // seed 3 has no pair: left out of both means
  EXPECT_THROW(compareMetric("x", true, {1.0}, {1.0, 2.0}), std::invalid_argument);
  const auto one = compareMetric("x", true, {0.5}, {0.6});
  EXPECT_TRUE(std::isnan(one.baselineStd));
}

TEST(CompareMetric, IntervalTestsAndVerdictFromTheDifferences) {
  // Differences .03 .04 .01: the exact bootstrap interval over seeds is [min, max] = [.01, .04]
  // (P(all three resampled = .01) = 1/27 > 2.5 %); sign-flip p = 2/8; t = .026667 / (.015275 / sqrt 3)
  // = 3.0237, dof 2 -> p = 2 (1/2 - t / (2 sqrt(2 + t^2))) = 0.09418.
  const auto m = compareMetric("test_mIoU", true, {0.30, 0.32, 0.34}, {0.33, 0.36, 0.35});
  EXPECT_NEAR(m.ciLow, 0.01, 1e-12);
  EXPECT_NEAR(m.ciHigh, 0.04, 1e-12);
  EXPECT_DOUBLE_EQ(m.permutationP, 0.25);
  const double t = (0.08 / 3) / (0.0152752523 / std::sqrt(3.0));
  EXPECT_NEAR(m.tStatistic, t, 1e-6);
  EXPECT_NEAR(m.tTestP, 2 * (0.5 - t / (2 * std::sqrt(2 + t * t))), 1e-6);
  // "Better in all 3 seeds" is not a gain: the interval excludes 0 but p = 0.25.
  EXPECT_EQ(m.verdict, PairedVerdict::Inconclusive);
}

// Several pretraining runs: pairs sharing one are not independent, so the interval and the tests use one
// unit per pretraining run (the mean of its differences); the arms' means stay over every pair.
TEST(CompareMetric, PairsOfOnePretrainingRunAreOneUnit) {
  // Differences .10 .10 | .00 .10 (pretraining runs 0 and 1): unit means .10 and .05. Sign flips of
  // (.10, .05): |sums| .15 .05 .05 .15, observed .15 -> p = 2/4. Exact bootstrap over 2 units: means
  // .10 (1/4), .075 (1/2), .05 (1/4) -> [.05, .10]. t over units: mean .075, sd .035355, t = 3, dof 1.
  const auto m = compareMetric("test_mIoU", true, {0.1, 0.2, 0.3, 0.4}, {0.2, 0.3, 0.3, 0.5}, {0, 0, 1, 1});
  EXPECT_EQ(m.pairs, 4);
  EXPECT_EQ(m.units, 2);
  EXPECT_EQ(m.unitName, "pretraining run");
  EXPECT_NEAR(m.meanDifference, 0.075, 1e-12);
  EXPECT_DOUBLE_EQ(m.permutationP, 0.5);
  EXPECT_NEAR(m.ciLow, 0.05, 1e-12);
  EXPECT_NEAR(m.ciHigh, 0.10, 1e-12);
  EXPECT_NEAR(m.tStatistic, 3.0, 1e-9);
  // Arm intervals over the same units: baseline unit means .15 and .35 -> [.15, .35].
  EXPECT_NEAR(m.baselineCiLow, 0.15, 1e-12);
  EXPECT_NEAR(m.baselineCiHigh, 0.35, 1e-12);
  EXPECT_EQ(m.verdict, PairedVerdict::Inconclusive);
  // One pretraining run (or none given): the pairs are the units.
  const auto flat =
      compareMetric("test_mIoU", true, {0.1, 0.2, 0.3, 0.4}, {0.2, 0.3, 0.3, 0.5}, {0, 0, 0, 0});
  EXPECT_EQ(flat.units, 4);
  EXPECT_EQ(flat.unitName, "seed");
  EXPECT_THROW(compareMetric("x", true, {1.0, 2.0}, {1.0, 2.0}, {0}), std::invalid_argument);
}

}  // namespace
}  // namespace colorproxy
