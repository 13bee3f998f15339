// Data-parallel training on c10d with 2 real processes over 127.0.0.1: this test executable starts
// itself twice (runLocalWorkers, a free port) running only DistWorker.Run, which plays the scenario named
// in COLORPROXY_TEST_DIST_SCENARIO and leaves its results in COLORPROXY_TEST_DIST_OUT.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <torch/torch.h>

#include "colorproxy/data/epoch_shard.h"
#include "colorproxy/dist/dist_env.h"
#include "colorproxy/dist/local_launcher.h"
#include "colorproxy/experiment/experiment_runner.h"
#include "colorproxy/finetune/finetune_trainer.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "dist/dist_group.h"
#include "dist/job_board.h"
#include "engine/finetune/finetune_test_data.h"
#include "finetune/finetune_data.h"
#include "finetune/finetune_evaluation.h"
#include "finetune/finetune_model.h"
#include "io/checkpoint.h"
#include "io/colorization_model.h"
#include "models/patch_discriminator.h"
#include "models/sync_batch_norm.h"
#include "models/unet_generator.h"
#include "models/weight_init.h"
#include "pretrain/gan_step.h"
#include "support/test_support.h"
#include "train/config_json.h"

namespace colorproxy {
namespace {

namespace fs = std::filesystem;
constexpr int kSteps = 3;
constexpr int kPerRankBatch = 2;

const char* const kScenario = "COLORPROXY_TEST_DIST_SCENARIO";
const char* const kOut = "COLORPROXY_TEST_DIST_OUT";

torch::Tensor flatParameters(torch::nn::Module& m) {
  std::vector<torch::Tensor> flat;
  for (const auto& p : m.parameters()) flat.push_back(p.detach().reshape(-1));
  return torch::cat(flat).clone();
}

void writeText(const fs::path& file, const std::string& text) { std::ofstream(file) << text; }

std::string readText(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The data of step `step` for a global batch of `n` samples (the same on every rank, from the seed).
std::pair<torch::Tensor, torch::Tensor> globalBatch(int step, int n) {
  torch::manual_seed(1000 + uint64_t(step));
  return {torch::rand({n, 1, 32, 32}) * 2 - 1, torch::rand({n, 2, 32, 32}) * 2 - 1};
}

// Rank r's share of a global batch: the strided epochShard rule the loader uses.
torch::Tensor share(const torch::Tensor& t, int rank, int ranks) {
  std::vector<size_t> order(size_t(t.size(0)));
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<int64_t> idx;
  for (size_t i : epochShard(order, rank, ranks, true)) idx.push_back(int64_t(i));
  return t.index_select(0, torch::tensor(idx));
}

// A tiny network whose normalisation is per sample (instance norm), so that a batch split over ranks
// gives the same gradient as the whole batch.
torch::nn::Sequential perSampleNet() {
  return torch::nn::Sequential(torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 8, 3).padding(1)),
                               torch::nn::InstanceNorm2d(torch::nn::InstanceNorm2dOptions(8).affine(true)),
                               torch::nn::ReLU(),
                               torch::nn::Conv2d(torch::nn::Conv2dOptions(8, 2, 3).padding(1)));
}

void sgdSteps(torch::nn::Sequential& net, int rank, int ranks, DistGroup* group) {
  torch::optim::SGD opt(net->parameters(), torch::optim::SGDOptions(0.1));
  for (int step = 0; step < kSteps; ++step) {
    auto [l, ab] = globalBatch(step, kPerRankBatch * 2);
    if (ranks > 1) {
      l = share(l, rank, ranks);
      ab = share(ab, rank, ranks);
    }
    opt.zero_grad();
    torch::l1_loss(net->forward(l), ab).backward();
    if (group) group->averageGradients(net->parameters());
    opt.step();
  }
}

// A U-Net with batch norm (no dropout) trained by SGD on the global batches of globalBatch(); with
// `group` each rank trains its share (synchronised batch norm when `sync`).
torch::Tensor batchNormSteps(int rank, int ranks, DistGroup* group, bool sync) {
  torch::manual_seed(11);
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(8).numDowns(5).dropout(0.0));
  torch::optim::SGD opt(g->parameters(), torch::optim::SGDOptions(0.05));
  std::unique_ptr<SyncBatchNormScope> scope;
  if (sync)
    scope = std::make_unique<SyncBatchNormScope>([group](torch::Tensor& t) { group->allReduceSum(t); });
  for (int step = 0; step < kSteps; ++step) {
    auto [l, ab] = globalBatch(step, kPerRankBatch * 2);
    if (ranks > 1) {
      l = share(l, rank, ranks);
      ab = share(ab, rank, ranks);
    }
    opt.zero_grad();
    torch::l1_loss(g->forward(l), ab).backward();
    if (group) group->averageGradients(g->parameters());
    opt.step();
  }
  std::vector<torch::Tensor> all = {flatParameters(*g)};
  for (const auto& b : g->buffers()) all.push_back(b.reshape(-1).to(torch::kFloat));
  return torch::cat(all);
}

// ---- the worker side -------------------------------------------------------------------------------

