// ExperimentConfig: presets, the set() routing, JSON round trip and validation.
#include <gtest/gtest.h>

#include "colorproxy/experiment/experiment_config.h"
#include "colorproxy/experiment/experiment_runner.h"
#include "colorproxy/io/data_folders.h"
#include "experiment/experiment_config_json.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {
namespace fs = std::filesystem;

TEST(ExperimentConfig, QuickPresetUsesTheBundledSamplesConsistently) {
  const fs::path samples = test::sourceDir() / "resources" / "samples";
  const ExperimentConfig c = ExperimentConfig::preset("quick", samples);
  EXPECT_EQ(c.seeds, 3);
  // Pretraining sees no downstream test image: photos, CamVid train, COCO train2017 (the test split is
  // val2017).
  ASSERT_EQ(c.pretrainSources.size(), 3u);
  EXPECT_EQ(c.pretrainSources[0], samples / "photos");
  EXPECT_EQ(c.pretrainSources[1], samples / "camvid" / "train");
  EXPECT_EQ(c.pretrainSources[2], samples / "coco128" / "images" / "train2017");
  EXPECT_EQ(c.segmentation.dataPath, samples / "camvid");
  EXPECT_EQ(c.classification.dataPath, samples / "coco128");
  EXPECT_EQ(c.classification.labelView, "voc20");
  for (const auto* f : {&c.segmentation, &c.classification}) {
    EXPECT_EQ(f->ngf, c.pretrain.ngf);
    EXPECT_EQ(f->numDowns, c.pretrain.numDowns);
  }
  EXPECT_TRUE(c.validate().empty()) << (c.validate().empty() ? "" : c.validate().front());
  const ExperimentConfig paper = ExperimentConfig::preset("paper", "/voc");
  EXPECT_EQ(paper.segmentation.imageSize, 256);
  EXPECT_EQ(paper.segmentation.numDowns, 8);
  EXPECT_EQ(paper.classification.effectiveBatchSize(), 32);
  EXPECT_THROW(ExperimentConfig::preset("fast", samples), std::invalid_argument);
}

// The study preset: CamVid, pretraining on train + val only, >= 128 px, >= 5 seeds (6: a verdict is
// reachable), nested label fractions, iteration budgets with warm-up and cosine decay.
TEST(ExperimentConfig, StudyPresetPretrainsOnTrainAndValOnlyWithLabelFractions) {
  const ExperimentConfig c = ExperimentConfig::preset("study", "/data/camvid");
  EXPECT_EQ(c.tasks, (std::vector<std::string>{"segmentation"}));
  EXPECT_EQ(c.pretrainSources,
            (std::vector<fs::path>{fs::path("/data/camvid/train"), fs::path("/data/camvid/val")}));
  EXPECT_GE(c.seeds, 6);
  EXPECT_GE(c.segmentation.imageSize, 128);
  EXPECT_EQ(c.pretrain.imageSize, c.segmentation.imageSize);
  EXPECT_EQ(c.pretrain.ngf, c.segmentation.ngf);
  EXPECT_EQ(c.pretrain.numDowns, c.segmentation.numDowns);
  EXPECT_TRUE(c.labelEfficiency());
  EXPECT_EQ(c.fractions.back(), 100.0);
  EXPECT_GT(c.segmentation.iterations, 0);
  EXPECT_EQ(c.segmentation.lrSchedule, "cosine");
  EXPECT_GT(c.segmentation.warmupIterations, 0);
  // Nothing wrong but the missing folders.
  for (const auto& p : c.validate()) EXPECT_TRUE(p.find("/data/camvid") != std::string::npos) << p;
}

