// runExperiment end to end on tiny generated data: reused pretrained checkpoint, both tasks, two seeds;
// the report files and their structure; stage notifications; a bad setting fails before any work.
#include <gtest/gtest.h>

#include <fstream>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "../train/finetune_test_data.h"
#include "colorproxy/experiment/experiment_runner.h"
#include "colorproxy/io/run_folder.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {
namespace fs = std::filesystem;

/// Records the stages and counts the iterations.
class StageRecorder : public ExperimentObserver {
 public:
  void onStageStarted(const ExperimentStage& s) override { started.push_back(s); }
  void onStageFinished(const ExperimentStage& s, bool ok, double) override {
    finished.push_back(s.name);
    allOk = allOk && ok;
  }
  void onIteration(const IterationStats& s) override { runNames.insert(s.runName); }
  std::vector<ExperimentStage> started;
  std::vector<std::string> finished;
  std::set<std::string> runNames;
  bool allOk = true;
};

FinetuneConfig tiny(const std::string& task, const fs::path& data) {
  FinetuneConfig f;
  f.task = task;
  f.dataPath = data;
  f.imageSize = 32;
  f.ngf = 8;
  f.numDowns = 5;
  f.hidden = 32;
  f.batchSize = 4;
  f.loaderWorkers = 0;
  f.previewCount = 1;
  f.device = "cpu";
  return f;
}

nlohmann::json readJson(const fs::path& file) {
  std::ifstream in(file);
  return nlohmann::json::parse(in);
}

