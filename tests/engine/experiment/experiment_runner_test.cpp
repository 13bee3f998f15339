// runExperiment end to end on tiny generated data: reused pretrained checkpoint, both tasks, two seeds;
// the report files and their structure; stage notifications; a bad setting fails before any work.
#include <gtest/gtest.h>

#include <fstream>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "../finetune/finetune_test_data.h"
#include "colorproxy/experiment/experiment_runner.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/trained_images.h"
#include "support/json_file.h"
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
  f.task = *parseDownstreamTask(task);
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

using colorproxy::test::readJson;

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
  // Scored at the network's size, the rescored segmentation metrics must equal the runs' own.
  c.segmentationScoring = "network";
  c.probes = true;  // and the representation probes of the reused generator
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
  for (const char* name :
       {"report.md", "report.json", "results.csv", "summary.csv", "per_class.csv", "config.json",
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
    // One epoch learns nothing: the gate has a trivial predictor to compare with, and the outcome is one of
    // the four words.
    EXPECT_TRUE(t["metrics"][0]["trivial"].is_number()) << t["metrics"][0].dump();
    const std::string outcome = t["outcome"];
    EXPECT_TRUE(outcome == "gain" || outcome == "loss" || outcome == "inconclusive" ||
                outcome == "not judged")
        << outcome;
    EXPECT_EQ(t["metrics"][0]["ci95Seeds"].size(), 2u);
    // A reused model without trained_images.csv cannot be checked for leakage.
    EXPECT_FALSE(t["leakage"]["checkable"].get<bool>());
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
  EXPECT_EQ(header, "task,metric,seed,baseline,pretrained,difference,fraction_percent,pretraining_run");
  int rows = 0;
  while (std::getline(csv, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');) cells.push_back(cell);
    ASSERT_EQ(cells.size(), 8u) << line;
    EXPECT_EQ(cells[6], "100") << line;  // every image: no label fractions
    EXPECT_EQ(cells[7], "1") << line;    // one pretraining run
    if (!cells[3].empty() && !cells[4].empty()) {
      EXPECT_NEAR(std::stod(cells[5]), std::stod(cells[4]) - std::stod(cells[3]), 1e-8) << line;
    }
    ++rows;
  }
  // seeds x (4 segmentation metrics + 8 classification metrics: mAP in three AP variants, exact match,
  // label accuracy, micro/macro F1, loss)
  EXPECT_EQ(rows, 2 * (4 + 8));

  // The markdown carries the verdicts and the table; the text table names both tasks.
  std::ifstream mdIn(r.dir / "report.md");
  const std::string md((std::istreambuf_iterator<char>(mdIn)), std::istreambuf_iterator<char>());
  for (const auto& t : r.tasks) EXPECT_NE(md.find(t.verdict), std::string::npos);
  EXPECT_NE(md.find("figures/loss-classification.png"), std::string::npos);
  EXPECT_NE(r.table.find("segmentation"), std::string::npos);
  EXPECT_NE(r.table.find("test_mAP"), std::string::npos);

  // Probes: per-level multilabel probes on the classification data, the decoder probe on the segmentation
  // data, both arms, in their own folders and in the report.
  EXPECT_TRUE(fs::is_regular_file(r.dir / "probes/classification/probe.json"));
  EXPECT_TRUE(fs::is_regular_file(r.dir / "probes/segmentation/probe-segmentation.json"));
  ASSERT_TRUE(j["probes"].is_object()) << j["probes"].dump();
  EXPECT_EQ(j["probes"]["levels"]["summaries"].size(), 2u * 5u);  // 2 arms x 5 encoder levels
  ASSERT_EQ(j["probes"]["segmentation"]["summaries"].size(), 2u);
  // The report's numbers are the probe files' own.
  const auto seg = readJson(r.dir / "probes/segmentation/probe-segmentation.json");
  EXPECT_EQ(j["probes"]["segmentation"]["summaries"], seg["summaries"]);
  EXPECT_EQ(seg["scores"].size(), 4u);  // 2 arms x 2 seeds
  EXPECT_NE(md.find("## Representation probes"), std::string::npos);
  EXPECT_NE(md.find("probes/classification/probe.png"), std::string::npos);
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
  // The pretraining run recorded the images it trained on (its validation hold-out is not among them);
  // the check counts the CamVid test images among them by content.
  const auto trained = readTrainedImages(r.pretrainRun);
  ASSERT_TRUE(trained.has_value());
  std::set<std::string> hashes;
  for (const auto& t : *trained) hashes.insert(t.hash);
  std::size_t expected = 0;
  for (const auto& e : fs::directory_iterator(dir / "camvid" / "test"))
    if (e.path().extension() == ".png") expected += hashes.count(fileContentHash(e.path()));
  EXPECT_GT(expected, 0u);
  EXPECT_TRUE(r.tasks.at(0).leakageCheckable);
  EXPECT_EQ(r.tasks.at(0).pretrainOverlap, expected);
  std::ifstream mdIn(r.dir / "report.md");
  const std::string md((std::istreambuf_iterator<char>(mdIn)), std::istreambuf_iterator<char>());
  EXPECT_NE(md.find("test images were pretraining images"), std::string::npos) << md;
}

}  // namespace
}  // namespace colorproxy