TEST(ExperimentConfig, FractionsAndPretrainSeedsAreValidatedNamingTheSetting) {
  const fs::path samples = test::sourceDir() / "resources" / "samples";
  ExperimentConfig c = ExperimentConfig::preset("quick", samples);
  c.set("fractions", "5, 10,25,50,100");
  EXPECT_EQ(c.fractions, (std::vector<double>{5, 10, 25, 50, 100}));
  EXPECT_TRUE(c.validate().empty());
  EXPECT_EQ(ExperimentConfig::fromJsonString(c.toJsonString()).fractions, c.fractions);
  EXPECT_THROW(c.set("fractions", "5,ten"), std::invalid_argument);
  c.fractions = {10, 5, 150};
  c.pretrainSeeds = 2;
  c.pretrained = samples / "photos";
  const auto p = c.validate();
  const auto has = [&](const std::string& s) {
    for (const auto& x : p)
      if (x.find(s) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has("fractions must be strictly increasing")) << p.size();
  EXPECT_TRUE(has("fractions: 150 % is out of range"));
  EXPECT_TRUE(has("pretrainSeeds 2 needs pretraining"));
}

TEST(ExperimentConfig, SetRoutesKeysToTheNestedConfigs) {
  ExperimentConfig c = ExperimentConfig::preset("quick", "/samples");
  c.set("seeds", "5");
  c.set("tasks", "segmentation");
  c.set("pretrain.epochs", "2");
  c.set("segmentation.batchSize", "4");
  c.set("finetune.maxImages", "10");
  c.set("imageSize", "96");
  c.set("numDowns", "5");
  EXPECT_EQ(c.seeds, 5);
  EXPECT_EQ(c.tasks, (std::vector<std::string>{"segmentation"}));
  EXPECT_EQ(c.pretrain.epochs, 2);
  EXPECT_EQ(c.segmentation.batchSize, 4);
  EXPECT_EQ(c.segmentation.maxImages, 10);
  EXPECT_EQ(c.classification.maxImages, 10);
  for (int size : {c.pretrain.imageSize, c.segmentation.imageSize, c.classification.imageSize})
    EXPECT_EQ(size, 96);
  EXPECT_EQ(c.pretrain.loadSize, 108);
  EXPECT_EQ(c.classification.numDowns, 5);
  EXPECT_THROW(c.set("nonsense", "1"), std::invalid_argument);
  EXPECT_THROW(c.set("other.key", "1"), std::invalid_argument);
  EXPECT_THROW(c.set("segmentation.nonsense", "1"), std::invalid_argument);
  // Every key the error message lists is settable (learnMargin and segmentationScoring were not).
  c.set("probes", "true");
  c.set("learnMargin", "0.1");
  c.set("segmentationScoring", "network");
  EXPECT_TRUE(c.probes);
  EXPECT_DOUBLE_EQ(c.learnMargin, 0.1);
  EXPECT_EQ(c.segmentationScoring, "network");
  EXPECT_THROW(c.set("probes", "maybe"), std::invalid_argument);
  EXPECT_THROW(c.set("learnMargin", "0.1x"), std::invalid_argument);

  const ExperimentConfig back = experimentConfigFromJson(experimentConfigToJson(c));
  EXPECT_EQ(experimentConfigToJson(back), experimentConfigToJson(c));
  EXPECT_EQ(ExperimentConfig::fromJsonString(c.toJsonString()).toJsonString(), c.toJsonString());
  EXPECT_TRUE(back.probes);
  EXPECT_THROW(experimentConfigFromJson({{"unknown", 1}}), std::invalid_argument);
}

TEST(ExperimentConfig, ValidateCatchesShapeMismatchAndBadTasks) {
  const fs::path samples = test::sourceDir() / "resources" / "samples";
  ExperimentConfig c = ExperimentConfig::preset("quick", samples);
  c.segmentation.ngf = 8;
  c.tasks = {"segmentation", "detection"};
  c.seeds = 0;
  const auto p = c.validate();
  const auto has = [&](const std::string& s) {
    for (const auto& x : p)
      if (x.find(s) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has("segmentation: ngf 8"));
  EXPECT_TRUE(has("task 'detection'"));
  EXPECT_TRUE(has("seeds 0"));
}

TEST(FindSampleData, SearchesUpwardFromAFolderAndFromTheExecutable) {
  const auto fromSource = findSampleData(test::sourceDir() / "engine" / "src", {});
  ASSERT_TRUE(fromSource);
  EXPECT_EQ(*fromSource, fs::weakly_canonical(test::sourceDir() / "resources" / "samples"));
  test::TempDir dir;
  const auto fromExe = findSampleData(dir.path(), test::sourceDir() / "build-x" / "app" / "colorproxy-cli");
  ASSERT_TRUE(fromExe);
}

TEST(FindSampleData, FallsBackToTheSourceTreeRecordedAtConfigureTime) {
  // A build folder outside the source tree: neither the working folder nor the executable leads there.
  test::TempDir dir;
  const auto recorded = recordedDataFolders();
  ASSERT_FALSE(recorded.empty());
  EXPECT_EQ(fs::weakly_canonical(recorded.front()), fs::weakly_canonical(test::sourceDir() / "resources"));
  const auto found = findSampleData(dir.path(), dir / "bin" / "colorproxy-cli");
  ASSERT_TRUE(found);
  EXPECT_EQ(fs::weakly_canonical(*found), fs::weakly_canonical(test::sourceDir() / "resources" / "samples"));
}

}  // namespace
}  // namespace colorproxy
