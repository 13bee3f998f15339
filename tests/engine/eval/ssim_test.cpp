#include <gtest/gtest.h>

#include <cmath>

#include "colorproxy/eval/ssim.h"
#include "engine/eval/naive_metrics.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

using test::naiveSsim;

cv::Mat noisy(const cv::Mat& image, unsigned seed, int amplitude) {
  cv::RNG rng(seed);
  cv::Mat noise(image.size(), CV_16SC3), out;
  rng.fill(noise, cv::RNG::UNIFORM, -amplitude, amplitude + 1);
  cv::Mat wide;
  image.convertTo(wide, CV_16SC3);
  cv::add(wide, noise, wide);
  wide.convertTo(out, CV_8UC3);  // saturating
  return out;
}

TEST(Ssim, IdenticalImagesGiveOne) {
  const cv::Mat a = test::makeColourImage(40, 32, 2);
  EXPECT_NEAR(ssim(a, a.clone()), 1.0, 1e-12);
  for (double v : ssimPerChannel(a, a.clone())) EXPECT_NEAR(v, 1.0, 1e-12);
}

TEST(Ssim, ConstantImagesGiveTheLuminanceTermByHand) {
  // One window position; σx = σy = σxy = 0, so SSIM = (2·100·110 + C1) / (100² + 110² + C1), C1 = 2.55².
  const cv::Mat a(11, 11, CV_8UC3, cv::Scalar::all(100)), b(11, 11, CV_8UC3, cv::Scalar::all(110));
  const double c1 = 2.55 * 2.55;
  EXPECT_NEAR(ssim(a, b), (22000.0 + c1) / (22100.0 + c1), 1e-12);
  EXPECT_NEAR(ssim(a, b), 0.9954764440915066, 1e-12);
}

TEST(Ssim, SinglePeakAgainstBlackByHand) {
  // Centre pixel 100, rest 0, against all 0. With w0 the centre weight (1 / (Σ_k exp(−k²/4.5))²):
  // μx = 100·w0, σx² = 100²·w0·(1 − w0), μy = σy = σxy = 0, so
  // SSIM = C1 / (μx² + C1) · C2 / (σx² + C2).
  cv::Mat a(11, 11, CV_8UC1, cv::Scalar(0)), b(11, 11, CV_8UC1, cv::Scalar(0));
  a.at<uchar>(5, 5) = 100;
  double g = 0.0;
  for (int k = -5; k <= 5; ++k) g += std::exp(-k * k / 4.5);
  const double w0 = 1.0 / (g * g);
  EXPECT_NEAR(w0, 0.07076223776394698, 1e-15);
  const double c1 = 2.55 * 2.55, c2 = 7.65 * 7.65;
  const double expected = c1 / (1e4 * w0 * w0 + c1) * c2 / (1e4 * w0 * (1 - w0) + c2);
  EXPECT_NEAR(ssim(a, b), expected, 1e-12);
  EXPECT_NEAR(ssim(a, b), 0.009393309147293227, 1e-12);  // numpy, skimage-style filtering
}

TEST(Ssim, AnalyticImagesMatchNumpyReference) {
  // 17x13 RGB images from formulas; reference from a numpy port of skimage's structural_similarity
  // (scipy-style 'reflect' Gaussian filter over the whole image, then a 5-pixel border cropped).
  cv::Mat a(13, 17, CV_8UC3), b(13, 17, CV_8UC3);
  for (int y = 0; y < 13; ++y)
    for (int x = 0; x < 17; ++x) {
      a.at<cv::Vec3b>(y, x) =
          cv::Vec3b((7 * x + 13 * y) % 256, (x * x + 3 * y) % 256, (5 * x * y + 11) % 256);
      b.at<cv::Vec3b>(y, x) =
          cv::Vec3b((7 * x + 13 * y + 20) % 256, (x * y * 3 + x) % 256, (255 - (5 * x * y + 11) % 256));
    }
  const std::vector<double> perChannel = ssimPerChannel(a, b);
  ASSERT_EQ(perChannel.size(), 3u);
  EXPECT_NEAR(perChannel[0], 0.9867331555938934, 1e-12);
  EXPECT_NEAR(perChannel[1], 0.2870285902556636, 1e-12);
  EXPECT_NEAR(perChannel[2], -0.9694225605380348, 1e-12);
  EXPECT_NEAR(ssim(a, b), 0.10144639510384072, 1e-12);
}

TEST(Ssim, AgreesWithNaiveImplementationAcrossStrips) {
  // 150 rows → 140 valid rows, more than two 64-row strips of the fast implementation.
  for (unsigned seed = 1; seed <= 3; ++seed) {
    const cv::Mat a = test::makeColourImage(37, 150, seed);
    const cv::Mat b = noisy(test::makeColourImage(37, 150, seed + 10), seed, 30);
    EXPECT_NEAR(ssim(a, b), naiveSsim(a, b), 1e-10) << "seed " << seed;
    const cv::Mat c = noisy(a, seed, 20);
    EXPECT_NEAR(ssim(a, c), naiveSsim(a, c), 1e-10) << "seed " << seed;
  }
}

TEST(Ssim, AgreesWithNaiveOnOtherWindowAndRoi) {
  const cv::Mat big = test::makeColourImage(64, 64, 5);
  const cv::Mat other = noisy(big, 9, 40);
  const cv::Rect roi(3, 4, 33, 29);
  SsimOptions o;
  o.windowSize = 7;
  o.sigma = 1.0;
  EXPECT_NEAR(ssim(big(roi), other(roi), o), naiveSsim(big(roi), other(roi), 7, 1.0), 1e-10);
}

TEST(Ssim, SymmetricAndDecreasingWithNoise) {
  const cv::Mat a = test::makeColourImage(48, 48, 4);
  const cv::Mat light = noisy(a, 1, 5), heavy = noisy(a, 1, 60);
  EXPECT_NEAR(ssim(a, heavy), ssim(heavy, a), 1e-12);
  EXPECT_GT(ssim(a, light), ssim(a, heavy));
  EXPECT_LT(ssim(a, light), 1.0);
}

TEST(Ssim, FloatImagesWithDataRangeOne) {
  const cv::Mat a8 = test::makeColourImage(32, 32, 3), b8 = noisy(a8, 2, 25);
  cv::Mat a, b;
  a8.convertTo(a, CV_64F, 1.0 / 255.0);
  b8.convertTo(b, CV_64F, 1.0 / 255.0);
  SsimOptions o;
  o.dataRange = 1.0;
  EXPECT_NEAR(ssim(a, b, o), ssim(a8, b8), 1e-10);
}

TEST(Ssim, BadInputIsRejectedWithSizes) {
  const cv::Mat small(10, 12, CV_8UC3, cv::Scalar::all(0));
  try {
    ssim(small, small);
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("12x10"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("11x11 window"), std::string::npos) << e.what();
  }
  const cv::Mat a(20, 20, CV_8UC3, cv::Scalar::all(0)), b(21, 20, CV_8UC3, cv::Scalar::all(0));
  try {
    ssim(a, b);
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("20x20 CV_8UC3"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("20x21 CV_8UC3"), std::string::npos) << e.what();
  }
  SsimOptions even;
  even.windowSize = 10;
  EXPECT_THROW(ssim(a, a, even), std::invalid_argument);
  SsimOptions noRange;
  noRange.dataRange = 0.0;
  EXPECT_THROW(ssim(a, a, noRange), std::invalid_argument);
}

}  // namespace
}  // namespace colorproxy
