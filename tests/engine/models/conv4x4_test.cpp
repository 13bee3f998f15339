// conv4x4 computes the 4x4 convolution by whichever pass algorithm its rule picks; every pass must equal
// oneDNN's convolution (values and all three gradients), and the rule must pick what it documents.
#include <gtest/gtest.h>

#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include "models/conv4x4.h"

namespace colorproxy {
namespace {

class Conv4x4Test : public ::testing::Test {
 protected:
  Conv4x4Test() {
    torch::manual_seed(11);
    at::set_num_threads(1);
  }
};

torch::Tensor cl(const torch::Tensor& t) { return t.contiguous(torch::MemoryFormat::ChannelsLast); }

double relativeError(const torch::Tensor& got, const torch::Tensor& want) {
  const auto w = want.to(torch::kDouble);
  return (got.to(torch::kDouble) - w).abs().max().item<double>() / w.abs().max().item<double>();
}

// The GEMM passes in fp32 against oneDNN's, on shapes with odd sizes, both strides and paddings 0..3.
TEST_F(Conv4x4Test, GemmPassesEqualOneDnnConvolutionInFp32) {
  struct Case {
    int64_t n, ci, co, h, w, stride, padding;
  };
  for (const Case c : {Case{1, 3, 5, 9, 7, 2, 1}, Case{3, 16, 8, 8, 8, 2, 1}, Case{2, 4, 6, 7, 9, 1, 0},
                       Case{2, 5, 3, 6, 6, 1, 2}, Case{1, 2, 2, 5, 5, 1, 3}, Case{2, 8, 4, 2, 2, 2, 1}}) {
    SCOPED_TRACE(::testing::Message() << "n " << c.n << " ci " << c.ci << " co " << c.co << " " << c.h << "x"
                                      << c.w << " stride " << c.stride << " padding " << c.padding);
    for (const bool channelsLast : {false, true}) {
      auto x = torch::randn({c.n, c.ci, c.h, c.w});
      auto w = torch::randn({c.co, c.ci, 4, 4});
      if (channelsLast) {
        x = cl(x);
        w = cl(w);
      }
      const auto y = at::convolution(x, w, c10::nullopt, {c.stride, c.stride}, {c.padding, c.padding}, {1, 1},
                                     false, {0, 0}, 1);
      const auto ours = conv4x4ForwardGemm(x, w, c.stride, c.padding);
      ASSERT_EQ(ours.sizes(), y.sizes());
      EXPECT_LT(relativeError(ours, y), 1e-5);
      const auto gy = torch::randn_like(y);
      const auto gw = std::get<1>(at::convolution_backward(gy, x, w, c10::nullopt, {c.stride, c.stride},
                                                           {c.padding, c.padding}, {1, 1}, false, {0, 0}, 1,
                                                           {false, true, false}));
      const auto oursW = conv4x4WeightGradGemm(x, gy, c.stride, c.padding);
      ASSERT_EQ(oursW.sizes(), w.sizes());
      EXPECT_LT(relativeError(oursW, gw), 1e-5);
    }
  }
}

// A hand-worked case: one input channel of ones, one 4x4 kernel of ones, stride 2, padding 1 on 4x4: each
// output sees the 3x3, 3x3, 3x3, 3x3 valid corners of its window -> 9 everywhere; the weight gradient for
// an output gradient of ones counts how often each tap lands inside the image: taps 1..2 (middle rows and
// columns) 2x2 = 4 times, edge taps 2 x 1, corners 1.
TEST_F(Conv4x4Test, GemmPassesMatchHandWorkedValues) {
  const auto x = torch::ones({1, 1, 4, 4});
  const auto w = torch::ones({1, 1, 4, 4});
  const auto y = conv4x4ForwardGemm(x, w, 2, 1);
  EXPECT_TRUE(torch::equal(y, torch::full({1, 1, 2, 2}, 9.0f)));
  const auto gw = conv4x4WeightGradGemm(x, torch::ones({1, 1, 2, 2}), 2, 1).contiguous();
  const auto want =
      torch::tensor({1.f, 2.f, 2.f, 1.f, 2.f, 4.f, 4.f, 2.f, 2.f, 4.f, 4.f, 2.f, 1.f, 2.f, 2.f, 1.f})
          .view({1, 1, 4, 4});
  EXPECT_TRUE(torch::equal(gw, want)) << gw;
}

// The stride-2 adjoint by GEMM + tap gather against LibTorch's own transposed convolution (computed in fp32
// from the same bf16 values), on sizes down to 1x1 and non-square.
TEST_F(Conv4x4Test, AdjointGemmEqualsTheTransposedConvolution) {
  struct Case {
    int64_t n, c, co, h, w;
  };
  for (const Case k :
       {Case{1, 16, 8, 1, 1}, Case{2, 32, 24, 3, 5}, Case{4, 64, 16, 4, 4}, Case{1, 24, 3, 2, 7}}) {
    SCOPED_TRACE(::testing::Message()
                 << "n " << k.n << " c " << k.c << " co " << k.co << " " << k.h << "x" << k.w);
    const auto x = cl(torch::randn({k.n, k.c, k.h, k.w})).to(torch::kBFloat16);
    const auto w = cl(torch::randn({k.c, k.co, 4, 4}) * 0.2).to(torch::kBFloat16);
    const auto want = torch::conv_transpose2d(x.to(torch::kFloat), w.to(torch::kFloat), {}, 2, 1);
    const auto got = conv4x4AdjointGemm(x, w);
    ASSERT_EQ(got.sizes(), want.sizes());
    EXPECT_TRUE(got.is_contiguous(torch::MemoryFormat::ChannelsLast));
    // bf16 products summed in fp32, rounded to bf16 per tap and at the end: a few 2^-8 steps.
    EXPECT_LT(relativeError(got, want), 1e-2);
    // The rule sends these small shapes to the GEMM and the same values come out.
    EXPECT_TRUE(torch::equal(conv4x4Adjoint(x, w), got));
  }
}

TEST_F(Conv4x4Test, FlippedTransposedKernelIsTheSpatialFlipOfTheTranspose) {
  for (const auto dtype : {torch::kBFloat16, torch::kFloat}) {
    for (const bool channelsLast : {true, false}) {
      auto w = torch::randn({37, 70, 4, 4}).to(dtype);  // sizes not multiples of the 32-wide tiles
      if (channelsLast) w = cl(w);
      const auto wt = flippedTransposedKernel(w);
      ASSERT_EQ(wt.sizes(), (std::vector<int64_t>{70, 37, 4, 4}));
      EXPECT_TRUE(wt.is_contiguous(torch::MemoryFormat::ChannelsLast));
      // Element by element: wt[i][o][h][v] = w[o][i][3-h][3-v].
      const auto a = wt.to(torch::kFloat).contiguous();
      const auto b = w.to(torch::kFloat).contiguous();
      bool same = true;
      for (int64_t i = 0; i < 70 && same; i += 3)
        for (int64_t o = 0; o < 37 && same; o += 2)
          for (int64_t h = 0; h < 4; ++h)
            for (int64_t v = 0; v < 4; ++v)
              same &= a[i][o][h][v].item<float>() == b[o][i][3 - h][3 - v].item<float>();
      EXPECT_TRUE(same);
      EXPECT_TRUE(torch::equal(a, b.flip({2, 3}).transpose(0, 1)));
    }
  }
}

TEST_F(Conv4x4Test, RulePicksGemmOnlyForFewOutputPixelsInBf16OnTheCpu) {
  const auto bf = torch::TensorOptions().dtype(torch::kBFloat16);
  const auto w512 = torch::empty({512, 512, 4, 4}, bf);
  // 4 x 8 x 8 = 256 output pixels: both passes GEMM.
  const auto x16 = torch::empty({4, 512, 16, 16}, bf);
  EXPECT_EQ(forwardAlgorithm(x16, w512, 2, 1), ConvPassAlgorithm::Gemm);
  EXPECT_EQ(weightGradAlgorithm(x16, w512, 2, 1), ConvPassAlgorithm::Gemm);
  // 4 x 16 x 16 = 1024: the weight gradient only.
  const auto x32 = torch::empty({4, 512, 32, 32}, bf);
  EXPECT_EQ(forwardAlgorithm(x32, w512, 2, 1), ConvPassAlgorithm::OneDnn);
  EXPECT_EQ(weightGradAlgorithm(x32, w512, 2, 1), ConvPassAlgorithm::Gemm);
  // 4 x 32 x 32 = 4096: neither.
  const auto x64 = torch::empty({4, 512, 64, 64}, bf);
  EXPECT_EQ(weightGradAlgorithm(x64, w512, 2, 1), ConvPassAlgorithm::OneDnn);
  // One input channel (the L image): GEMM at any size.
  const auto lImage = torch::empty({4, 1, 256, 256}, bf);
  EXPECT_EQ(forwardAlgorithm(lImage, torch::empty({64, 1, 4, 4}, bf), 2, 1), ConvPassAlgorithm::Gemm);
  EXPECT_EQ(weightGradAlgorithm(lImage, torch::empty({64, 1, 4, 4}, bf), 2, 1), ConvPassAlgorithm::Gemm);
  // fp32, or 2 to 15 input channels: oneDNN.
  EXPECT_EQ(forwardAlgorithm(x16.to(torch::kFloat), w512.to(torch::kFloat), 2, 1), ConvPassAlgorithm::OneDnn);
  EXPECT_EQ(weightGradAlgorithm(torch::empty({4, 8, 4, 4}, bf), torch::empty({64, 8, 4, 4}, bf), 2, 1),
            ConvPassAlgorithm::OneDnn);
}

struct Result {
  torch::Tensor y, gx, gw, gb;
};

Result run(bool ours, const torch::Tensor& x0, const torch::Tensor& w0, const torch::Tensor& b0,
           int64_t stride, int64_t padding, const torch::Tensor& gy) {
  auto x = x0.clone().requires_grad_(true);
  auto w = w0.clone().requires_grad_(true);
  auto b = b0.defined() ? b0.clone().requires_grad_(true) : torch::Tensor();
  const auto y = ours ? conv4x4(x, w, b, stride, padding) : torch::conv2d(x, w, b, stride, padding);
  y.backward(gy.to(y.scalar_type()));
  return {y.detach(), x.grad(), w.grad(), b.defined() ? b.grad() : torch::Tensor()};
}

// Every path of the autograd function (GEMM forward and weight gradient; oneDNN forward with a GEMM weight
// gradient; the flipped-kernel input gradient of a stride-1 layer) against torch::conv2d on the same
// bf16 tensors; bf16 rounds to 8 bits, so the tolerance is a few of its steps.
TEST_F(Conv4x4Test, AutogradMatchesConv2dOnEveryPath) {
  struct Case {
    int64_t n, ci, co, side, stride, padding;
    bool bias;
  };
  for (const Case c :
       {Case{2, 32, 24, 8, 2, 1, false}, Case{1, 16, 16, 64, 2, 1, true}, Case{2, 16, 32, 9, 1, 1, true},
        Case{1, 24, 20, 6, 1, 0, false}, Case{2, 1, 8, 32, 2, 1, false}}) {
    SCOPED_TRACE(::testing::Message() << "n " << c.n << " ci " << c.ci << " co " << c.co << " side " << c.side
                                      << " stride " << c.stride << " padding " << c.padding);
    const auto x = cl(torch::randn({c.n, c.ci, c.side, c.side})).to(torch::kBFloat16);
    const auto w = cl(torch::randn({c.co, c.ci, 4, 4}) * 0.1).to(torch::kBFloat16);
    const auto b = c.bias ? torch::randn({c.co}) : torch::Tensor();
    const auto probe = torch::conv2d(x, w, {}, c.stride, c.padding);
    const auto gy = torch::randn(probe.sizes());
    const auto want = run(false, x, w, b.defined() ? b.to(torch::kBFloat16) : b, c.stride, c.padding, gy);
    const auto got = run(true, x, w, b, c.stride, c.padding, gy);
    EXPECT_LT(relativeError(got.y, want.y), 2e-2);
    EXPECT_LT(relativeError(got.gx, want.gx), 2e-2);
    EXPECT_LT(relativeError(got.gw, want.gw), 2e-2);
    if (c.bias) EXPECT_LT(relativeError(got.gb, want.gb), 2e-2);
  }
}

// Under CPU autocast conv4x4 behaves like torch::conv2d: bf16 output, fp32 gradients for the fp32 leaves.
TEST_F(Conv4x4Test, TakesPartInCpuAutocast) {
  const auto x0 = cl(torch::randn({2, 32, 8, 8}));
  const auto w0 = cl(torch::randn({16, 32, 4, 4}) * 0.1);
  const auto gy = torch::randn({2, 16, 4, 4});
  Result got, want;
  for (const bool ours : {true, false}) {
    auto x = x0.clone().requires_grad_(true);
    auto w = w0.clone().requires_grad_(true);
    torch::Tensor y;
    {
      at::autocast::set_cpu_enabled(true);
      at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
      at::autocast::increment_nesting();
      y = ours ? conv4x4(x, w, {}, 2, 1) : torch::conv2d(x, w, {}, 2, 1);
      at::autocast::decrement_nesting();
      at::autocast::clear_cache();
      at::autocast::set_cpu_enabled(false);
    }
    EXPECT_EQ(y.scalar_type(), at::kBFloat16);
    y.backward(gy.to(y.scalar_type()));
    EXPECT_EQ(w.grad().scalar_type(), at::kFloat);
    (ours ? got : want) = {y.detach(), x.grad(), w.grad(), {}};
  }
  EXPECT_LT(relativeError(got.y, want.y), 2e-2);
  EXPECT_LT(relativeError(got.gx, want.gx), 2e-2);
  EXPECT_LT(relativeError(got.gw, want.gw), 2e-2);
}

}  // namespace
}  // namespace colorproxy
