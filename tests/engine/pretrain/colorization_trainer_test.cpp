#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "../finetune/finetune_test_data.h"
#include "colorproxy/base/atomic_file.h"
#include "colorproxy/infer/colorizer.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_status.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "io/checkpoint.h"
#include "models/unet_generator.h"
#include "pretrain/colorization_data.h"
#include "probe/epoch_knn_probe.h"
#include "support/test_support.h"
#include "train/config_json.h"
#include "train/learning_rate_schedule.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;
using nlohmann::json;

namespace {

/// Writes `count` colourful PNGs of varied sizes into `dir`.
void writePhotos(const fs::path& dir, int count, unsigned seed0 = 1) {
  fs::create_directories(dir);
  for (int i = 0; i < count; ++i) {
    const cv::Mat img = colorproxy::test::makeColourImage(40 + 3 * i, 36 + 2 * (i % 4), seed0 + unsigned(i));
    cv::imwrite((dir / ("img" + std::to_string(100 + i) + ".png")).string(), img);
  }
}

ColorizationConfig tinyConfig(const TempDir& tmp, const std::string& pretext = "gan") {
  ColorizationConfig c = ColorizationConfig::preset("tiny");
  c.dataPath = tmp / "photos";
  c.runsDir = tmp / "runs";
  c.pretext = pretext;
  c.batchSize = 2;
  c.epochs = 2;
  c.epochsDecay = 1;
  // One compute thread: tiny tensors gain nothing from more, and OpenMP spin-waits on a loaded machine.
  c.threads = 1;
  c.loaderWorkers = 1;
  c.previewCount = 2;
  c.valFraction = 0.2;
  return c;
}

/// Records everything a trainer reports; can stop or pause the run at a given iteration.
class Recorder : public TrainingObserver {
 public:
  explicit Recorder(StopToken* stop = nullptr, int64_t stopAfter = -1)
      : m_stop(stop), m_stopAfter(stopAfter) {}
  void onIteration(const IterationStats& s) override {
    iterations.push_back(s);
    if (m_stop && s.iteration == m_stopAfter) m_stop->requestStop();
  }
  void onEpoch(const EpochReport& r) override { epochs.push_back(r); }
  void onPreview(const PreviewImages& p) override { previews.push_back(p); }
  void onLog(const std::string& line) override { logs.push_back(line); }

  std::vector<IterationStats> iterations;
  std::vector<EpochReport> epochs;
  std::vector<PreviewImages> previews;
  std::vector<std::string> logs;

 private:
  StopToken* m_stop;
  int64_t m_stopAfter;
};

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

/// Every parameter and buffer of the named module in a checkpoint, by qualified name.
std::map<std::string, torch::Tensor> weightsOf(const fs::path& checkpoint, const std::string& name) {
  torch::serialize::InputArchive archive;
  archive.load_from(checkpoint.string());
  torch::serialize::InputArchive nested;
  archive.read(name, nested);
  std::map<std::string, torch::Tensor> out;
  std::function<void(torch::serialize::InputArchive&, const std::string&)> walk =
      [&](torch::serialize::InputArchive& a, const std::string& prefix) {
        for (const auto& key : a.keys()) {
          torch::Tensor t;
          if (a.try_read(key, t)) {
            out[prefix + key] = t;
            continue;
          }
          torch::serialize::InputArchive sub;
          if (a.try_read(key, sub)) walk(sub, prefix + key + ".");
        }
      };
  walk(nested, "");
  return out;
}

}  // namespace

