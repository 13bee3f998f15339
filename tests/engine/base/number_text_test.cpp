#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "colorproxy/base/number_text.h"

using namespace colorproxy;

namespace {
const double kNan = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();
}  // namespace

TEST(NumberText, FixedRoundsToTheGivenDecimals) {
  EXPECT_EQ(fixedText(0.123456), "0.1235");
  EXPECT_EQ(fixedText(2.5, 0), "2");  // round half to even, as printf does
  EXPECT_EQ(fixedText(-1.0 / 3.0, 2), "-0.33");
  EXPECT_EQ(fixedText(61.0 / 60.0, 1), "1.0");
  EXPECT_EQ(fixedText(kNan), "n/a");
  EXPECT_EQ(fixedText(kInf, 2), "n/a");
}

TEST(NumberText, SignedAlwaysShowsTheSign) {
  EXPECT_EQ(signedText(0.01), "+0.0100");
  EXPECT_EQ(signedText(-0.25, 2), "-0.25");
  EXPECT_EQ(signedText(0.0), "+0.0000");
  EXPECT_EQ(signedText(-kInf), "n/a");
}

TEST(NumberText, SignificantAndScientific) {
  EXPECT_EQ(significantText(0.000123456, 3), "0.000123");
  EXPECT_EQ(significantText(1234567.0, 4), "1.235e+06");
  EXPECT_EQ(significantText(0.5, 4), "0.5");
  EXPECT_EQ(scientificText(0.0002, 1), "2.0e-04");
  EXPECT_EQ(scientificText(123.0, 2), "1.23e+02");
  EXPECT_EQ(significantText(kNan, 3), "n/a");
}

TEST(NumberText, MeanSdLeavesOutAMissingSpread) {
  EXPECT_EQ(meanSdText(0.5, 0.01), "0.5000 ± 0.0100");
  EXPECT_EQ(meanSdText(0.5, kNan), "0.5000");
  EXPECT_EQ(meanSdText(0.123, 0.0456, 2), "0.12 ± 0.05");
  EXPECT_EQ(meanSdText(kNan, 0.1), "n/a ± 0.1000");
}

TEST(NumberText, PercentOfAShare) {
  EXPECT_EQ(percentText(0.1234), "12.34");
  EXPECT_EQ(percentText(1.0, 0), "100");
  EXPECT_EQ(percentText(2.0 / 3.0, 1), "66.7");
}

TEST(NumberText, PreciseTextReadsBackAsTheSameFloat) {
  for (const float f : {0.1f, 1.0f / 3.0f, 123456.789f, 1e-7f, -2.5e10f}) {
    const std::string s = preciseText(f);
    EXPECT_EQ(std::stof(s), f) << s;
  }
  EXPECT_EQ(preciseText(0.125), "0.125");
  EXPECT_EQ(preciseText(1e-12), "1e-12");
  EXPECT_EQ(preciseText(kNan), "nan");
  EXPECT_EQ(preciseText(kInf), "inf");
  EXPECT_EQ(preciseText(-kInf), "-inf");
}