void runGanScenario(DistGroup& group, const fs::path& out) {
  // Each rank initialises differently on purpose: the broadcast must make them equal.
  torch::manual_seed(uint64_t(7 + group.rank()));
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(8).numDowns(5));
  PatchDiscriminator d(PatchDiscriminatorOptions(3).ndf(8));
  initPix2PixWeights(*g);
  initPix2PixWeights(*d);
  group.broadcastModule(*g);
  group.broadcastModule(*d);
  const auto initial = flatParameters(*g);
  const auto adam = torch::optim::AdamOptions(2e-4).betas({0.5, 0.999});
  torch::optim::Adam optG(g->parameters(), adam), optD(d->parameters(), adam);
  GanStepOptions o;
  o.bf16 = false;
  GanStep step(g, d, optG, optD, o);
  step.setGradientSync([&](torch::nn::Module& m) { group.averageGradients(m.parameters()); });
  for (int s = 0; s < kSteps; ++s) {
    const auto [l, ab] = globalBatch(s, kPerRankBatch * group.size());
    step.step(share(l, group.rank(), group.size()), share(ab, group.rank(), group.size()));
  }
  torch::save(std::vector<torch::Tensor>{initial, flatParameters(*g), flatParameters(*d)},
              (out / ("gan-rank" + std::to_string(group.rank()) + ".pt")).string());
}

void runPerSampleScenario(DistGroup& group, const fs::path& out) {
  torch::manual_seed(5);
  auto net = perSampleNet();
  group.broadcastModule(*net);
  sgdSteps(net, group.rank(), group.size(), &group);
  torch::save(std::vector<torch::Tensor>{flatParameters(*net)},
              (out / ("norm-rank" + std::to_string(group.rank()) + ".pt")).string());
}

void runBatchNormScenario(DistGroup& group, const fs::path& out, bool sync) {
  torch::save(std::vector<torch::Tensor>{batchNormSteps(group.rank(), group.size(), &group, sync)},
              (out / ((sync ? "syncbn-rank" : "bn-rank") + std::to_string(group.rank()) + ".pt")).string());
}

void runMetricScenario(DistGroup& group, const fs::path& out) {
  // Rank r holds values r*10 + {1, 2, 3}; the sums over both ranks are known by hand.
  const double r = group.rank();
  const auto s = group.sum({r * 10 + 1, r * 10 + 2, r * 10 + 3, 1.0});
  const auto gathered = group.allGather(torch::full({2}, r + 0.5));
  const std::string text = group.broadcastText(group.rank() == 0 ? "runs/x-from-rank-0" : "not this");
  std::ostringstream line;
  line << s[0] << " " << s[1] << " " << s[2] << " " << s[3] << " " << gathered[0][0].item<double>() << " "
       << gathered[1][1].item<double>() << " " << text;
  writeText(out / ("metric-rank" + std::to_string(group.rank()) + ".txt"), line.str());
}