TEST(LearningRateSchedule, MatchesPix2PixLinearPolicy) {
  // Hand-worked: 4 epochs, the last 2 decaying -> 1, 1, 1 - 1/3, 1 - 2/3.
  EXPECT_DOUBLE_EQ(linearDecayFactor(0, 4, 2), 1.0);
  EXPECT_DOUBLE_EQ(linearDecayFactor(1, 4, 2), 1.0);
  EXPECT_DOUBLE_EQ(linearDecayFactor(2, 4, 2), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(linearDecayFactor(3, 4, 2), 1.0 / 3.0);
  for (int e = 0; e < 3; ++e) EXPECT_DOUBLE_EQ(linearDecayFactor(e, 3, 0), 1.0);
  EXPECT_DOUBLE_EQ(linearDecayFactor(0, 2, 2), 2.0 / 3.0);
  // pix2pix defaults (100 + 100): epoch 150 (0-based) runs at 1 - 51/101.
  EXPECT_DOUBLE_EQ(linearDecayFactor(150, 200, 100), 1.0 - 51.0 / 101.0);
}

TEST(ColorizationData, HoldsOutValidationWhenThereIsNoSplit) {
  TempDir tmp;
  writePhotos(tmp / "photos", 10);
  auto c = tinyConfig(tmp);
  c.valFraction = 0.25;
  const auto d = selectColorizationData(c);
  EXPECT_EQ(d.val.size(), 3u);  // round(0.25 * 10)
  EXPECT_EQ(d.train.size(), 7u);
  std::set<fs::path> all;
  for (const auto& s : d.train) all.insert(s.image);
  for (const auto& s : d.val) all.insert(s.image);
  EXPECT_EQ(all.size(), 10u) << "train and val must be disjoint and cover every image";
  // Same seed, same choice; another seed, (almost surely) another one.
  EXPECT_EQ(selectColorizationData(c).fingerprint, d.fingerprint);
  c.seed = 99;
  EXPECT_NE(selectColorizationData(c).fingerprint, d.fingerprint);
  c.seed = 1;
  c.maxImages = 4;
  EXPECT_EQ(selectColorizationData(c).train.size(), 4u);
}

TEST(ColorizationData, UsesTrainAndValFoldersAndFingerprintsFiles) {
  TempDir tmp;
  writePhotos(tmp / "photos" / "train", 5);
  writePhotos(tmp / "photos" / "val", 2, 50);
  const auto c = tinyConfig(tmp);
  const auto d = selectColorizationData(c);
  EXPECT_EQ(d.train.size(), 5u);
  EXPECT_EQ(d.val.size(), 2u);
  EXPECT_NE(d.description.find("'train'"), std::string::npos) << d.description;
  // A file that changes size changes the fingerprint.
  cv::imwrite((tmp / "photos" / "train" / "img100.png").string(),
              colorproxy::test::makeColourImage(50, 50, 7));
  EXPECT_NE(selectColorizationData(c).fingerprint, d.fingerprint);
}

TEST(ColorizationData, TooFewImagesIsAClearError) {
  TempDir tmp;
  writePhotos(tmp / "photos", 1);
  try {
    selectColorizationData(tinyConfig(tmp));
    FAIL();
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("at least 2"), std::string::npos) << e.what();
  }
}

