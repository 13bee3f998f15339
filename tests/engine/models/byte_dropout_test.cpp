// byteDropout: the keep rate, the kept values' scale and the gradient against a hand computation, the
// generator's reproducibility, and the fallback to torch::dropout.
#include <gtest/gtest.h>

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include "models/byte_dropout.h"

namespace colorproxy {
namespace {

TEST(ByteDropout, KeepsOneMinusPScaledAndPassesTheSameMaskBack) {
  torch::manual_seed(3);
  for (const auto dtype : {torch::kFloat, torch::kBFloat16}) {
    for (const double p : {0.5, 0.25, 0.75}) {
      const auto x = (torch::rand({4, 64, 16, 16}) + 0.5)
                         .to(dtype)
                         .contiguous(torch::MemoryFormat::ChannelsLast)
                         .requires_grad_(true);
      const auto y = byteDropout(x, p, true);
      EXPECT_TRUE(y.is_contiguous(torch::MemoryFormat::ChannelsLast));
      const auto kept = y.ne(0);
      const double rate = kept.to(torch::kDouble).mean().item<double>();
      // 65,536 draws: the standard error of the rate is at most 0.002.
      EXPECT_NEAR(rate, 1.0 - p, 0.01) << "p " << p;
      // Each kept element is x / (1 - p) (1/(1-p) rounded to the dtype, as torch::dropout does).
      const double scale = torch::scalar_tensor(1.0 / (1.0 - p), dtype).item<double>();
      const auto expected =
          torch::where(kept, x.detach().to(torch::kDouble) * scale, torch::zeros({}, torch::kDouble));
      const double tolerance = dtype == torch::kFloat ? 1e-6 : 1e-2;
      EXPECT_LT((y.detach().to(torch::kDouble) - expected).abs().max().item<double>(), tolerance * 3);
      // The gradient of sum(y * g) is g masked and scaled the same way.
      const auto g = torch::rand_like(x.detach());
      (y * g).sum().backward();
      const auto want = torch::where(kept, g.to(torch::kDouble) * scale, torch::zeros({}, torch::kDouble));
      EXPECT_LT((x.grad().to(torch::kDouble) - want).abs().max().item<double>(), tolerance * 3);
    }
  }
}

TEST(ByteDropout, FollowsTheGlobalSeedAndStaysOffOutsideTraining) {
  const auto x = torch::ones({2, 8, 8, 8});
  torch::manual_seed(5);
  const auto a = byteDropout(x, 0.5, true);
  torch::manual_seed(5);
  const auto b = byteDropout(x, 0.5, true);
  EXPECT_TRUE(torch::equal(a, b));
  const auto c = byteDropout(x, 0.5, true);
  EXPECT_FALSE(torch::equal(a, c));
  EXPECT_TRUE(torch::equal(byteDropout(x, 0.5, false), x));
  EXPECT_TRUE(torch::equal(byteDropout(x, 0.0, true), x));
}

TEST(ByteDropout, MaskFromItsOwnGeneratorLeavesTheGlobalOneAlone) {
  // The frozen U-Net's dropout samples (colorization suggestions) draw from a generator of their own.
  const auto like = torch::empty({1, 16, 8, 8}).contiguous(torch::MemoryFormat::ChannelsLast);
  at::Generator a = at::detail::createCPUGenerator(42), b = at::detail::createCPUGenerator(42);
  torch::manual_seed(1);
  const auto before = torch::rand({4});
  torch::manual_seed(1);
  const auto m1 = byteDropoutMask(like, 0.5, a);
  const auto m2 = byteDropoutMask(like, 0.5, b);
  EXPECT_TRUE(torch::equal(m1, m2));
  EXPECT_FALSE(torch::equal(m1, byteDropoutMask(like, 0.5, a)));
  EXPECT_TRUE(torch::equal(torch::rand({4}), before));  // the global stream did not move
  EXPECT_TRUE(m1.is_contiguous(torch::MemoryFormat::ChannelsLast));
  EXPECT_TRUE(torch::logical_or(m1.eq(0), m1.eq(2)).all().item<bool>());
  EXPECT_THROW(byteDropoutMask(like, 0.3), c10::Error);
}

TEST(ByteDropout, OtherProbabilitiesFallBackToTorchDropout) {
  EXPECT_TRUE(byteDropoutExact(0.5));
  EXPECT_TRUE(byteDropoutExact(1.0 / 256.0));
  EXPECT_FALSE(byteDropoutExact(0.3));
  EXPECT_FALSE(byteDropoutExact(0.0));
  const auto x = torch::ones({64, 64});
  torch::manual_seed(9);
  const auto y = byteDropout(x, 0.3, true);
  torch::manual_seed(9);
  EXPECT_TRUE(torch::equal(y, torch::dropout(x, 0.3, true)));
}

}  // namespace
}  // namespace colorproxy
