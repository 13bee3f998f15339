// FinetuneTrainer end to end on tiny generated data: both tasks from random and pretrained weights,
// the transfer report, frozen parameters, refusal of an incompatible checkpoint, stop, and metrics
// recomputed independently from the saved predictions.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/sample.h"
#include "colorproxy/finetune/finetune_trainer.h"
#include "colorproxy/finetune/pretrained_shape.h"
#include "colorproxy/io/run_folder.h"
#include "finetune/finetune_model.h"
#include "finetune_test_data.h"
#include "io/checkpoint.h"
#include "models/multilabel_classifier.h"
#include "models/segmentation_net.h"
#include "models/unet_generator.h"
#include "models/weight_init.h"
#include "models/weight_transfer.h"
#include "support/json_file.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {
namespace fs = std::filesystem;

/// Collects what the trainer reports.
class Recorder : public TrainingObserver {
 public:
  void onIteration(const IterationStats& s) override { iterations.push_back(s); }
  void onEpoch(const EpochReport& r) override { epochs.push_back(r); }
  void onPreview(const PreviewImages& p) override { previews.push_back(p.file); }
  void onLog(const std::string& line) override { log += line + "\n"; }
  std::vector<IterationStats> iterations;
  std::vector<EpochReport> epochs;
  std::vector<fs::path> previews;
  std::string log;
};

FinetuneConfig tinyConfig(const std::string& task, const fs::path& data, const fs::path& runs) {
  FinetuneConfig c;
  c.task = *parseDownstreamTask(task);
  c.dataPath = data;
  c.imageSize = 32;
  c.ngf = 8;
  c.numDowns = 5;
  c.hidden = 32;
  c.batchSize = 4;
  c.phases = parsePhases("1@0.001");
  c.threads = 1;
  c.loaderWorkers = 0;
  c.previewCount = 2;
  c.runsDir = runs;
  c.runName = task + "-test";
  c.device = "cpu";
  return c;
}

std::vector<std::string> splitCsv(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, ',')) out.push_back(cell);
  return out;
}

// scikit-learn's average_precision_score written out directly: sort by score, and at each distinct
// threshold add (recall step) x precision.
double naiveAveragePrecision(std::vector<std::pair<double, int>> items) {
  std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  int positives = 0;
  for (const auto& it : items) positives += it.second;
  if (positives == 0) return std::nan("");
  double ap = 0.0, lastRecall = 0.0;
  int tp = 0, seen = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    tp += items[i].second;
    ++seen;
    if (i + 1 < items.size() && items[i + 1].first == items[i].first) continue;
    const double recall = double(tp) / positives, precision = double(tp) / seen;
    ap += (recall - lastRecall) * precision;
    lastRecall = recall;
  }
  return ap;
}

using colorproxy::test::readJson;

class FinetuneTrainerTest : public ::testing::Test {
 protected:
  FinetuneTrainerTest() { torch::manual_seed(0); }
  test::TempDir dir;
};

