#include <gtest/gtest.h>

#include <csignal>

#include <sys/resource.h>

#include "io/checkpoint.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;

namespace {

torch::nn::Sequential makeNet() {
  return torch::nn::Sequential(torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 4, 3)),
                               torch::nn::BatchNorm2d(4),
                               torch::nn::Conv2d(torch::nn::Conv2dOptions(4, 2, 1)));
}

// One Adam step so the optimiser has state (step count, moments) worth saving.
void trainOnce(torch::nn::Sequential& net, torch::optim::Adam& opt) {
  opt.zero_grad();
  net->forward(torch::randn({2, 1, 8, 8})).square().mean().backward();
  opt.step();
}

}  // namespace

class CheckpointTest : public ::testing::Test {
 protected:
  CheckpointTest() { torch::manual_seed(7); }
};

TEST_F(CheckpointTest, RoundTripsModulesOptimiserTensorsAndMeta) {
  TempDir tmp;
  auto net = makeNet();
  torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-3).betas({0.5, 0.999}));
  trainOnce(net, opt);
  CheckpointWriter w;
  w.addModule("net", *net);
  w.addOptimizer("opt", opt);
  w.addTensor("extra", torch::arange(5));
  w.setMeta(R"({"epoch":3})");
  w.save(tmp / "c.pt");

  auto net2 = makeNet();
  torch::optim::Adam opt2(net2->parameters(), torch::optim::AdamOptions(1e-3).betas({0.5, 0.999}));
  CheckpointReader r(tmp / "c.pt");
  EXPECT_EQ(r.meta(), R"({"epoch":3})");
  EXPECT_TRUE(r.has("net"));
  EXPECT_FALSE(r.has("nope"));
  r.loadModule("net", *net2);
  r.loadOptimizer("opt", opt2);
  EXPECT_TRUE(torch::equal(r.tensor("extra"), torch::arange(5)));
  const auto p1 = net->named_parameters(), p2 = net2->named_parameters();
  for (const auto& kv : p1) EXPECT_TRUE(torch::equal(kv.value(), p2[kv.key()])) << kv.key();
  const auto b1 = net->named_buffers(), b2 = net2->named_buffers();
  for (const auto& kv : b1) EXPECT_TRUE(torch::equal(kv.value(), b2[kv.key()])) << kv.key();

  // Same state + same data => identical next step: the optimiser moments were restored.
  torch::manual_seed(11);
  trainOnce(net, opt);
  torch::manual_seed(11);
  trainOnce(net2, opt2);
  for (const auto& kv : net->named_parameters())
    EXPECT_TRUE(torch::equal(kv.value(), net2->named_parameters()[kv.key()])) << kv.key();
}

TEST_F(CheckpointTest, RngStateRestores) {
  const auto state = captureCpuRngState();
  const auto a = torch::rand({16});
  const auto dropA = torch::dropout(torch::ones({32}), 0.5, true);
  restoreCpuRngState(state);
  const auto b = torch::rand({16});
  const auto dropB = torch::dropout(torch::ones({32}), 0.5, true);
  EXPECT_TRUE(torch::equal(a, b));
  EXPECT_TRUE(torch::equal(dropA, dropB));
}

TEST_F(CheckpointTest, BadFilesGiveClearMessages) {
  TempDir tmp;
  try {
    CheckpointReader r(tmp / "missing.pt");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("missing.pt' does not exist"), std::string::npos) << e.what();
  }
  colorproxy::test::writeBytes(tmp / "junk.pt", "this is not a zip archive");
  try {
    CheckpointReader r(tmp / "junk.pt");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("junk.pt' is not a readable ColorProxy checkpoint"),
              std::string::npos)
        << e.what();
  }
  // A network of another shape names the part that does not match.
  auto net = makeNet();
  CheckpointWriter w;
  w.addModule("generator", *net);
  w.setMeta("{}");
  w.save(tmp / "c.pt");
  torch::nn::Sequential other(torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 8, 3)));
  CheckpointReader r(tmp / "c.pt");
  try {
    r.loadModule("generator", *other);
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("network 'generator' does not match"), std::string::npos)
        << e.what();
  }
}

// A real failed write: the file-size limit makes write() fail with EFBIG partway through, as a full disk
// would. The previous checkpoint must survive intact and loadable.
TEST_F(CheckpointTest, FailedWriteKeepsPreviousCheckpoint) {
  TempDir tmp;
  auto net = makeNet();
  {
    CheckpointWriter w;
    w.addModule("net", *net);
    w.setMeta("good");
    w.save(tmp / "latest.pt");
  }
  const auto goodSize = fs::file_size(tmp / "latest.pt");

  auto big = torch::nn::Linear(512, 512);  // ~1 MB of weights
  CheckpointWriter w;
  w.addModule("net", *big);
  w.setMeta("new");
  rlimit old{};
  getrlimit(RLIMIT_FSIZE, &old);
  auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit lim = old;
  lim.rlim_cur = 64 * 1024;
  setrlimit(RLIMIT_FSIZE, &lim);
  bool threw = false;
  try {
    w.save(tmp / "latest.pt");
  } catch (const std::runtime_error& e) {
    threw = true;
    EXPECT_NE(std::string(e.what()).find("latest.pt"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("unchanged"), std::string::npos) << e.what();
  }
  setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, previousHandler);
  EXPECT_TRUE(threw);
  EXPECT_EQ(fs::file_size(tmp / "latest.pt"), goodSize);
  CheckpointReader r(tmp / "latest.pt");
  EXPECT_EQ(r.meta(), "good");
  size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path())) ++files;
  EXPECT_EQ(files, 1u) << "the temporary file must be removed";
}

TEST_F(CheckpointTest, SavesBareWeightsForExport) {
  TempDir tmp;
  auto net = makeNet();
  saveModuleWeights(*net, tmp / "weights.pt");
  auto other = makeNet();
  torch::serialize::InputArchive in;
  in.load_from((tmp / "weights.pt").string());
  other->load(in);
  for (const auto& kv : net->named_parameters())
    EXPECT_TRUE(torch::equal(kv.value(), other->named_parameters()[kv.key()])) << kv.key();
}
