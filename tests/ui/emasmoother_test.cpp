#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "monitor/emasmoother.h"

using colorproxy::EmaSmoother;

TEST(EmaSmoother, WeightZeroIsIdentity) {
  EmaSmoother s(0.0);
  EXPECT_DOUBLE_EQ(s.add(3.0), 3.0);
  EXPECT_DOUBLE_EQ(s.add(-1.5), -1.5);
}

TEST(EmaSmoother, MatchesHandWorkedDebiasedAverage) {
  // w = 0.5, inputs 2, 4, 8:
  // biased: 1, 2.5, 5.25; corrections 1-0.5=0.5, 1-0.25=0.75, 1-0.125=0.875 -> 2, 3.333.., 6
  EmaSmoother s(0.5);
  EXPECT_DOUBLE_EQ(s.add(2.0), 2.0);
  EXPECT_NEAR(s.add(4.0), 10.0 / 3.0, 1e-12);
  EXPECT_NEAR(s.add(8.0), 6.0, 1e-12);
}

TEST(EmaSmoother, DebiasedEqualsNormalisedWeightedMean) {
  // Second formula: sum_i w^(t-i) y_i / sum_i w^(t-i).
  const double w = 0.8;
  const double ys[] = {1.0, 7.0, -2.0, 3.5, 10.0};
  EmaSmoother s(w);
  for (int t = 0; t < 5; ++t) {
    const double got = s.add(ys[t]);
    double num = 0, den = 0;
    for (int i = 0; i <= t; ++i) {
      num += std::pow(w, t - i) * ys[i];
      den += std::pow(w, t - i);
    }
    EXPECT_NEAR(got, num / den, 1e-12) << "t=" << t;
  }
}

TEST(EmaSmoother, NonFiniteValuesPassThroughWithoutPoisoningState) {
  EmaSmoother s(0.5);
  s.add(2.0);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(std::isnan(s.add(nan)));
  EXPECT_NEAR(s.add(4.0), 10.0 / 3.0, 1e-12);
}

TEST(EmaSmoother, ResetStartsOver) {
  EmaSmoother s(0.9);
  s.add(100.0);
  s.reset();
  EXPECT_DOUBLE_EQ(s.add(1.0), 1.0);
}