// Rank 1 dies (SIGKILL, as the OOM killer or a lost node) after one good all-reduce; rank 0 keeps going.
void runDeadRankScenario(DistGroup& group, const fs::path& out, bool hang) {
  auto net = perSampleNet();
  group.broadcastModule(*net);
  const auto l = torch::rand({2, 1, 8, 8});
  torch::l1_loss(net->forward(l), torch::zeros({2, 2, 8, 8})).backward();
  group.averageGradients(net->parameters());
  if (group.rank() == 1) {
    if (hang) {
      // Alive but silent (stuck, or stopped): rank 0 must give up after the timeout.
      std::this_thread::sleep_for(std::chrono::seconds(group.env().timeoutSeconds + 3));
      std::_Exit(0);
    }
    std::raise(SIGKILL);
  }
  const auto start = std::chrono::steady_clock::now();
  std::string message = "no error";
  try {
    for (int i = 0; i < 100; ++i) group.averageGradients(net->parameters());
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // A write to the dead rank's socket raises SIGPIPE, which would end this process with no message
  // (exit 141; seen once in CI): the group ignores it.
  struct sigaction pipe {};
  ::sigaction(SIGPIPE, nullptr, &pipe);
  message += pipe.sa_handler == SIG_IGN ? "\nSIGPIPE ignored" : "\nSIGPIPE not ignored";
  writeText(out / "dead-rank0.txt", std::to_string(seconds) + "\n" + message);
}

// A tiny GAN pretraining on out/photos: 10 training images (5 per rank, batch 2: 3 steps per epoch, the
// last of 1 image), 2 validation images (1 per rank), 2 epochs.
ColorizationConfig tinyPretraining(const fs::path& out) {
  ColorizationConfig c = ColorizationConfig::preset("tiny");
  c.dataPath = out / "photos";
  c.runsDir = out / "runs";
  c.batchSize = 2;
  c.epochs = 2;
  c.epochsDecay = 1;
  c.threads = 1;
  c.loaderWorkers = 1;
  c.previewCount = 1;
  c.valFraction = 0.2;
  return c;
}

/// Logs each step's losses (rank 0's are the means over the ranks) and stops after `stopAfter` steps.
class StepLog : public TrainingObserver {
 public:
  StepLog(StopToken& stop, int64_t stopAfter) : m_stop(stop), m_stopAfter(stopAfter) {}
  void onIteration(const IterationStats& s) override {
    losses.push_back(s.losses);
    if (s.iteration == m_stopAfter) m_stop.requestStop();
  }
  std::vector<std::map<std::string, double>> losses;

 private:
  StopToken& m_stop;
  int64_t m_stopAfter;
};

// Trains (or resumes COLORPROXY_TEST_DIST_RESUME); rank 0 alone asks to stop after
// COLORPROXY_TEST_DIST_STOP_AT steps, so the stop must reach rank 1 through the job.
void runPretrainScenario(const DistEnv& env, const fs::path& out) {
  StopToken stop;
  const char* stopAt = std::getenv("COLORPROXY_TEST_DIST_STOP_AT");
  StepLog log(stop, stopAt && env.rank == 0 ? std::atoll(stopAt) : -1);
  const char* resume = std::getenv("COLORPROXY_TEST_DIST_RESUME");
  const RunResult r =
      resume ? resumeColorization(resume, log, stop) : runColorization(tinyPretraining(out), log, stop);
  nlohmann::json j = {{"runDir", r.runDir.string()}, {"iteration", r.iteration}, {"completed", r.completed},
                      {"stopped", r.stopped},        {"error", r.error},         {"losses", log.losses},
                      {"metrics", r.finalMetrics}};
  writeText(out / ("pretrain-rank" + std::to_string(env.rank) + ".json"), j.dump());
}

// A tiny fine-tuning (COLORPROXY_TEST_DIST_TASK: classification on out/coco, segmentation on
// out/camvid): batch 2 per rank, 3 passes.
FinetuneConfig tinyFinetuning(const std::string& task, const fs::path& out) {
  FinetuneConfig c;
  c.task = *parseDownstreamTask(task);
  c.dataPath = out / (task == "segmentation" ? "camvid" : "coco");
  c.imageSize = 32;
  c.ngf = 8;
  c.numDowns = 5;
  c.hidden = 32;
  c.batchSize = 2;
  c.phases = parsePhases("3@0.002");
  c.threads = 1;
  c.loaderWorkers = 0;
  c.previewCount = 2;
  c.runsDir = out / "runs";
  c.runName = task;
  c.device = "cpu";
  // Without saved predictions every rank scores its share of the test split (saved predictions are
  // written by rank 0 scoring it alone).
  c.savePredictions = false;
  return c;
}

// Trains (or resumes COLORPROXY_TEST_DIST_RESUME); rank 0 alone asks to stop after
// COLORPROXY_TEST_DIST_STOP_AT steps.
void runFinetuneScenario(const DistEnv& env, const fs::path& out) {
  StopToken stop;
  const char* stopAt = std::getenv("COLORPROXY_TEST_DIST_STOP_AT");
  StepLog log(stop, stopAt && env.rank == 0 ? std::atoll(stopAt) : -1);
  const char* resume = std::getenv("COLORPROXY_TEST_DIST_RESUME");
  FinetuneResult r;
  if (resume) {
    r = resumeFinetune(resume, log, stop);
  } else {
    FinetuneConfig config = tinyFinetuning(std::getenv("COLORPROXY_TEST_DIST_TASK"), out);
    config.syncBatchNorm = std::getenv("COLORPROXY_TEST_DIST_SYNC_SETTING") != nullptr;
    r = runFinetune(config, log, stop);
  }
  nlohmann::json j = {
      {"runDir", r.runDir.string()}, {"iteration", r.iteration}, {"completed", r.completed},
      {"stopped", r.stopped},        {"error", r.error},         {"losses", log.losses},
      {"val", r.valMetrics},         {"test", r.testMetrics},    {"perClass", r.testPerClass}};
  writeText(out / ("finetune-rank" + std::to_string(env.rank) + ".json"), j.dump());
}

// A tiny experiment on out/coco reusing out/pretrained: classification, 2 seeds (4 runs).
ExperimentConfig tinyExperiment(const fs::path& out, const fs::path& runs) {
  ExperimentConfig c;
  c.name = "queued";
  c.runsDir = runs;
  c.tasks = {"classification"};
  c.seeds = 2;
  c.pretrained = out / "pretrained";
  c.classification = tinyFinetuning("classification", out);
  c.classification.phases = parsePhases("1@0.002");
  c.exampleCount = 1;
  c.threads = 1;
  return c;
}

void runExperimentScenario(const DistEnv& env, const fs::path& out) {
  StopToken stop;
  ExperimentObserver quiet;
  const ExperimentResult r = runExperiment(tinyExperiment(out, out / "runs"), quiet, stop);
  nlohmann::json j = {{"dir", r.dir.string()}, {"completed", r.completed}, {"error", r.error}};
  writeText(out / ("experiment-rank" + std::to_string(env.rank) + ".json"), j.dump());
}

// The job queue's board: rank 1 posts, then halts ("board-halt") or dies ("board-dead") while rank 0
// waits for a second post from it; rank 0 writes what it saw and how long it waited.
void runBoardScenario(const DistEnv& env, const fs::path& out, bool dies) {
  JobBoard board(env);
  if (env.rank == 1) {
    board.post("first", "from rank 1");
    std::this_thread::sleep_for(std::chrono::seconds(1));
    if (dies) std::raise(SIGKILL);
    board.halt("stopped");
    return;
  }
  std::string seen = board.waitFor("first", 1).value_or("nothing");
  const auto start = std::chrono::steady_clock::now();
  try {
    const auto second = board.waitFor("second", 1);
    seen += second ? "\nposted " + *second : "\nhalted: " + board.haltReason();
  } catch (const std::runtime_error& e) {
    seen += std::string("\nerror: ") + e.what();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  writeText(out / "board-rank0.txt", std::to_string(seconds) + "\n" + seen);
}

TEST(DistWorker, Run) {
  const char* scenario = std::getenv(kScenario);
  const char* out = std::getenv(kOut);
  if (!scenario || !out) GTEST_SKIP() << "only run as a worker started by the Dist tests";
  const DistEnv env = distEnvFromEnvironment();
  ASSERT_TRUE(env.distributed());
  if (std::string(scenario) == "pretrain") return runPretrainScenario(env, out);  // joins the job itself
  if (std::string(scenario) == "finetune") return runFinetuneScenario(env, out);
  if (std::string(scenario) == "experiment") return runExperimentScenario(env, out);
  if (std::string(scenario).rfind("board-", 0) == 0)
    return runBoardScenario(env, out, std::string(scenario) == "board-dead");
  at::set_num_threads(1);
  DistGroup group(env);
  ASSERT_EQ(group.backend(), "gloo");
  const std::string s = scenario;
  if (s == "gan") runGanScenario(group, out);
  if (s == "norm") runPerSampleScenario(group, out);
  if (s == "syncbn" || s == "bn") runBatchNormScenario(group, out, s == "syncbn");
  if (s == "metric") runMetricScenario(group, out);
  if (s == "dead" || s == "hang") runDeadRankScenario(group, out, s == "hang");
}

// ---- the launching side ----------------------------------------------------------------------------

LocalWorkersResult launch(const std::string& scenario, const fs::path& out, int timeoutSeconds = 120) {
  ::setenv(kScenario, scenario.c_str(), 1);
  ::setenv(kOut, out.c_str(), 1);
  ::setenv("COLORPROXY_DIST_TIMEOUT", std::to_string(timeoutSeconds).c_str(), 1);
  auto r = runLocalWorkers("/proc/self/exe", {"--gtest_filter=DistWorker.Run", "--gtest_color=no"}, 2);
  ::unsetenv(kScenario);
  ::unsetenv(kOut);
  ::unsetenv("COLORPROXY_DIST_TIMEOUT");
  return r;
}

std::vector<torch::Tensor> loadTensors(const fs::path& file) {
  std::vector<torch::Tensor> t;
  torch::load(t, file.string());
  return t;
}

// Test (a) of issue 15: ranks that start from different weights and train on different halves of each
// batch end bit-identical, for both networks of the GAN step.
TEST(Dist, GanStepWeightsStayBitIdenticalAcrossRanks) {
  test::TempDir out;
  const auto r = launch("gan", out.path());
  ASSERT_EQ(r.exitCodes, (std::vector<int>{0, 0}));
  const auto a = loadTensors(out / "gan-rank0.pt"), b = loadTensors(out / "gan-rank1.pt");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_TRUE(torch::equal(a[0], b[0])) << "rank 0's initial weights were not broadcast";
  EXPECT_TRUE(torch::equal(a[1], b[1])) << "generators differ after " << kSteps << " steps";
  EXPECT_TRUE(torch::equal(a[2], b[2])) << "discriminators differ after " << kSteps << " steps";
  EXPECT_GT((a[1] - a[0]).abs().max().item<double>(), 0.0) << "the generator did not train";
}

// Test (b): with per-sample normalisation, 2 ranks x batch b give the weights of 1 process x batch 2b.
TEST(Dist, TwoRanksOfBatchBEqualOneProcessOfBatch2B) {
  test::TempDir out;
  const auto r = launch("norm", out.path());
  ASSERT_EQ(r.exitCodes, (std::vector<int>{0, 0}));
  torch::manual_seed(5);
  auto single = perSampleNet();
  const auto before = flatParameters(*single);
  sgdSteps(single, 0, 1, nullptr);
  const auto expected = flatParameters(*single);
  const auto rank0 = loadTensors(out / "norm-rank0.pt")[0], rank1 = loadTensors(out / "norm-rank1.pt")[0];
  EXPECT_TRUE(torch::equal(rank0, rank1));
  EXPECT_GT((expected - before).abs().max().item<double>(), 1e-3) << "the single process did not train";
  EXPECT_LT((rank0 - expected).abs().max().item<double>(), 1e-5);
}

// Test (b) with batch norm: synchronised statistics make 2 ranks x batch b train as 1 process x batch 2b
// (weights and running statistics, within float tolerance of the sums' order); per-rank statistics (the
// default) do not.
TEST(Dist, SynchronisedBatchNormTrainsAsOneProcessWithTheWholeBatch) {
  test::TempDir out;
  ASSERT_EQ(launch("syncbn", out.path()).exitCodes, (std::vector<int>{0, 0}));
  ASSERT_EQ(launch("bn", out.path()).exitCodes, (std::vector<int>{0, 0}));
  const auto expected = batchNormSteps(0, 1, nullptr, false);
  const auto sync0 = loadTensors(out / "syncbn-rank0.pt")[0], sync1 = loadTensors(out / "syncbn-rank1.pt")[0];
  const auto own0 = loadTensors(out / "bn-rank0.pt")[0];
  EXPECT_TRUE(torch::equal(sync0, sync1));
  ASSERT_EQ(sync0.sizes(), expected.sizes());
  const double syncError = (sync0 - expected).abs().max().item<double>();
  const double ownError = (own0 - expected).abs().max().item<double>();
  EXPECT_LT(syncError, 1e-4);
  EXPECT_GT(ownError, 100 * syncError) << "per-rank statistics should differ from the whole batch's";
}

TEST(Dist, SumsGathersAndTextMatchHandValues) {
  test::TempDir out;
  const auto r = launch("metric", out.path());
  ASSERT_EQ(r.exitCodes, (std::vector<int>{0, 0}));
  for (int rank = 0; rank < 2; ++rank)
    EXPECT_EQ(readText(out / ("metric-rank" + std::to_string(rank) + ".txt")),
              "12 14 16 2 0.5 1.5 runs/x-from-rank-0");
}

// Test (d), c10d level: a killed rank makes the other stop with a clear message, fast.
TEST(Dist, KilledRankStopsTheOtherWithAClearMessage) {
  test::TempDir out;
  const auto start = std::chrono::steady_clock::now();
  const auto r = launch("dead", out.path(), 20);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.exitCodes[0], 0);
  EXPECT_EQ(r.exitCodes[1], 128 + SIGKILL);
  const std::string text = readText(out / "dead-rank0.txt");
  EXPECT_NE(text.find("distributed training stopped: rank 0 of 2"), std::string::npos) << text;
  EXPECT_NE(text.find("Another rank has stopped"), std::string::npos) << text;
  EXPECT_NE(text.find("SIGPIPE ignored"), std::string::npos) << text;
  EXPECT_LT(seconds, 60.0);
}

// A rank that is alive but silent: the other gives up after COLORPROXY_DIST_TIMEOUT, never hangs.
TEST(Dist, SilentRankTimesOut) {
  test::TempDir out;
  const auto r = launch("hang", out.path(), 3);
  EXPECT_EQ(r.exitCodes, (std::vector<int>{0, 0}));
  const std::string text = readText(out / "dead-rank0.txt");
  EXPECT_NE(text.find("distributed training stopped"), std::string::npos) << text;
  const double waited = std::stod(text.substr(0, text.find('\n')));
  EXPECT_GE(waited, 2.0) << text;
  EXPECT_LT(waited, 30.0) << text;
}

nlohmann::json pretrainResult(const fs::path& out, int rank) {
  return nlohmann::json::parse(readText(out / ("pretrain-rank" + std::to_string(rank) + ".json")));
}

torch::Tensor generatorWeights(const fs::path& runDir) {
  const ColorizationConfig c = ColorizationConfig::fromJsonString(
      nlohmann::json::parse(RunFolder(runDir).readConfigText())["settings"].dump(), "config.json");
  auto g = makeColorizationGenerator(ColorizationModelSpec::fromSettings(configToJson(c)));
  CheckpointReader(RunFolder(runDir).latestCheckpoint()).loadModule("generator", *g);
  return flatParameters(*g);
}

// Test (e) of issue 15 and the run folder rules: a 2-process pretraining stopped mid-epoch by rank 0 and
// resumed in 2 processes ends exactly as the uninterrupted 2-process run (every step's losses, the
// validation metrics, the weights); rank 1 knows rank 0's run folder and the reduced metrics but writes
// nothing.
TEST(Dist, PretrainingResumeEqualsAnUninterruptedRun) {
  test::TempDir out;
  for (int i = 0; i < 12; ++i) {
    const cv::Mat img = test::makeColourImage(40 + 3 * i, 36 + 2 * (i % 4), unsigned(i + 1));
    fs::create_directories(out / "photos");
    cv::imwrite((out / "photos" / ("img" + std::to_string(100 + i) + ".png")).string(), img);
  }
  ASSERT_EQ(launch("pretrain", out.path()).exitCodes, (std::vector<int>{0, 0}));
  const auto straight = pretrainResult(out.path(), 0), straight1 = pretrainResult(out.path(), 1);
  ASSERT_TRUE(straight["completed"].get<bool>()) << straight.dump();
  EXPECT_EQ(straight["iteration"], 6);
  EXPECT_EQ(straight1["runDir"], straight["runDir"]);
  EXPECT_EQ(straight1["metrics"], straight["metrics"]);
  EXPECT_TRUE(std::isfinite(straight["metrics"]["val_psnr"].get<double>()));

  ::setenv("COLORPROXY_TEST_DIST_STOP_AT", "4", 1);
  const auto stopped = launch("pretrain", out.path());
  ::unsetenv("COLORPROXY_TEST_DIST_STOP_AT");
  ASSERT_EQ(stopped.exitCodes, (std::vector<int>{0, 0}));
  const auto first = pretrainResult(out.path(), 0);
  ASSERT_TRUE(first["stopped"].get<bool>()) << first.dump();
  EXPECT_EQ(first["iteration"], 4);
  EXPECT_EQ(pretrainResult(out.path(), 1)["iteration"], 4) << "rank 1 did not stop with rank 0";
  const std::string runDir = first["runDir"];
  ::setenv("COLORPROXY_TEST_DIST_RESUME", runDir.c_str(), 1);
  const auto resumed = launch("pretrain", out.path());
  ::unsetenv("COLORPROXY_TEST_DIST_RESUME");
  ASSERT_EQ(resumed.exitCodes, (std::vector<int>{0, 0}));
  const auto second = pretrainResult(out.path(), 0);
  ASSERT_TRUE(second["completed"].get<bool>()) << second.dump();

  auto losses = first["losses"];
  for (const auto& l : second["losses"]) losses.push_back(l);
  EXPECT_EQ(losses, straight["losses"]);
  EXPECT_EQ(second["metrics"], straight["metrics"]);
  EXPECT_TRUE(
      torch::equal(generatorWeights(runDir), generatorWeights(straight["runDir"].get<std::string>())));
  // One run folder per run: rank 1 made none of its own.
  int folders = 0;
  for (const auto& e : fs::directory_iterator(out / "runs")) folders += e.is_directory() ? 1 : 0;
  EXPECT_EQ(folders, 2);
}

nlohmann::json finetuneResult(const fs::path& out, int rank) {
  return nlohmann::json::parse(readText(out / ("finetune-rank" + std::to_string(rank) + ".json")));
}

LocalWorkersResult launchFinetune(const std::string& task, const fs::path& out) {
  ::setenv("COLORPROXY_TEST_DIST_TASK", task.c_str(), 1);
  auto r = launch("finetune", out);
  ::unsetenv("COLORPROXY_TEST_DIST_TASK");
  return r;
}

// The fine-tuned network of a run folder's latest checkpoint.
std::unique_ptr<FinetuneModel> finetunedModel(const FinetuneConfig& c, const fs::path& runDir, int classes) {
  auto model = std::make_unique<FinetuneModel>(c, classes);
  CheckpointReader(RunFolder(runDir).latestCheckpoint()).loadModule("model", model->module());
  return model;
}

// Data-parallel fine-tuning in 2 processes: the ranks end bit-identical (the checkpoint's weight hashes of
// both ranks agree, checked again at every checkpoint), rank 1 writes nothing and gets rank 0's results,
// and the reduced test metrics equal one process scoring the whole test split with the saved weights.
void checkDataParallelFinetuning(const std::string& task) {
  test::TempDir out;
  const bool seg = task == "segmentation";
  if (seg)
    test::makeFinetuneCamVid(out / "camvid", 7);
  else
    test::makeFinetuneYolo(out / "coco", 10);
  ASSERT_EQ(launchFinetune(task, out.path()).exitCodes, (std::vector<int>{0, 0}));
  const auto r0 = finetuneResult(out.path(), 0), r1 = finetuneResult(out.path(), 1);
  ASSERT_TRUE(r0["completed"].get<bool>()) << r0.dump();
  ASSERT_TRUE(r1["completed"].get<bool>()) << r1.dump();
  EXPECT_EQ(r1["runDir"], r0["runDir"]);
  EXPECT_EQ(r1["test"], r0["test"]);
  EXPECT_EQ(r1["losses"], r0["losses"]);
  const fs::path runDir = r0["runDir"].get<std::string>();
  const RunFolder run(runDir);
  const auto meta = nlohmann::json::parse(CheckpointReader(run.latestCheckpoint()).meta());
  EXPECT_EQ(meta["worldSize"], 2);
  ASSERT_EQ(meta["rankWeightHashes"].size(), 2u) << meta.dump();
  EXPECT_EQ(meta["rankWeightHashes"][0], meta["rankWeightHashes"][1]);
  int folders = 0;
  for (const auto& e : fs::directory_iterator(out / "runs")) folders += e.is_directory() ? 1 : 0;
  EXPECT_EQ(folders, 1);

  // One process, the same weights, the whole test split.
  const FinetuneConfig c = tinyFinetuning(task, out.path());
  const FinetuneData data = loadFinetuneData(c);
  auto model = finetunedModel(c, runDir, data.classCount());
  FinetuneEvaluationOptions eo;
  eo.loader.batchSize = 2;
  eo.loader.threads = 0;
  eo.loader.keepGrayscale = true;
  eo.loader.loadMasks = seg;
  if (seg) eo.loader.maskLut = data.maskLut;
  eo.loader.transform = TransformOptions::resizeOnly(c.imageSize);
  eo.maskSpec = data.maskSpec;
  const FinetuneEvaluation single = evaluateFinetune(*model, data, data.test, eo);
  const auto& test = r0["test"];
  ASSERT_EQ(test.size(), single.metrics.size()) << test.dump();
  for (const auto& [name, value] : single.metrics) {
    ASSERT_TRUE(test.contains("test_" + name)) << name;
    if (name == "loss") {
      // Batch means weighted by images: exact up to rounding for the per-image BCE; segmentation's
      // cross-entropy is a mean over a batch's labelled pixels, so other batches give another weighting.
      EXPECT_NEAR(test["test_loss"].get<double>(), value, seg ? 0.05 * value : 1e-5);
    } else {
      EXPECT_NEAR(test["test_" + name].get<double>(), value, 1e-9) << name;
    }
  }
  EXPECT_EQ(r0["perClass"].size(), single.perClass.size());
  // The run trained: its weights are not the seed's initial ones.
  torch::manual_seed(c.seed);
  FinetuneModel initial(c, data.classCount());
  EXPECT_GT((flatParameters(initial.module()) - flatParameters(model->module())).abs().max().item<double>(),
            0.0);
}

TEST(Dist, ClassificationFinetuningIsDataParallel) { checkDataParallelFinetuning("classification"); }

// The syncBatchNorm setting alone (COLORPROXY_SYNC_BATCHNORM unset) synchronises a data-parallel
// fine-tuning's batch norms: config.json records it, and the run trains differently from the same run with
// each process's own statistics (from the first step: its forward pass normalises with the 4 images of
// both ranks instead of this rank's 2).
TEST(Dist, SyncBatchNormSettingSynchronisesTheRanks) {
  test::TempDir out;
  test::makeFinetuneYolo(out / "coco", 10);
  const char* env = std::getenv("COLORPROXY_SYNC_BATCHNORM");
  const std::string saved = env ? env : "";
  ::unsetenv("COLORPROXY_SYNC_BATCHNORM");
  const auto runConfig = [](const nlohmann::json& result) {
    return nlohmann::json::parse(RunFolder(result["runDir"].get<std::string>()).readConfigText());
  };
  ASSERT_EQ(launchFinetune("classification", out.path()).exitCodes, (std::vector<int>{0, 0}));
  const auto own = finetuneResult(out.path(), 0);
  ::setenv("COLORPROXY_TEST_DIST_SYNC_SETTING", "1", 1);
  const auto launched = launchFinetune("classification", out.path());
  ::unsetenv("COLORPROXY_TEST_DIST_SYNC_SETTING");
  if (env) ::setenv("COLORPROXY_SYNC_BATCHNORM", saved.c_str(), 1);
  ASSERT_EQ(launched.exitCodes, (std::vector<int>{0, 0}));
  const auto synced = finetuneResult(out.path(), 0);
  ASSERT_TRUE(own["completed"].get<bool>()) << own.dump();
  ASSERT_TRUE(synced["completed"].get<bool>()) << synced.dump();
  EXPECT_EQ(finetuneResult(out.path(), 1)["losses"], synced["losses"]);

  const auto ownConfig = runConfig(own), syncedConfig = runConfig(synced);
  EXPECT_FALSE(ownConfig["settings"]["syncBatchNorm"].get<bool>());
  EXPECT_FALSE(ownConfig["distributed"]["syncBatchNorm"].get<bool>());
  EXPECT_TRUE(syncedConfig["settings"]["syncBatchNorm"].get<bool>());
  EXPECT_TRUE(syncedConfig["distributed"]["syncBatchNorm"].get<bool>()) << syncedConfig.dump();
  ASSERT_FALSE(own["losses"].empty());
  ASSERT_EQ(own["losses"].size(), synced["losses"].size());
  EXPECT_NE(own["losses"][0], synced["losses"][0]);
}
TEST(Dist, SegmentationFinetuningIsDataParallel) { checkDataParallelFinetuning("segmentation"); }

// Test (e) for fine-tuning: stopped by rank 0 mid-pass and resumed in 2 processes = uninterrupted.
TEST(Dist, FinetuningResumeEqualsAnUninterruptedRun) {
  test::TempDir out;
  test::makeFinetuneYolo(out / "coco", 10);
  ASSERT_EQ(launchFinetune("classification", out.path()).exitCodes, (std::vector<int>{0, 0}));
  const auto straight = finetuneResult(out.path(), 0);
  ASSERT_TRUE(straight["completed"].get<bool>()) << straight.dump();
  EXPECT_EQ(straight["iteration"], 6);

  ::setenv("COLORPROXY_TEST_DIST_STOP_AT", "3", 1);
  const auto stopped = launchFinetune("classification", out.path());
  ::unsetenv("COLORPROXY_TEST_DIST_STOP_AT");
  ASSERT_EQ(stopped.exitCodes, (std::vector<int>{0, 0}));
  const auto first = finetuneResult(out.path(), 0);
  ASSERT_TRUE(first["stopped"].get<bool>()) << first.dump();
  EXPECT_EQ(first["iteration"], 3);
  EXPECT_EQ(finetuneResult(out.path(), 1)["iteration"], 3) << "rank 1 did not stop with rank 0";
  const std::string runDir = first["runDir"];
  ::setenv("COLORPROXY_TEST_DIST_RESUME", runDir.c_str(), 1);
  const auto resumed = launch("finetune", out.path());
  ::unsetenv("COLORPROXY_TEST_DIST_RESUME");
  ASSERT_EQ(resumed.exitCodes, (std::vector<int>{0, 0}));
  const auto second = finetuneResult(out.path(), 0);
  ASSERT_TRUE(second["completed"].get<bool>()) << second.dump();
  auto losses = first["losses"];
  for (const auto& l : second["losses"]) losses.push_back(l);
  EXPECT_EQ(losses, straight["losses"]);
  EXPECT_EQ(second["test"], straight["test"]);
  EXPECT_EQ(second["val"], straight["val"]);
  const FinetuneConfig c = tinyFinetuning("classification", out.path());
  EXPECT_TRUE(
      torch::equal(flatParameters(finetunedModel(c, runDir, 3)->module()),
                   flatParameters(finetunedModel(c, straight["runDir"].get<std::string>(), 3)->module())));
}

// The job queue's waits have no time limit for a live rank; a rank that halts is reported at once, one
// that dies after the timeout without a heartbeat, with a message naming it.
TEST(Dist, JobBoardTellsAHaltedFromADeadRank) {
  test::TempDir out;
  ASSERT_EQ(launch("board-halt", out.path(), 3).exitCodes, (std::vector<int>{0, 0}));
  std::string text = readText(out / "board-rank0.txt");
  EXPECT_NE(text.find("from rank 1\nhalted: stopped"), std::string::npos) << text;
  const auto dead = launch("board-dead", out.path(), 3);
  EXPECT_EQ(dead.exitCodes, (std::vector<int>{0, 128 + SIGKILL}));
  text = readText(out / "board-rank0.txt");
  EXPECT_NE(text.find("error: job queue: rank 0 of 2 gave up waiting for rank 1"), std::string::npos) << text;
  const double waited = std::stod(text.substr(0, text.find('\n')));
  EXPECT_GE(waited, 2.0) << text;
  EXPECT_LT(waited, 30.0) << text;
}

// An experiment's runs as a job queue over 2 processes (rank r runs r, r + 2, ...; each run in one
// process): rank 0 collects them and writes the report one process writes for the same seeds.
TEST(Dist, ExperimentRunsAsAJobQueueGiveTheSingleProcessReport) {
  test::TempDir out;
  test::makeFinetuneYolo(out / "coco", 10);
  fs::rename(test::makePretrainedRun(out.path(), 8, 5), out / "pretrained");
  ASSERT_EQ(launch("experiment", out.path()).exitCodes, (std::vector<int>{0, 0}));
  const auto r0 = nlohmann::json::parse(readText(out / "experiment-rank0.json"));
  const auto r1 = nlohmann::json::parse(readText(out / "experiment-rank1.json"));
  ASSERT_TRUE(r0["completed"].get<bool>()) << r0.dump();
  ASSERT_TRUE(r1["completed"].get<bool>()) << r1.dump();
  EXPECT_EQ(r1["dir"], r0["dir"]);
  const fs::path queued = r0["dir"].get<std::string>();
  // Rank 1 trained jobs 1 and 3 (the pretrained arms), in rank 0's folder.
  int children = 0;
  for (const auto& e : fs::directory_iterator(queued / "runs")) children += e.is_directory() ? 1 : 0;
  EXPECT_EQ(children, 4);

  StopToken stop;
  ExperimentObserver quiet;
  const ExperimentResult single = runExperiment(tinyExperiment(out.path(), out / "single"), quiet, stop);
  ASSERT_TRUE(single.completed) << single.error;
  for (const char* table : {"results.csv", "summary.csv", "per_class.csv"}) {
    const std::string expected = readText(single.dir / table);
    EXPECT_GT(expected.size(), 100u) << table;
    EXPECT_EQ(readText(queued / table), expected) << table;
  }
}

TEST(DistEnvTest, ReadsTorchrunAndSlurmVariables) {
  for (const char* v : {"RANK", "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT",
                        "SLURM_NTASKS", "SLURM_PROCID", "SLURM_LOCALID", "SLURM_NTASKS_PER_NODE",
                        "SLURM_STEP_NODELIST", "SLURM_JOB_NODELIST"})
    ::unsetenv(v);
  EXPECT_FALSE(distEnvFromEnvironment().distributed());
  ::setenv("RANK", "1", 1);
  ::setenv("WORLD_SIZE", "4", 1);
  ::setenv("LOCAL_RANK", "1", 1);
  ::setenv("LOCAL_WORLD_SIZE", "2", 1);
  ::setenv("MASTER_ADDR", "10.0.0.7", 1);
  ::setenv("MASTER_PORT", "29611", 1);
  DistEnv e = distEnvFromEnvironment();
  EXPECT_EQ(e.describe(), "rank 1 of 4 (local 1 of 2), rendezvous 10.0.0.7:29611, via torchrun");
  ::setenv("RANK", "4", 1);
  try {
    distEnvFromEnvironment();
    ADD_FAILURE() << "RANK 4 of 4 accepted";
  } catch (const std::invalid_argument& ex) {
    EXPECT_NE(std::string(ex.what()).find("RANK='4'"), std::string::npos) << ex.what();
  }
  for (const char* v : {"RANK", "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE", "MASTER_ADDR"}) ::unsetenv(v);
  ::setenv("SLURM_NTASKS", "6", 1);
  ::setenv("SLURM_PROCID", "5", 1);
  ::setenv("SLURM_LOCALID", "2", 1);
  ::setenv("SLURM_NTASKS_PER_NODE", "3(x2)", 1);
  ::setenv("SLURM_STEP_NODELIST", "gpu[07-08]", 1);
  e = distEnvFromEnvironment();
  EXPECT_EQ(e.describe(), "rank 5 of 6 (local 2 of 3), rendezvous gpu07:29611, via slurm");
  for (const char* v : {"SLURM_NTASKS", "SLURM_PROCID", "SLURM_LOCALID", "SLURM_NTASKS_PER_NODE",
                        "SLURM_STEP_NODELIST", "MASTER_PORT"})
    ::unsetenv(v);
  EXPECT_EQ(firstSlurmHost("node[03-05,9],gpu1"), "node03");
  EXPECT_EQ(firstSlurmHost("a,b"), "a");
  EXPECT_EQ(firstSlurmHost("login"), "login");
}

}  // namespace
}  // namespace colorproxy
