#include <gtest/gtest.h>

#include "colorproxy/color/ab_prior.h"
#include "tensor/ab_encoding.h"

using namespace colorproxy;

class AbEncoding : public ::testing::Test {
 protected:
  AbEncoding() { torch::manual_seed(2016); }
  AbQuantizer q;
  // ab values spread over and beyond the gamut, as network targets and wild inputs can be.
  torch::Tensor randomAb(int64_t n, int64_t h, int64_t w) {
    return torch::rand({n, 2, h, w}) * 240.0 - 120.0;
  }
};

TEST_F(AbEncoding, SoftEncodingMatchesThePlainQuantiser) {
  const torch::Tensor ab = randomAb(2, 9, 11);
  std::vector<double> p(313);
  for (int i = 0; i < 313; ++i) p[i] = 1.0 + (i % 17);
  const std::vector<float> binWeights = AbPrior(p).rebalancingWeights(0.5);
  const SoftEncodedAb enc = softEncodeAb(ab, q, binWeights);
  ASSERT_EQ(enc.indices.sizes(), (std::vector<int64_t>{2, 5, 9, 11}));
  ASSERT_EQ(enc.weights.sizes(), (std::vector<int64_t>{2, 5, 9, 11}));
  ASSERT_EQ(enc.pixelWeights.sizes(), (std::vector<int64_t>{2, 9, 11}));
  const auto a = ab.accessor<float, 4>();
  const auto idx = enc.indices.accessor<int64_t, 4>();
  const auto wt = enc.weights.accessor<float, 4>();
  const auto pw = enc.pixelWeights.accessor<float, 3>();
  int ref[5];
  float refW[5];
  for (int n = 0; n < 2; ++n)
    for (int y = 0; y < 9; ++y)
      for (int x = 0; x < 11; ++x) {
        q.softEncode(a[n][0][y][x], a[n][1][y][x], ref, refW);
        for (int k = 0; k < 5; ++k) {
          EXPECT_EQ(idx[n][k][y][x], ref[k]);
          EXPECT_FLOAT_EQ(wt[n][k][y][x], refW[k]);
        }
        EXPECT_FLOAT_EQ(pw[n][y][x], binWeights[q.nearestBin(a[n][0][y][x], a[n][1][y][x])]);
      }
  // Without rebalancing weights every pixel weighs 1.
  EXPECT_TRUE(torch::all(softEncodeAb(ab, q).pixelWeights == 1.0f).item<bool>());
}

TEST_F(AbEncoding, DenseTargetAndCrossEntropyAgreeWithTheDenseFormula) {
  const torch::Tensor ab = randomAb(2, 5, 6);
  std::vector<float> binWeights(313);
  for (int i = 0; i < 313; ++i) binWeights[i] = 0.5f + float(i % 5);
  const SoftEncodedAb enc = softEncodeAb(ab, q, binWeights);
  const torch::Tensor dense = toDenseTarget(enc, 313);
  ASSERT_EQ(dense.sizes(), (std::vector<int64_t>{2, 313, 5, 6}));
  EXPECT_TRUE(torch::allclose(dense.sum(1), torch::ones({2, 5, 6}), 1e-5, 1e-6));
  EXPECT_TRUE(torch::equal((dense > 0).sum(1), torch::full({2, 5, 6}, 5, torch::kInt64)));
  // The hard (nearest) bin carries the largest share.
  EXPECT_TRUE(torch::equal(dense.argmax(1), enc.indices.select(1, 0)));

  const torch::Tensor logits = torch::randn({2, 313, 5, 6}, torch::requires_grad());
  const torch::Tensor loss = softEncodedCrossEntropy(logits, enc);
  const torch::Tensor expected = (-(dense * torch::log_softmax(logits, 1)).sum(1) * enc.pixelWeights).mean();
  EXPECT_NEAR(loss.item<double>(), expected.item<double>(), 1e-5);
  loss.backward();
  ASSERT_TRUE(logits.grad().defined());
  // d loss / d logits = pixelWeight * (softmax - target) / (N H W).
  const torch::Tensor grad =
      (torch::softmax(logits, 1) - dense) * enc.pixelWeights.unsqueeze(1) / double(2 * 5 * 6);
  EXPECT_TRUE(torch::allclose(logits.grad(), grad.detach(), 1e-4, 1e-6));
}

