#include <gtest/gtest.h>

#include <cmath>

#include "colorproxy/eval/psnr.h"
#include "engine/eval/naive_metrics.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

using test::naiveMse;

TEST(Psnr, HandWorkedTwoByTwo) {
  // One channel of one pixel off by 10 in a 2x2 RGB image: MSE = 100 / 12 values.
  cv::Mat a(2, 2, CV_8UC3, cv::Scalar(50, 60, 70));
  cv::Mat b = a.clone();
  b.at<cv::Vec3b>(1, 0)[2] = 80;
  EXPECT_DOUBLE_EQ(meanSquaredError(a, b), 100.0 / 12.0);
  EXPECT_NEAR(psnr(a, b), 10.0 * std::log10(255.0 * 255.0 * 12.0 / 100.0), 1e-12);
  EXPECT_NEAR(psnr(a, b), 38.92261606915535, 1e-9);  // the same, evaluated by hand (python)
}

TEST(Psnr, AnalyticImagesMatchNumpy) {
  // 17x13 RGB images defined by formulas; MSE and PSNR computed with numpy.
  cv::Mat a(13, 17, CV_8UC3), b(13, 17, CV_8UC3);
  for (int y = 0; y < 13; ++y)
    for (int x = 0; x < 17; ++x) {
      a.at<cv::Vec3b>(y, x) =
          cv::Vec3b((7 * x + 13 * y) % 256, (x * x + 3 * y) % 256, (5 * x * y + 11) % 256);
      b.at<cv::Vec3b>(y, x) =
          cv::Vec3b((7 * x + 13 * y + 20) % 256, (x * y * 3 + x) % 256, (255 - (5 * x * y + 11) % 256));
    }
  EXPECT_NEAR(meanSquaredError(a, b), 11043.244343891403, 1e-9);
  EXPECT_NEAR(psnr(a, b), 7.699836793536019, 1e-12);
}

TEST(Psnr, AgreesWithNaiveLoopOnRandomImages) {
  for (unsigned seed = 1; seed <= 5; ++seed) {
    const cv::Mat a = test::makeColourImage(48, 40, seed);
    cv::Mat noise(a.size(), CV_8UC3), b;
    cv::randu(noise, 0, 40);
    cv::add(a, noise, b);  // saturating
    const double mse = naiveMse(a, b);
    EXPECT_NEAR(meanSquaredError(a, b), mse, 1e-9 * mse);
    EXPECT_NEAR(psnr(a, b), 10.0 * std::log10(65025.0 / mse), 1e-10);
  }
}

TEST(Psnr, IdenticalImagesGiveInfinity) {
  const cv::Mat a = test::makeColourImage(32, 32);
  EXPECT_EQ(meanSquaredError(a, a.clone()), 0.0);
  EXPECT_TRUE(std::isinf(psnr(a, a.clone())));
  EXPECT_GT(psnr(a, a.clone()), 0.0);
}

TEST(Psnr, FloatImagesWithPeakOne) {
  const cv::Mat a8 = test::makeColourImage(32, 32, 3), b8 = test::makeColourImage(32, 32, 4);
  cv::Mat a, b;
  a8.convertTo(a, CV_32F, 1.0 / 255.0);
  b8.convertTo(b, CV_32F, 1.0 / 255.0);
  EXPECT_NEAR(psnr(a, b, 1.0), psnr(a8, b8), 1e-5);
}

TEST(Psnr, NonContiguousRoiIsHandled) {
  const cv::Mat big = test::makeColourImage(64, 64, 7), other = test::makeColourImage(64, 64, 8);
  const cv::Rect roi(5, 7, 30, 20);
  EXPECT_DOUBLE_EQ(meanSquaredError(big(roi), other(roi)), naiveMse(big(roi).clone(), other(roi).clone()));
}

TEST(Psnr, SizeOrTypeMismatchNamesBothShapes) {
  const cv::Mat a(32, 30, CV_8UC3, cv::Scalar::all(0)), b(32, 32, CV_8UC3, cv::Scalar::all(0));
  try {
    psnr(a, b);
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("30x32 CV_8UC3"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("32x32 CV_8UC3"), std::string::npos) << e.what();
  }
  EXPECT_THROW(psnr(a, cv::Mat(32, 30, CV_8UC1, cv::Scalar(0))), std::invalid_argument);
  EXPECT_THROW(psnr(cv::Mat(), cv::Mat()), std::invalid_argument);
  EXPECT_THROW(psnrFromMse(-1.0), std::invalid_argument);
  EXPECT_THROW(psnrFromMse(1.0, 0.0), std::invalid_argument);
}

}  // namespace
}  // namespace colorproxy
