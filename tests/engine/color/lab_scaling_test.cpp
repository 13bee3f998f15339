#include <gtest/gtest.h>

#include "colorproxy/color/lab_scaling.h"

using namespace colorproxy;

TEST(LabScaling, HandWorkedValues) {
  const LabScaling pix2pix;  // default d = 110
  EXPECT_FLOAT_EQ(pix2pix.abDivisor, 110.0f);
  EXPECT_FLOAT_EQ(pix2pix.scaleL(0.0f), -1.0f);
  EXPECT_FLOAT_EQ(pix2pix.scaleL(50.0f), 0.0f);
  EXPECT_FLOAT_EQ(pix2pix.scaleL(100.0f), 1.0f);
  EXPECT_FLOAT_EQ(pix2pix.scaleAb(110.0f), 1.0f);
  EXPECT_FLOAT_EQ(pix2pix.scaleAb(-55.0f), -0.5f);
  const LabScaling paper{128.0f};
  EXPECT_FLOAT_EQ(paper.scaleAb(-128.0f), -1.0f);
  EXPECT_FLOAT_EQ(paper.unscaleAb(0.25f), 32.0f);
  EXPECT_FLOAT_EQ(paper.unscaleL(-0.5f), 25.0f);

  const cv::Mat lab(1, 2, CV_32FC3, cv::Scalar(75, 55, -110));
  const cv::Vec3f s = scaleLab(lab).at<cv::Vec3f>(0, 1);
  EXPECT_FLOAT_EQ(s[0], 0.5f);
  EXPECT_FLOAT_EQ(s[1], 0.5f);
  EXPECT_FLOAT_EQ(s[2], -1.0f);
  const cv::Vec3f t = scaleLab(lab, paper).at<cv::Vec3f>(0, 0);
  EXPECT_FLOAT_EQ(t[1], 55.0f / 128.0f);
}

TEST(LabScaling, RoundTripsAndSplitForms) {
  cv::Mat lab(16, 24, CV_32FC3);
  cv::randu(lab, cv::Scalar(0, -128, -128), cv::Scalar(100, 127, 127));
  const LabScaling scaling{128.0f};
  const cv::Mat scaled = scaleLab(lab, scaling);
  EXPECT_LT(cv::norm(unscaleLab(scaled, scaling), lab, cv::NORM_INF), 1e-4);

  cv::Mat channels[3];
  cv::split(scaled, channels);
  cv::Mat ab;
  cv::merge(&channels[1], 2, ab);
  EXPECT_LT(cv::norm(unscaleLab(channels[0], ab, scaling), lab, cv::NORM_INF), 1e-4);

  const cv::Mat l = scaleL(lab);
  EXPECT_EQ(l.type(), CV_32FC1);
  EXPECT_LT(cv::norm(l, channels[0], cv::NORM_INF), 1e-6);
  cv::Mat lOnly;
  cv::extractChannel(lab, lOnly, 0);
  EXPECT_LT(cv::norm(scaleL(lOnly), channels[0], cv::NORM_INF), 1e-6);
}

TEST(LabScaling, RejectsBadInput) {
  EXPECT_THROW(scaleLab(cv::Mat(2, 2, CV_8UC3)), std::invalid_argument);
  EXPECT_THROW(scaleL(cv::Mat(2, 2, CV_32FC2)), std::invalid_argument);
  EXPECT_THROW(unscaleLab(cv::Mat(2, 2, CV_32FC1), cv::Mat(3, 2, CV_32FC2)), std::invalid_argument);
  EXPECT_THROW(scaleLab(cv::Mat(2, 2, CV_32FC3), LabScaling{0.0f}), std::invalid_argument);
  try {
    LabScaling{-3.0f}.validate();
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("abDivisor"), std::string::npos);
  }
}
