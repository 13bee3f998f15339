// End-to-end tests of `colorproxy-cli experiment` and `colorproxy-cli finetune`: the built CLI runs on
// tiny generated datasets (32 px, ngf 8, one epoch) and leaves the report files; bad settings fail with
// a message and exit code 2; the quick preset finds the bundled samples.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include <spawn.h>
#include <sys/wait.h>
#include <opencv2/imgcodecs.hpp>

#include "cli_runner.h"
#include "support/test_support.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using colorproxy::test::TempDir;
using nlohmann::json;

/// Exit code, stdout and stderr of one CLI call.
struct Outcome {
  int code = -1;
  std::string out, err;
};

Outcome cli(const std::string& args, const TempDir& dir) {
  const colorproxy::test::CliResult r = colorproxy::test::runCli(args, dir / "stderr.txt");
  return {r.exitCode, r.out, r.err};
}

// CamVid in the SegNet layout, 4 images per split, 40x32, classes 0..2 in bands and void 11 in a corner.
void makeBandedCamVid(const fs::path& root) {
  int index = 0;
  for (const char* split : {"train", "val", "test"}) {
    fs::create_directories(root / split);
    fs::create_directories(root / (std::string(split) + "annot"));
    for (int i = 0; i < 4; ++i, ++index) {
      cv::Mat img = colorproxy::test::makeColourImage(40, 32, unsigned(index + 1));
      cv::Mat mask(32, 40, CV_8U);
      for (int y = 0; y < 32; ++y) {
        mask.row(y).setTo((y * 3 / 32 + index) % 3);
        img.row(y) *= 0.3 + 0.3 * ((y * 3 / 32 + index) % 3);
      }
      mask(cv::Rect(0, 0, 8, 6)).setTo(11);
      const std::string stem = std::string(split) + std::to_string(i);
      cv::imwrite((root / split / (stem + ".png")).string(), img);
      cv::imwrite((root / (std::string(split) + "annot") / (stem + ".png")).string(), mask);
    }
  }
  std::ofstream(root / "classes.txt") << "0 Sky\n1 Road\n2 Car\n11 Unlabelled\n";
}

json tinyFinetune(const fs::path& data) {
  return {{"task", "segmentation"}, {"dataPath", data.string()},
          {"imageSize", 32},        {"ngf", 8},
          {"numDowns", 5},          {"batchSize", 4},
          {"phases", "1@0.001"},    {"loaderWorkers", 0},
          {"threads", 1},           {"previewCount", 1}};
}

TEST(ExperimentCli, TinyExperimentWithPretrainingWritesTheReport) {
  TempDir dir;
  makeBandedCamVid(dir / "camvid");
  fs::create_directories(dir / "photos");
  for (int i = 0; i < 6; ++i)
    cv::imwrite((dir / "photos" / ("p" + std::to_string(i) + ".jpg")).string(),
                colorproxy::test::makeColourImage(48, 40, unsigned(i + 20)));
  const json config = {{"name", "cli-tiny"},
                       {"runsDir", (dir / "runs").string()},
                       {"tasks", {"segmentation"}},
                       {"seeds", 1},
                       {"pretrainSources", {(dir / "photos").string(), (dir / "camvid" / "train").string()}},
                       {"pretrain",
                        {{"imageSize", 32},
                         {"loadSize", 36},
                         {"ngf", 8},
                         {"ndf", 8},
                         {"numDowns", 5},
                         {"batchSize", 4},
                         {"epochs", 1},
                         {"epochsDecay", 0},
                         {"loaderWorkers", 0},
                         {"previewCount", 1},
                         {"maxValImages", 4},
                         {"device", "cpu"}}},
                       {"segmentation", tinyFinetune(dir / "camvid")},
                       {"threads", 1}};
  std::ofstream(dir / "tiny.json") << config.dump(2);
  const Outcome o = cli("experiment --config '" + (dir / "tiny.json").string() + "' --json", dir);
  ASSERT_EQ(o.code, 0) << o.err;
  const json r = json::parse(o.out);
  EXPECT_TRUE(r["completed"].get<bool>());
  const fs::path exp = r["dir"].get<std::string>();
  for (const char* f : {"report.md", "report.json", "results.csv", "summary.csv", "per_class.csv",
                        "figures/loss-segmentation.png", "figures/examples-segmentation.png"})
    EXPECT_TRUE(fs::is_regular_file(exp / f)) << f;
  ASSERT_EQ(r["tasks"].size(), 1u);
  EXPECT_TRUE(r["tasks"][0]["metrics"].contains("test_mIoU"));
  EXPECT_FALSE(r["tasks"][0]["verdict"].get<std::string>().empty());

  // --resume continues a stopped experiment; a finished one is refused, and so are new settings.
  const Outcome done = cli("experiment --resume '" + exp.string() + "'", dir);
  EXPECT_EQ(done.code, 1);
  EXPECT_NE(done.err.find("already finished"), std::string::npos) << done.err;
  const Outcome mixed = cli("experiment --resume '" + exp.string() + "' --seeds 5", dir);
  EXPECT_EQ(mixed.code, 2);
  EXPECT_NE(mixed.err.find("its own settings"), std::string::npos) << mixed.err;

  // Without --json the table and the report path are printed.
  const Outcome text = cli("experiment --config '" + (dir / "tiny.json").string() + "' --pretrained '" +
                               r["pretrain_run"].get<std::string>() + "'",
                           dir);
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_NE(text.out.find("test_mIoU"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("report: "), std::string::npos) << text.out;
  EXPECT_NE(text.err.find("run 2/2 segmentation-pretrained-seed1"), std::string::npos) << text.err;
}

TEST(ExperimentCli, BadSettingsFailWithAMessage) {
  TempDir dir;
  Outcome o = cli("experiment --preset paper", dir);
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.err.find("--data-root"), std::string::npos) << o.err;
  o = cli("experiment --preset quick --set nonsense --print-config", dir);
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.err.find("key=value"), std::string::npos) << o.err;
  o = cli("experiment --preset quick --set segmentation.imageSize=100 --set seeds=2", dir);
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.err.find("imageSize 100"), std::string::npos) << o.err;
}

