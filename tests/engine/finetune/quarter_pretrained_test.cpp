// A quarter-resolution classification colorizer (Zhang et al.'s head, classificationStride 4) as the
// pretrained model of fine-tuning: segmentation takes its encoder and the decoder levels it has, and starts
// up0 and up1 (which it lacks) fresh; the 1x1 head is left behind.
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "finetune/finetune_model.h"
#include "finetune/finetune_pretrained.h"
#include "io/checkpoint.h"
#include "io/colorization_model.h"
#include "models/weight_init.h"
#include "models/weight_transfer.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

TEST(QuarterPretrained, SegmentationStartsTheLevelsTheHeadReplacedFresh) {
  test::TempDir tmp;
  torch::manual_seed(4);
  const nlohmann::json settings = {{"pretext", "classification"},
                                   {"classificationStride", 4},
                                   {"ngf", 8},
                                   {"numDowns", 5},
                                   {"imageSize", 32}};
  const ColorizationModelSpec spec = ColorizationModelSpec::fromSettings(settings);
  UNetGenerator g = makeColorizationGenerator(spec);
  initPix2PixWeights(*g);
  CheckpointWriter w;
  w.addModule("generator", *g);
  w.setMeta(nlohmann::json({{"task", "colorization"}, {"settings", settings}}).dump());
  w.save(tmp / "quarter.pt");

  const PretrainedGenerator p = loadPretrainedGenerator(tmp / "quarter.pt");
  FinetuneConfig config;
  config.task = DownstreamTask::Segmentation;
  config.ngf = 8;
  config.numDowns = 5;
  config.imageSize = 32;
  FinetuneModel model(config, 4);
  const TransferReport report = model.transferFrom(p);
  EXPECT_TRUE(contains(report.transferred, "encoder.down0.conv.weight"));
  EXPECT_TRUE(contains(report.transferred, "decoder.up2.conv.weight"));
  EXPECT_TRUE(contains(report.created, "decoder.up0.conv.weight"));
  EXPECT_TRUE(contains(report.created, "decoder.up1.conv.weight"));
  EXPECT_TRUE(contains(report.skipped, "decoder.head.weight"));
  // The copied weights are the generator's; the "transferred" part no longer names up1.
  const auto state = namedState(model.module());
  EXPECT_TRUE(torch::equal(state["decoder.up2.conv.weight"], g->decoder->blocks.front()->conv->weight));
  EXPECT_FALSE(contains(model.transferableNames(), "decoder.up1.conv.weight"));
  EXPECT_TRUE(contains(model.transferableNames(), "decoder.up2.conv.weight"));

  // Multilabel classification reads the encoder only, as from any generator.
  config.task = DownstreamTask::Classification;
  FinetuneModel classifier(config, 3);
  EXPECT_NO_THROW(classifier.transferFrom(p));
}

}  // namespace
}  // namespace colorproxy
