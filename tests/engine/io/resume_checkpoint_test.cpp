// Resume robustness: a damaged latest.pt falls back to the newest epoch-NNN.pt that loads, and a
// checkpoint holding NaN weights is refused with its file and tensor named.
#include <gtest/gtest.h>

#include "io/checkpoint.h"
#include "io/resume_checkpoint.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;

namespace {

void writeCheckpoint(const fs::path& file, int epoch) {
  CheckpointWriter w;
  w.addTensor("x", torch::full({4}, float(epoch)));
  w.setMeta("{\"epoch\": " + std::to_string(epoch) + "}");
  w.save(file);
}

void cutInHalf(const fs::path& file) { fs::resize_file(file, fs::file_size(file) / 2); }

/// A run folder with latest.pt (epoch 3) and epoch-001..003.pt.
RunFolder makeRun(const fs::path& dir) {
  fs::create_directories(dir / "checkpoints");
  test::writeBytes(dir / "config.json", "{}");
  RunFolder run(dir);
  for (int e = 1; e <= 3; ++e) writeCheckpoint(run.epochCheckpoint(e), e);
  writeCheckpoint(run.latestCheckpoint(), 3);
  return run;
}

}  // namespace

TEST(ResumeCheckpoint, UsesLatestWhenItLoads) {
  TempDir tmp;
  const RunFolder run = makeRun(tmp / "run");
  const ResumeCheckpoint r = openResumeCheckpoint(run);
  EXPECT_EQ(r.file, run.latestCheckpoint());
  EXPECT_TRUE(r.fallback.empty()) << r.fallback;
  EXPECT_EQ(r.meta, "{\"epoch\": 3}");
}

TEST(ResumeCheckpoint, TruncatedLatestFallsBackToNewestIntactEpochAndSaysSo) {
  TempDir tmp;
  const RunFolder run = makeRun(tmp / "run");
  cutInHalf(run.latestCheckpoint());
  cutInHalf(run.epochCheckpoint(3));
  const ResumeCheckpoint r = openResumeCheckpoint(run);
  EXPECT_EQ(r.file, run.epochCheckpoint(2));
  EXPECT_EQ(r.meta, "{\"epoch\": 2}");
  EXPECT_NE(r.fallback.find("epoch-002.pt"), std::string::npos) << r.fallback;
  EXPECT_NE(r.fallback.find("latest.pt"), std::string::npos) << r.fallback;
  EXPECT_NE(r.fallback.find("epoch-003.pt"), std::string::npos) << r.fallback;
  CheckpointReader reader(r.file);
  EXPECT_TRUE(torch::equal(reader.tensor("x"), torch::full({4}, 2.0f)));
}

TEST(ResumeCheckpoint, MissingLatestFallsBackToo) {
  TempDir tmp;
  const RunFolder run = makeRun(tmp / "run");
  fs::remove(run.latestCheckpoint());
  EXPECT_EQ(openResumeCheckpoint(run).file, run.epochCheckpoint(3));
}

TEST(ResumeCheckpoint, NothingLoadableNamesEveryFileTried) {
  TempDir tmp;
  const RunFolder run = makeRun(tmp / "run");
  for (int e = 1; e <= 3; ++e) cutInHalf(run.epochCheckpoint(e));
  test::writeBytes(run.latestCheckpoint(), "");
  try {
    openResumeCheckpoint(run);
    FAIL();
  } catch (const std::runtime_error& e) {
    const std::string msg = e.what();
    for (const char* name : {"latest.pt", "epoch-001.pt", "epoch-002.pt", "epoch-003.pt", "start a new run"})
      EXPECT_NE(msg.find(name), std::string::npos) << name << " in " << msg;
  }
}

TEST(CheckpointNaN, NaNWeightsAreRefusedNamingFileAndTensor) {
  TempDir tmp;
  torch::nn::Linear net(3, 2);
  {
    torch::NoGradGuard noGrad;
    net->weight[1][2] = std::numeric_limits<float>::quiet_NaN();
  }
  CheckpointWriter w;
  w.addModule("generator", *net);
  w.setMeta("{}");
  w.save(tmp / "nan.pt");
  torch::nn::Linear fresh(3, 2);
  CheckpointReader r(tmp / "nan.pt");
  try {
    r.loadModule("generator", *fresh);
    FAIL() << "NaN weights were loaded";
  } catch (const std::runtime_error& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("nan.pt"), std::string::npos) << msg;
    EXPECT_NE(msg.find("'weight'"), std::string::npos) << msg;
    EXPECT_NE(msg.find("NaN"), std::string::npos) << msg;
  }
  // Finite weights still load (`fresh` now holds the refused NaN weights: the caller discards it).
  torch::nn::Linear finite(3, 2);
  CheckpointWriter ok;
  ok.addModule("generator", *finite);
  ok.setMeta("{}");
  ok.save(tmp / "ok.pt");
  torch::nn::Linear again(3, 2);
  CheckpointReader(tmp / "ok.pt").loadModule("generator", *again);
  EXPECT_TRUE(torch::equal(again->weight, finite->weight));
}