TEST(ColorizationTrainer, GanRunLeavesEveryArtefact) {
  TempDir tmp;
  writePhotos(tmp / "photos", 10);
  StopToken stop;
  Recorder rec;
  const RunResult r = runColorization(tinyConfig(tmp), rec, stop);
  ASSERT_TRUE(r.error.empty()) << r.error << "\n" << joined(rec.logs);
  EXPECT_TRUE(r.completed);
  EXPECT_FALSE(r.stopped);
  EXPECT_EQ(r.epoch, 2);
  EXPECT_EQ(r.iteration, 8);  // 8 training images, batch 2, 2 epochs
  ASSERT_EQ(rec.iterations.size(), 8u);
  EXPECT_EQ(rec.iterations.back().totalIterations, 8);
  EXPECT_EQ(rec.iterations.front().iterationsPerEpoch, 4);
  for (const auto& s : rec.iterations) {
    for (const char* k : {"G_GAN", "G_L1", "D_real", "D_fake"}) {
      ASSERT_TRUE(s.losses.count(k)) << k;
      EXPECT_TRUE(std::isfinite(s.losses.at(k))) << k;
    }
    // Epoch 1 at the base rate, epoch 2 (the one decaying epoch) at 1 - 1/2.
    EXPECT_DOUBLE_EQ(s.learningRate, s.epoch == 1 ? 2e-4 : 1e-4) << "iteration " << s.iteration;
    EXPECT_GT(s.imagesPerSecond, 0.0);
  }
  ASSERT_EQ(rec.epochs.size(), 2u);
  EXPECT_TRUE(std::isfinite(rec.epochs[1].metrics.at("val_psnr")));
  EXPECT_GT(rec.epochs[1].metrics.at("val_ssim"), 0.0);
  EXPECT_LE(rec.epochs[1].metrics.at("val_ssim"), 1.0);
  EXPECT_EQ(r.finalMetrics, rec.epochs[1].metrics);
  ASSERT_EQ(rec.previews.size(), 2u);
  EXPECT_EQ(rec.previews[0].grid.cols, 3 * 32);
  EXPECT_EQ(rec.previews[0].grid.rows, 2 * 32);

  RunFolder run(r.runDir);
  EXPECT_EQ(r.runDir.parent_path(), tmp / "runs");
  const json config = json::parse(run.readConfigText());
  EXPECT_EQ(config["task"], "colorization");
  EXPECT_EQ(config["engineVersion"], COLORPROXY_VERSION);
  EXPECT_EQ(config["settings"]["ngf"], 8);
  EXPECT_EQ(config["seed"], 1);
  EXPECT_EQ(config["dataset"]["trainImages"], 8);
  EXPECT_EQ(config["dataset"]["fingerprint"].get<std::string>().size(), 16u);
  EXPECT_EQ(configToJson(configFromJson<ColorizationConfig>(config)), configToJson(tinyConfig(tmp)));

  const MetricsTable m = run.readMetrics();
  EXPECT_EQ(m.rows.size(), 8u + 2u);
  EXPECT_EQ(m.series("iter", "G_L1").size(), 8u);
  const auto psnr = m.series("epoch", "val_psnr");
  ASSERT_EQ(psnr.size(), 2u);
  EXPECT_NEAR(psnr[1].second, r.finalMetrics.at("val_psnr"), 1e-6);  // the CSV keeps 9 digits

  EXPECT_TRUE(fs::exists(run.latestCheckpoint()));
  EXPECT_EQ(run.epochCheckpoints().size(), 2u);
  const auto previews = run.previews();
  ASSERT_EQ(previews.size(), 2u);
  const cv::Mat grid = cv::imread(previews[1].file.string());
  EXPECT_EQ(grid.size(), cv::Size(96, 64));
  EXPECT_EQ(run.readStatus().state, RunState::Completed);
  const json report = json::parse(readTextFile(run.reportJsonFile()));
  EXPECT_EQ(report["state"], "completed");
  EXPECT_EQ(report["iterations"], 8);
  const PretrainingReport typed = *run.readPretrainingReport();
  EXPECT_TRUE(typed.completed);
  EXPECT_EQ(typed.iterations, 8);
  EXPECT_EQ(typed.epochsCompleted, 2);
  EXPECT_TRUE(fs::exists(run.reportMarkdownFile()));
  const RunSummary summary = run.summary();
  EXPECT_EQ(summary.kind, RunKind::Pretraining);
  ASSERT_TRUE(summary.bestMetric.has_value());
  EXPECT_DOUBLE_EQ(*summary.bestMetric, std::max(psnr[0].second, psnr[1].second));

  CheckpointReader latest(run.latestCheckpoint());
  const json meta = json::parse(latest.meta());
  EXPECT_EQ(meta["position"]["epoch"], 2);
  EXPECT_EQ(meta["position"]["batch"], 0);
  EXPECT_EQ(meta["position"]["iteration"], 8);
  EXPECT_TRUE(latest.has("discriminator"));
  EXPECT_TRUE(latest.has("optimizerD"));
}

