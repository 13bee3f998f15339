// End-to-end tests of `colorproxy-cli pretrain`: tiny runs on the bundled sample photos (or photos
// generated here when the samples are absent), every artefact of the run folder, config files and flag
// overrides, Ctrl-C and --resume, and the messages for bad input.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <opencv2/imgcodecs.hpp>

#include "cli_runner.h"
#include "support/test_support.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using colorproxy::test::CliResult;
using colorproxy::test::quoted;
using colorproxy::test::readAll;
using colorproxy::test::runCli;
using colorproxy::test::TempDir;
using nlohmann::json;

/// A folder of photos for tiny runs: the bundled samples when present, else generated ones.
fs::path photoFolder(const TempDir& tmp) {
  const fs::path samples = colorproxy::test::sourceDir() / "resources" / "samples" / "photos";
  if (fs::is_directory(samples)) return samples;
  const fs::path dir = tmp / "photos";
  fs::create_directories(dir);
  for (int i = 0; i < 12; ++i)
    cv::imwrite((dir / ("p" + std::to_string(i) + ".png")).string(),
                colorproxy::test::makeColourImage(90 + i, 70, unsigned(i + 1)));
  return dir;
}

/// Flags of a tiny 64-px, ngf-8 run on a few images.
std::string tinyFlags(const fs::path& data, const fs::path& runs) {
  return "--preset tiny --data " + quoted(data.string()) + " --runs-dir " + quoted(runs.string()) +
         " --image-size 64 --load-size 72 --num-downs 6 --ngf 8 --ndf 8 --max-images 8 --max-val-images 4"
         " --batch-size 4 --threads 1 --loader-workers 1";
}

/// Starts `command` with /bin/sh (its pid in `pid`) and waits up to 2 minutes until the run folder under
/// `runs` has `lines` lines of metrics.csv; returns that folder (empty when none appeared).
/// With `ownGroup` the command leads a process group of its own (signal it all with kill(-pid, ...)).
fs::path startTraining(const std::string& command, const fs::path& runs, int lines, pid_t& pid,
                       bool ownGroup = false) {
  const char* argv[] = {"/bin/sh", "-c", command.c_str(), nullptr};
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  if (ownGroup) {
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  }
  const int rc = posix_spawn(&pid, "/bin/sh", nullptr, &attr, const_cast<char* const*>(argv), environ);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) return {};
  fs::path run;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (run.empty() && fs::is_directory(runs))
      for (const auto& e : fs::directory_iterator(runs)) run = e.path();
    if (!run.empty() && fs::exists(run / "metrics.csv")) {
      std::istringstream csv(readAll(run / "metrics.csv"));
      std::string line;
      int n = 0;
      while (std::getline(csv, line)) ++n;
      if (n >= lines) break;
    }
  }
  return run;
}

}  // namespace

