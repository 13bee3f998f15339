// pix2pix initialisation statistics: N(0, 0.02) weights, N(1, 0.02) batch-norm scales, zero biases.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include "models/patch_discriminator.h"
#include "models/unet_generator.h"
#include "models/weight_init.h"

namespace colorproxy {
namespace {

TEST(WeightInit, GeneratorAndDiscriminatorFollowPix2PixStatistics) {
  torch::manual_seed(11);
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(16).numDowns(6));
  PatchDiscriminator d(PatchDiscriminatorOptions(3).ndf(16));
  initPix2PixWeights(*g);
  initPix2PixWeights(*d);
  std::vector<torch::Tensor> convWeights, normWeights, biases;
  for (auto* m : {static_cast<torch::nn::Module*>(g.get()), static_cast<torch::nn::Module*>(d.get())}) {
    for (const auto& p : m->named_parameters()) {
      const auto& name = p.key();
      const bool isBias = name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0;
      if (isBias)
        biases.push_back(p.value().flatten());
      else if (p.value().dim() == 1)
        normWeights.push_back(p.value().flatten());
      else
        convWeights.push_back(p.value().flatten());
    }
  }
  const auto conv = torch::cat(convWeights), norm = torch::cat(normWeights), bias = torch::cat(biases);
  ASSERT_GT(conv.numel(), 100000);
  ASSERT_GT(norm.numel(), 300);
  // Standard errors: mean 0.02/sqrt(n); std of a sample std ~ 0.02/sqrt(2n).
  EXPECT_NEAR(conv.mean().item<double>(), 0.0, 5 * 0.02 / std::sqrt(conv.numel()));
  EXPECT_NEAR(conv.std().item<double>(), 0.02, 5 * 0.02 / std::sqrt(2.0 * conv.numel()));
  EXPECT_NEAR(norm.mean().item<double>(), 1.0, 5 * 0.02 / std::sqrt(norm.numel()));
  EXPECT_NEAR(norm.std().item<double>(), 0.02, 0.2 * 0.02);
  EXPECT_EQ(bias.abs().max().item<double>(), 0.0);
}

TEST(WeightInit, IsReproducibleFromTheSeed) {
  UNetGenerator a(UNetGeneratorOptions(1, 2).ngf(4).numDowns(5));
  UNetGenerator b(UNetGeneratorOptions(1, 2).ngf(4).numDowns(5));
  torch::manual_seed(1);
  initPix2PixWeights(*a);
  torch::manual_seed(1);
  initPix2PixWeights(*b);
  const auto pa = a->parameters(), pb = b->parameters();
  for (size_t i = 0; i < pa.size(); ++i) EXPECT_TRUE(torch::equal(pa[i], pb[i]));
}

TEST(WeightInit, LinearLayersToo) {
  torch::manual_seed(2);
  torch::nn::Linear fc(400, 300);
  initPix2PixWeights(*fc);
  EXPECT_NEAR(fc->weight.std().item<double>(), 0.02, 0.001);
  EXPECT_EQ(fc->bias.abs().sum().item<double>(), 0.0);
}

}  // namespace
}  // namespace colorproxy