namespace {

// The acceptance test of exact resume: N steps straight == N/2, stop, resume, N/2 — same losses at every
// iteration and bit-identical weights, across an epoch boundary and with dropout, shuffling and jitter on.
void expectExactResume(ColorizationConfig config) {
  config.runName = "straight";
  StopToken stop1;
  Recorder straight;
  const RunResult a = runColorization(config, straight, stop1);
  ASSERT_TRUE(a.completed) << a.error;

  config.runName = "resumed";
  StopToken stop2;
  Recorder first(&stop2, 3);  // stop mid-epoch 1
  const RunResult b1 = runColorization(config, first, stop2);
  ASSERT_TRUE(b1.error.empty()) << b1.error;
  EXPECT_TRUE(b1.stopped);
  EXPECT_FALSE(b1.completed);
  EXPECT_EQ(b1.iteration, 3);
  EXPECT_EQ(RunFolder(b1.runDir).readStatus().state, RunState::Stopped);
  StopToken stop3;
  Recorder second;
  const RunResult b2 = resumeColorization(b1.runDir, second, stop3);
  ASSERT_TRUE(b2.completed) << b2.error;
  EXPECT_EQ(b2.runDir, b1.runDir);

  std::vector<IterationStats> combined = first.iterations;
  combined.insert(combined.end(), second.iterations.begin(), second.iterations.end());
  ASSERT_EQ(combined.size(), straight.iterations.size());
  for (size_t i = 0; i < combined.size(); ++i) {
    EXPECT_EQ(combined[i].iteration, straight.iterations[i].iteration);
    for (const auto& [k, v] : straight.iterations[i].losses)
      EXPECT_EQ(combined[i].losses.at(k), v) << k << " at iteration " << i + 1;
  }
  EXPECT_EQ(b2.finalMetrics, a.finalMetrics);
  for (const char* net : {"generator", "discriminator"}) {
    const auto wa = weightsOf(RunFolder(a.runDir).latestCheckpoint(), net);
    const auto wb = weightsOf(RunFolder(b1.runDir).latestCheckpoint(), net);
    ASSERT_EQ(wa.size(), wb.size());
    ASSERT_GT(wa.size(), 10u);
    for (const auto& [k, t] : wa) EXPECT_TRUE(torch::equal(t, wb.at(k))) << net << " " << k;
  }
  // metrics.csv holds each iteration once.
  const MetricsTable m = RunFolder(b1.runDir).readMetrics();
  const auto l1 = m.series("iter", "G_L1");
  ASSERT_EQ(l1.size(), 8u);
  for (size_t i = 0; i < l1.size(); ++i) EXPECT_EQ(l1[i].first, int64_t(i + 1));
}

}  // namespace

TEST(ColorizationTrainer, ResumeIsExact) {
  TempDir tmp;
  writePhotos(tmp / "photos", 10);
  expectExactResume(tinyConfig(tmp));
}

// Simulated hints derive from (seed, epoch, image): a resumed hint run draws the same hints.
TEST(ColorizationTrainer, HintRunResumesExactlyAndRecordsThatItTakesHints) {
  TempDir tmp;
  writePhotos(tmp / "photos", 10);
  auto config = tinyConfig(tmp);
  config.hints = true;
  expectExactResume(config);

  std::vector<fs::path> runs;
  for (const auto& e : fs::directory_iterator(tmp / "runs")) runs.push_back(e.path());
  ASSERT_EQ(runs.size(), 2u);  // straight and resumed
  const RunFolder run(runs.front());
  const json meta = json::parse(CheckpointReader(run.latestCheckpoint()).meta());
  EXPECT_EQ(meta["settings"]["hints"], true);
  const auto g = weightsOf(run.latestCheckpoint(), "generator");
  EXPECT_EQ(g.at("encoder.down0.conv.weight").size(1), 4);  // L, hint a, hint b, hint mask
  EXPECT_EQ(weightsOf(run.latestCheckpoint(), "discriminator").at("layers.0.weight").size(1), 6);
  const MetricsTable m = run.readMetrics();
  const auto guided = m.series("epoch", "val_psnr_hints"), automatic = m.series("epoch", "val_psnr");
  ASSERT_EQ(guided.size(), 2u);
  EXPECT_TRUE(std::isfinite(guided[1].second));
  EXPECT_NE(guided[1].second, automatic[1].second);  // the hints reach the network
  EXPECT_NE(readTextFile(run.reportMarkdownFile()).find("PSNR with simulated hints"), std::string::npos);
}

