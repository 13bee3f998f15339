// A hint-conditioned colorizer (pretrain --hints) as the pretrained model of fine-tuning: fine-tuning
// feeds L only, so the hint inputs are zero and the first layer keeps its L weights.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "finetune/finetune_pretrained.h"
#include "io/checkpoint.h"
#include "io/colorization_model.h"
#include "models/weight_init.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

TEST(HintPretrained, FineTuningTakesTheLSliceOfAHintModelsFirstLayer) {
  test::TempDir tmp;
  torch::manual_seed(8);
  ColorizationModelSpec spec;
  spec.ngf = 8;
  spec.numDowns = 5;
  spec.imageSize = 32;
  spec.hints = true;
  UNetGenerator g = makeColorizationGenerator(spec);
  initPix2PixWeights(*g);
  CheckpointWriter w;
  w.addModule("generator", *g);
  w.setMeta(nlohmann::json({{"task", "colorization"},
                            {"settings", {{"ngf", 8}, {"numDowns", 5}, {"imageSize", 32}, {"hints", true}}}})
                .dump());
  w.save(tmp / "hints.pt");

  PretrainedGenerator p = loadPretrainedGenerator(tmp / "hints.pt");
  EXPECT_EQ(p.inChannels, 1);
  EXPECT_NO_THROW(requireCompatible(p, 8, 5));
  const torch::Tensor full = g->encoder->blocks.front()->conv->weight;
  const torch::Tensor sliced = p.state["encoder.down0.conv.weight"];
  ASSERT_EQ(sliced.sizes(), torch::IntArrayRef({8, 1, 4, 4}));
  // The same first-layer response to L as the hint model gives with no hints.
  torch::NoGradGuard noGrad;
  const torch::Tensor l = torch::randn({2, 1, 32, 32});
  const torch::Tensor withZeroHints = torch::conv2d(generatorInput(l, {}, spec), full, {}, 2, 1);
  EXPECT_TRUE(torch::allclose(torch::conv2d(l, sliced, {}, 2, 1), withZeroHints, 1e-6, 1e-6));
}

}  // namespace
}  // namespace colorproxy
