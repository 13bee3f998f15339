// Label fractions and several pretraining runs end to end on tiny generated data: nested training
// subsets shared by both arms, pretrained arms paired with their own pretraining run, statistics over
// pretraining runs, and the label-efficiency rows in report.json, label_efficiency.csv, report.md and the
// figure.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "../finetune/finetune_test_data.h"
#include "colorproxy/experiment/experiment_runner.h"
#include "colorproxy/io/run_folder.h"
#include "support/json_file.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {
namespace fs = std::filesystem;

class Stages : public ExperimentObserver {
 public:
  void onStageStarted(const ExperimentStage& s) override { names.push_back(s.name); }
  std::vector<std::string> names;
};

using colorproxy::test::readJson;

std::vector<std::vector<std::string>> readCsv(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

TEST(LabelEfficiency, NestedFractionsAndTwoPretrainingRunsGiveTheCurveAndItsStatistics) {
  test::TempDir dir;
  test::makeFinetuneCamVid(dir / "camvid", 8);
  ExperimentConfig c;
  c.runsDir = dir / "runs";
  c.tasks = {"segmentation"};
  c.seeds = 1;
  c.pretrainSeeds = 2;
  c.fractions = {25, 50, 100};
  c.fractionSeed = 3;
  c.pretrainSources = {dir / "camvid" / "train", dir / "camvid" / "val"};
  c.pretrain = ColorizationConfig::preset("tiny");
  c.pretrain.epochs = 1;
  c.pretrain.epochsDecay = 0;
  c.pretrain.loaderWorkers = 0;
  c.pretrain.device = "cpu";
  FinetuneConfig& f = c.segmentation;
  f.task = DownstreamTask::Segmentation;
  f.dataPath = dir / "camvid";
  f.imageSize = 32;
  f.ngf = 8;
  f.numDowns = 5;
  f.batchSize = 2;
  f.loaderWorkers = 0;
  f.previewCount = 0;
  f.device = "cpu";
  f.iterations = 3;  // the same steps on 2, 4 and 8 training images
  c.threads = 1;
  Stages stages;
  StopToken stop;
  const ExperimentResult r = runExperiment(c, stages, stop);
  ASSERT_TRUE(r.completed) << r.error;

  // Two pretraining runs, then per fraction: pretraining run 1 pairs seed 1, run 2 seed 2.
  const std::vector<std::string> expected = {"pretrain",
                                             "pretrain-2",
                                             "segmentation-25pct-baseline-seed1",
                                             "segmentation-25pct-pretrained-seed1",
                                             "segmentation-25pct-baseline-seed2",
                                             "segmentation-25pct-pretrained-seed2",
                                             "segmentation-50pct-baseline-seed1",
                                             "segmentation-50pct-pretrained-seed1",
                                             "segmentation-50pct-baseline-seed2",
                                             "segmentation-50pct-pretrained-seed2",
                                             "segmentation-100pct-baseline-seed1",
                                             "segmentation-100pct-pretrained-seed1",
                                             "segmentation-100pct-baseline-seed2",
                                             "segmentation-100pct-pretrained-seed2"};
  EXPECT_EQ(stages.names, expected);
  ASSERT_EQ(r.pretrainRuns.size(), 2u);
  EXPECT_NE(r.pretrainRuns[0], r.pretrainRuns[1]);

  ASSERT_EQ(r.tasks.size(), 3u);
  const std::vector<std::size_t> sizes = {2, 4, 8};
  for (std::size_t k = 0; k < 3; ++k) {
    const TaskComparison& t = r.tasks[k];
    EXPECT_DOUBLE_EQ(t.fraction, c.fractions[k] / 100.0);
    EXPECT_EQ(t.trainImages, sizes[k]);
    EXPECT_EQ(t.pretrainIndex, (std::vector<int>{0, 1}));
    const MetricComparison& m = t.metrics.front();
    EXPECT_EQ(m.units, 2);
    EXPECT_EQ(m.unitName, "pretraining run");
    // Two units: the sign-flip p is 2/4 when both differences have one sign, else 4/4; never a verdict.
    EXPECT_GE(m.permutationP, 0.5);
    EXPECT_EQ(t.outcome, PairedVerdict::Inconclusive);
    // Both arms of a seed trained the same images, the pretrained one from its own pretraining run, and
    // every run took the iteration budget.
    for (std::size_t s = 0; s < 2; ++s) {
      const auto b = readJson(t.baselineRuns[s] / "report.json");
      const auto p = readJson(t.pretrainedRuns[s] / "report.json");
      EXPECT_EQ(b["data"]["train"], sizes[k]);
      EXPECT_EQ(b["data"]["trainSource"], p["data"]["trainSource"]);
      EXPECT_EQ(b["iterations"], 3);
      EXPECT_EQ(p["iterations"], 3);
      const std::string from = p["pretrained"];
      EXPECT_NE(from.find(r.pretrainRuns[s].filename().string()), std::string::npos) << from;
    }
  }

  // label_efficiency.csv: one row per fraction, agreeing with the per-seed results.
  const auto rows = readCsv(r.dir / "label_efficiency.csv");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0][1], "fraction_percent");
  const auto perSeed = readCsv(r.dir / "results.csv");
  for (std::size_t k = 0; k < 3; ++k) {
    const auto& row = rows[k + 1];
    EXPECT_EQ(row[0], "segmentation");
    EXPECT_DOUBLE_EQ(std::stod(row[1]), c.fractions[k]);
    EXPECT_EQ(row[2], std::to_string(sizes[k]));
    EXPECT_EQ(row[3], "test_mIoU");
    double sumB = 0, sumP = 0;
    int n = 0;
    for (const auto& line : perSeed)
      if (line.size() == 8 && line[1] == "test_mIoU" && line[6] == row[1]) {
        sumB += std::stod(line[3]);
        sumP += std::stod(line[4]);
        ++n;
      }
    ASSERT_EQ(n, 2);
    EXPECT_NEAR(std::stod(row[5]), sumB / 2, 1e-9);
    EXPECT_NEAR(std::stod(row[8]), sumP / 2, 1e-9);
    EXPECT_NEAR(std::stod(row[11]), sumP / 2 - sumB / 2, 1e-9);
    EXPECT_EQ(row[19], "pretraining run");
  }

  // report.json, report.md and the figure.
  const auto j = readJson(r.dir / "report.json");
  ASSERT_EQ(j["labelEfficiency"]["rows"].size(), 3u);
  EXPECT_EQ(j["labelEfficiency"]["rows"][1]["trainImages"], 4);
  EXPECT_EQ(j["labelEfficiency"]["fractionSeed"], 3);
  EXPECT_NE(j["pairing"].get<std::string>().find("one unit per pretraining run"), std::string::npos);
  std::ifstream mdIn(r.dir / "report.md");
  const std::string md((std::istreambuf_iterator<char>(mdIn)), std::istreambuf_iterator<char>());
  EXPECT_NE(md.find("## Label efficiency"), std::string::npos);
  EXPECT_NE(md.find("figures/label-efficiency-segmentation.png"), std::string::npos);
  EXPECT_NE(md.find("## segmentation at 25 % of the labels"), std::string::npos);
  const cv::Mat figure = cv::imread((r.dir / "figures" / "label-efficiency-segmentation.png").string());
  EXPECT_EQ(figure.cols, 1160);
  EXPECT_EQ(figure.rows, 560);
}

}  // namespace
}  // namespace colorproxy
