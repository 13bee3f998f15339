// fusedAdamStep against torch::optim::Adam::step on the same parameters and gradients.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <random>
#include <vector>

#include "train/fused_adam_step.h"

namespace colorproxy {
namespace {

struct Pair {
  std::vector<torch::Tensor> a, b;
};

Pair makeParams() {
  Pair p;
  const std::vector<std::vector<int64_t>> shapes = {{64, 32, 4, 4}, {7}, {300, 5}, {1}};
  for (const auto& s : shapes) {
    auto t = torch::randn(s);
    p.a.push_back(t.clone().requires_grad_(true));
    p.b.push_back(t.clone().requires_grad_(true));
  }
  // A channels-last parameter keeps its layout through both paths.
  auto cl = torch::randn({8, 6, 4, 4}).contiguous(torch::MemoryFormat::ChannelsLast);
  p.a.push_back(cl.clone().requires_grad_(true));
  p.b.push_back(cl.clone().requires_grad_(true));
  return p;
}

void setGrads(Pair& p, int step) {
  for (size_t i = 0; i < p.a.size(); ++i) {
    if (step == 1 && i == 3) {  // a parameter without gradient this step is skipped by both
      p.a[i].mutable_grad() = torch::Tensor();
      p.b[i].mutable_grad() = torch::Tensor();
      continue;
    }
    const auto g = torch::randn_like(p.a[i]) * (step + 1);
    p.a[i].mutable_grad() = g.clone();
    p.b[i].mutable_grad() = g.clone();
  }
}

void compare(torch::optim::AdamOptions options) {
  torch::manual_seed(9);
  Pair p = makeParams();
  torch::optim::Adam stock(p.a, options);
  torch::optim::Adam fused(p.b, options);
  for (int step = 0; step < 5; ++step) {
    setGrads(p, step);
    stock.step();
    fusedAdamStep(fused);
  }
  for (size_t i = 0; i < p.a.size(); ++i) {
    EXPECT_EQ(p.a[i].strides(), p.b[i].strides());
    const double err = (p.a[i] - p.b[i]).abs().max().item<double>();
    EXPECT_LE(err, 1e-6) << "parameter " << i;
  }
  // The state lives in the optimiser, in the stock layout: stepping on with the stock Adam agrees.
  setGrads(p, 5);
  stock.step();
  fused.step();
  for (size_t i = 0; i < p.a.size(); ++i) EXPECT_LE((p.a[i] - p.b[i]).abs().max().item<double>(), 1e-6);
}

TEST(FusedAdamStep, MatchesStockAdam) { compare(torch::optim::AdamOptions(2e-4).betas({0.5, 0.999})); }

TEST(FusedAdamStep, MatchesStockAdamWithWeightDecayAndLargeSteps) {
  compare(torch::optim::AdamOptions(1e-2).betas({0.9, 0.99}).weight_decay(0.1).eps(1e-6));
}

TEST(FusedAdamStep, AmsgradTakesTheStockPath) { compare(torch::optim::AdamOptions(1e-3).amsgrad(true)); }

TEST(FusedAdamStep, StateSurvivesSerialisation) {
  torch::manual_seed(3);
  Pair p = makeParams();
  torch::optim::Adam a(p.a, torch::optim::AdamOptions(1e-3));
  setGrads(p, 0);
  fusedAdamStep(a);
  std::stringstream buffer;
  torch::save(a, buffer);
  torch::optim::Adam b(p.b, torch::optim::AdamOptions(1e-3));
  torch::load(b, buffer);
  ASSERT_EQ(b.state().size(), a.state().size());
  for (auto& group : b.param_groups())
    for (auto& param : group.params()) {
      const auto& s = static_cast<torch::optim::AdamParamState&>(
          *b.state().at(c10::guts::to_string(param.unsafeGetTensorImpl())));
      EXPECT_EQ(s.step(), 1);
    }
}

// The AVX-512 loop against the portable one, bit for bit, on lengths that leave every tail length (0..15
// elements after the last full vector), with and without weight decay, over several steps.
TEST(FusedAdamStep, VectorLoopIsBitIdenticalToTheScalarLoop) {
  std::mt19937 rng(5);
  std::normal_distribution<float> normal(0.0f, 1.0f);
  for (const float decay : {0.0f, 0.1f}) {
    const adam_detail::AdamScalars k{0.5f, 0.999f, 0.5f, 0.001f, decay, 0.0447f, 1e-8f, -2e-4f};
    for (int64_t n = 1; n <= 50; ++n) {
      std::vector<float> p(n), g(n), m(n, 0.0f), v(n, 0.0f);
      for (auto& x : p) x = normal(rng);
      const auto start = p;
      auto p2 = p, m2 = m, v2 = v;
      for (int step = 0; step < 3; ++step) {
        for (auto& x : g) x = normal(rng) * 1e-3f;
        adam_detail::updateScalar(n, p.data(), g.data(), m.data(), v.data(), k);
        if (!adam_detail::updateAvx512(n, p2.data(), g.data(), m2.data(), v2.data(), k))
          GTEST_SKIP() << "this CPU has no AVX-512";
      }
      for (int64_t i = 0; i < n; ++i) {
        ASSERT_EQ(p[i], p2[i]) << "n " << n << " element " << i << " decay " << decay;
        ASSERT_EQ(m[i], m2[i]) << "n " << n << " element " << i;
        ASSERT_EQ(v[i], v2[i]) << "n " << n << " element " << i;
      }
      EXPECT_NE(p2[n - 1], start[n - 1]) << "n " << n << ": the last element was not updated";
    }
  }
}

}  // namespace
}  // namespace colorproxy
