// The figures' value-to-pixel axis and round ticks against hand-worked values.
#include <gtest/gtest.h>

#include <stdexcept>

#include "eval/figure_drawing.h"

namespace colorproxy {
namespace {

TEST(FigureAxis, MapsValuesLinearlyOntoPixels) {
  // A y axis: 30 dB on row 300 (bottom), 35 dB on row 100 (top); 40 px per dB upwards.
  const figure::Axis y{30.0, 35.0, 300, 100};
  EXPECT_EQ(y.pixel(30.0), 300);
  EXPECT_EQ(y.pixel(35.0), 100);
  EXPECT_EQ(y.pixel(32.5), 200);
  EXPECT_EQ(y.pixel(33.28), 300 - 131);  // 3.28 dB * 40 = 131.2 px up
  EXPECT_EQ(y.pixel(29.0), 340);         // below the range: below the axis
  // An x axis: [0, 4] on columns 70..470, 100 px per unit.
  const figure::Axis x{0.0, 4.0, 70, 470};
  EXPECT_EQ(x.pixel(1.0), 170);
  EXPECT_EQ(x.pixel(3.93), 463);
}

TEST(FigureTicks, RoundStepsCoverTheRange) {
  // span 1.5 over at most 6 ticks: 0.1 and 0.2 give 16 and 9 ticks, 0.5 gives 33..35 in 5.
  EXPECT_EQ(figure::roundTicks(33.1, 34.6, 6), (std::vector<double>{33.0, 33.5, 34.0, 34.5, 35.0}));
  // span 0.004: step 0.001 from 0.975 to 0.979.
  const auto ssim = figure::roundTicks(0.9752, 0.9789, 6);
  ASSERT_EQ(ssim.size(), 5u);
  EXPECT_NEAR(ssim.front(), 0.975, 1e-12);
  EXPECT_NEAR(ssim.back(), 0.979, 1e-12);
  // Values already on a tick stay the ends.
  EXPECT_EQ(figure::roundTicks(0.0, 50.0, 6), (std::vector<double>{0.0, 10.0, 20.0, 30.0, 40.0, 50.0}));
  EXPECT_THROW(figure::roundTicks(2.0, 2.0), std::invalid_argument);
}

TEST(FigureTicks, LabelsHaveTheDecimalsOfTheStep) {
  EXPECT_EQ(figure::tickLabel(33.5, 0.5), "33.5");
  EXPECT_EQ(figure::tickLabel(0.977, 0.001), "0.977");
  EXPECT_EQ(figure::tickLabel(20.0, 10.0), "20");
  EXPECT_EQ(figure::tickLabel(-1e-17, 0.2), "0.0");
}

}  // namespace
}  // namespace colorproxy