TEST(ExperimentRunner, ReusedGeneratorBothTasksTwoSeedsWritesTheFullReport) {
  test::TempDir dir;
  test::makeFinetuneCamVid(dir / "camvid", 4);
  test::makeFinetuneYolo(dir / "coco", 8);
  ExperimentConfig c;
  c.name = "tiny";
  c.runsDir = dir / "runs";
  c.seeds = 2;
  c.pretrained = test::makePretrainedRun(dir.path(), 8, 5);
  c.segmentation = tiny("segmentation", dir / "camvid");
  c.segmentation.phases = parsePhases("1@0.001");  // one epoch: the test is about plumbing, not learning
  c.classification = tiny("classification", dir / "coco");
  c.classification.phases = parsePhases("1@0.001");
  c.exampleCount = 2;
  c.threads = 1;
  StageRecorder rec;
  StopToken stop;
  const ExperimentResult r = runExperiment(c, rec, stop);
  ASSERT_TRUE(r.completed) << r.error;
  EXPECT_TRUE(r.pretrainReused);

  // 2 tasks x 2 seeds x 2 inits, announced in order with names the GUI can show.
  ASSERT_EQ(rec.started.size(), 8u);
  EXPECT_EQ(rec.started[0].name, "segmentation-baseline-seed1");
  EXPECT_EQ(rec.started[1].name, "segmentation-pretrained-seed1");
  EXPECT_EQ(rec.started[1].init, "pretrained");
  EXPECT_EQ(rec.started[7].name, "classification-pretrained-seed2");
  EXPECT_EQ(rec.started[7].count, 8);
  EXPECT_TRUE(rec.allOk);
  EXPECT_TRUE(rec.runNames.count("classification-baseline-seed2"));

  // Files.
  for (const char* name : {"report.md", "report.json", "results.csv", "summary.csv", "per_class.csv", "config.json",
                           "status.json", "figures/loss-segmentation.png", "figures/loss-classification.png",
                           "figures/examples-segmentation.png", "figures/examples-classification.png"})
    EXPECT_TRUE(fs::is_regular_file(r.dir / name)) << name;
  EXPECT_EQ(RunFolder(r.dir).readStatus().state, RunState::Completed);
  const cv::Mat loss = cv::imread((r.dir / "figures/loss-segmentation.png").string());
  EXPECT_EQ(loss.cols, 900);
  const cv::Mat examples = cv::imread((r.dir / "figures/examples-segmentation.png").string());
  EXPECT_GT(examples.rows, 2 * 128);  // header + two example rows

  // report.json structure and its agreement with the child runs' own reports.
  const auto j = readJson(r.dir / "report.json");
  EXPECT_EQ(j["kind"], "experiment");
  ASSERT_EQ(j["tasks"].size(), 2u);
  for (const auto& t : j["tasks"]) {
    EXPECT_EQ(t["seeds"], nlohmann::json::array({1, 2}));
    ASSERT_FALSE(t["metrics"].empty());
    EXPECT_EQ(t["metrics"][0]["name"], t["primaryMetric"]);
    EXPECT_EQ(t["metrics"][0]["baseline"].size(), 2u);
    EXPECT_EQ(t["runs"]["baseline"].size(), 2u);
    EXPECT_FALSE(t["verdict"].get<std::string>().empty());
    EXPECT_EQ(t["perClass"].size(), 3u);
    for (std::size_t s = 0; s < 2; ++s) {
      const auto child = readJson(r.dir / t["runs"]["pretrained"][s].get<std::string>() / "report.json");
      EXPECT_EQ(child["init"], "pretrained");
      EXPECT_EQ(child["seed"], s + 1);
      const std::string metric = t["primaryMetric"];
      EXPECT_EQ(child["test"]["metrics"][metric], t["metrics"][0]["pretrained"][s]);
    }
  }
  // The paired differences in the CSV are pretrained - baseline of the same seed.
  std::ifstream csv(r.dir / "results.csv");
  std::string header, line;
  std::getline(csv, header);
  EXPECT_EQ(header, "task,metric,seed,baseline,pretrained,difference");
  int rows = 0;
  while (std::getline(csv, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');) cells.push_back(cell);
    ASSERT_EQ(cells.size(), 6u) << line;
    if (!cells[3].empty() && !cells[4].empty()) {
      EXPECT_NEAR(std::stod(cells[5]), std::stod(cells[4]) - std::stod(cells[3]), 1e-8) << line;
    }
    ++rows;
  }
  EXPECT_EQ(rows, 2 * (4 + 6));  // seeds x (segmentation metrics + classification metrics)

  // The markdown carries the verdicts and the table; the text table names both tasks.
  std::ifstream mdIn(r.dir / "report.md");
  const std::string md((std::istreambuf_iterator<char>(mdIn)), std::istreambuf_iterator<char>());
  for (const auto& t : r.tasks) EXPECT_NE(md.find(t.verdict), std::string::npos);
  EXPECT_NE(md.find("figures/loss-classification.png"), std::string::npos);
  EXPECT_NE(r.table.find("segmentation"), std::string::npos);
  EXPECT_NE(r.table.find("test_mAP"), std::string::npos);
}

TEST(ExperimentRunner, RefusesMismatchedShapesBeforeTraining) {
  test::TempDir dir;
  test::makeFinetuneCamVid(dir / "camvid", 2);
  ExperimentConfig c;
  c.runsDir = dir / "runs";
  c.tasks = {"segmentation"};
  c.seeds = 1;
  c.pretrained = test::makePretrainedRun(dir.path(), 16, 5);
  c.segmentation = tiny("segmentation", dir / "camvid");
  StageRecorder rec;
  StopToken stop;
  const ExperimentResult r = runExperiment(c, rec, stop);
  EXPECT_FALSE(r.completed);
  EXPECT_NE(r.error.find("ngf 16"), std::string::npos) << r.error;
  EXPECT_TRUE(rec.started.empty());
  EXPECT_EQ(RunFolder(r.dir).readStatus().state, RunState::Failed);

  c.tasks = {"segmentation", "segmentation"};
  const ExperimentResult twice = runExperiment(c, rec, stop);
  EXPECT_NE(twice.error.find("listed twice"), std::string::npos) << twice.error;
  EXPECT_TRUE(twice.dir.empty());
}

TEST(ExperimentRunner, PretrainsWhenNoGeneratorIsGiven) {
  test::TempDir dir;
  test::makeFinetuneCamVid(dir / "camvid", 4);
  fs::create_directories(dir / "photos");
  for (int i = 0; i < 6; ++i)
    cv::imwrite((dir / "photos" / ("photo" + std::to_string(i) + ".jpg")).string(),
                test::makeColourImage(48, 40, unsigned(i + 3)));
  ExperimentConfig c;
  c.runsDir = dir / "runs";
  c.tasks = {"segmentation"};
  c.seeds = 1;
  // camvid/test as a pretraining source on purpose: the report must notice the overlap.
  c.pretrainSources = {dir / "photos", dir / "camvid" / "test"};
  c.pretrain = ColorizationConfig::preset("tiny");
  c.pretrain.epochs = 1;
  c.pretrain.epochsDecay = 0;
  c.pretrain.loaderWorkers = 0;
  c.pretrain.device = "cpu";
  c.segmentation = tiny("segmentation", dir / "camvid");
  c.segmentation.phases = parsePhases("1@0.001/transferred");
  c.threads = 1;
  StageRecorder rec;
  StopToken stop;
  const ExperimentResult r = runExperiment(c, rec, stop);
  ASSERT_TRUE(r.completed) << r.error;
  ASSERT_EQ(rec.started.size(), 3u);
  EXPECT_EQ(rec.started[0].task, "colorization");
  EXPECT_FALSE(r.pretrainReused);
  EXPECT_TRUE(fs::is_directory(r.pretrainRun));
  EXPECT_TRUE(fs::is_directory(r.dir / "pretrain-images"));
  EXPECT_EQ(r.tasks.at(0).pretrainOverlap, 4u);
  std::ifstream mdIn(r.dir / "report.md");
  const std::string md((std::istreambuf_iterator<char>(mdIn)), std::istreambuf_iterator<char>());
  EXPECT_NE(md.find("4 test images were also pretraining images"), std::string::npos);
}

}  // namespace
}  // namespace colorproxy
