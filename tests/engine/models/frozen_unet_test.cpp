#include <gtest/gtest.h>

#include <algorithm>

#include "models/frozen_unet.h"
#include "models/unet_generator.h"
#include "models/weight_init.h"

using namespace colorproxy;

namespace {

/// A tiny generator whose batch norms hold non-trivial running statistics and affine parameters, so that
/// folding them is really exercised (fresh statistics are mean 0, variance 1).
UNetGenerator trainedLikeGenerator(int64_t outChannels = 2, bool tanh = true, int64_t outputStride = 1) {
  torch::manual_seed(5);
  UNetGenerator g(
      UNetGeneratorOptions(1, outChannels).ngf(8).numDowns(5).tanhOutput(tanh).outputStride(outputStride));
  initPix2PixWeights(*g);
  torch::NoGradGuard noGrad;
  // Larger convolution weights than pix2pix's N(0, 0.02), so that every level shows in the output.
  for (auto& p : g->parameters())
    if (p.dim() == 4) p.normal_(0.0, 0.15);
  g->train();
  for (int i = 0; i < 3; ++i) g->forward(torch::randn({2, 1, 32, 32}) * 0.7 + 0.2);
  for (auto& m : g->modules(false))
    if (auto* bn = m->as<torch::nn::BatchNorm2dImpl>()) {
      bn->weight.uniform_(0.5, 1.5);
      bn->bias.uniform_(-0.3, 0.3);
    }
  g->eval();
  return g;
}

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
  return (a - b).abs().max().item<double>();
}

}  // namespace

class FrozenUNetTest : public ::testing::Test {
 protected:
  FrozenUNetTest() { at::set_num_threads(1); }
};

TEST_F(FrozenUNetTest, Fp32CopyComputesTheEvalModeGenerator) {
  for (const bool tanh : {true, false}) {
    auto g = trainedLikeGenerator(tanh ? 2 : 5, tanh);
    const auto x = torch::rand({2, 1, 64, 32}) * 2 - 1;
    torch::NoGradGuard noGrad;
    const auto expected = g->forward(x.clone());
    const FrozenUNet frozen(g, torch::kFloat);
    const auto got = frozen.forward(x);
    ASSERT_EQ(got.sizes(), expected.sizes());
    EXPECT_EQ(got.scalar_type(), torch::kFloat);
    EXPECT_TRUE(got.is_contiguous());
    const double scale = expected.abs().max().item<double>();
    EXPECT_GT(scale, 0.05);  // not a trivially small output
    EXPECT_LT(maxAbsDiff(got, expected), 1e-5 * std::max(1.0, scale)) << "tanh " << tanh;
  }
}

TEST_F(FrozenUNetTest, QuarterResolutionHeadComputesTheEvalModeGenerator) {
  auto g = trainedLikeGenerator(7, false, 4);
  const auto x = torch::rand({2, 1, 64, 32}) * 2 - 1;
  torch::NoGradGuard noGrad;
  const auto expected = g->forward(x.clone());
  ASSERT_EQ(expected.sizes(), (std::vector<int64_t>{2, 7, 16, 8}));
  for (const bool prepack : {true, false}) {
    const FrozenUNet frozen(g, torch::kFloat, prepack);
    const auto got = frozen.forward(x);
    ASSERT_EQ(got.sizes(), expected.sizes());
    const double scale = expected.abs().max().item<double>();
    EXPECT_GT(scale, 0.05);
    EXPECT_LT(maxAbsDiff(got, expected), 1e-5 * std::max(1.0, scale)) << "prepack " << prepack;
  }
}

TEST_F(FrozenUNetTest, Bf16CopyIsCloseAndRefreshFollowsNewWeights) {
  auto g = trainedLikeGenerator();
  const auto x = torch::rand({1, 1, 32, 32}) * 2 - 1;
  FrozenUNet frozen(g, torch::kBFloat16);
  EXPECT_EQ(frozen.dtype(), torch::kBFloat16);
  torch::NoGradGuard noGrad;
  const auto before = g->forward(x.clone());
  EXPECT_LT(maxAbsDiff(frozen.forward(x), before), 0.05);
  // New weights: the copy keeps the old ones until refreshed.
  for (auto& p : g->parameters()) p.mul_(0.5);
  const auto after = g->forward(x.clone());
  ASSERT_GT(maxAbsDiff(after, before), 0.01);
  EXPECT_LT(maxAbsDiff(frozen.forward(x), before), 0.05);
  frozen.refresh(g);
  EXPECT_LT(maxAbsDiff(frozen.forward(x), after), 0.05);
}

