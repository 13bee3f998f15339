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

TEST(DescribeConsistency, SaysGainLossOrMixedPlainly) {
  const auto gain = describeConsistency(
      compareMetric("test_mIoU", true, {0.30, 0.32, 0.34}, {0.33, 0.36, 0.35}), "segmentation");
  EXPECT_NE(gain.find("improved test mIoU in all 3 seeds"), std::string::npos) << gain;
  EXPECT_NE(gain.find("consistent across seeds"), std::string::npos) << gain;
  EXPECT_NE(gain.find("+0.0267"), std::string::npos) << gain;

  const auto loss = describeConsistency(compareMetric("test_mAP", true, {0.5, 0.6, 0.7}, {0.4, 0.5, 0.6}),
                                        "classification");
  EXPECT_NE(loss.find("lowered test mAP in all 3 seeds"), std::string::npos) << loss;
  EXPECT_NE(loss.find("not a gain"), std::string::npos) << loss;
  EXPECT_NE(loss.find("-0.1000"), std::string::npos) << loss;

  const auto mixed = describeConsistency(compareMetric("test_mAP", true, {0.5, 0.6, 0.7}, {0.6, 0.5, 0.8}),
                                         "classification");
  EXPECT_NE(mixed.find("not consistent"), std::string::npos) << mixed;
  EXPECT_NE(mixed.find("better in 2, worse in 1 of 3 seeds"), std::string::npos) << mixed;

  const auto single = describeConsistency(compareMetric("test_mIoU", true, {0.5}, {0.4}), "segmentation");
  EXPECT_NE(single.find("single seed"), std::string::npos) << single;
  EXPECT_NE(single.find("lowered"), std::string::npos) << single;
}

}  // namespace
}  // namespace colorproxy
