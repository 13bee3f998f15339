// Learning-rate multipliers against values worked out by hand.
#include "train/learning_rate_schedule.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace colorproxy {
namespace {

TEST(LearningRateSchedule, WarmupThenCosineMatchesHandValues) {
  // 10 steps, 2 warm-up: 1/2, 2/2, then n = 8 cosine steps p = 0..7: 0.5 (1 + cos(pi p / 8)).
  EXPECT_DOUBLE_EQ(scheduleFactor(LrSchedule::Cosine, 0, 10, 2), 0.5);
  EXPECT_DOUBLE_EQ(scheduleFactor(LrSchedule::Cosine, 1, 10, 2), 1.0);
  EXPECT_DOUBLE_EQ(scheduleFactor(LrSchedule::Cosine, 2, 10, 2), 1.0);                   // p = 0
  EXPECT_NEAR(scheduleFactor(LrSchedule::Cosine, 4, 10, 2), 0.8535533905932737, 1e-12);  // p = 2: (1+√½)/2
  EXPECT_NEAR(scheduleFactor(LrSchedule::Cosine, 6, 10, 2), 0.5, 1e-12);  // p = 4: cos(π/2) = 0
  EXPECT_NEAR(scheduleFactor(LrSchedule::Cosine, 9, 10, 2), 0.0380602337443566,
              1e-12);  // p = 7: (1-cos(π/8))/2
  // No warm-up: step 0 is at the full rate.
  EXPECT_DOUBLE_EQ(scheduleFactor(LrSchedule::Cosine, 0, 4, 0), 1.0);
  EXPECT_NEAR(scheduleFactor(LrSchedule::Cosine, 2, 4, 0), 0.5, 1e-12);
}

TEST(LearningRateSchedule, StepDecayAtHalfAndThreeQuartersAfterTheWarmup) {
  // 12 steps, 4 warm-up: 0.25, 0.5, 0.75, 1; then n = 8: p 0..3 -> 1, p 4..5 -> 0.1, p 6..7 -> 0.01.
  const double expected[12] = {0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 0.1, 0.1, 0.01, 0.01};
  for (int s = 0; s < 12; ++s)
    EXPECT_DOUBLE_EQ(scheduleFactor(LrSchedule::Step, s, 12, 4), expected[s]) << "step " << s;
}

TEST(LearningRateSchedule, ConstantIsOneAfterTheWarmupAndNamesRoundTrip) {
  EXPECT_DOUBLE_EQ(scheduleFactor(LrSchedule::Constant, 0, 5, 2), 0.5);
  for (int s = 1; s < 5; ++s) EXPECT_DOUBLE_EQ(scheduleFactor(LrSchedule::Constant, s, 5, 2), 1.0);
  for (const auto& name : lrScheduleNames()) EXPECT_EQ(lrScheduleName(parseLrSchedule(name)), name);
  try {
    parseLrSchedule("linear");
    FAIL() << "an unknown schedule was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'linear'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("cosine"), std::string::npos) << e.what();
  }
}

TEST(LearningRateSchedule, LinearDecayKeepsThePix2pixPolicy) {
  // 4 epochs, the last 2 decaying: 1, 1, 2/3, 1/3.
  EXPECT_DOUBLE_EQ(linearDecayFactor(0, 4, 2), 1.0);
  EXPECT_DOUBLE_EQ(linearDecayFactor(1, 4, 2), 1.0);
  EXPECT_DOUBLE_EQ(linearDecayFactor(2, 4, 2), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(linearDecayFactor(3, 4, 2), 1.0 / 3.0);
}

}  // namespace
}  // namespace colorproxy