// Label fractions and iteration budgets: bad values are refused naming the option, good ones reach the
// settings; the study preset needs the CamVid folder.
TEST(ExperimentCli, FractionsIterationsAndStudyPresetOptions) {
  TempDir dir;
  for (const char* bad :
       {"--fractions 0,50,100", "--fractions 50,25,100", "--fractions 5,120", "--fractions 5,abc"}) {
    const Outcome o = cli(std::string("experiment --preset quick --print-config ") + bad, dir);
    EXPECT_EQ(o.code, 2) << bad;
    EXPECT_NE(o.err.find("--fractions"), std::string::npos) << bad << ": " << o.err;
  }
  Outcome o = cli("experiment --preset quick --print-config --iterations 0", dir);
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.err.find("--iterations 0"), std::string::npos) << o.err;
  o =
      cli("experiment --preset quick --print-config --fractions 5,10,25,50,100 --iterations 40 "
          "--pretrain-seeds 2",
          dir);
  ASSERT_EQ(o.code, 0) << o.err;
  const json c = json::parse(o.out);
  EXPECT_EQ(c["fractions"], json::array({5.0, 10.0, 25.0, 50.0, 100.0}));
  EXPECT_EQ(c["pretrainSeeds"], 2);
  EXPECT_EQ(c["segmentation"]["iterations"], 40);
  EXPECT_EQ(c["classification"]["iterations"], 40);
  o = cli("experiment --preset study", dir);
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.err.find("CamVid"), std::string::npos) << o.err;
  o = cli("experiment --preset study --data-root " + (dir / "").string() + " --print-config", dir);
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(json::parse(o.out)["preset"], "study");
  // A smaller budget keeps the study's warm-up (1/20) and validation interval (1/10) shares.
  o = cli("experiment --preset study --iterations 80 --data-root " + (dir / "").string() + " --print-config",
          dir);
  ASSERT_EQ(o.code, 0) << o.err;
  const json s = json::parse(o.out)["segmentation"];
  EXPECT_EQ(s["iterations"], 80);
  EXPECT_EQ(s["warmupIterations"], 4);
  EXPECT_EQ(s["evalEvery"], 8);
}

TEST(ExperimentCli, QuickPresetFindsTheBundledSamples) {
  TempDir dir;
  const Outcome o = cli("experiment --preset quick --print-config", dir);
  ASSERT_EQ(o.code, 0) << o.err;
  const json c = json::parse(o.out);
  const fs::path camvid = c["segmentation"]["dataPath"].get<std::string>();
  EXPECT_EQ(camvid.filename(), "camvid");
  EXPECT_TRUE(fs::is_directory(camvid / "train")) << camvid;
  EXPECT_EQ(c["seeds"], 3);
}

TEST(FinetuneCli, TinySegmentationRunReportsTestMetrics) {
  TempDir dir;
  makeBandedCamVid(dir / "camvid");
  const Outcome o = cli("finetune --task segmentation --data '" + (dir / "camvid").string() +
                            "' --image-size 32 --ngf 8 --num-downs 5 --batch-size 4 --phases 1@0.001 "
                            "--loader-workers 0 --threads 1 --runs-dir '" +
                            (dir / "runs").string() + "' --json",
                        dir);
  ASSERT_EQ(o.code, 0) << o.err;
  const json r = json::parse(o.out);
  EXPECT_TRUE(r["completed"].get<bool>());
  EXPECT_TRUE(r["test_metrics"].contains("test_mIoU"));
  EXPECT_TRUE(fs::is_regular_file(fs::path(r["predictions"].get<std::string>()) / "index.csv"));
  const Outcome bad = cli("finetune --task segmentation --data '" + (dir / "camvid").string() +
                              "' --pretrained '" + (dir / "nothing").string() + "'",
                          dir);
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("does not exist"), std::string::npos) << bad.err;
}

