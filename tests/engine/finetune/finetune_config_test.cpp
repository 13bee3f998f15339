// FinetuneConfig: the paper's defaults, phases text, JSON round trip, validation messages.
#include <algorithm>
#include <stdexcept>

#include <gtest/gtest.h>

#include "colorproxy/finetune/finetune_config.h"
#include "support/test_support.h"
#include "train/config_json.h"

namespace colorproxy {
namespace {

TEST(FinetuneConfig, PaperSchedulesAreTheDefaults) {
  FinetuneConfig c;
  EXPECT_EQ(c.task, DownstreamTask::Classification);
  EXPECT_EQ(c.effectiveBatchSize(), 32);
  EXPECT_EQ(formatPhases(c.effectivePhases()), "4@0.0003");
  c.init = "pretrained:/x";
  EXPECT_TRUE(c.pretrained());
  EXPECT_EQ(c.pretrainedPath(), "/x");
  EXPECT_EQ(formatPhases(c.effectivePhases()), "3@0.0003/transferred,1@5e-05");
  EXPECT_EQ(c.totalEpochs(), 4);
  c.task = DownstreamTask::Segmentation;
  EXPECT_EQ(c.effectiveBatchSize(), 16);
  EXPECT_EQ(formatPhases(c.effectivePhases()), "1@0.0003/transferred,5@0.0003");
  c.init = "random";
  EXPECT_EQ(formatPhases(c.effectivePhases()), "6@0.0003");
  EXPECT_EQ(c.totalEpochs(), 6);
  // epochScale keeps the proportions (and so baseline and pretrained keep equal lengths).
  c.epochScale = 3;
  EXPECT_EQ(formatPhases(c.effectivePhases()), "18@0.0003");
  c.init = "pretrained:/x";
  EXPECT_EQ(formatPhases(c.effectivePhases()), "3@0.0003/transferred,15@0.0003");
  c.phases = parsePhases("2@0.01");
  EXPECT_EQ(c.totalEpochs(), 6);
}

TEST(FinetuneConfig, PhasesTextRoundTripsAndRejectsNonsense) {
  const auto phases = parsePhases(" 2@1e-3/encoder+decoder.up3 , 1@5e-5");
  ASSERT_EQ(phases.size(), 2u);
  EXPECT_EQ(phases[0].epochs, 2);
  EXPECT_DOUBLE_EQ(phases[0].lr, 1e-3);
  EXPECT_EQ(phases[0].frozen, (std::vector<std::string>{"encoder", "decoder.up3"}));
  EXPECT_TRUE(phases[1].frozen.empty());
  EXPECT_EQ(parsePhases(formatPhases(phases)), phases);
  EXPECT_TRUE(parsePhases("").empty());
  for (const char* bad : {"3", "x@1e-3", "2@fast", "2@1e-3/"}) {
    try {
      parsePhases(bad);
      FAIL() << bad;
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("epochs@lr"), std::string::npos) << e.what();
    }
  }
}

TEST(FinetuneConfig, JsonRoundTripKeepsEveryField) {
  FinetuneConfig c;
  c.task = DownstreamTask::Segmentation;
  c.dataPath = "/data/camvid";
  c.phases = parsePhases("1@0.001/transferred,2@0.0001");
  c.imageSize = 96;
  c.numDowns = 5;
  c.ngf = 12;
  c.classWeights = "median-frequency";
  c.seed = 42;
  c.head = "gap";
  c.runName = "baseline-seed42";
  const FinetuneConfig back = FinetuneConfig::fromJsonString(c.toJsonString());
  EXPECT_EQ(configToJson(back), configToJson(c));
  EXPECT_EQ(back.phases, c.phases);
  // A run's config.json wraps the settings; the phases may also come as text.
  const auto wrapped =
      configFromJson<FinetuneConfig>({{"task", "finetune-x"}, {"settings", {{"phases", "2@0.01"}}}});
  EXPECT_EQ(formatPhases(wrapped.phases), "2@0.01");
}

TEST(FinetuneConfig, SetAndGetUseTheTextForms) {
  FinetuneConfig c;
  c.set("imageSize", "64");
  c.set("phases", "3@3e-4/transferred,1@5e-5");
  c.set("bf16", "yes");
  c.set("seed", "12");
  EXPECT_EQ(c.imageSize, 64);
  EXPECT_TRUE(c.bf16);
  EXPECT_EQ(c.seed, 12u);
  EXPECT_EQ(c.get("phases"), "3@0.0003/transferred,1@5e-05");
  EXPECT_EQ(c.get("imageSize"), "64");
  EXPECT_THROW(c.set("imageSize", "big"), std::invalid_argument);
  try {
    c.set("imageSzie", "64");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("imageSzie"), std::string::npos);
  }
  EXPECT_THROW(configFromJson<FinetuneConfig>({{"imageSize", "64"}}), std::invalid_argument);
  EXPECT_THROW(configFromJson<FinetuneConfig>({{"seed", -1}}), std::invalid_argument);
}

