#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "colorproxy/hints/hint_maps.h"
#include "colorproxy/hints/hint_simulation.h"

namespace colorproxy {
namespace {

// A 64 x 48 ab image whose a grows along x and b along y, so every patch has its own mean.
cv::Mat gradientAb(int width = 64, int height = 48) {
  cv::Mat ab(height, width, CV_32FC2);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) ab.at<cv::Vec2f>(y, x) = {float(x * 1.5 - 40), float(y * -0.75 + 10)};
  return ab;
}

TEST(HintSimulation, CountIsGeometricAndPatchesAreUniform) {
  // P(n) = (1 − p)^n p with p = 1/8: a share 1/8 of the images gets no hint, mean 7 hints (variance 56,
  // so the mean of 4000 draws has a standard error of 0.12); patch sides 1..9 each about 1/9.
  const cv::Mat ab = gradientAb();
  int none = 0;
  double total = 0.0;
  std::vector<int> sides(10, 0);
  const int draws = 4000;
  for (int s = 0; s < draws; ++s) {
    const auto hints = simulateHints(ab, std::uint64_t(s) * 7919u + 1u);
    none += hints.empty();
    total += double(hints.size());
    for (const auto& h : hints) ++sides[std::size_t(h.patch)];
  }
  EXPECT_NEAR(none / double(draws), 0.125, 0.02);
  EXPECT_NEAR(total / draws, 7.0, 0.45);
  int placed = 0;
  for (int p = 1; p <= 9; ++p) placed += sides[std::size_t(p)];
  for (int p = 1; p <= 9; ++p) EXPECT_NEAR(sides[std::size_t(p)] / double(placed), 1.0 / 9.0, 0.015) << p;
}

TEST(HintSimulation, ColourIsThePatchMeanAndPositionsCentreOnTheImage) {
  const cv::Mat ab = gradientAb();
  double sumX = 0, sumY = 0;
  int n = 0;
  for (std::uint64_t seed = 1; seed <= 300; ++seed)
    for (const ColorHint& h : simulateHints(ab, seed)) {
      // Recover the patch from the centre cell and recompute its mean by hand.
      const int x0 = int(std::floor(h.x)) - (h.patch - 1) / 2, y0 = int(std::floor(h.y)) - (h.patch - 1) / 2;
      ASSERT_GE(x0, 0);
      ASSERT_GE(y0, 0);
      ASSERT_LE(x0 + h.patch, ab.cols);
      ASSERT_LE(y0 + h.patch, ab.rows);
      double a = 0, b = 0;
      for (int y = y0; y < y0 + h.patch; ++y)
        for (int x = x0; x < x0 + h.patch; ++x) {
          a += ab.at<cv::Vec2f>(y, x)[0];
          b += ab.at<cv::Vec2f>(y, x)[1];
        }
      EXPECT_NEAR(h.a, a / (h.patch * h.patch), 1e-4);
      EXPECT_NEAR(h.b, b / (h.patch * h.patch), 1e-4);
      sumX += h.x;
      sumY += h.y;
      ++n;
    }
  ASSERT_GT(n, 1000);
  EXPECT_NEAR(sumX / n, 32.0, 1.5);  // N(centre, side / 4), clipped symmetrically
  EXPECT_NEAR(sumY / n, 24.0, 1.5);
}

TEST(HintSimulation, SameSeedSameHintsAndOptionsAreHonoured) {
  const cv::Mat ab = gradientAb();
  const auto a = simulateHints(ab, 42), b = simulateHints(ab, 42);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].x, b[i].x);
    EXPECT_EQ(a[i].a, b[i].a);
    EXPECT_EQ(a[i].patch, b[i].patch);
  }
  bool anyDifferent = false;
  for (std::uint64_t s = 43; s < 60 && !anyDifferent; ++s) {
    const auto c = simulateHints(ab, s);
    anyDifferent = c.size() != a.size() || (!c.empty() && c[0].x != a[0].x);
  }
  EXPECT_TRUE(anyDifferent);
  HintSimulationOptions never;
  never.stopProbability = 1.0;
  EXPECT_TRUE(simulateHints(ab, 5, never).empty());
  HintSimulationOptions capped;
  capped.stopProbability = 0.001;
  capped.maxPoints = 4;
  capped.minPatch = capped.maxPatch = 5;
  capped.centreBiased = false;
  const auto four = simulateHints(ab, 5, capped);
  ASSERT_EQ(four.size(), 4u);
  for (const auto& h : four) EXPECT_EQ(h.patch, 5);
  EXPECT_THROW(simulateHints(cv::Mat(), 1), std::invalid_argument);
  EXPECT_THROW(simulateHints(cv::Mat(4, 4, CV_8UC3), 1), std::invalid_argument);
  HintSimulationOptions badPatch;
  badPatch.minPatch = 0;
  EXPECT_THROW(simulateHints(ab, 1, badPatch), std::invalid_argument);
}

