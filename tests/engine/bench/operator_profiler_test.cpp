// OperatorProfiler's convolution arithmetic against hand-worked counts, its self times, and the
// training-step profile of `bench train --profile` against the pix2pix step's convolutions counted
// layer by layer here.
#include <gtest/gtest.h>

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include "bench/operator_profiler.h"
#include "colorproxy/bench/pix2pix_benchmark.h"

namespace colorproxy {
namespace {

TEST(OperatorProfilerTest, CountsConvolutionArithmeticAndSelfTimes) {
  at::set_num_threads(1);
  const auto x = torch::randn({2, 3, 16, 16}).requires_grad_(true);
  const auto w = torch::randn({4, 3, 4, 4}).requires_grad_(true);
  const auto xt = torch::randn({2, 4, 8, 8});
  const auto wt = torch::randn({4, 3, 4, 4});
  OperatorProfiler profiler;
  // [2, 3, 16, 16] * [4, 3, 4, 4], stride 2, padding 1 -> [2, 4, 8, 8]: 2 * (2*4*8*8 outputs) * (3*16 MACs)
  // = 49152 FLOP; its backward computes both gradients: 2 * 49152.
  torch::conv2d(x, w, {}, 2, 1).sum().backward();
  EXPECT_DOUBLE_EQ(profiler.convolutionFlop(), 3 * 49152.0);
  // The transposed convolution [2, 4, 8, 8] -> [2, 3, 16, 16] is the adjoint of the one above: the same
  // 49152 FLOP (each of the 2*4*8*8 inputs meets 3*16 weights).
  {
    torch::NoGradGuard noGrad;
    torch::conv_transpose2d(xt, wt, {}, 2, 1);
  }
  EXPECT_DOUBLE_EQ(profiler.convolutionFlop(), 4 * 49152.0);
  const auto& ops = profiler.operators();
  ASSERT_TRUE(ops.count("aten::convolution_backward"));
  EXPECT_EQ(ops.at("aten::convolution_backward").calls, 1);
  ASSERT_TRUE(ops.count("aten::conv2d"));
  for (const auto& [name, e] : ops) {
    EXPECT_GE(e.seconds, 0.0) << name;
    EXPECT_GE(e.calls, 1) << name;
  }
  EXPECT_THROW(OperatorProfiler second, std::logic_error);  // one per thread
}

// FLOP of a k4 convolution producing [n, out, side, side] from `in` channels.
double conv4(int64_t n, int64_t in, int64_t out, int64_t side) {
  return 2.0 * static_cast<double>(n * out * side * side * in * 16);
}

TEST(OperatorProfilerTest, TrainingProfileCountsEveryConvolutionOfThePix2PixStep) {
  const TrainBenchmarkConfig config{"tiny", 5, 8, 8, 32, 2};
  BenchmarkVariant variant = defaultBenchmarkVariant(1);
  const TrainStepProfile p = profileTraining(config, variant, BenchmarkSchedule{1, 2});
  const int64_t n = 2, ngf = 8, ndf = 8;
  // Generator: level k halves the side; channels ngf * 2^min(k, 3); the decoder mirrors it (2x input
  // channels from the skip, except the innermost), back to 2 output channels.
  const int64_t channels[] = {ngf, 2 * ngf, 4 * ngf, 8 * ngf, 8 * ngf};
  double g = 0.0, gFirst = conv4(n, 1, channels[0], 16);
  for (int k = 0; k < 5; ++k) {
    const int64_t side = 32 >> (k + 1), in = k == 0 ? 1 : channels[k - 1];
    g += conv4(n, in, channels[k], side);  // down k
    const int64_t upIn = k == 4 ? channels[4] : 2 * channels[k], upOut = k == 0 ? 2 : channels[k - 1];
    g += 2.0 * static_cast<double>(n * upIn * side * side * upOut * 16);  // up k (transposed)
  }
  // Discriminator on 3 channels: 32 -> 16 -> 8 -> 4 (stride 2), 3, 2 (stride 1).
  const double dFirst = conv4(n, 3, ndf, 16);
  const double d = dFirst + conv4(n, ndf, 2 * ndf, 8) + conv4(n, 2 * ndf, 4 * ndf, 4) +
                   conv4(n, 4 * ndf, 8 * ndf, 3) + conv4(n, 8 * ndf, 1, 2);
  // G forward; D forward on fake and real, each backward without the first layer's input gradient;
  // D forward on fake for G, backward through D's inputs only; G backward without L's gradient.
  double step = g + 2 * d + 2 * (2 * d - dFirst) + d + d + (2 * g - gFirst);
  // In bf16 the stride-1 4ndf -> 8ndf layer's input gradient is a forward convolution with the flipped
  // kernel (models/conv4x4), which computes all 4x4 input pixels instead of the adjoint's 3x3 outputs'
  // worth: 3 such gradients per step (D's fake and real passes, and G's pass through D).
  ASSERT_TRUE(variant.bf16);
  step += 3 * (2.0 * static_cast<double>(n * 4 * ndf * 4 * 4 * 8 * ndf * 16) - conv4(n, 4 * ndf, 8 * ndf, 3));
  EXPECT_NEAR(p.convolutionGflop, step / 1e9, 1e-9 * step / 1e9);
  EXPECT_EQ(p.steps, 2);
  EXPECT_GT(p.stepSeconds, 0.0);
  EXPECT_GT(p.limitGflops, 0.0);
  double shares = 0.0;
  bool adam = false, convolution = false;
  for (const auto& row : p.kinds) {
    shares += row.share;
    adam |= row.name.find("Adam") != std::string::npos && row.calls == 2.0;  // G and D per step
    convolution |= row.name.rfind("convolution", 0) == 0 && row.seconds > 0.0;
  }
  EXPECT_NEAR(shares, 1.0, 1e-6);  // the kinds partition the step ("outside operators" = the rest)
  EXPECT_TRUE(adam);
  EXPECT_TRUE(convolution);
  EXPECT_GT(p.shareAtLimit(), 0.0);
}

}  // namespace
}  // namespace colorproxy