TEST_F(FrozenUNetTest, PrepackedWeightsComputeWhatLibTorchsConvolutionsDo) {
  // The oneDNN-prepacked layers against the same folded weights through torch::conv2d, for several input
  // shapes in turn (each packs its own weights; a shape seen before reuses them), in both precisions.
  auto g = trainedLikeGenerator();
  for (const auto dtype : {torch::kFloat, torch::kBFloat16}) {
    const FrozenUNet packed(g, dtype), plain(g, dtype, /*prepack=*/false);
    EXPECT_FALSE(plain.prepacked());
    if (!packed.prepacked()) GTEST_SKIP() << "this LibTorch has no oneDNN prepacked convolution";
    torch::NoGradGuard noGrad;
    for (const auto& shape :
         std::vector<std::vector<int64_t>>{{1, 1, 32, 32}, {3, 1, 64, 32}, {1, 1, 32, 32}}) {
      const auto x = torch::rand(shape) * 2 - 1;
      const auto got = packed.forward(x), expected = plain.forward(x), exact = g->forward(x.clone());
      ASSERT_EQ(got.sizes(), expected.sizes());
      if (dtype == torch::kFloat) {
        // The same arithmetic in another summation order.
        const double scale = std::max(1.0, exact.abs().max().item<double>());
        EXPECT_LT(maxAbsDiff(got, expected), 3e-5 * scale) << shape;
        EXPECT_LT(maxAbsDiff(got, exact), 3e-5 * scale) << shape;
      } else {
        // bf16 rounds every layer's activations: both paths stay as close to fp32 as each other.
        for (const auto& y : {got, expected}) {
          EXPECT_LT(maxAbsDiff(y, exact), 0.1) << shape;
          EXPECT_LT((y - exact).abs().mean().item<double>(), 0.01) << shape;
        }
      }
    }
  }
}

TEST_F(FrozenUNetTest, DropoutOnlyWhenTheGeneratorKeepsItAtInference) {
  torch::manual_seed(2);
  // 6 levels: level 4 has dropout (pix2pix's ngf*8 blocks between innermost and level 3).
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(8).numDowns(6));
  initPix2PixWeights(*g);
  torch::NoGradGuard noGrad;
  for (auto& p : g->parameters())
    if (p.dim() == 4) p.normal_(0.0, 0.15);
  g->eval();
  const auto x = torch::rand({1, 1, 64, 64}) * 2 - 1;
  const FrozenUNet plain(g, torch::kFloat);
  EXPECT_EQ(maxAbsDiff(plain.forward(x), plain.forward(x)), 0.0);
  g->setDropoutAtInference(true);
  const FrozenUNet noisy(g, torch::kFloat);
  EXPECT_GT(maxAbsDiff(noisy.forward(x), noisy.forward(x)), 1e-4);
}

TEST_F(FrozenUNetTest, RejectsAnInputOfTheWrongShape) {
  auto g = trainedLikeGenerator();
  const FrozenUNet frozen(g, torch::kFloat);
  EXPECT_THROW(frozen.forward(torch::zeros({1, 1, 30, 32})), c10::Error);
  EXPECT_THROW(frozen.forward(torch::zeros({1, 3, 32, 32})), c10::Error);
}

// pix2pix's test protocol without --eval: a train-mode BatchNorm on one image normalises with that
// image's own statistics. Reference: LibTorch's BatchNorm2d in training mode, run on each image alone
// (dropout 0, so the train-mode module is deterministic).
TEST_F(FrozenUNetTest, PerImageStatisticsEqualATrainModeGeneratorRunOnEachImageAlone) {
  torch::manual_seed(9);
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(8).numDowns(5).dropout(0.0));
  initPix2PixWeights(*g);
  torch::NoGradGuard noGrad;
  for (auto& p : g->parameters())
    if (p.dim() == 4) p.normal_(0.0, 0.15);
  for (auto& m : g->modules(false))
    if (auto* bn = m->as<torch::nn::BatchNorm2dImpl>()) {
      bn->weight.uniform_(-1.5, 1.5);  // negative gammas too
      bn->bias.uniform_(-0.3, 0.3);
      bn->running_mean.uniform_(-0.5, 0.5);  // far from any image's statistics
      bn->running_var.uniform_(2.0, 4.0);
    }
  g->eval();
  const auto x = torch::rand({3, 1, 64, 32}) * 2 - 1;
  for (const bool prepack : {true, false}) {
    const FrozenUNet perImage(g, torch::kFloat, prepack, FrozenNormalization::PerImageStatistics);
    EXPECT_EQ(perImage.normalization(), FrozenNormalization::PerImageStatistics);
    const auto got = perImage.forward(x);
    auto reference = g->clone();  // train() would move the running statistics of `g`
    auto& r = *std::dynamic_pointer_cast<UNetGeneratorImpl>(reference);
    r.train();
    for (int64_t i = 0; i < x.size(0); ++i) {
      const auto expected = r.forward(x.narrow(0, i, 1).clone());
      EXPECT_LT(maxAbsDiff(got.narrow(0, i, 1), expected), 2e-5) << "image " << i << " prepack " << prepack;
    }
    // The protocols really differ: the running statistics give another output.
    const FrozenUNet running(g, torch::kFloat, prepack);
    EXPECT_GT(maxAbsDiff(running.forward(x), got), 0.05);
  }
}