TEST(HintMaps, PhotoCoordinatesLandOnTheRightCellsForNonSquareAndHugePhotos) {
  // A 4000 x 1000 photo on a 256 grid: x scales by 256/4000, y by 256/1000.
  const cv::Size photo(4000, 1000);
  EXPECT_EQ(hintCell(0.0, 0.0, photo, 256), cv::Point(0, 0));
  EXPECT_EQ(hintCell(3999.5, 999.5, photo, 256), cv::Point(255, 255));
  EXPECT_EQ(hintCell(2000.0, 500.0, photo, 256), cv::Point(128, 128));
  EXPECT_EQ(hintCell(15.6, 3.9, photo, 256), cv::Point(0, 0));        // 0.998, 0.998
  EXPECT_EQ(hintCell(15.7, 4.0, photo, 256), cv::Point(1, 1));        // 1.005, 1.024
  EXPECT_EQ(hintCell(40000.0, -5.0, photo, 256), cv::Point(255, 0));  // clamped
  const cv::Size huge(30000, 20000);
  EXPECT_EQ(hintCell(29999.0, 10000.0, huge, 256), cv::Point(255, 128));

  std::vector<ColorHint> hints(2);
  hints[0] = {2000.0, 500.0, 55.0, -22.0, 3};
  hints[1] = {2000.0 + 4000.0 / 256.0, 500.0, 11.0, 0.0, 1};  // one cell right, overwrites
  const HintMaps m = rasterizeHints(hints, photo, 256, 110.0);
  EXPECT_EQ(cv::countNonZero(m.mask), 9);
  for (int y = 127; y <= 129; ++y)
    for (int x = 127; x <= 129; ++x) EXPECT_EQ(m.mask.at<float>(y, x), 1.0f) << x << "," << y;
  EXPECT_FLOAT_EQ(m.ab.at<cv::Vec2f>(127, 127)[0], float(55.0 / 110.0));
  EXPECT_FLOAT_EQ(m.ab.at<cv::Vec2f>(127, 127)[1], float(-22.0 / 110.0));
  EXPECT_FLOAT_EQ(m.ab.at<cv::Vec2f>(128, 129)[0], float(11.0 / 110.0));  // the later hint wins
  EXPECT_FLOAT_EQ(m.ab.at<cv::Vec2f>(0, 0)[0], 0.0f);

  // A patch at the corner is clipped to the grid.
  const HintMaps corner = rasterizeHints({{0.0, 0.0, 1.0, 1.0, 5}}, photo, 256, 128.0);
  EXPECT_EQ(cv::countNonZero(corner.mask), 9);  // rows/cols 0..2 of −2..2
  EXPECT_THROW(rasterizeHints({}, cv::Size(0, 5), 256, 110.0), std::invalid_argument);
  EXPECT_THROW(rasterizeHints({}, photo, 256, 0.0), std::invalid_argument);
}

TEST(HintMaps, SimulatedHintsRasterizeOntoTheirOwnPatches) {
  // Simulation works on the grid itself: photo = grid, so each hint's mask is exactly its patch.
  const cv::Mat ab = gradientAb(32, 32);
  HintSimulationOptions one;
  one.stopProbability = 0.001;
  one.maxPoints = 1;
  for (std::uint64_t seed = 1; seed <= 50; ++seed) {
    const auto hints = simulateHints(ab, seed, one);
    ASSERT_EQ(hints.size(), 1u);
    const HintMaps m = rasterizeHints(hints, ab.size(), 32, 110.0);
    const int p = hints[0].patch;
    EXPECT_EQ(cv::countNonZero(m.mask), p * p) << "seed " << seed;
    const int x0 = int(std::floor(hints[0].x)) - (p - 1) / 2, y0 = int(std::floor(hints[0].y)) - (p - 1) / 2;
    EXPECT_EQ(cv::countNonZero(m.mask(cv::Rect(x0, y0, p, p))), p * p) << "seed " << seed;
  }
}

}  // namespace
}  // namespace colorproxy