// Ctrl-C stops a fine-tuning run after the current batch with a checkpoint; --resume finishes it, and
// refuses to change anything but the threads and the device.
TEST(FinetuneCli, InterruptStopsCleanlyAndResumeFinishes) {
  TempDir dir;
  makeBandedCamVid(dir / "camvid");
  const fs::path runs = dir / "runs";
  const std::string command =
      "exec " + colorproxy::test::quoted(CP_CLI_EXE) + " finetune --task segmentation --data " +
      colorproxy::test::quoted((dir / "camvid").string()) +
      " --image-size 32 --ngf 8 --num-downs 5 --batch-size 2 --phases 60@0.001 "
      "--loader-workers 0 --threads 1 --preview-count 0 --runs-dir " +
      colorproxy::test::quoted(runs.string()) + " >" + colorproxy::test::quoted((dir / "out.txt").string()) +
      " 2>" + colorproxy::test::quoted((dir / "err.txt").string());
  pid_t pid = 0;
  const char* argv[] = {"/bin/sh", "-c", command.c_str(), nullptr};
  ASSERT_EQ(posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char* const*>(argv), environ), 0);
  // Press Ctrl-C once the run folder has its status (training starts right after).
  fs::path run;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline && (run.empty() || !fs::exists(run / "status.json"))) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (run.empty() && fs::is_directory(runs))
      for (const auto& e : fs::directory_iterator(runs)) run = e.path();
  }
  ASSERT_FALSE(run.empty()) << colorproxy::test::readAll(dir / "err.txt");
  ::kill(pid, SIGINT);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  const std::string err = colorproxy::test::readAll(dir / "err.txt");
  ASSERT_EQ(WEXITSTATUS(status), 130) << err;
  EXPECT_NE(err.find("continue with: colorproxy-cli finetune --resume"), std::string::npos) << err;
  EXPECT_EQ(json::parse(colorproxy::test::readAll(run / "status.json"))["state"], "stopped");
  EXPECT_TRUE(fs::exists(run / "checkpoints" / "latest.pt"));

  const Outcome refused = cli("finetune --resume '" + run.string() + "' --batch-size 4", dir);
  EXPECT_EQ(refused.code, 2);
  EXPECT_NE(refused.err.find("--batch-size cannot change when resuming"), std::string::npos) << refused.err;

  const Outcome resumed = cli("finetune --resume '" + run.string() + "' --threads 1 --json", dir);
  ASSERT_EQ(resumed.code, 0) << resumed.err;
  const json r = json::parse(resumed.out);
  EXPECT_TRUE(r["completed"].get<bool>());
  EXPECT_EQ(r["epochs"], 60);
  EXPECT_EQ(r["iterations"], 120);  // 4 training images in batches of 2, 60 epochs: the whole run
  EXPECT_EQ(fs::path(r["run_dir"].get<std::string>()), run);
  EXPECT_EQ(json::parse(colorproxy::test::readAll(run / "status.json"))["state"], "completed");

  const Outcome again = cli("finetune --resume '" + run.string() + "'", dir);
  EXPECT_EQ(again.code, 1);
  EXPECT_NE(again.err.find("already finished"), std::string::npos) << again.err;
}

// Folders written before io owned the run-folder format (tests/fixtures/runs-v1) are read by the CLI's
// resume: their kind and state are recognised, and finished runs are refused with the shared message.
TEST(ExperimentCli, ResumeReadsFoldersWrittenByEarlierVersions) {
  TempDir dir;
  const fs::path fixture = colorproxy::test::sourceDir() / "tests" / "fixtures" / "runs-v1";
  fs::path exp;
  for (const auto& e : fs::directory_iterator(fixture))
    if (e.is_directory()) exp = e.path();
  ASSERT_FALSE(exp.empty()) << fixture;
  const Outcome done = cli("experiment --resume '" + exp.string() + "'", dir);
  EXPECT_EQ(done.code, 1);
  EXPECT_NE(done.err.find("already finished"), std::string::npos) << done.err;
  for (const auto& e : fs::directory_iterator(exp / "runs")) {
    const std::string name = e.path().filename().string();
    if (name.find("segmentation-baseline") == std::string::npos) continue;
    const Outcome run = cli("finetune --resume '" + e.path().string() + "'", dir);
    EXPECT_EQ(run.code, 1);
    EXPECT_NE(run.err.find("already finished"), std::string::npos) << run.err;
    // A fine-tuning run is not an experiment.
    const Outcome wrong = cli("experiment --resume '" + e.path().string() + "'", dir);
    EXPECT_EQ(wrong.code, 1);
    EXPECT_NE(wrong.err.find("is not an experiment folder"), std::string::npos) << wrong.err;
  }
}

}  // namespace
