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

#include <torch/torch.h>

#include "colorproxy/data/epoch_shard.h"
#include "colorproxy/dist/dist_env.h"
#include "colorproxy/dist/local_launcher.h"
#include "dist/dist_group.h"
#include "models/patch_discriminator.h"
#include "models/unet_generator.h"
#include "models/weight_init.h"
#include "pretrain/gan_step.h"
#include "support/test_support.h"

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
  writeText(out / "dead-rank0.txt", std::to_string(seconds) + "\n" + message);
}

TEST(DistWorker, Run) {
  const char* scenario = std::getenv(kScenario);
  const char* out = std::getenv(kOut);
  if (!scenario || !out) GTEST_SKIP() << "only run as a worker started by the Dist tests";
  const DistEnv env = distEnvFromEnvironment();
  ASSERT_TRUE(env.distributed());
  at::set_num_threads(1);
  DistGroup group(env);
  ASSERT_EQ(group.backend(), "gloo");
  const std::string s = scenario;
  if (s == "gan") runGanScenario(group, out);
  if (s == "norm") runPerSampleScenario(group, out);
  if (s == "metric") runMetricScenario(group, out);
  if (s == "dead" || s == "hang") runDeadRankScenario(group, out, s == "hang");
}

// ---- the launching side ----------------------------------------------------------------------------

LocalWorkersResult launch(const std::string& scenario, const fs::path& out, int timeoutSeconds = 60) {
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