TEST(FinetuneConfig, ValidateNamesEachBadField) {
  test::TempDir dir;
  FinetuneConfig c;
  c.dataPath = dir.path();
  EXPECT_TRUE(c.validate().empty());
  c.imageSize = 100;  // not a multiple of 2^8
  c.init = "imagenet";
  c.dataFormat = DatasetFormat::Folder;  // a reader fine-tuning cannot use
  c.phases = parsePhases("0@0.1");
  const auto problems = c.validate();
  const auto has = [&](const std::string& text) {
    for (const auto& p : problems)
      if (p.find(text) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has("imageSize 100 must be a multiple of 2^numDowns = 256"));
  EXPECT_TRUE(has("init 'imagenet'"));
  EXPECT_TRUE(has("dataFormat 'folder' is not one of: auto, coco, voc, camvid"));
  EXPECT_TRUE(has("epochs must be at least 1"));
  c = FinetuneConfig();
  c.dataPath = dir.path();
  c.init = "pretrained:" + (dir.path() / "missing").string();
  ASSERT_EQ(c.validate().size(), 1u);
  EXPECT_NE(c.validate()[0].find("does not exist"), std::string::npos);
}

// Choices are enums in the struct and the same strings as before on disk: a config.json written before
// they were enums still loads, and an unknown choice is refused naming the key and the choices.
TEST(FinetuneConfig, ChoicesAreEnumsWithTheSameStringsOnDisk) {
  const FinetuneConfig c = FinetuneConfig::fromJsonString(
      R"({"task": "finetune-segmentation", "settings": {"task": "segmentation", "dataFormat": "camvid",
          "badFilePolicy": "fail", "phases": "1@0.001"}})");
  EXPECT_EQ(c.task, DownstreamTask::Segmentation);
  EXPECT_EQ(c.dataFormat, DatasetFormat::CamVid);
  EXPECT_EQ(c.badFilePolicy, BadInputPolicy::Fail);
  const nlohmann::json j = configToJson(c);
  EXPECT_EQ(j.at("task"), "segmentation");
  EXPECT_EQ(j.at("dataFormat"), "camvid");
  EXPECT_EQ(j.at("badFilePolicy"), "fail");
  EXPECT_EQ(c.get("task"), "segmentation");
  FinetuneConfig d;
  d.set("task", "segmentation");
  d.set("dataFormat", "voc");
  EXPECT_EQ(d.task, DownstreamTask::Segmentation);
  EXPECT_EQ(d.dataFormat, DatasetFormat::Voc);
  try {
    d.set("task", "detection");
    FAIL() << "an unknown task was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("setting 'task' must be one of: classification, segmentation"),
              std::string::npos)
        << e.what();
  }
  EXPECT_THROW(configFromJson<FinetuneConfig>({{"badFilePolicy", "ignore"}}), std::invalid_argument);
  const auto& fields = FinetuneConfig::fields();
  const auto task =
      std::find_if(fields.begin(), fields.end(), [](const ConfigField& f) { return f.key == "task"; });
  ASSERT_NE(task, fields.end());
  EXPECT_EQ(task->choices, (std::vector<std::string>{"classification", "segmentation"}));
}

}  // namespace
}  // namespace colorproxy
