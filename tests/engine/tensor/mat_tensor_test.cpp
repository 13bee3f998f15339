#include <gtest/gtest.h>

#include "tensor/mat_tensor.h"

using namespace colorproxy;

class MatTensor : public ::testing::Test {
 protected:
  MatTensor() {
    cv::theRNG().state = 99;
    torch::manual_seed(99);
  }
};

TEST_F(MatTensor, LayoutIsChannelsFirst) {
  cv::Mat m(5, 7, CV_32FC3);
  cv::randu(m, cv::Scalar::all(-1), cv::Scalar::all(1));
  const torch::Tensor t = matToTensor(m);
  ASSERT_EQ(t.sizes(), (std::vector<int64_t>{3, 5, 7}));
  EXPECT_EQ(t.scalar_type(), torch::kFloat32);
  EXPECT_TRUE(t.is_contiguous());
  const auto acc = t.accessor<float, 3>();
  for (int y = 0; y < 5; ++y)
    for (int x = 0; x < 7; ++x)
      for (int c = 0; c < 3; ++c) EXPECT_EQ(acc[c][y][x], m.at<cv::Vec3f>(y, x)[c]);
  EXPECT_EQ(cv::norm(tensorToMat(t), m, cv::NORM_INF), 0.0);
}

TEST_F(MatTensor, ResultsOwnTheirMemory) {
  for (const int channels : {1, 2, 3}) {
    cv::Mat m(4, 6, CV_32FC(channels), cv::Scalar::all(2.5));
    const torch::Tensor t = matToTensor(m);
    m.setTo(cv::Scalar::all(-7));  // the tensor must be a copy, also for 1 channel
    m.release();
    EXPECT_TRUE(torch::all(t == 2.5f).item<bool>()) << channels << " channels";
  }
  torch::Tensor t = torch::rand({2, 3, 4});
  const cv::Mat m = tensorToMat(t);
  const float before = m.at<cv::Vec2f>(0, 0)[0];
  t.fill_(9.0f);
  EXPECT_EQ(m.at<cv::Vec2f>(0, 0)[0], before);
}

TEST_F(MatTensor, RegionsOfInterestAndOtherShapes) {
  cv::Mat big(20, 30, CV_32FC2);
  cv::randu(big, cv::Scalar::all(0), cv::Scalar::all(1));
  const cv::Mat roi = big(cv::Rect(3, 4, 10, 8));
  ASSERT_FALSE(roi.isContinuous());
  EXPECT_EQ(cv::norm(tensorToMat(matToTensor(roi)), roi, cv::NORM_INF), 0.0);

  const torch::Tensor hw = torch::arange(12, torch::kFloat64).reshape({3, 4});  // [H, W], double
  const cv::Mat one = tensorToMat(hw);
  EXPECT_EQ(one.type(), CV_32FC1);
  EXPECT_EQ(one.at<float>(2, 3), 11.0f);
  // A permuted (non-contiguous) tensor converts by its logical layout.
  const torch::Tensor chw = torch::rand({4, 3, 2}).permute({2, 0, 1});  // [2, 4, 3]
  const cv::Mat mc = tensorToMat(chw);
  EXPECT_EQ(mc.size(), cv::Size(3, 4));
  EXPECT_EQ(mc.at<cv::Vec2f>(1, 2)[1], chw[1][1][2].item<float>());
}

TEST_F(MatTensor, RejectsBadInput) {
  EXPECT_THROW(matToTensor(cv::Mat()), std::invalid_argument);
  EXPECT_THROW(matToTensor(cv::Mat(2, 2, CV_8UC3)), std::invalid_argument);
  EXPECT_THROW(tensorToMat(torch::rand({2})), std::invalid_argument);
  EXPECT_THROW(tensorToMat(torch::ones({1, 2, 2}, torch::kInt64)), std::invalid_argument);
  try {
    tensorToMat(torch::rand({1, 2, 3, 4}));
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("[1, 2, 3, 4]"), std::string::npos) << e.what();
  }
}