TEST(ColorizationTrainer, ResumeCanExtendACompletedRun) {
  TempDir tmp;
  writePhotos(tmp / "photos", 6);
  auto config = tinyConfig(tmp, "l2");
  config.epochs = 1;
  config.epochsDecay = 0;
  StopToken stop;
  Recorder rec;
  const RunResult a = runColorization(config, rec, stop);
  ASSERT_TRUE(a.completed) << a.error;
  ResumeOptions more;
  more.epochs = 2;
  Recorder rec2;
  const RunResult b = resumeColorization(a.runDir, rec2, stop, more);
  ASSERT_TRUE(b.completed) << b.error;
  EXPECT_EQ(b.epoch, 2);
  EXPECT_EQ(rec2.epochs.size(), 1u);
  EXPECT_EQ(RunFolder(a.runDir).epochCheckpoints().size(), 2u);
  EXPECT_EQ(json::parse(RunFolder(a.runDir).readConfigText())["settings"]["epochs"], 2);
  more.epochs = 1;
  const RunResult c = resumeColorization(a.runDir, rec2, stop, more);
  EXPECT_NE(c.error.find("cannot shorten"), std::string::npos) << c.error;

  // A run that another live process is training is refused (pid 1 is always alive).
  RunStatus busy;
  busy.state = RunState::Running;
  busy.pid = 1;
  writeRunStatus(RunFolder(a.runDir).statusFile(), busy);
  more.epochs = 3;
  const RunResult d = resumeColorization(a.runDir, rec2, stop, more);
  EXPECT_NE(d.error.find("is being trained right now by process 1"), std::string::npos) << d.error;
}

TEST(ColorizationTrainer, IterationBudgetBecomesWholeEpochsOfThisDataset) {
  // 8 training images at batch 2 = 4 batches per epoch: a budget of 10 steps gives ceil(10 / 4) = 3 epochs
  // (12 steps); the decay keeps its share of 1 in 2 epochs → round(1.5) = 2 decay epochs, so epoch 1 runs
  // at the full rate and epochs 2-3 decay (pix2pix's linear policy: 1 − k / (decay + 1)).
  TempDir tmp;
  writePhotos(tmp / "photos", 10);
  auto config = tinyConfig(tmp, "l2");
  config.iterations = 10;
  StopToken stop;
  Recorder rec;
  const RunResult r = runColorization(config, rec, stop);
  ASSERT_TRUE(r.completed) << r.error << "\n" << joined(rec.logs);
  EXPECT_EQ(r.epoch, 3);
  EXPECT_EQ(r.iteration, 12);
  ASSERT_EQ(rec.iterations.size(), 12u);
  EXPECT_DOUBLE_EQ(rec.iterations.front().learningRate, config.lr);
  EXPECT_NEAR(rec.iterations.back().learningRate, config.lr * (1.0 - 2.0 / 3.0), 1e-12);
  EXPECT_NE(joined(rec.logs).find("budget 10 iterations: 3 epochs of 4 batches"), std::string::npos)
      << joined(rec.logs);
}