TEST_F(FinetuneTrainerTest, ClassificationFromRandomWritesARecomputableReport) {
  test::makeFinetuneYolo(dir / "coco", 10);
  FinetuneConfig c = tinyConfig("classification", dir / "coco", dir / "runs");
  c.runName = "baseline-seed1";
  Recorder rec;
  StopToken stop;
  const FinetuneResult r = runFinetune(c, rec, stop);
  ASSERT_TRUE(r.completed) << r.error << "\n" << rec.log;
  EXPECT_TRUE(r.transfer.transferred.empty());
  EXPECT_EQ(r.classNames.size(), 3u);
  EXPECT_EQ(r.epoch, 1);
  // 10 train2017 images less a 15 % hold-out (2) = 8 -> 2 batches of 4.
  ASSERT_EQ(rec.iterations.size(), 2u);
  EXPECT_EQ(rec.iterations[0].runName, "baseline-seed1");
  EXPECT_EQ(rec.iterations[1].iteration, 2);
  EXPECT_EQ(rec.iterations[0].totalIterations, 2);
  EXPECT_TRUE(rec.iterations[0].losses.count("BCE"));
  ASSERT_EQ(rec.epochs.size(), 1u);
  EXPECT_TRUE(rec.epochs[0].metrics.count("val_mAP"));
  ASSERT_EQ(rec.previews.size(), 1u);
  EXPECT_TRUE(fs::exists(rec.previews[0]));

  const RunFolder run(r.runDir);
  EXPECT_EQ(run.readStatus().state, RunState::Completed);
  EXPECT_TRUE(fs::exists(run.latestCheckpoint()));
  EXPECT_TRUE(fs::exists(run.reportMarkdownFile()));
  EXPECT_EQ(run.summary().kind, RunKind::Finetune);
  EXPECT_EQ(run.summary().task, DownstreamTask::Classification);
  EXPECT_FALSE(run.readMetrics().series("epoch", "val_mAP").empty());

  // Recompute every test metric from predictions/probabilities.csv and labels.csv alone.
  std::ifstream probsIn(r.predictionsDir / "probabilities.csv"), labelsIn(r.predictionsDir / "labels.csv");
  std::string pl, ll;
  std::getline(probsIn, pl);
  std::getline(labelsIn, ll);
  EXPECT_EQ(pl, "image,bright,dark,striped");
  std::vector<std::vector<std::pair<double, int>>> perClass(3);
  int exact = 0, labelsRight = 0, rows = 0;
  while (std::getline(probsIn, pl) && std::getline(labelsIn, ll)) {
    const auto p = splitCsv(pl), l = splitCsv(ll);
    ASSERT_EQ(p.size(), 4u);
    ASSERT_EQ(p[0], l[0]);
    bool all = true;
    for (int k = 0; k < 3; ++k) {
      const double prob = std::stod(p[std::size_t(k + 1)]);
      const int truth = std::stoi(l[std::size_t(k + 1)]);
      perClass[std::size_t(k)].push_back({prob, truth});
      const bool right = (prob >= 0.5) == (truth == 1);
      labelsRight += right;
      all = all && right;
    }
    exact += all;
    ++rows;
  }
  ASSERT_EQ(rows, 10);
  double apSum = 0;
  int present = 0;
  const nlohmann::json report = readJson(run.reportJsonFile());
  for (int k = 0; k < 3; ++k) {
    const double ap = naiveAveragePrecision(perClass[std::size_t(k)]);
    if (std::isnan(ap)) continue;
    apSum += ap;
    ++present;
    // Probabilities are printed with 9 significant digits; ties could only differ in the 9th.
    EXPECT_NEAR(r.testPerClass[std::size_t(k)], ap, 1e-9) << "class " << k;
    EXPECT_NEAR(report["test"]["perClass"][std::size_t(k)].get<double>(), ap, 1e-9);
  }
  EXPECT_NEAR(r.testMetrics.at("test_mAP"), apSum / present, 1e-9);
  EXPECT_NEAR(report["test"]["metrics"]["test_mAP"].get<double>(), apSum / present, 1e-9);
  EXPECT_NEAR(r.testMetrics.at("test_exactMatch"), double(exact) / rows, 1e-12);
  EXPECT_NEAR(r.testMetrics.at("test_labelAccuracy"), double(labelsRight) / (rows * 3), 1e-12);

  const FinetuneResult back = readFinetuneReport(r.runDir);
  EXPECT_EQ(back.testMetrics, r.testMetrics);
  EXPECT_EQ(back.iterationLoss.size(), 2u);
}

