#include <gtest/gtest.h>

#include "colorproxy/color/lab_conversion.h"
#include "support/test_support.h"
#include "tensor/lab_batch.h"

using namespace colorproxy;

namespace {

std::vector<cv::Mat> labImages(int count, int w, int h) {
  std::vector<cv::Mat> out;
  for (int i = 0; i < count; ++i) out.push_back(bgrToLab(colorproxy::test::makeColourImage(w, h, 10 + i)));
  return out;
}

}  // namespace

class LabBatch : public ::testing::Test {
 protected:
  LabBatch() { torch::manual_seed(5); }
};

TEST_F(LabBatch, PackMatchesPerPixelScaling) {
  const std::vector<cv::Mat> labs = labImages(3, 40, 32);
  const LabScaling scaling{128.0f};
  const LabTensors t = packLab(labs, scaling);
  ASSERT_EQ(t.l.sizes(), (std::vector<int64_t>{3, 1, 32, 40}));
  ASSERT_EQ(t.ab.sizes(), (std::vector<int64_t>{3, 2, 32, 40}));
  const auto l = t.l.accessor<float, 4>();
  const auto ab = t.ab.accessor<float, 4>();
  for (int i = 0; i < 3; ++i)
    for (int y = 0; y < 32; y += 3)
      for (int x = 0; x < 40; x += 5) {
        const cv::Vec3f p = labs[i].at<cv::Vec3f>(y, x);
        EXPECT_NEAR(l[i][0][y][x], scaling.scaleL(p[0]), 1e-6);
        EXPECT_NEAR(ab[i][0][y][x], scaling.scaleAb(p[1]), 1e-6);
        EXPECT_NEAR(ab[i][1][y][x], scaling.scaleAb(p[2]), 1e-6);
      }
  EXPECT_TRUE(torch::equal(packL(labs), t.l));
  std::vector<cv::Mat> lOnly(3);
  for (int i = 0; i < 3; ++i) cv::extractChannel(labs[i], lOnly[i], 0);
  EXPECT_TRUE(torch::equal(packL(lOnly), t.l));
}

TEST_F(LabBatch, UnpackInvertsPack) {
  const std::vector<cv::Mat> labs = labImages(2, 33, 17);
  const LabTensors t = packLab(labs);
  const std::vector<cv::Mat> back = unpackLab(t.l, t.ab);
  ASSERT_EQ(back.size(), 2u);
  for (int i = 0; i < 2; ++i) EXPECT_LT(cv::norm(back[i], labs[i], cv::NORM_INF), 1e-4);
  const std::vector<cv::Mat> bgr = unpackLabToBgr8(t.l, t.ab);
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(bgr[i].type(), CV_8UC3);
    EXPECT_LE(cv::norm(bgr[i], colorproxy::test::makeColourImage(33, 17, 10 + i), cv::NORM_INF), 1.0);
  }
  // Network outputs are often non-contiguous or double; they still unpack.
  const std::vector<cv::Mat> viaDouble = unpackLab(t.l.to(torch::kFloat64), t.ab.flip(0).flip(0));
  EXPECT_LT(cv::norm(viaDouble[1], labs[1], cv::NORM_INF), 1e-4);
}

TEST_F(LabBatch, MasksAndLabels) {
  cv::Mat m8(3, 4, CV_8UC1), m32(3, 4, CV_32SC1);
  for (int i = 0; i < 12; ++i) {
    m8.at<uchar>(i / 4, i % 4) = uchar(i == 5 ? 255 : i);
    m32.at<int>(i / 4, i % 4) = 100 + i;
  }
  const torch::Tensor masks = packMasks({m8, m32});
  ASSERT_EQ(masks.sizes(), (std::vector<int64_t>{2, 3, 4}));
  EXPECT_EQ(masks.scalar_type(), torch::kInt64);
  EXPECT_EQ(masks[0][1][1].item<int64_t>(), 255);
  EXPECT_EQ(masks[0][2][3].item<int64_t>(), 11);
  EXPECT_EQ(masks[1][0][2].item<int64_t>(), 102);

  const torch::Tensor labels = packMultiHot({{1, 0, 1}, {0, 0, 1}});
  ASSERT_EQ(labels.sizes(), (std::vector<int64_t>{2, 3}));
  EXPECT_TRUE(torch::equal(labels, torch::tensor({{1.0f, 0.0f, 1.0f}, {0.0f, 0.0f, 1.0f}})));
}

TEST_F(LabBatch, BadInputNamesTheCulprit) {
  auto messageOf = [](auto&& f) -> std::string {
    try {
      f();
    } catch (const std::invalid_argument& e) {
      return e.what();
    }
    return "";
  };
  const std::vector<cv::Mat> labs = labImages(2, 8, 8);
  EXPECT_NE(messageOf([&] {
              packLab({labs[0], cv::Mat(8, 9, CV_32FC3)});
            }).find("image 1"),
            std::string::npos);
  EXPECT_NE(messageOf([&] {
              packLab({labs[0], cv::Mat(8, 8, CV_8UC3)});
            }).find("CV_8UC3"),
            std::string::npos);
  EXPECT_NE(messageOf([&] { packLab({}); }).find("empty batch"), std::string::npos);
  EXPECT_NE(messageOf([&] {
              packMasks({cv::Mat(2, 2, CV_8UC1), cv::Mat()});
            }).find("image 1 is empty"),
            std::string::npos);
  EXPECT_NE(messageOf([&] { packMultiHot({{1, 0}, {}}); }).find("sample 1"), std::string::npos);
  EXPECT_NE(messageOf([&] {
              unpackLab(torch::zeros({2, 1, 4, 4}), torch::zeros({2, 3, 4, 4}));
            }).find("ab"),
            std::string::npos);
  EXPECT_THROW(unpackLab(torch::zeros({2, 1, 4, 4}), torch::zeros({1, 2, 4, 4})), std::invalid_argument);
  EXPECT_THROW(packLab(labs, LabScaling{0.0f}), std::invalid_argument);
}
