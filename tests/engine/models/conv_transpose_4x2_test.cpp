// ConvTranspose4x2 must compute torch::nn::ConvTranspose2d(k4, s2, p1) exactly (up to rounding), in
// every algorithm, for values and gradients, with the same parameters.
#include <gtest/gtest.h>

#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include "models/conv_transpose_4x2.h"

namespace colorproxy {
namespace {

class ConvTranspose4x2Test : public ::testing::TestWithParam<TransposedConvAlgorithm> {
 protected:
  ConvTranspose4x2Test() {
    torch::manual_seed(7);
    at::set_num_threads(1);  // tiny tensors: threads only add synchronisation (and stall on a busy machine)
  }
};

struct Grads {
  torch::Tensor y, gx, gw, gb;
};

Grads runReference(const torch::Tensor& x, const torch::Tensor& w, const torch::Tensor& b,
                   const torch::Tensor& gy) {
  torch::nn::ConvTranspose2d ref(
      torch::nn::ConvTranspose2dOptions(w.size(0), w.size(1), 4).stride(2).padding(1).bias(b.defined()));
  {
    torch::NoGradGuard g;
    ref->weight.copy_(w);
    if (b.defined()) ref->bias.copy_(b);
  }
  auto xi = x.clone().requires_grad_(true);
  auto y = ref->forward(xi);
  y.backward(gy);
  return {y.detach(), xi.grad(), ref->weight.grad(), b.defined() ? ref->bias.grad() : torch::Tensor()};
}

Grads runOurs(TransposedConvAlgorithm algorithm, const torch::Tensor& x, const torch::Tensor& w,
              const torch::Tensor& b, const torch::Tensor& gy, torch::MemoryFormat format) {
  ConvTranspose4x2 ours(ConvTranspose4x2Options(w.size(0), w.size(1)).bias(b.defined()).algorithm(algorithm));
  {
    torch::NoGradGuard g;
    ours->weight.copy_(w);
    if (b.defined()) ours->bias.copy_(b);
  }
  auto xi = x.contiguous(format).detach().requires_grad_(true);
  auto y = ours->forward(xi);
  y.backward(gy.contiguous(format));
  return {y.detach(), xi.grad(), ours->weight.grad(), b.defined() ? ours->bias.grad() : torch::Tensor()};
}

void expectClose(const torch::Tensor& a, const torch::Tensor& b, double tol, const char* what) {
  ASSERT_TRUE(a.defined() && b.defined()) << what;
  ASSERT_EQ(a.sizes(), b.sizes()) << what;
  const double err = (a.to(torch::kFloat) - b.to(torch::kFloat)).abs().max().item<double>();
  const double scale = b.abs().max().item<double>();
  EXPECT_LE(err, tol * std::max(1.0, scale))
      << what << ": max abs error " << err << " (scale " << scale << ")";
}

TEST_P(ConvTranspose4x2Test, MatchesConvTranspose2dWithBias) {
  const auto x = torch::randn({2, 5, 7, 6});
  const auto w = torch::randn({5, 3, 4, 4});
  const auto b = torch::randn({3});
  const auto gy = torch::randn({2, 3, 14, 12});
  const auto ref = runReference(x, w, b, gy);
  for (auto format : {torch::MemoryFormat::Contiguous, torch::MemoryFormat::ChannelsLast}) {
    const auto ours = runOurs(GetParam(), x, w, b, gy, format);
    expectClose(ours.y, ref.y, 1e-5, "output");
    expectClose(ours.gx, ref.gx, 1e-5, "input gradient");
    expectClose(ours.gw, ref.gw, 1e-5, "weight gradient");
    expectClose(ours.gb, ref.gb, 1e-5, "bias gradient");
  }
}

TEST_P(ConvTranspose4x2Test, MatchesWithoutBiasOnOnePixelInput) {
  // A 1x1 input (the U-Net's bottleneck at 256 px) only touches the kernel's centre taps.
  const auto x = torch::randn({3, 4, 1, 1});
  const auto w = torch::randn({4, 6, 4, 4});
  const auto gy = torch::randn({3, 6, 2, 2});
  const auto ref = runReference(x, w, torch::Tensor(), gy);
  const auto ours = runOurs(GetParam(), x, w, torch::Tensor(), gy, torch::MemoryFormat::Contiguous);
  expectClose(ours.y, ref.y, 1e-5, "output");
  expectClose(ours.gx, ref.gx, 1e-5, "input gradient");
  expectClose(ours.gw, ref.gw, 1e-5, "weight gradient");
}

TEST_P(ConvTranspose4x2Test, Bf16AutocastStaysCloseAndGivesFp32Gradients) {
  const auto x = torch::randn({2, 8, 8, 8});
  const auto w = torch::randn({8, 4, 4, 4}) * 0.1;
  const auto b = torch::randn({4});
  const auto gy = torch::randn({2, 4, 16, 16});
  const auto ref = runReference(x, w, b, gy);
  ConvTranspose4x2 ours(ConvTranspose4x2Options(8, 4).algorithm(GetParam()));
  {
    torch::NoGradGuard g;
    ours->weight.copy_(w);
    ours->bias.copy_(b);
  }
  auto xi = x.clone().requires_grad_(true);
  at::autocast::set_cpu_enabled(true);
  at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
  auto y = ours->forward(xi);
  at::autocast::set_cpu_enabled(false);
  at::autocast::clear_cache();
  y.backward(gy.to(y.scalar_type()));
  EXPECT_EQ(ours->weight.grad().scalar_type(), torch::kFloat);
  EXPECT_EQ(ours->bias.grad().scalar_type(), torch::kFloat);
  // bf16 has an 8-bit mantissa: ~0.4 % relative rounding per operand.
  expectClose(y, ref.y, 3e-2, "bf16 output");
  expectClose(ours->weight.grad(), ref.gw, 3e-2, "bf16 weight gradient");
  expectClose(xi.grad(), ref.gx, 3e-2, "bf16 input gradient");
}

INSTANTIATE_TEST_SUITE_P(Algorithms, ConvTranspose4x2Test,
                         ::testing::Values(TransposedConvAlgorithm::Native, TransposedConvAlgorithm::Adjoint,
                                           TransposedConvAlgorithm::SubPixel),
                         [](const auto& info) { return toString(info.param); });

TEST(ConvTranspose4x2, HasConvTranspose2dParameterNamesAndShapes) {
  ConvTranspose4x2 ours(5, 3);
  torch::nn::ConvTranspose2d ref(torch::nn::ConvTranspose2dOptions(5, 3, 4).stride(2).padding(1));
  const auto a = ours->named_parameters();
  const auto b = ref->named_parameters();
  ASSERT_EQ(a.size(), b.size());
  for (const auto& item : b) {
    ASSERT_TRUE(a.contains(item.key())) << item.key();
    EXPECT_EQ(a[item.key()].sizes(), item.value().sizes()) << item.key();
  }
}

TEST(ConvTranspose4x2, ParsesAlgorithmNamesAndRejectsUnknownOnes) {
  for (auto a :
       {TransposedConvAlgorithm::Native, TransposedConvAlgorithm::Adjoint, TransposedConvAlgorithm::SubPixel})
    EXPECT_EQ(parseTransposedConvAlgorithm(toString(a)), a);
  try {
    parseTransposedConvAlgorithm("winograd");
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("winograd"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("adjoint"), std::string::npos);
  }
}

TEST(ConvTranspose4x2, RejectsWrongChannelCount) {
  ConvTranspose4x2 ours(5, 3);
  EXPECT_THROW(ours->forward(torch::randn({1, 4, 3, 3})), c10::Error);
}

}  // namespace
}  // namespace colorproxy