TEST_F(FinetuneTrainerTest, SegmentationFromRandomSavesMasksThatReproduceTheMetrics) {
  test::makeFinetuneCamVid(dir / "camvid", 4);
  FinetuneConfig c = tinyConfig("segmentation", dir / "camvid", dir / "runs");
  c.classWeights = "median-frequency";
  Recorder rec;
  StopToken stop;
  const FinetuneResult r = runFinetune(c, rec, stop);
  ASSERT_TRUE(r.completed) << r.error << "\n" << rec.log;
  EXPECT_NE(rec.log.find("median-frequency class weights"), std::string::npos);
  EXPECT_EQ(r.perClassMetric, "IoU");
  ASSERT_TRUE(rec.iterations.size() == 1u);
  EXPECT_TRUE(rec.iterations[0].losses.count("CE"));

  // Independent recomputation: read every saved prediction and truth PNG, count per class.
  std::ifstream index(r.predictionsDir / "index.csv");
  std::string line;
  std::getline(index, line);
  EXPECT_EQ(line, "index,image,prediction,truth");
  std::vector<double> tp(3, 0), fp(3, 0), fn(3, 0);
  double correct = 0, counted = 0;
  int images = 0;
  while (std::getline(index, line)) {
    const auto cells = splitCsv(line);
    ASSERT_EQ(cells.size(), 4u);
    const cv::Mat pred = cv::imread((r.predictionsDir / cells[2]).string(), cv::IMREAD_UNCHANGED);
    const cv::Mat truth = cv::imread((r.predictionsDir / cells[3]).string(), cv::IMREAD_UNCHANGED);
    ASSERT_EQ(pred.type(), CV_8UC1);
    ASSERT_EQ(pred.size(), cv::Size(32, 32));
    ASSERT_EQ(truth.size(), pred.size());
    for (int y = 0; y < 32; ++y)
      for (int x = 0; x < 32; ++x) {
        const int t = truth.at<uchar>(y, x), p = pred.at<uchar>(y, x);
        if (t == 255) continue;
        ASSERT_LT(t, 3);
        ASSERT_LT(p, 3);
        ++counted;
        if (t == p) {
          ++tp[std::size_t(t)];
          ++correct;
        } else {
          ++fn[std::size_t(t)];
          ++fp[std::size_t(p)];
        }
      }
    ++images;
  }
  EXPECT_EQ(images, 4);
  double iouSum = 0;
  int n = 0;
  for (int k = 0; k < 3; ++k) {
    const double uni = tp[std::size_t(k)] + fp[std::size_t(k)] + fn[std::size_t(k)];
    if (uni == 0) continue;
    const double iou = tp[std::size_t(k)] / uni;
    EXPECT_NEAR(r.testPerClass[std::size_t(k)], iou, 1e-12);
    iouSum += iou;
    ++n;
  }
  EXPECT_NEAR(r.testMetrics.at("test_mIoU"), iouSum / n, 1e-12);
  EXPECT_NEAR(r.testMetrics.at("test_pixelAccuracy"), correct / counted, 1e-12);
  const nlohmann::json report = readJson(RunFolder(r.runDir).reportJsonFile());
  EXPECT_NEAR(report["test"]["metrics"]["test_mIoU"].get<double>(), iouSum / n, 1e-12);
  // The truth masks are the dataset's: the void corner (ignored, 255) is there in every one.
  EXPECT_GT(report["test"]["ignoredPixels"].get<double>(), 0.0);
}

TEST_F(FinetuneTrainerTest, PretrainedSegmentationTransfersAllButTheHeadAndKeepsFrozenWeights) {
  test::makeFinetuneCamVid(dir / "camvid", 4);
  const fs::path pre = test::makePretrainedRun(dir.path(), 8, 5);
  FinetuneConfig c = tinyConfig("segmentation", dir / "camvid", dir / "runs");
  c.init = "pretrained:" + pre.string();
  c.phases = parsePhases("1@0.01/transferred");
  Recorder rec;
  StopToken stop;
  const FinetuneResult r = runFinetune(c, rec, stop);
  ASSERT_TRUE(r.completed) << r.error << "\n" << rec.log;

  // The report: everything but decoder.up0 came from the generator; decoder.up0 is new; the
  // generator's own decoder.up0 (2 colour channels) was not used.
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(8).numDowns(5));
  CheckpointReader(pre / "checkpoints" / "latest.pt").loadModule("generator", *g);
  const auto genState = namedState(*g);
  std::size_t expectTransferred = 0;
  for (const auto& item : genState) {
    const bool head = item.key().rfind("decoder.up0.", 0) == 0;
    expectTransferred += !head;
    const bool inSkipped = std::find(r.transfer.skipped.begin(), r.transfer.skipped.end(), item.key()) !=
                           r.transfer.skipped.end();
    EXPECT_EQ(inSkipped, head) << item.key();
  }
  EXPECT_EQ(r.transfer.transferred.size(), expectTransferred);
  ASSERT_FALSE(r.transfer.created.empty());
  for (const auto& n : r.transfer.created) EXPECT_EQ(n.rfind("decoder.up0.", 0), 0u) << n;

  // A whole epoch with the transferred part frozen: its weights and batch-norm statistics are still
  // exactly the generator's; the new head moved.
  SegmentationNet net(SegmentationNetOptions(3).ngf(8).numDowns(5));
  CheckpointReader(RunFolder(r.runDir).latestCheckpoint()).loadModule("model", *net);
  const auto state = namedState(*net);
  for (const auto& name : r.transfer.transferred)
    EXPECT_TRUE(torch::equal(state[name], genState[name])) << name << " changed while frozen";
  SegmentationNet fresh(SegmentationNetOptions(3).ngf(8).numDowns(5));
  torch::manual_seed(c.seed);
  initPix2PixWeights(*fresh);
  EXPECT_FALSE(torch::equal(state["decoder.up0.conv.weight"], namedState(*fresh)["decoder.up0.conv.weight"]));
}