TEST(ColorizationTrainer, ClassificationAndL2PretextsTrain) {
  TempDir tmp;
  writePhotos(tmp / "photos", 6);
  for (const std::string pretext : {"classification", "l2"}) {
    auto config = tinyConfig(tmp, pretext);
    config.epochs = 1;
    config.epochsDecay = 0;
    StopToken stop;
    Recorder rec;
    const RunResult r = runColorization(config, rec, stop);
    ASSERT_TRUE(r.completed) << pretext << ": " << r.error;
    const std::string loss = pretext == "classification" ? "CE" : "L2";
    ASSERT_FALSE(rec.iterations.empty());
    for (const auto& s : rec.iterations) {
      ASSERT_EQ(s.losses.size(), 1u);
      EXPECT_TRUE(std::isfinite(s.losses.at(loss))) << pretext;
      EXPECT_GT(s.losses.at(loss), 0.0) << pretext;
    }
    EXPECT_TRUE(std::isfinite(r.finalMetrics.at("val_psnr"))) << pretext;
    CheckpointReader ck(RunFolder(r.runDir).latestCheckpoint());
    EXPECT_FALSE(ck.has("discriminator"));
    if (pretext == "classification") {
      EXPECT_TRUE(fs::exists(r.runDir / "ab_prior.json"));
      // The cached prior is reused on resume rather than recomputed.
      ResumeOptions more;
      more.epochs = 2;
      Recorder rec2;
      const RunResult r2 = resumeColorization(r.runDir, rec2, stop, more);
      ASSERT_TRUE(r2.completed) << r2.error;
      EXPECT_NE(joined(rec2.logs).find("ab prior loaded"), std::string::npos) << joined(rec2.logs);
    }
  }
}

TEST(ColorizationTrainer, QuarterResolutionClassificationTrainsDecodesAndFineTunes) {
  // Zhang et al.'s variant: logits at a quarter of the input size against every 4th pixel's encoding.
  TempDir tmp;
  writePhotos(tmp / "photos", 6);
  auto config = tinyConfig(tmp, "classification");
  config.classificationStride = 4;
  config.epochs = 12;
  config.epochsDecay = 0;
  config.lr = 2e-3;
  StopToken stop;
  Recorder rec;
  const RunResult r = runColorization(config, rec, stop);
  ASSERT_TRUE(r.completed) << r.error;
  ASSERT_GE(rec.iterations.size(), 12u);
  // It learns: the last epoch's cross-entropy is below the first step's (about ln 313 = 5.75 at the start).
  const double first = rec.iterations.front().losses.at("CE");
  double last = 0.0;
  const size_t perEpoch = rec.iterations.size() / 12;
  for (size_t i = rec.iterations.size() - perEpoch; i < rec.iterations.size(); ++i)
    last += rec.iterations[i].losses.at("CE") / double(perEpoch);
  EXPECT_LT(last, 0.9 * first) << "first " << first << ", last epoch " << last;
  EXPECT_TRUE(std::isfinite(r.finalMetrics.at("val_psnr")));
  const auto weights = weightsOf(RunFolder(r.runDir).latestCheckpoint(), "generator");
  EXPECT_EQ(weights.count("decoder.head.weight"), 1u);
  EXPECT_EQ(weights.count("decoder.up0.conv.weight"), 0u);
  EXPECT_EQ(weights.at("decoder.head.weight").size(0), 313);
  // The Colorizer decodes it at the photo's full size.
  const Colorizer colorizer(r.runDir);
  const cv::Mat photo = colorproxy::test::makeColourImage(50, 38, 9);
  const cv::Mat out = colorizer.colorize(photo);
  EXPECT_EQ(out.size(), photo.size());
  EXPECT_EQ(out.type(), CV_8UC3);
  // Config validation: the stride belongs to the classification pretext and is 1 or 4.
  auto bad = tinyConfig(tmp, "gan");
  bad.classificationStride = 4;
  EXPECT_NE(joined(bad.validate()).find("classificationStride 4 applies"), std::string::npos);
  bad.pretext = "classification";
  bad.classificationStride = 2;
  EXPECT_NE(joined(bad.validate()).find("must be 1"), std::string::npos);
}

