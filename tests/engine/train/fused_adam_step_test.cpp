// fusedAdamStep against torch::optim::Adam::step on the same parameters and gradients.
#include <gtest/gtest.h>

#include <torch/torch.h>

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

}  // namespace
}  // namespace colorproxy