TEST_F(FinetuneTrainerTest, PretrainedClassifierTakesTheEncoderOnlyAndUnfreezesInPhaseTwo) {
  test::makeFinetuneYolo(dir / "coco", 8);
  const fs::path pre = test::makePretrainedRun(dir.path(), 8, 5);
  FinetuneConfig c = tinyConfig("classification", dir / "coco", dir / "runs");
  c.init = "pretrained:" + pre.string();
  c.phases = parsePhases("1@0.001/transferred,1@0.001");
  Recorder rec;
  StopToken stop;
  const FinetuneResult r = runFinetune(c, rec, stop);
  ASSERT_TRUE(r.completed) << r.error << "\n" << rec.log;
  for (const auto& n : r.transfer.transferred) EXPECT_EQ(n.rfind("encoder.", 0), 0u) << n;
  for (const auto& n : r.transfer.created) EXPECT_EQ(n.rfind("fc", 0), 0u) << n;
  for (const auto& n : r.transfer.skipped) EXPECT_EQ(n.rfind("decoder.", 0), 0u) << n;
  EXPECT_FALSE(r.transfer.transferred.empty());
  const nlohmann::json report = readJson(RunFolder(r.runDir).reportJsonFile());
  ASSERT_EQ(report["epochs"].size(), 2u);
  EXPECT_GT(report["epochs"][0]["frozenElements"].get<int64_t>(), 0);
  EXPECT_EQ(report["epochs"][1]["frozenElements"].get<int64_t>(), 0);
  // In phase two the encoder trains: it differs from the generator's now.
  MultilabelClassifier net(MultilabelClassifierOptions(3).ngf(8).numDowns(5).inputSize(32).hidden(32));
  CheckpointReader(RunFolder(r.runDir).latestCheckpoint()).loadModule("model", *net);
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(8).numDowns(5));
  CheckpointReader(pre / "checkpoints" / "latest.pt").loadModule("generator", *g);
  EXPECT_FALSE(torch::equal(namedState(*net)["encoder.down1.conv.weight"],
                            namedState(*g)["encoder.down1.conv.weight"]));
}

TEST_F(FinetuneTrainerTest, IncompatibleCheckpointIsRefusedWithTheFix) {
  test::makeFinetuneCamVid(dir / "camvid", 2);
  const fs::path pre = test::makePretrainedRun(dir.path(), 16, 5);
  FinetuneConfig c = tinyConfig("segmentation", dir / "camvid", dir / "runs");
  c.init = "pretrained:" + pre.string();
  Recorder rec;
  StopToken stop;
  const FinetuneResult r = runFinetune(c, rec, stop);
  EXPECT_FALSE(r.completed);
  EXPECT_NE(r.error.find("ngf 16 and numDowns 5"), std::string::npos) << r.error;
  EXPECT_NE(r.error.find("set ngf 16"), std::string::npos) << r.error;
  EXPECT_EQ(RunFolder(r.runDir).readStatus().state, RunState::Failed);

  // A file that is not a checkpoint at all is named in the error.
  test::writeBytes(dir / "junk.pt", "not a checkpoint");
  c.init = "pretrained:" + (dir / "junk.pt").string();
  const FinetuneResult junk = runFinetune(c, rec, stop);
  EXPECT_NE(junk.error.find("junk.pt"), std::string::npos) << junk.error;
}

TEST_F(FinetuneTrainerTest, StopRequestEndsTheRunWithACheckpoint) {
  test::makeFinetuneCamVid(dir / "camvid", 4);
  FinetuneConfig c = tinyConfig("segmentation", dir / "camvid", dir / "runs");
  c.batchSize = 1;
  /// Requests a stop after the second iteration.
  class Stopper : public Recorder {
   public:
    explicit Stopper(StopToken& s) : m_stop(s) {}
    void onIteration(const IterationStats& s) override {
      Recorder::onIteration(s);
      if (s.iteration == 2) m_stop.requestStop();
    }
    StopToken& m_stop;
  };
  StopToken stop;
  Stopper rec(stop);
  const FinetuneResult r = runFinetune(c, rec, stop);
  EXPECT_TRUE(r.stopped);
  EXPECT_FALSE(r.completed);
  EXPECT_EQ(r.iteration, 2);
  EXPECT_TRUE(fs::exists(RunFolder(r.runDir).latestCheckpoint()));
  EXPECT_EQ(RunFolder(r.runDir).readStatus().state, RunState::Stopped);
}