TEST(ColorizationTrainer, NonFiniteLossFailsClearlyAndKeepsLastCheckpoint) {
  TempDir tmp;
  writePhotos(tmp / "photos", 6);
  auto config = tinyConfig(tmp, "l2");
  config.abDivisor = 1e-37;  // ab / 1e-37 overflows float: the scaled targets become infinite
  StopToken stop;
  Recorder rec;
  const RunResult r = runColorization(config, rec, stop);
  EXPECT_FALSE(r.completed);
  EXPECT_NE(r.error.find("loss L2 is"), std::string::npos) << r.error;
  EXPECT_NE(r.error.find("last good checkpoint"), std::string::npos) << r.error;
  RunFolder run(r.runDir);
  EXPECT_EQ(run.readStatus().state, RunState::Failed);
  EXPECT_NE(run.readStatus().message.find("loss L2"), std::string::npos);
  CheckpointReader ck(run.latestCheckpoint());
  EXPECT_EQ(json::parse(ck.meta())["position"]["iteration"], 0);
}

TEST(ColorizationTrainer, PauseAndResumeBetweenBatches) {
  TempDir tmp;
  writePhotos(tmp / "photos", 6);
  auto config = tinyConfig(tmp, "l2");
  config.epochs = 1;
  config.epochsDecay = 0;
  StopToken stop;
  std::thread resumer;
  std::atomic<bool> pausedSeen{false};
  class Pauser : public TrainingObserver {
   public:
    Pauser(StopToken& s, std::thread& t, std::atomic<bool>& seen) : m_s(s), m_t(t), m_seen(seen) {}
    void onIteration(const IterationStats& st) override {
      if (st.iteration != 1) return;
      m_s.pause();
      m_seen = m_s.paused();
      m_t = std::thread([this] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        m_s.resume();
      });
    }

   private:
    StopToken& m_s;
    std::thread& m_t;
    std::atomic<bool>& m_seen;
  } pauser(stop, resumer, pausedSeen);
  const RunResult r = runColorization(config, pauser, stop);
  if (resumer.joinable()) resumer.join();
  EXPECT_TRUE(pausedSeen);
  EXPECT_TRUE(r.completed) << r.error;
}

TEST(ColorizationTrainer, BadInputsComeBackAsErrors) {
  TempDir tmp;
  StopToken stop;
  Recorder rec;
  auto config = tinyConfig(tmp);
  RunResult r = runColorization(config, rec, stop);  // photos/ does not exist
  EXPECT_NE(r.error.find("photos' is not an existing folder"), std::string::npos) << r.error;
  EXPECT_TRUE(r.runDir.empty());
  EXPECT_FALSE(fs::exists(tmp / "runs"));

  fs::create_directories(tmp / "photos");
  colorproxy::test::writeBytes(tmp / "photos" / "broken.jpg", "not a jpeg");
  r = runColorization(config, rec, stop);
  EXPECT_FALSE(r.error.empty());
  EXPECT_FALSE(r.completed);

  config.ngf = 0;
  r = runColorization(config, rec, stop);
  EXPECT_NE(r.error.find("ngf 0"), std::string::npos) << r.error;

  r = resumeColorization(tmp / "nowhere", rec, stop);
  EXPECT_NE(r.error.find("nowhere' is not a run folder"), std::string::npos) << r.error;

  writePhotos(tmp / "photos2", 4);
  config = tinyConfig(tmp, "l2");
  config.dataPath = tmp / "photos2";
  config.epochs = 1;
  config.epochsDecay = 0;
  r = runColorization(config, rec, stop);
  ASSERT_TRUE(r.completed) << r.error;
  // A changed dataset cannot be resumed exactly.
  writePhotos(tmp / "photos2", 5, 40);
  ResumeOptions more;
  more.epochs = 2;
  const RunResult again = resumeColorization(r.runDir, rec, stop, more);
  EXPECT_NE(again.error.find("fingerprint"), std::string::npos) << again.error;
}

