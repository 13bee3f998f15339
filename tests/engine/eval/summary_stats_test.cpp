#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "colorproxy/eval/summary_stats.h"

namespace colorproxy {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

TEST(SummaryStats, HandWorkedMeanStdMinMax) {
  // mean 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5; population variance 5/4.
  const SummaryStats s = summarize({1.0, 2.0, 3.0, 4.0});
  EXPECT_EQ(s.count, 4u);
  EXPECT_EQ(s.finiteCount, 4u);
  EXPECT_DOUBLE_EQ(s.mean, 2.5);
  EXPECT_DOUBLE_EQ(s.std, std::sqrt(1.25));
  EXPECT_DOUBLE_EQ(s.min, 1.0);
  EXPECT_DOUBLE_EQ(s.max, 4.0);
}

TEST(SummaryStats, NonFiniteValuesAreCountedApart) {
  const SummaryStats s = summarize({kInf, 10.0, kNan, 20.0, -kInf, kInf});
  EXPECT_EQ(s.count, 6u);
  EXPECT_EQ(s.finiteCount, 2u);
  EXPECT_EQ(s.positiveInfiniteCount, 2u);
  EXPECT_EQ(s.negativeInfiniteCount, 1u);
  EXPECT_EQ(s.nanCount, 1u);
  EXPECT_DOUBLE_EQ(s.mean, 15.0);
  EXPECT_DOUBLE_EQ(s.std, 5.0);
  EXPECT_DOUBLE_EQ(s.min, 10.0);
  EXPECT_DOUBLE_EQ(s.max, 20.0);
}

TEST(SummaryStats, EmptyAndAllInfiniteGiveNaN) {
  for (const auto& values : {std::vector<double>{}, std::vector<double>{kInf, kInf}}) {
    const SummaryStats s = summarize(values);
    EXPECT_EQ(s.count, values.size());
    EXPECT_EQ(s.finiteCount, 0u);
    EXPECT_TRUE(std::isnan(s.mean));
    EXPECT_TRUE(std::isnan(s.std));
    EXPECT_TRUE(std::isnan(s.min));
    EXPECT_TRUE(std::isnan(s.max));
  }
}

TEST(SummaryStats, LargeOffsetKeepsPrecision) {
  // A naive E[x²] − E[x]² would lose every digit here; the two-pass form keeps std = 1 exactly.
  const SummaryStats s = summarize({1e9 + 1.0, 1e9 - 1.0, 1e9 + 1.0, 1e9 - 1.0});
  EXPECT_DOUBLE_EQ(s.mean, 1e9);
  EXPECT_DOUBLE_EQ(s.std, 1.0);
}

}  // namespace
}  // namespace colorproxy