TEST_F(FinetuneTrainerTest, CheckpointEveryZeroWritesOnlyTheFinalModel) {
  test::makeFinetuneCamVid(dir / "camvid", 2);
  FinetuneConfig c = tinyConfig("segmentation", dir / "camvid", dir / "runs");
  c.phases = parsePhases("2@0.001");
  c.checkpointEvery = 0;
  Recorder rec;
  StopToken stop;
  const FinetuneResult r = runFinetune(c, rec, stop);
  ASSERT_TRUE(r.completed) << r.error;
  ASSERT_EQ(rec.epochs.size(), 2u);
  EXPECT_TRUE(rec.epochs[0].checkpoint.empty());
  EXPECT_EQ(rec.epochs[1].checkpoint, RunFolder(r.runDir).latestCheckpoint());
  EXPECT_TRUE(fs::exists(rec.epochs[1].checkpoint));
}

TEST_F(FinetuneTrainerTest, SameSeedGivesTheSameRun) {
  test::makeFinetuneCamVid(dir / "camvid", 4);
  FinetuneConfig c = tinyConfig("segmentation", dir / "camvid", dir / "runs");
  c.batchSize = 2;
  Recorder a, b;
  StopToken stop;
  const FinetuneResult ra = runFinetune(c, a, stop);
  const FinetuneResult rb = runFinetune(c, b, stop);
  ASSERT_TRUE(ra.completed && rb.completed) << ra.error << rb.error;
  ASSERT_EQ(ra.iterationLoss.size(), rb.iterationLoss.size());
  for (std::size_t i = 0; i < ra.iterationLoss.size(); ++i)
    EXPECT_EQ(ra.iterationLoss[i].second, rb.iterationLoss[i].second);
  EXPECT_EQ(ra.testMetrics, rb.testMetrics);
}

}  // namespace
}  // namespace colorproxy

namespace colorproxy {
namespace {

/// Requests a stop once `at` iterations have been reported.
class StopAtIteration : public Recorder {
 public:
  StopAtIteration(StopToken& s, int64_t at) : m_stop(s), m_at(at) {}
  void onIteration(const IterationStats& s) override {
    Recorder::onIteration(s);
    if (s.iteration == m_at) m_stop.requestStop();
  }

