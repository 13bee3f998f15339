// GanStep against a pix2pix step written out here with torch::nn losses (both layouts), plus bf16 /
// channels-last training stability, gradients released after the updates, and the NaN guard.
#include <gtest/gtest.h>

#include <map>

#include <torch/torch.h>

#include "models/conv4x4.h"
#include "models/patch_discriminator.h"
#include "models/unet_generator.h"
#include "models/weight_init.h"
#include "pretrain/gan_step.h"

namespace colorproxy {
namespace {

struct Nets {
  UNetGenerator g{nullptr};
  PatchDiscriminator d{nullptr};
  std::unique_ptr<torch::optim::Adam> optG, optD;
};

Nets makeNets(double dropout = 0.5) {
  Nets n;
  n.g = UNetGenerator(UNetGeneratorOptions(1, 2).ngf(8).numDowns(5).dropout(dropout));
  n.d = PatchDiscriminator(PatchDiscriminatorOptions(3).ndf(8));
  initPix2PixWeights(*n.g);
  initPix2PixWeights(*n.d);
  const auto adam = torch::optim::AdamOptions(2e-4).betas({0.5, 0.999});
  n.optG = std::make_unique<torch::optim::Adam>(n.g->parameters(), adam);
  n.optD = std::make_unique<torch::optim::Adam>(n.d->parameters(), adam);
  return n;
}

Nets cloneNets(const Nets& from) {
  Nets n;
  n.g = UNetGenerator(std::dynamic_pointer_cast<UNetGeneratorImpl>(from.g->clone()));
  n.d = PatchDiscriminator(std::dynamic_pointer_cast<PatchDiscriminatorImpl>(from.d->clone()));
  const auto adam = torch::optim::AdamOptions(2e-4).betas({0.5, 0.999});
  n.optG = std::make_unique<torch::optim::Adam>(n.g->parameters(), adam);
  n.optD = std::make_unique<torch::optim::Adam>(n.d->parameters(), adam);
  return n;
}

// pix2pix's Pix2PixModel.optimize_parameters, spelled out with torch::nn loss modules.
GanLosses referenceStep(Nets& n, const torch::Tensor& L, const torch::Tensor& ab, bool lsgan) {
  auto criterion = [lsgan](const torch::Tensor& pred, bool real) {
    const auto target = real ? torch::ones_like(pred) : torch::zeros_like(pred);
    return lsgan ? torch::nn::MSELoss()(pred, target) : torch::nn::BCEWithLogitsLoss()(pred, target);
  };
  n.g->train();
  n.d->train();
  const auto fake = n.g->forward(L);
  for (auto& p : n.d->parameters()) p.set_requires_grad(true);
  n.optD->zero_grad();
  const auto dFake = criterion(n.d->forward(torch::cat({L, fake.detach()}, 1)), false);
  const auto dReal = criterion(n.d->forward(torch::cat({L, ab}, 1)), true);
  ((dFake + dReal) * 0.5).backward();
  n.optD->step();
  for (auto& p : n.d->parameters()) p.set_requires_grad(false);
  n.optG->zero_grad();
  const auto gGan = criterion(n.d->forward(torch::cat({L, fake}, 1)), true);
  const auto gL1 = torch::nn::L1Loss()(fake, ab) * 100.0;
  (gGan + gL1).backward();
  n.optG->step();
  for (auto& p : n.d->parameters()) p.set_requires_grad(true);
  return {gGan.item<double>(), gL1.item<double>(), dReal.item<double>(), dFake.item<double>()};
}

void expectSameParameters(const torch::nn::Module& a, const torch::nn::Module& b, double tol) {
  const auto pa = a.named_parameters(), pb = b.named_parameters();
  ASSERT_EQ(pa.size(), pb.size());
  for (const auto& item : pa) {
    const double err = (item.value() - pb[item.key()]).abs().max().item<double>();
    EXPECT_LE(err, tol) << item.key();
  }
}

// Smooth, learnable pairs: ab is a fixed function of L.
std::pair<torch::Tensor, torch::Tensor> makeBatch(int64_t n, int64_t side) {
  auto L = torch::nn::functional::interpolate(torch::rand({n, 1, side / 4, side / 4}) * 2 - 1,
                                              torch::nn::functional::InterpolateFuncOptions()
                                                  .size(std::vector<int64_t>{side, side})
                                                  .mode(torch::kBilinear)
                                                  .align_corners(false));
  auto ab = torch::cat({0.6 * L, -0.4 * L.pow(2) + 0.2}, 1);
  return {L.contiguous(), ab.contiguous()};
}

class GanStepTest : public ::testing::Test {
 protected:
  GanStepTest() {
    torch::manual_seed(17);
    at::set_num_threads(1);  // tiny tensors: threads only add synchronisation (and stall on a busy machine)
  }
};

TEST_F(GanStepTest, MatchesThePix2PixStepInFp32) {
  // Both layouts: channels-last (the default) must compute the plain NCHW step of the reference.
  for (const auto& [lsgan, channelsLast] : {std::pair{false, false}, {true, false}, {false, true}}) {
    SCOPED_TRACE("lsgan " + std::to_string(lsgan) + " channelsLast " + std::to_string(channelsLast));
    Nets ours = makeNets();
    Nets ref = cloneNets(ours);
    GanStepOptions opts;
    opts.bf16 = false;
    opts.channelsLast = channelsLast;
    opts.ganMode = lsgan ? GanMode::LSGAN : GanMode::Vanilla;
    GanStep step(ours.g, ours.d, *ours.optG, *ours.optD, opts);
    for (int i = 0; i < 2; ++i) {
      const auto [L, ab] = makeBatch(2, 32);
      torch::manual_seed(100 + i);  // the same dropout masks in both
      const GanLosses a = step.step(L, ab);
      torch::manual_seed(100 + i);
      const GanLosses b = referenceStep(ref, L, ab, lsgan);
      EXPECT_NEAR(a.gGan, b.gGan, 1e-5) << "lsgan " << lsgan << " step " << i;
      EXPECT_NEAR(a.gL1, b.gL1, 1e-4);
      EXPECT_NEAR(a.dReal, b.dReal, 1e-5);
      EXPECT_NEAR(a.dFake, b.dFake, 1e-5);
    }
    expectSameParameters(*ours.g, *ref.g, 1e-5);
    expectSameParameters(*ours.d, *ref.d, 1e-5);
    EXPECT_EQ(step.lastFake().sizes(), (std::vector<int64_t>{2, 2, 32, 32}));
    for (const auto& p : ours.d->parameters()) EXPECT_TRUE(p.requires_grad());
  }
}

TEST_F(GanStepTest, VanillaLossesAreBinaryCrossEntropiesOfTheDiscriminator) {
  // Before any update, D_real = mean softplus(-D(L, ab)) computed here from a copy of D.
  Nets n = makeNets(0.0);
  Nets copy = cloneNets(n);
  const auto [L, ab] = makeBatch(2, 32);
  copy.d->train();
  torch::Tensor expected;
  {
    torch::NoGradGuard noGrad;
    expected = torch::softplus(-copy.d->forward(torch::cat({L, ab}, 1))).mean();
  }
  GanStepOptions opts;
  opts.bf16 = false;
  GanStep step(n.g, n.d, *n.optG, *n.optD, opts);
  EXPECT_NEAR(step.step(L, ab).dReal, expected.item<double>(), 1e-5);
}

TEST_F(GanStepTest, Bf16ChannelsLastTrainingLowersTheL1Loss) {
  for (bool channelsLast : {false, true}) {
    torch::manual_seed(5);
    Nets n = makeNets();
    GanStepOptions opts;
    opts.bf16 = true;
    opts.channelsLast = channelsLast;
    GanStep step(n.g, n.d, *n.optG, *n.optD, opts);
    const auto [L, ab] = makeBatch(4, 32);
    std::vector<double> l1;
    for (int i = 0; i < 40; ++i) {
      const GanLosses losses = step.step(L, ab);
      for (double v : {losses.gGan, losses.gL1, losses.dReal, losses.dFake}) ASSERT_TRUE(std::isfinite(v));
      l1.push_back(losses.gL1);
    }
    const double first = (l1[0] + l1[1] + l1[2]) / 3, last = (l1[37] + l1[38] + l1[39]) / 3;
    EXPECT_LT(last, 0.7 * first) << "channelsLast " << channelsLast << ": G_L1 " << first << " -> " << last;
    for (const auto& p : n.g->parameters()) {
      EXPECT_EQ(p.scalar_type(), torch::kFloat);  // fp32 master weights
      EXPECT_TRUE(torch::isfinite(p).all().item<bool>());
    }
  }
}

// bf16 steps with each convolution pass by its per-shape algorithm (models/conv4x4: GEMMs, flipped-kernel
// input gradients) against the same step with oneDNN's convolution for every pass, both measured against
// the fp32 step: the per-shape passes may not be further from fp32 than oneDNN's own bf16 passes are.
// ngf/ndf 16 so that every kind of pass occurs.
TEST_F(GanStepTest, PerShapeConvolutionPassesAreAsCloseToFp32AsOneDnn) {
  torch::manual_seed(3);
  Nets base;
  base.g = UNetGenerator(UNetGeneratorOptions(1, 2).ngf(16).numDowns(5).dropout(0.0));
  base.d = PatchDiscriminator(PatchDiscriminatorOptions(3).ndf(16));
  initPix2PixWeights(*base.g);
  initPix2PixWeights(*base.d);
  const auto [L, ab] = makeBatch(2, 32);
  // run 0: bf16, per-shape passes; 1: bf16, oneDNN only; 2: fp32.
  std::map<std::string, torch::Tensor> grads[3];
  GanLosses losses[3];
  for (int run = 0; run < 3; ++run) {
    Nets n = cloneNets(base);
    setConvPassPicking(run == 0);
    GanStepOptions opts;
    opts.bf16 = run < 2;
    GanStep step(n.g, n.d, *n.optG, *n.optD, opts);
    step.setGradientSync([&, run](torch::nn::Module& m) {
      const std::string prefix = &m == n.d.get() ? "D." : "G.";
      for (const auto& item : m.named_parameters())
        grads[run][prefix + item.key()] = item.value().grad().detach().to(torch::kFloat).clone();
    });
    losses[run] = step.step(L, ab);
  }
  setConvPassPicking(true);
  const auto lossError = [&](int run) {
    double e = 0.0;
    for (const auto member : {&GanLosses::gGan, &GanLosses::gL1, &GanLosses::dReal, &GanLosses::dFake})
      e = std::max(e, std::abs(losses[run].*member - losses[2].*member) / std::abs(losses[2].*member));
    return e;
  };
  EXPECT_LE(lossError(0), 2.0 * lossError(1) + 1e-3) << lossError(0) << " vs oneDNN " << lossError(1);
  ASSERT_EQ(grads[0].size(), grads[2].size());
  ASSERT_GT(grads[0].size(), 20u);
  // Over all parameters: the distance of the whole gradient vector from fp32's.
  double ours = 0.0, onednn = 0.0, norm = 0.0;
  for (const auto& [name, reference] : grads[2]) {
    ours += (grads[0].at(name) - reference).pow(2).sum().item<double>();
    onednn += (grads[1].at(name) - reference).pow(2).sum().item<double>();
    norm += reference.pow(2).sum().item<double>();
  }
  ours = std::sqrt(ours / norm);
  onednn = std::sqrt(onednn / norm);
  EXPECT_GT(onednn, 0.0);  // bf16 does differ from fp32 (the comparison is not vacuous)
  EXPECT_LE(ours, 1.5 * onednn) << "relative gradient error: per-shape passes " << ours << ", oneDNN "
                                << onednn;
}

TEST_F(GanStepTest, GradientsAreReleasedAfterEachUpdateButSeenByTheSyncHook) {
  Nets n = makeNets();
  GanStep step(n.g, n.d, *n.optG, *n.optD, GanStepOptions{});
  std::vector<std::string> synced;
  step.setGradientSync([&](torch::nn::Module& m) {
    int64_t defined = 0;
    for (const auto& p : m.parameters()) defined += p.grad().defined() ? 1 : 0;
    EXPECT_EQ(defined, static_cast<int64_t>(m.parameters().size())) << m.name();
    synced.push_back(&m == n.d.get() ? "D" : "G");
  });
  const auto [L, ab] = makeBatch(2, 32);
  for (int i = 0; i < 2; ++i) step.step(L, ab);
  EXPECT_EQ(synced, (std::vector<std::string>{"D", "G", "D", "G"}));
  for (const auto* m :
       {static_cast<torch::nn::Module*>(n.g.get()), static_cast<torch::nn::Module*>(n.d.get())})
    for (const auto& p : m->parameters()) EXPECT_FALSE(p.grad().defined()) << m->name();
}

TEST_F(GanStepTest, NonFiniteLossStopsBeforeTheUpdate) {
  Nets n = makeNets();
  GanStep step(n.g, n.d, *n.optG, *n.optD, GanStepOptions{});
  auto [L, ab] = makeBatch(2, 32);
  L[0][0][3][3] = std::numeric_limits<float>::quiet_NaN();
  std::vector<torch::Tensor> before;
  for (const auto& p : n.d->parameters()) before.push_back(p.detach().clone());
  try {
    step.step(L, ab);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("D_fake is NaN"), std::string::npos) << msg;
    EXPECT_NE(msg.find("before the update"), std::string::npos) << msg;
  }
  const auto after = n.d->parameters();
  for (size_t i = 0; i < after.size(); ++i) EXPECT_TRUE(torch::equal(after[i], before[i]));
}

TEST_F(GanStepTest, RejectsBadShapesAndSettings) {
  Nets n = makeNets();
  GanStep step(n.g, n.d, *n.optG, *n.optD, GanStepOptions{});
  try {
    step.step(torch::zeros({2, 1, 32, 32}), torch::zeros({2, 3, 32, 32}));
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("ab [N, 2, H, W]"), std::string::npos) << e.what();
  }
  EXPECT_THROW(step.step(torch::zeros({2, 1, 32, 32}), torch::zeros({1, 2, 32, 32})), std::invalid_argument);
  GanStepOptions bad;
  bad.lambdaL1 = -1.0;
  EXPECT_THROW(GanStep(n.g, n.d, *n.optG, *n.optD, bad), std::invalid_argument);
  EXPECT_EQ(parseGanMode("lsgan"), GanMode::LSGAN);
  EXPECT_THROW(parseGanMode("wgan"), std::invalid_argument);
}

}  // namespace
}  // namespace colorproxy
