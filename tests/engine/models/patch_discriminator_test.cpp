// PatchGAN: pix2pix's parameter count, map sizes, and the 70x70 receptive field measured by gradients.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include "colorproxy/models/model_size.h"
#include "engine/models/parameter_count.h"
#include "models/patch_discriminator.h"
#include "models/weight_init.h"

namespace colorproxy {
namespace {

using colorproxy::test::countParameters;

class PatchDiscriminatorTest : public ::testing::Test {
 protected:
  PatchDiscriminatorTest() {
    torch::manual_seed(5);
    at::set_num_threads(1);  // tiny tensors: threads only add synchronisation (and stall on a busy machine)
  }
};

TEST_F(PatchDiscriminatorTest, Basic70HasPix2PixParameterCount) {
  PatchDiscriminator d;  // 3 channels (L + ab), ndf 64, n_layers 3
  EXPECT_EQ(countParameters(*d), 2765633);
  EXPECT_EQ(patchGanParameterCount(PatchGanSize{}), 2765633);
}

TEST_F(PatchDiscriminatorTest, ParameterCountFormulaMatchesBuiltModules) {
  for (int64_t ndf : {4, 8})
    for (int64_t layers : {1, 2, 3, 4}) {
      PatchDiscriminator d(PatchDiscriminatorOptions(3).ndf(ndf).nLayers(layers));
      EXPECT_EQ(countParameters(*d), patchGanParameterCount(PatchGanSize{3, ndf, layers, false}));
    }
  PatchDiscriminator s(PatchDiscriminatorOptions(3).ndf(8).variant(PatchVariant::Strided16));
  EXPECT_EQ(countParameters(*s), patchGanParameterCount(PatchGanSize{3, 8, 3, true}));
}

TEST_F(PatchDiscriminatorTest, OutputMapSizes) {
  PatchDiscriminator d(PatchDiscriminatorOptions(3).ndf(4));
  // 256 -> 128 -> 64 -> 32 -> 31 -> 30 (pix2pix's 30x30 map); 64 -> 6.
  EXPECT_EQ(d->forward(torch::randn({2, 3, 256, 256})).sizes(), (std::vector<int64_t>{2, 1, 30, 30}));
  EXPECT_EQ(d->forward(torch::randn({1, 3, 64, 64})).sizes(), (std::vector<int64_t>{1, 1, 6, 6}));
  PatchDiscriminator s(PatchDiscriminatorOptions(3).ndf(4).variant(PatchVariant::Strided16));
  EXPECT_EQ(s->forward(torch::randn({2, 3, 256, 256})).sizes(), (std::vector<int64_t>{2, 1, 16, 16}));
  EXPECT_EQ(s->forward(torch::randn({1, 3, 64, 64})).sizes(), (std::vector<int64_t>{1, 1, 4, 4}));
}

TEST_F(PatchDiscriminatorTest, OnePatchSeesA70x70Window) {
  PatchDiscriminator d(PatchDiscriminatorOptions(3).ndf(4));
  initPix2PixWeights(*d);
  d->eval();  // batch statistics in train mode would couple every pixel to every other
  auto x = torch::randn({1, 3, 128, 128}).requires_grad_(true);
  const auto y = d->forward(x);
  ASSERT_EQ(y.size(2), 14);
  y[0][0][7][7].backward();
  const auto support = x.grad().abs().sum(std::vector<int64_t>{0, 1}) > 0;  // [128, 128]
  const auto rows = torch::nonzero(support.any(1)).flatten();
  const auto cols = torch::nonzero(support.any(0)).flatten();
  // Total stride 8 and padding 1+2+4+8+8 = 23: output p covers input 8p-23 .. 8p+46.
  EXPECT_EQ(rows.numel(), 70);
  EXPECT_EQ(cols.numel(), 70);
  EXPECT_EQ(rows.min().item<int64_t>(), 8 * 7 - 23);
  EXPECT_EQ(rows.max().item<int64_t>(), 8 * 7 + 46);
  EXPECT_EQ(cols.min().item<int64_t>(), 33);
}

TEST_F(PatchDiscriminatorTest, RejectsWrongChannelCountWithAHint) {
  PatchDiscriminator d(PatchDiscriminatorOptions(3).ndf(4));
  try {
    d->forward(torch::randn({1, 2, 64, 64}));
    FAIL() << "expected an exception";
  } catch (const c10::Error& e) {
    EXPECT_NE(std::string(e.what()).find("L concatenated with ab"), std::string::npos);
  }
}

}  // namespace
}  // namespace colorproxy