namespace colorproxy {
namespace {

/// Stops the experiment at a given iteration of a given run.
class StopInRun : public StageRecorder {
 public:
  StopInRun(StopToken& stop, std::string run, int64_t at) : m_stop(stop), m_run(std::move(run)), m_at(at) {}
  void onIteration(const IterationStats& s) override {
    StageRecorder::onIteration(s);
    if (s.runName == m_run && s.iteration == m_at) m_stop.requestStop();
  }

 private:
  StopToken& m_stop;
  std::string m_run;
  int64_t m_at;
};

// An experiment stopped in the middle of a run resumes: finished runs are kept, the interrupted one
// continues exactly, the rest start; the paired results equal an uninterrupted experiment's.
TEST(ExperimentRunner, ResumeKeepsFinishedRunsAndMatchesAnUninterruptedExperiment) {
  test::TempDir dir;
  test::makeFinetuneCamVid(dir / "camvid", 4);
  ExperimentConfig c;
  c.name = "straight";
  c.runsDir = dir / "runs";
  c.tasks = {"segmentation"};
  c.seeds = 2;
  c.pretrained = test::makePretrainedRun(dir.path(), 8, 5);
  c.segmentation = tiny("segmentation", dir / "camvid");
  c.segmentation.batchSize = 2;  // 2 iterations per epoch
  c.segmentation.phases = parsePhases("2@0.001");
  c.exampleCount = 1;
  c.threads = 1;
  StageRecorder quiet;
  StopToken s0;
  const ExperimentResult a = runExperiment(c, quiet, s0);
  ASSERT_TRUE(a.completed) << a.error;

  c.name = "interrupted";
  StopToken s1;
  StopInRun stopper(s1, "segmentation-pretrained-seed1", 3);  // mid-epoch 2 of the second run
  const ExperimentResult b1 = runExperiment(c, stopper, s1);
  ASSERT_TRUE(b1.stopped) << b1.error;
  EXPECT_EQ(RunFolder(b1.dir).readStatus().state, RunState::Stopped);

  StageRecorder second;
  StopToken s2;
  const ExperimentResult b2 = resumeExperiment(b1.dir, second, s2);
  ASSERT_TRUE(b2.completed) << b2.error;
  EXPECT_EQ(b2.dir, b1.dir);
  // All four stages are announced; only the interrupted run and the two never started train.
  ASSERT_EQ(second.started.size(), 4u);
  EXPECT_EQ(second.runNames,
            (std::set<std::string>{"segmentation-pretrained-seed1", "segmentation-baseline-seed2",
                                   "segmentation-pretrained-seed2"}));
  // One folder per run: nothing was trained twice.
  int children = 0;
  for (const auto& e : fs::directory_iterator(b1.dir / "runs")) children += e.is_directory() ? 1 : 0;
  EXPECT_EQ(children, 4);
  ASSERT_EQ(b2.tasks.size(), 1u);
  const MetricComparison* ma = a.tasks[0].find("test_mIoU");
  const MetricComparison* mb = b2.tasks[0].find("test_mIoU");
  ASSERT_TRUE(ma && mb);
  EXPECT_EQ(mb->baseline, ma->baseline);
  EXPECT_EQ(mb->pretrained, ma->pretrained);
  EXPECT_EQ(b2.tasks[0].verdict, a.tasks[0].verdict);
  EXPECT_TRUE(fs::exists(b2.reportMarkdown));
  EXPECT_EQ(RunFolder(b1.dir).readStatus().state, RunState::Completed);

  // A finished experiment, or a folder that is not one, is refused with the reason.
  StopToken s3;
  const ExperimentResult again = resumeExperiment(b1.dir, second, s3);
  EXPECT_NE(again.error.find("already finished"), std::string::npos) << again.error;
  const ExperimentResult notOne = resumeExperiment(b2.tasks[0].baselineRuns.front(), second, s3);
  EXPECT_NE(notOne.error.find("not an experiment folder"), std::string::npos) << notOne.error;
}

}  // namespace
}  // namespace colorproxy