TEST_F(AbEncoding, AnnealedMeanMatchesThePlainQuantiser) {
  const torch::Tensor logits = torch::randn({2, 313, 3, 4}) * 3.0;
  for (const double t : {1.0, 0.38, 0.05}) {
    const torch::Tensor ab = annealedMeanDecode(logits, q, t);
    ASSERT_EQ(ab.sizes(), (std::vector<int64_t>{2, 2, 3, 4}));
    const torch::Tensor prob = torch::softmax(logits, 1);
    for (int n = 0; n < 2; ++n)
      for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 4; ++x) {
          const torch::Tensor pixel = prob.index({n, torch::indexing::Slice(), y, x}).contiguous();
          const cv::Vec2f ref = q.annealedMean(pixel.data_ptr<float>(), t);
          EXPECT_NEAR(ab[n][0][y][x].item<float>(), ref[0], 2e-3) << "T=" << t;
          EXPECT_NEAR(ab[n][1][y][x].item<float>(), ref[1], 2e-3) << "T=" << t;
        }
  }
}

TEST_F(AbEncoding, AnnealedMeanLimits) {
  torch::Tensor logits = torch::randn({1, 313, 2, 2});
  // T = 1: the plain expectation under softmax(logits), computed as a sum over bins.
  const torch::Tensor prob = torch::softmax(logits, 1);
  const torch::Tensor c = binCentresTensor(q);
  const torch::Tensor ea = (prob * c.select(1, 0).view({1, 313, 1, 1})).sum(1);
  const torch::Tensor eb = (prob * c.select(1, 1).view({1, 313, 1, 1})).sum(1);
  const torch::Tensor mean = annealedMeanDecode(logits, q, 1.0);
  EXPECT_TRUE(torch::allclose(mean.select(1, 0), ea, 1e-4, 1e-3));
  EXPECT_TRUE(torch::allclose(mean.select(1, 1), eb, 1e-4, 1e-3));
  // T -> 0: the mode's centre.
  const torch::Tensor mode = annealedMeanDecode(logits, q, 1e-4);
  const torch::Tensor arg = logits.argmax(1);  // [1, 2, 2]
  for (int y = 0; y < 2; ++y)
    for (int x = 0; x < 2; ++x) {
      const cv::Vec2f centre = q.centres()[arg[0][y][x].item<int64_t>()];
      EXPECT_NEAR(mode[0][0][y][x].item<float>(), centre[0], 1e-3);
      EXPECT_NEAR(mode[0][1][y][x].item<float>(), centre[1], 1e-3);
    }
  // A confident one-hot decodes to its bin at any temperature.
  logits = torch::full({1, 313, 1, 1}, -1e4f);
  logits[0][123][0][0] = 0.0f;
  const torch::Tensor one = annealedMeanDecode(logits, q, 0.38);
  EXPECT_NEAR(one[0][0][0][0].item<float>(), q.centres()[123][0], 1e-4);
  EXPECT_NEAR(one[0][1][0][0].item<float>(), q.centres()[123][1], 1e-4);
}

TEST_F(AbEncoding, EncodeThenDecodeRecoversInGamutColours) {
  // Soft encoding is a local Gaussian kernel over the bins: decoding its mean (T = 1) lands near the
  // original value for colours well inside the gamut.
  const torch::Tensor ab = torch::rand({1, 2, 6, 6}) * 60.0 - 30.0;
  const SoftEncodedAb enc = softEncodeAb(ab, q);
  const torch::Tensor logits = toDenseTarget(enc, 313).clamp_min(1e-12).log();
  const torch::Tensor back = annealedMeanDecode(logits, q, 1.0);
  EXPECT_LT((back - ab).abs().max().item<float>(), 3.0f);
}

TEST_F(AbEncoding, RejectsBadInput) {
  EXPECT_THROW(softEncodeAb(torch::zeros({1, 3, 2, 2}), q), std::invalid_argument);
  EXPECT_THROW(softEncodeAb(torch::zeros({1, 2, 2, 2}), q, std::vector<float>(10, 1.0f)),
               std::invalid_argument);
  EXPECT_THROW(softEncodeAb(torch::zeros({1, 2, 2, 2}), q, {}, 0), std::invalid_argument);
  torch::Tensor withNan = torch::zeros({1, 2, 2, 2});
  withNan[0][1][1][0] = NAN;
  try {
    softEncodeAb(withNan, q);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("not finite"), std::string::npos) << e.what();
  }
  EXPECT_THROW(annealedMeanDecode(torch::zeros({1, 313, 2, 2}), q, 0.0), std::invalid_argument);
  EXPECT_THROW(annealedMeanDecode(torch::zeros({1, 312, 2, 2}), q, 1.0), std::invalid_argument);
  const SoftEncodedAb enc = softEncodeAb(torch::zeros({1, 2, 2, 2}), q);
  EXPECT_THROW(softEncodedCrossEntropy(torch::zeros({1, 313, 3, 2}), enc), std::invalid_argument);
}