TEST(PretrainCli, TinyRunLeavesEveryArtefact) {
  TempDir tmp;
  const fs::path runs = tmp / "runs";
  const CliResult r = runCli(
      "pretrain " + tinyFlags(photoFolder(tmp), runs) + " --epochs 2 --epochs-decay 1 --name cli-gan --json",
      tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const json j = json::parse(r.out);
  EXPECT_TRUE(j["completed"].get<bool>());
  EXPECT_EQ(j["epoch"], 2);
  EXPECT_EQ(j["iteration"], 4);  // 8 images, batch 4, 2 epochs
  EXPECT_TRUE(j["final_metrics"]["val_psnr"].is_number());
  EXPECT_TRUE(j["final_metrics"]["val_ssim"].is_number());
  const fs::path run = j["run_dir"].get<std::string>();
  EXPECT_EQ(run.parent_path(), runs);
  EXPECT_NE(run.filename().string().find("-cli-gan"), std::string::npos);
  for (const char* f : {"config.json", "metrics.csv", "status.json", "report.json", "report.md",
                        "checkpoints/latest.pt", "checkpoints/epoch-001.pt", "checkpoints/epoch-002.pt",
                        "previews/epoch-001.png", "previews/epoch-002.png"})
    EXPECT_TRUE(fs::exists(run / f)) << f;
  const json config = json::parse(readAll(run / "config.json"));
  EXPECT_EQ(config["settings"]["imageSize"], 64);
  EXPECT_EQ(config["settings"]["ngf"], 8);
  EXPECT_EQ(config["settings"]["pretext"], "gan");
  EXPECT_FALSE(config["dataset"]["fingerprint"].get<std::string>().empty());
  EXPECT_EQ(json::parse(readAll(run / "status.json"))["state"], "completed");
  const cv::Mat preview = cv::imread((run / "previews/epoch-002.png").string());
  EXPECT_EQ(preview.cols, 3 * 64);  // grey | prediction | truth
  EXPECT_EQ(preview.rows, 4 * 64);  // the tiny preset previews 4 images
  // metrics.csv: a header and one row per iteration plus one per epoch.
  std::istringstream csv(readAll(run / "metrics.csv"));
  std::string header, line;
  std::getline(csv, header);
  EXPECT_EQ(header,
            "kind,epoch,iteration,wall_time,G_GAN,G_L1,D_real,D_fake,lr,images_per_s,val_psnr,val_ssim");
  int rows = 0;
  while (std::getline(csv, line)) ++rows;
  EXPECT_EQ(rows, 4 + 2);
  // The progress bar's last state (stderr is a file here, so plain lines rather than redraws).
  EXPECT_NE(r.err.find("] 100%  4/4  ep 2/2 | D_fake "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("img/s | ETA "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("epoch 2/2: val_psnr "), std::string::npos) << r.err;
  // The CLI printed the parameter counts of the networks it built.
  EXPECT_NE(r.err.find("generator: U-Net, 6 downsamplings, ngf 8"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("discriminator: PatchGAN basic70"), std::string::npos) << r.err;
}

TEST(PretrainCli, PaperParameterCountsArePrinted) {
  TempDir tmp;
  // --print-config needs no data; the counts come with a real start, so use a bad data path and check
  // that the counts of the paper's networks appear before the data error.
  fs::create_directories(tmp / "empty");
  const CliResult r = runCli("pretrain --data " + quoted((tmp / "empty").string()) + " --runs-dir " +
                                 quoted((tmp / "runs").string()),
                             tmp / "err.txt");
  EXPECT_NE(r.out.find("54,409,858 parameters"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2,765,633 parameters"), std::string::npos) << r.out;
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("error: pretrain:"), std::string::npos) << r.err;
}

TEST(PretrainCli, ConfigFileThenFlagsOverride) {
  TempDir tmp;
  colorproxy::test::writeBytes(tmp / "run.json", R"({"ngf": 16, "epochs": 7, "pretext": "l2", "lr": 0.001})");
  const CliResult r = runCli("pretrain --preset cpu-small --config " + quoted((tmp / "run.json").string()) +
                                 " --epochs 3 --no-flip --bf16 --print-config",
                             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json c = json::parse(r.out);
  EXPECT_EQ(c["ngf"], 16);        // from the file
  EXPECT_EQ(c["epochs"], 3);      // flag over file
  EXPECT_EQ(c["pretext"], "l2");  // from the file
  EXPECT_EQ(c["imageSize"], 64);  // from the preset
  EXPECT_EQ(c["flip"], false);    // --no-flip
  EXPECT_EQ(c["bf16"], true);     // --bf16
  EXPECT_DOUBLE_EQ(c["lr"].get<double>(), 0.001);
}

TEST(PretrainCli, BadInputGivesClearMessages) {
  TempDir tmp;
  CliResult r = runCli("pretrain", tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("dataPath is empty"), std::string::npos) << r.err;

  r = runCli("pretrain --data /nonexistent/photos --image-size 100", tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("'/nonexistent/photos' is not an existing folder"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("imageSize 100 must be a multiple of 2^numDowns = 256"), std::string::npos) << r.err;

  r = runCli("pretrain --image-size big", tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("'imageSize' must be a whole number, got 'big'"), std::string::npos) << r.err;

  colorproxy::test::writeBytes(tmp / "bad.json", R"({"imagesize": 64})");
  r = runCli("pretrain --config " + quoted((tmp / "bad.json").string()), tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("bad.json"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("unknown setting 'imagesize'"), std::string::npos) << r.err;

  colorproxy::test::writeBytes(tmp / "broken.json", "{\"ngf\": ");
  r = runCli("pretrain --config " + quoted((tmp / "broken.json").string()), tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("not valid JSON"), std::string::npos) << r.err;

  r = runCli("pretrain --resume " + quoted(tmp.path().string()), tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("is not a run folder"), std::string::npos) << r.err;

  r = runCli("pretrain --resume " + quoted(tmp.path().string()) + " --ngf 4", tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--ngf cannot change when resuming"), std::string::npos) << r.err;
}

// Ctrl-C stops after the current batch with a checkpoint; --resume then finishes the run.
TEST(PretrainCli, InterruptStopsCleanlyAndResumeFinishes) {
  TempDir tmp;
  const fs::path runs = tmp / "runs";
  const std::string flags = tinyFlags(photoFolder(tmp), runs) + " --pretext l2 --epochs 200 --epochs-decay 0";
  const std::string command = "exec " + quoted(CP_CLI_EXE) + " pretrain " + flags + " >" +
                              quoted((tmp / "out.txt").string()) + " 2>" + quoted((tmp / "err.txt").string());
  pid_t pid = 0;
  // Wait until training is under way (a few iteration rows in metrics.csv), then press Ctrl-C.
  const fs::path run = startTraining(command, runs, 4, pid);
  ASSERT_FALSE(run.empty()) << readAll(tmp / "err.txt");
  ::kill(pid, SIGINT);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 130) << readAll(tmp / "err.txt");
  const std::string err = readAll(tmp / "err.txt");
  EXPECT_NE(err.find("continue with: colorproxy-cli pretrain --resume"), std::string::npos) << err;
  const json st = json::parse(readAll(run / "status.json"));
  EXPECT_EQ(st["state"], "stopped");
  const int64_t stoppedAt = st["iteration"].get<int64_t>();
  // metrics.csv also holds epoch rows, so "4 lines" may mean only 2 iterations were done: any progress
  // counts.
  EXPECT_GE(stoppedAt, 1);
  EXPECT_TRUE(fs::exists(run / "checkpoints" / "latest.pt"));

  // Resume to the end of the current epoch (shortening to the epoch in progress finishes the run).
  const int64_t epochInProgress = stoppedAt / 2 + 1;  // 2 iterations per epoch
  const CliResult r = runCli("pretrain --resume " + quoted(run.string()) + " --epochs " +
                                 std::to_string(epochInProgress) + " --json",
                             tmp / "err2.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const json j = json::parse(r.out);
  EXPECT_TRUE(j["completed"].get<bool>());
  EXPECT_EQ(j["epoch"], epochInProgress);
  EXPECT_EQ(j["iteration"], epochInProgress * 2);
  EXPECT_EQ(json::parse(readAll(run / "status.json"))["state"], "completed");
}

// ---- data-parallel pretraining (issue 15): 2 processes over 127.0.0.1 --------------------------------

namespace {

/// The only run folder under `runs` (empty when there is none or more than one).
fs::path onlyRun(const fs::path& runs) {
  std::vector<fs::path> found;
  if (fs::is_directory(runs))
    for (const auto& e : fs::directory_iterator(runs)) found.push_back(e.path());
  return found.size() == 1 ? found.front() : fs::path();
}

/// Where `torchrun` is on PATH, or empty.
std::string findOnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':'))
    if (!dir.empty() && ::access((fs::path(dir) / program).c_str(), X_OK) == 0)
      return (fs::path(dir) / program).string();
  return {};
}

/// The child of `parent` whose environment says RANK=`rank`, or 0.
pid_t childWithRank(pid_t parent, int rank) {
  std::istringstream children(
      readAll("/proc/" + std::to_string(parent) + "/task/" + std::to_string(parent) + "/children"));
  const std::string entry = std::string(1, '\0') + "RANK=" + std::to_string(rank) + '\0';  // not LOCAL_RANK
  pid_t child = 0;
  while (children >> child)
    if ((std::string(1, '\0') + readAll("/proc/" + std::to_string(child) + "/environ")).find(entry) !=
        std::string::npos)
      return child;
  return 0;
}

}  // namespace

TEST(PretrainCli, NprocTwoRanksTrainOneRunFolder) {
  TempDir tmp;
  const fs::path runs = tmp / "runs";
  // 8 images, 4 per rank at batch 4: 1 step of 8 images per epoch.
  const CliResult r = runCli("--nproc 2 pretrain " + tinyFlags(photoFolder(tmp), runs) +
                                 " --epochs 2 --epochs-decay 1 --name dp --json",
                             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const json j = json::parse(r.out);  // rank 0 alone prints: one JSON document
  EXPECT_TRUE(j["completed"].get<bool>());
  EXPECT_EQ(j["iteration"], 2);
  const fs::path run = onlyRun(runs);
  ASSERT_FALSE(run.empty()) << "expected exactly one run folder";
  const json config = json::parse(readAll(run / "config.json"));
  EXPECT_EQ(config["distributed"]["worldSize"], 2);
  EXPECT_EQ(config["distributed"]["globalBatch"], 8);
  EXPECT_EQ(config["distributed"]["backend"], "gloo");
  EXPECT_TRUE(fs::exists(run / "checkpoints" / "latest.pt"));
  EXPECT_TRUE(fs::exists(run / "report.md"));
  EXPECT_EQ(json::parse(readAll(run / "status.json"))["state"], "completed");
}

TEST(PretrainCli, NprocAndDistributedVariablesAreChecked) {
  TempDir tmp;
  CliResult r = runCli("--nproc 0 pretrain --preset tiny", tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--nproc '0'"), std::string::npos) << r.err;
  r = runCli("--nproc 2 colorize --help", tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("other subcommands run in one process"), std::string::npos) << r.err;
  const std::string command = "RANK=0 WORLD_SIZE=two " + quoted(CP_CLI_EXE) + " pretrain --preset tiny 2>" +
                              quoted((tmp / "err.txt").string());
  EXPECT_EQ(WEXITSTATUS(std::system(command.c_str())), 2);
  EXPECT_NE(readAll(tmp / "err.txt").find("WORLD_SIZE='two'"), std::string::npos) << readAll(tmp / "err.txt");
}

// Test (d) of issue 15: killing one rank makes the other stop with a clear message in bounded time, and the
// last checkpoint loads: the run resumes (in 2 processes again) and completes.
TEST(PretrainCli, KilledRankStopsTheJobAndTheRunResumes) {
  TempDir tmp;
  const fs::path runs = tmp / "runs";
  const std::string flags = tinyFlags(photoFolder(tmp), runs) + " --epochs 200 --epochs-decay 0";
  const std::string command = "exec env COLORPROXY_DIST_TIMEOUT=30 " + quoted(CP_CLI_EXE) +
                              " --nproc 2 pretrain " + flags + " >" + quoted((tmp / "out.txt").string()) +
                              " 2>" + quoted((tmp / "err.txt").string());
  pid_t pid = 0;
  const fs::path run = startTraining(command, runs, 5, pid);
  ASSERT_FALSE(run.empty()) << readAll(tmp / "err.txt");
  const pid_t rank1 = childWithRank(pid, 1);
  ASSERT_GT(rank1, 0) << "rank 1 not found among the launcher's children";
  const auto killedAt = std::chrono::steady_clock::now();
  ::kill(rank1, SIGKILL);
  int status = 0;
  bool ended = false;
  while (std::chrono::steady_clock::now() < killedAt + std::chrono::seconds(60)) {
    if (::waitpid(pid, &status, WNOHANG) == pid) {
      ended = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (!ended) {
    if (const pid_t rank0 = childWithRank(pid, 0)) ::kill(rank0, SIGKILL);
    ::waitpid(pid, &status, 0);
  }
  ASSERT_TRUE(ended) << "rank 0 did not stop within 60 s of rank 1's death";
  const std::string err = readAll(tmp / "err.txt");
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1) << err;
  EXPECT_NE(err.find("pretrain, rank 0: distributed training stopped: rank 0 of 2"), std::string::npos)
      << err;
  EXPECT_NE(err.find("rank 1 ended with exit code 137 (signal 9)"), std::string::npos) << err;
  EXPECT_NE(err.find("latest.pt, is kept"), std::string::npos) << err;
  const json st = json::parse(readAll(run / "status.json"));
  EXPECT_EQ(st["state"], "failed");
  const int64_t savedAt = st["iteration"].get<int64_t>();
  EXPECT_GE(savedAt, 1);

  // One step per epoch, a checkpoint at each: one more epoch than the failed run reached.
  const CliResult r = runCli("--nproc 2 pretrain --resume " + quoted(run.string()) + " --epochs " +
                                 std::to_string(savedAt + 1) + " --json",
                             tmp / "err2.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const json j = json::parse(r.out);
  EXPECT_TRUE(j["completed"].get<bool>());
  EXPECT_EQ(j["iteration"], savedAt + 1);
}

// Ctrl-C in a terminal signals the launcher and both ranks: every rank stops after the same step, rank 0
// writes the resumable checkpoint, and the launcher waits for them and exits 130.
TEST(PretrainCli, CtrlCStopsEveryRankCleanly) {
  TempDir tmp;
  const fs::path runs = tmp / "runs";
  const std::string command = "exec " + quoted(CP_CLI_EXE) + " --nproc 2 pretrain " +
                              tinyFlags(photoFolder(tmp), runs) +
                              " --pretext l2 --epochs 200 --epochs-decay 0 >" +
                              quoted((tmp / "out.txt").string()) + " 2>" + quoted((tmp / "err.txt").string());
  pid_t pid = 0;
  const fs::path run = startTraining(command, runs, 4, pid, true);
  ASSERT_FALSE(run.empty()) << readAll(tmp / "err.txt");
  ::kill(-pid, SIGINT);  // the whole group, as a terminal does
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status)) << "the launcher died of a signal";
  const std::string err = readAll(tmp / "err.txt");
  EXPECT_EQ(WEXITSTATUS(status), 130) << err;
  EXPECT_NE(err.find("continue with: colorproxy-cli pretrain --resume"), std::string::npos) << err;
  EXPECT_EQ(json::parse(readAll(run / "status.json"))["state"], "stopped") << err;
}

TEST(PretrainCli, TorchrunLaunchesTwoRanks) {
  const std::string torchrun = findOnPath("torchrun");
  if (torchrun.empty()) GTEST_SKIP() << "torchrun is not installed (Debian: python3-torch)";
  TempDir tmp;
  const fs::path runs = tmp / "runs";
  // --no_python is torch 1.13's spelling (later versions also accept --no-python); Debian 12's torchrun
  // (1.13 on Python 3.11) fails on its default --redirects/--tee values, so they are given.
  const std::string command = quoted(torchrun) +
                              " --standalone --nproc_per_node 2 --redirects 1 --tee 1 --no_python " +
                              quoted(CP_CLI_EXE) + " pretrain " + tinyFlags(photoFolder(tmp), runs) +
                              " --epochs 1 --epochs-decay 0 --json >" + quoted((tmp / "out.txt").string()) +
                              " 2>" + quoted((tmp / "err.txt").string());
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 0) << readAll(tmp / "out.txt") << readAll(tmp / "err.txt");
  const fs::path run = onlyRun(runs);
  ASSERT_FALSE(run.empty());
  const json config = json::parse(readAll(run / "config.json"));
  EXPECT_EQ(config["distributed"]["worldSize"], 2);
  EXPECT_EQ(config["distributed"]["launcher"], "torchrun");
  EXPECT_EQ(json::parse(readAll(run / "status.json"))["state"], "completed");
}