 private:
  StopToken& m_stop;
  int64_t m_at;
};

torch::OrderedDict<std::string, torch::Tensor> checkpointWeights(const fs::path& runDir,
                                                                 const FinetuneConfig& c) {
  SegmentationNet net(SegmentationNetOptions(3).ngf(c.ngf).numDowns(c.numDowns));
  CheckpointReader(RunFolder(runDir).latestCheckpoint()).loadModule("model", *net);
  return namedState(*net);
}

// Stopping anywhere (mid-epoch, at an epoch's first batch, at the first batch of the second phase) and
// resuming gives the uninterrupted run: the same losses step by step, the same weights, metrics, report.
TEST_F(FinetuneTrainerTest, ResumeFromAnyStopIsExact) {
  test::makeFinetuneCamVid(dir / "camvid", 6);
  const fs::path pre = test::makePretrainedRun(dir.path(), 8, 5);
  FinetuneConfig c = tinyConfig("segmentation", dir / "camvid", dir / "runs");
  c.init = "pretrained:" + pre.string();
  c.batchSize = 2;  // 3 iterations per epoch
  c.phases = parsePhases("2@0.001/transferred,1@0.0005");
  c.runName = "straight";
  Recorder straight;
  StopToken s0;
  const FinetuneResult a = runFinetune(c, straight, s0);
  ASSERT_TRUE(a.completed) << a.error << straight.log;
  ASSERT_EQ(a.iterationLoss.size(), 9u);

  for (const int64_t stopAt : {2, 3, 6}) {  // mid-epoch 1; end of epoch 1; end of phase 1
    c.runName = "resumed-" + std::to_string(stopAt);
    StopToken s1;
    StopAtIteration first(s1, stopAt);
    const FinetuneResult b1 = runFinetune(c, first, s1);
    ASSERT_TRUE(b1.stopped) << b1.error;
    EXPECT_EQ(RunFolder(b1.runDir).readStatus().state, RunState::Stopped);
    StopToken s2;
    Recorder second;
    const FinetuneResult b2 = resumeFinetune(b1.runDir, second, s2);
    ASSERT_TRUE(b2.completed) << b2.error << second.log;
    EXPECT_EQ(b2.runDir, b1.runDir);
    EXPECT_NE(second.log.find("resuming at epoch"), std::string::npos) << second.log;
    ASSERT_EQ(second.iterations.size(), std::size_t(9 - stopAt));
    EXPECT_EQ(second.iterations.front().iteration, stopAt + 1);
    // The result covers the whole run.
    ASSERT_EQ(b2.iterationLoss.size(), a.iterationLoss.size()) << "stop at " << stopAt;
    for (std::size_t i = 0; i < a.iterationLoss.size(); ++i) {
      EXPECT_EQ(b2.iterationLoss[i].first, a.iterationLoss[i].first);
      EXPECT_EQ(b2.iterationLoss[i].second, a.iterationLoss[i].second)
          << "stop at " << stopAt << ", step " << i + 1;
    }
    EXPECT_EQ(b2.epochTrainLoss, a.epochTrainLoss) << "stop at " << stopAt;
    EXPECT_EQ(b2.testMetrics, a.testMetrics) << "stop at " << stopAt;
    EXPECT_EQ(b2.testPerClass.size(), a.testPerClass.size());
    EXPECT_EQ(b2.transfer.transferred, a.transfer.transferred);
    const auto wa = checkpointWeights(a.runDir, c), wb = checkpointWeights(b2.runDir, c);
    ASSERT_EQ(wa.size(), wb.size());
    for (const auto& item : wa)
      EXPECT_TRUE(torch::equal(item.value(), wb[item.key()])) << item.key() << " (stop at " << stopAt << ")";
    // The report lists the 3 epochs once, and metrics.csv each iteration once.
    const nlohmann::json report = readJson(RunFolder(b2.runDir).reportJsonFile());
    ASSERT_EQ(report["epochs"].size(), 3u);
    EXPECT_GT(report["epochs"][0]["frozenElements"].get<int64_t>(), 0);
    EXPECT_EQ(report["epochs"][2]["frozenElements"].get<int64_t>(), 0);
    const MetricsTable m = RunFolder(b2.runDir).readMetrics();
    const auto ce = m.series("iter", "CE");
    ASSERT_EQ(ce.size(), 9u);
    for (std::size_t i = 0; i < ce.size(); ++i) EXPECT_EQ(ce[i].first, int64_t(i + 1));
    EXPECT_EQ(m.series("epoch", "val_mIoU").size(), 3u);
    EXPECT_EQ(RunFolder(b2.runDir).readStatus().state, RunState::Completed);
  }
}

TEST_F(FinetuneTrainerTest, ResumeRefusalsNameTheFolderAndTheFix) {
  test::makeFinetuneCamVid(dir / "camvid", 4);
  FinetuneConfig c = tinyConfig("segmentation", dir / "camvid", dir / "runs");
  Recorder rec;
  StopToken stop;
  const FinetuneResult done = runFinetune(c, rec, stop);
  ASSERT_TRUE(done.completed) << done.error;
  const FinetuneResult again = resumeFinetune(done.runDir, rec, stop);
  EXPECT_FALSE(again.completed);
  EXPECT_NE(again.error.find("already finished"), std::string::npos) << again.error;

  const FinetuneResult none = resumeFinetune(dir / "nowhere", rec, stop);
  EXPECT_NE(none.error.find("nowhere"), std::string::npos) << none.error;
  EXPECT_NE(none.error.find("not a run folder"), std::string::npos) << none.error;

  // Changed data: a stopped run whose dataset lost images since.
  c.runName = "changed";
  c.batchSize = 1;
  StopToken s1;
  StopAtIteration first(s1, 1);
  const FinetuneResult b1 = runFinetune(c, first, s1);
  ASSERT_TRUE(b1.stopped) << b1.error;
  for (const auto& f : fs::directory_iterator(dir / "camvid" / "train")) {
    fs::remove(f.path());
    break;
  }
  StopToken s2;
  const FinetuneResult b2 = resumeFinetune(b1.runDir, rec, s2);
  EXPECT_FALSE(b2.completed);
  EXPECT_NE(b2.error.find("changed since the run started"), std::string::npos) << b2.error;
  // The data is checked before the run folder is touched: the run stays stopped and resumable once the
  // files are restored, and its saved work stays.
  EXPECT_EQ(RunFolder(b1.runDir).readStatus().state, RunState::Stopped);
  EXPECT_TRUE(fs::exists(RunFolder(b1.runDir).latestCheckpoint()));
}

}  // namespace
}  // namespace colorproxy