// bfloat16 autocast and channels-last are speed settings: every pretext must still train with finite
// losses, and the checkpoints they leave must load in the Colorizer's default layout.
TEST(ColorizationTrainer, Bf16AndChannelsLastTrainEveryPretext) {
  TempDir tmp;
  writePhotos(tmp / "photos", 6);
  for (const std::string pretext : {"gan", "classification", "l2"}) {
    auto config = tinyConfig(tmp, pretext);
    config.epochs = 1;
    config.epochsDecay = 0;
    config.bf16 = true;
    config.channelsLast = true;
    StopToken stop;
    Recorder rec;
    const RunResult r = runColorization(config, rec, stop);
    ASSERT_TRUE(r.completed) << pretext << ": " << r.error;
    for (const auto& s : rec.iterations)
      for (const auto& [k, v] : s.losses) EXPECT_TRUE(std::isfinite(v)) << pretext << " " << k;
    EXPECT_TRUE(std::isfinite(r.finalMetrics.at("val_psnr"))) << pretext;
  }
}

TEST(ColorizationTrainer, FeatureProbeIsLoggedEachEpochAndLeavesTrainingUntouched) {
  TempDir tmp;
  writePhotos(tmp / "photos", 10);
  colorproxy::test::makeFinetuneYolo(tmp / "labelled", 8, 40, 32);
  auto config = tinyConfig(tmp);
  config.runName = "plain";
  StopToken s1;
  Recorder plain;
  const RunResult a = runColorization(config, plain, s1);
  ASSERT_TRUE(a.completed) << a.error;

  config.runName = "probed";
  config.probeData = tmp / "labelled";
  StopToken s2;
  Recorder probed;
  const RunResult b = runColorization(config, probed, s2);
  ASSERT_TRUE(b.completed) << b.error << joined(probed.logs);
  EXPECT_NE(joined(probed.logs).find("k-NN probe"), std::string::npos) << joined(probed.logs);

  // The probe draws no random numbers and restores training mode: the same losses and weights.
  ASSERT_EQ(plain.iterations.size(), probed.iterations.size());
  for (size_t i = 0; i < plain.iterations.size(); ++i)
    for (const auto& [k, v] : plain.iterations[i].losses)
      EXPECT_EQ(probed.iterations[i].losses.at(k), v) << k << i;
  const auto wa = weightsOf(RunFolder(a.runDir).latestCheckpoint(), "generator");
  const auto wb = weightsOf(RunFolder(b.runDir).latestCheckpoint(), "generator");
  ASSERT_EQ(wa.size(), wb.size());
  for (const auto& [k, t] : wa) EXPECT_TRUE(torch::equal(t, wb.at(k))) << k;

  // One value per epoch, in metrics.csv and in the epoch reports.
  const auto series = RunFolder(b.runDir).readMetrics().series("epoch", "probe_knn_mAP");
  ASSERT_EQ(series.size(), 2u);
  ASSERT_EQ(probed.epochs.size(), 2u);
  const double last = probed.epochs.back().metrics.at("probe_knn_mAP");
  EXPECT_GT(last, 0.0);
  EXPECT_LE(last, 1.0);
  EXPECT_NEAR(series.back().second, last, 1e-6);
  EXPECT_EQ(plain.epochs.back().metrics.count("probe_knn_mAP"), 0u);

  // The same probe on the saved final generator gives the logged value.
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(config.ngf).numDowns(config.numDowns));
  {
    torch::NoGradGuard noGrad;
    for (auto& p : g->named_parameters()) p.value().copy_(wb.at(p.key()));
    for (auto& p : g->named_buffers()) p.value().copy_(wb.at(p.key()));
  }
  EpochKnnProbeOptions po;
  po.dataPath = config.probeData;
  po.imageSize = config.imageSize;
  po.ngf = config.ngf;
  po.numDowns = config.numDowns;
  po.maxImages = config.probeImages;
  po.loaderWorkers = 0;
  const EpochKnnProbe probe(po);
  EXPECT_DOUBLE_EQ(probe.score(g->encoder, torch::kCPU), last);

  config.probeData = tmp / "missing";
  EXPECT_FALSE(config.validate().empty());
}