namespace colorproxy {
namespace {

TEST(PretrainedShape, ReadsTheBundledModelAndARunFolder) {
  const fs::path bundled = test::sourceDir() / "resources" / "models" / "colorproxy-default.pt";
  if (fs::exists(bundled)) {
    // resources/models/README.md: ngf 16, 7 downsamplings, 128 px, pix2pix GAN.
    const PretrainedShape s = readPretrainedShape(bundled);
    EXPECT_EQ(s.ngf, 16);
    EXPECT_EQ(s.numDowns, 7);
    EXPECT_EQ(s.imageSize, 128);
    EXPECT_EQ(s.pretext, "gan");
  }
  test::TempDir dir;
  const fs::path run = test::makePretrainedRun(dir.path(), 8, 5);
  const PretrainedShape r = readPretrainedShape(run);
  EXPECT_EQ(r.ngf, 8);
  EXPECT_EQ(r.numDowns, 5);
  EXPECT_EQ(r.file, RunFolder(run).latestCheckpoint());
  try {
    readPretrainedShape(dir / "missing.pt");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("missing.pt"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace colorproxy

namespace colorproxy {
namespace {

// An iteration budget gives the same number of optimiser steps on a dataset twice as large, with the
// phase split by the phases' epochs; metrics.csv and the learning rates follow the plan.
TEST_F(FinetuneTrainerTest, IterationBudgetGivesTheSameStepsOnTwoDatasetSizes) {
  test::makeFinetuneCamVid(dir / "small", 4);
  test::makeFinetuneCamVid(dir / "large", 8);
  std::vector<std::size_t> trainSizes;
  for (const char* name : {"small", "large"}) {
    FinetuneConfig c = tinyConfig("segmentation", dir / name, dir / "runs");
    c.runName = std::string("budget-") + name;
    c.batchSize = 2;  // 2 and 4 batches per pass
    c.phases = parsePhases("1@0.001,3@0.0005");
    c.iterations = 8;
    c.warmupIterations = 2;
    c.lrSchedule = "cosine";
    c.evalEvery = 4;
    Recorder rec;
    StopToken stop;
    const FinetuneResult r = runFinetune(c, rec, stop);
    ASSERT_TRUE(r.completed) << r.error << rec.log;
    EXPECT_EQ(r.iteration, 8) << name;
    EXPECT_EQ(r.iterationLoss.size(), 8u) << name;
    ASSERT_EQ(rec.iterations.size(), 8u) << name;
    // Phase 1 = round(8 / 4) = 2 steps at 0.001, then 0.0005; x warm-up 1/2, 2/2, then cosine over 6.
    const double expected[8] = {0.001 * 0.5,
                                0.001,
                                0.0005,
                                0.0005 * 0.5 * (1 + std::cos(M_PI / 6)),
                                0.0005 * 0.5 * (1 + std::cos(2 * M_PI / 6)),
                                0.0005 * 0.5 * (1 + std::cos(3 * M_PI / 6)),
                                0.0005 * 0.5 * (1 + std::cos(4 * M_PI / 6)),
                                0.0005 * 0.5 * (1 + std::cos(5 * M_PI / 6))};
    for (std::size_t i = 0; i < 8; ++i)
      EXPECT_NEAR(rec.iterations[i].learningRate, expected[i], 1e-12) << name << " step " << i + 1;
    EXPECT_EQ(rec.epochs.size(), 2u) << name;  // validations after 4 and 8 steps
    const MetricsTable m = RunFolder(r.runDir).readMetrics();
    EXPECT_EQ(m.series("iter", "CE").size(), 8u);
    EXPECT_EQ(m.series("epoch", "val_mIoU").size(), 2u);
    trainSizes.push_back(readJson(RunFolder(r.runDir).reportJsonFile())["data"]["train"].get<std::size_t>());
  }
  EXPECT_EQ(trainSizes, (std::vector<std::size_t>{4, 8}));
}

// A resume restores the schedule's position: stopped anywhere in a warm-up + cosine iteration budget
// (mid-pass, mid-validation period, at the phase boundary), the resumed run equals the uninterrupted one.
TEST_F(FinetuneTrainerTest, ResumeInsideACosineIterationBudgetIsExact) {
  test::makeFinetuneCamVid(dir / "camvid", 6);
  const fs::path pre = test::makePretrainedRun(dir.path(), 8, 5);
  FinetuneConfig c = tinyConfig("segmentation", dir / "camvid", dir / "runs");
  c.init = "pretrained:" + pre.string();
  c.batchSize = 4;  // 2 batches per pass
  c.phases = parsePhases("1@0.001/transferred,1@0.0005");
  c.iterations = 7;  // phase 1 = round(3.5) = 4 steps
  c.warmupIterations = 2;
  c.lrSchedule = "cosine";
  c.evalEvery = 3;
  c.runName = "straight";
  Recorder straight;
  StopToken s0;
  const FinetuneResult a = runFinetune(c, straight, s0);
  ASSERT_TRUE(a.completed) << a.error << straight.log;
  ASSERT_EQ(a.iterationLoss.size(), 7u);
  for (const int64_t stopAt : {1, 3, 4}) {
    c.runName = "resumed-" + std::to_string(stopAt);
    StopToken s1;
    StopAtIteration first(s1, stopAt);
    const FinetuneResult b1 = runFinetune(c, first, s1);
    ASSERT_TRUE(b1.stopped) << b1.error;
    StopToken s2;
    Recorder second;
    const FinetuneResult b2 = resumeFinetune(b1.runDir, second, s2);
    ASSERT_TRUE(b2.completed) << b2.error << second.log;
    ASSERT_EQ(second.iterations.size(), std::size_t(7 - stopAt));
    for (std::size_t i = 0; i < second.iterations.size(); ++i)
      EXPECT_EQ(second.iterations[i].learningRate, straight.iterations[std::size_t(stopAt) + i].learningRate);
    ASSERT_EQ(b2.iterationLoss.size(), a.iterationLoss.size());
    for (std::size_t i = 0; i < a.iterationLoss.size(); ++i)
      EXPECT_EQ(b2.iterationLoss[i].second, a.iterationLoss[i].second)
          << "stop at " << stopAt << ", step " << i;
    EXPECT_EQ(b2.epochTrainLoss, a.epochTrainLoss) << "stop at " << stopAt;
    EXPECT_EQ(b2.testMetrics, a.testMetrics) << "stop at " << stopAt;
    const auto wa = checkpointWeights(a.runDir, c), wb = checkpointWeights(b2.runDir, c);
    for (const auto& item : wa) EXPECT_TRUE(torch::equal(item.value(), wb[item.key()])) << item.key();
    EXPECT_EQ(RunFolder(b2.runDir).readMetrics().series("epoch", "val_mIoU").size(), 3u);
  }
}

TEST(FinetuneModelLoss, IgnoredLabelsAddNothingToTheClassificationLoss) {
  FinetuneConfig c;
  c.task = DownstreamTask::Classification;
  c.ngf = 8;
  c.numDowns = 5;
  c.imageSize = 32;
  FinetuneModel model(c, 3);
  const torch::Tensor logits = torch::tensor({{2.0f, -1.0f, 0.5f}, {-0.5f, 1.5f, -2.0f}});
  const torch::Tensor target = torch::tensor({{1.0f, kIgnoredLabel, 0.0f}, {0.0f, 1.0f, kIgnoredLabel}});
  // By hand: the mean of −log σ(±x) over the four judged labels only.
  const auto nll = [](double x, bool positive) { return std::log1p(std::exp(positive ? -x : x)); };
  const double expected = (nll(2.0, true) + nll(0.5, false) + nll(-0.5, false) + nll(1.5, true)) / 4.0;
  EXPECT_NEAR(model.loss(logits, target).item<double>(), expected, 1e-6);
  // Without ignored labels the loss is torch's plain mean BCE over every label.
  const torch::Tensor full = torch::tensor({{1.0f, 0.0f, 0.0f}, {0.0f, 1.0f, 1.0f}});
  EXPECT_NEAR(model.loss(logits, full).item<double>(),
              torch::binary_cross_entropy_with_logits(logits, full).item<double>(), 1e-7);
  // An ignored label's logit gets no gradient.
  const torch::Tensor x = logits.clone().requires_grad_(true);
  model.loss(x, target).backward();
  EXPECT_EQ(x.grad()[0][1].item<float>(), 0.0f);
  EXPECT_EQ(x.grad()[1][2].item<float>(), 0.0f);
  EXPECT_NE(x.grad()[0][0].item<float>(), 0.0f);
}

}  // namespace
}  // namespace colorproxy
