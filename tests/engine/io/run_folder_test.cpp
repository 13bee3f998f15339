#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/io/metrics_log.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_status.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;

TEST(RunStatus, RoundTrip) {
  TempDir tmp;
  RunStatus s;
  s.state = RunState::Stopped;
  s.message = "stopped by user";
  s.epoch = 3;
  s.epochs = 10;
  s.iteration = 42;
  s.totalIterations = 140;
  writeRunStatus(tmp / "status.json", s);
  const RunStatus r = readRunStatus(tmp / "status.json");
  EXPECT_EQ(r.state, RunState::Stopped);
  EXPECT_EQ(r.message, "stopped by user");
  EXPECT_EQ(r.epoch, 3);
  EXPECT_EQ(r.epochs, 10);
  EXPECT_EQ(r.iteration, 42);
  EXPECT_EQ(r.totalIterations, 140);
  EXPECT_EQ(r.pid, ::getpid());
  EXPECT_FALSE(r.updatedAt.empty());
  for (auto st : {RunState::Running, RunState::Completed, RunState::Stopped, RunState::Failed})
    EXPECT_EQ(runStateFromString(toString(st)), st);
  EXPECT_THROW(runStateFromString("paused"), std::invalid_argument);
}

TEST(RunStatus, RunningWithLiveProcessStaysRunning) {
  TempDir tmp;
  RunStatus s;
  s.state = RunState::Running;
  writeRunStatus(tmp / "status.json", s);
  EXPECT_EQ(readRunStatus(tmp / "status.json").state, RunState::Running);
}

TEST(RunStatus, RunningWithDeadProcessReadsAsFailed) {
  TempDir tmp;
  const pid_t child = fork();
  if (child == 0) _exit(0);
  int wstatus = 0;
  waitpid(child, &wstatus, 0);
  RunStatus s;
  s.state = RunState::Running;
  s.pid = child;
  writeRunStatus(tmp / "status.json", s);
  const RunStatus r = readRunStatus(tmp / "status.json");
  EXPECT_EQ(r.state, RunState::Failed);
  EXPECT_NE(r.message.find("resume"), std::string::npos) << r.message;
}

TEST(RunStatus, MalformedNamesFile) {
  TempDir tmp;
  colorproxy::test::writeBytes(tmp / "status.json", "{\"state\": 3");
  try {
    readRunStatus(tmp / "status.json");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("status.json"), std::string::npos);
  }
}

TEST(MetricsLog, WritesAndReadsRows) {
  TempDir tmp;
  const auto f = tmp / "metrics.csv";
  {
    MetricsLog log(f, {"G_GAN", "G_L1", "lr", "val_psnr"});
    log.append({"iter", 1, 1, 0.5, {{"G_GAN", 0.693147}, {"G_L1", 12.25}, {"lr", 2e-4}}});
    log.append({"iter", 1, 2, 1.0, {{"G_GAN", 0.7}, {"G_L1", 11.0}, {"lr", 2e-4}}});
    log.append({"epoch", 1, 2, 1.5, {{"val_psnr", 21.5}}});
    EXPECT_THROW(log.append({"iter", 2, 3, 2.0, {{"unknown", 1.0}}}), std::invalid_argument);
  }
  EXPECT_EQ(readTextFile(f),
            "kind,epoch,iteration,wall_time,G_GAN,G_L1,lr,val_psnr\n"
            "iter,1,1,0.5,0.693147,12.25,0.0002,\n"
            "iter,1,2,1,0.7,11,0.0002,\n"
            "epoch,1,2,1.5,,,,21.5\n");
  const MetricsTable t = readMetricsCsv(f);
  ASSERT_EQ(t.columns, (std::vector<std::string>{"G_GAN", "G_L1", "lr", "val_psnr"}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[2].kind, "epoch");
  EXPECT_EQ(t.rows[2].values.size(), 1u);
  EXPECT_DOUBLE_EQ(t.rows[2].values.at("val_psnr"), 21.5);
  const auto l1 = t.series("iter", "G_L1");
  ASSERT_EQ(l1.size(), 2u);
  EXPECT_EQ(l1[1].first, 2);
  EXPECT_DOUBLE_EQ(l1[1].second, 11.0);

  // Reopening appends; different columns are refused with both headers in the message.
  {
    MetricsLog again(f, {"G_GAN", "G_L1", "lr", "val_psnr"});
    again.append({"iter", 2, 3, 2.0, {{"lr", 1e-4}}});
  }
  EXPECT_EQ(readMetricsCsv(f).rows.size(), 4u);
  try {
    MetricsLog other(f, {"CE"});
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("CE"), std::string::npos);
  }
}

TEST(MetricsLog, TruncateAfterDropsLaterRowsAndTornLine) {
  TempDir tmp;
  const auto f = tmp / "metrics.csv";
  {
    MetricsLog log(f, {"L2"});
    for (int i = 1; i <= 6; ++i) log.append({"iter", (i - 1) / 3 + 1, i, double(i), {{"L2", 1.0 / i}}});
    log.append({"epoch", 2, 6, 6.0, {}});
  }
  std::ofstream(f, std::ios::app) << "iter,3,7,7.0,0.1";  // torn: no newline
  MetricsLog::truncateAfter(f, 1, 4);
  const MetricsTable t = readMetricsCsv(f);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows.back().iteration, 4);
}

TEST(MetricsLog, PartialLastLineWhileWritingIsSkipped) {
  TempDir tmp;
  colorproxy::test::writeBytes(tmp / "m.csv",
                               "kind,epoch,iteration,wall_time,a,b\niter,1,1,0.1,1,2\niter,1,2");
  EXPECT_EQ(readMetricsCsv(tmp / "m.csv").rows.size(), 1u);
  colorproxy::test::writeBytes(tmp / "bad.csv", "kind,epoch,iteration,wall_time,a\niter,1,x,0.1,1\n");
  try {
    readMetricsCsv(tmp / "bad.csv");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.csv' line 2"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(readMetricsCsv(tmp / "missing.csv").rows.empty());
}

TEST(RunFolder, CreateMakesTimestampedUniqueFolders) {
  TempDir tmp;
  const RunFolder a = RunFolder::create(tmp / "runs", "my run/1");
  const RunFolder b = RunFolder::create(tmp / "runs", "my run/1");
  EXPECT_TRUE(std::regex_match(a.name(), std::regex("[0-9]{8}-[0-9]{6}-my_run_1(-[0-9]+)?"))) << a.name();
  EXPECT_NE(a.dir(), b.dir());
  EXPECT_TRUE(fs::is_directory(a.checkpointsDir()));
  EXPECT_TRUE(fs::is_directory(a.previewsDir()));
  EXPECT_EQ(a.epochCheckpoint(7).filename(), "epoch-007.pt");
  EXPECT_EQ(a.previewFile(12).filename(), "epoch-012.png");
  EXPECT_EQ(a.latestCheckpoint().filename(), "latest.pt");
}

TEST(RunFolder, SummaryAndListing) {
  TempDir tmp;
  const fs::path runs = tmp / "runs";
  // Folder names are timestamps: fixed ones make the ordering deterministic.
  for (const std::string name : {"20240101-000000-a", "20240102-000000-b"}) {
    RunFolder r(runs / name);
    fs::create_directories(r.previewsDir());
    writeFileAtomically(r.configFile(), R"({"task":"colorization","createdAt":"2024-01-01T00:00:00",
        "primaryMetric":"val_psnr","primaryMetricHigherIsBetter":true})");
    MetricsLog log(r.metricsFile(), {"val_psnr"});
    log.append({"epoch", 1, 10, 1.0, {{"val_psnr", 18.0}}});
    log.append({"epoch", 2, 20, 2.0, {{"val_psnr", 22.5}}});
    log.append({"epoch", 3, 30, 3.0, {{"val_psnr", 21.0}}});
    RunStatus s;
    s.state = RunState::Completed;
    writeRunStatus(r.statusFile(), s);
    writeFileAtomically(r.previewFile(2), "png");
    writeFileAtomically(r.previewFile(1), "png");
  }
  fs::create_directories(runs / "not-a-run");
  const auto list = listRuns(runs);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].name, "20240102-000000-b");
  EXPECT_EQ(list[0].kind, RunKind::Pretraining);
  EXPECT_FALSE(list[0].task.has_value());
  EXPECT_EQ(list[0].kindTag, "colorization");
  EXPECT_EQ(list[0].status.state, RunState::Completed);
  ASSERT_TRUE(list[0].bestMetric.has_value());
  EXPECT_DOUBLE_EQ(*list[0].bestMetric, 22.5);
  EXPECT_EQ(list[0].bestEpoch, 2);
  EXPECT_TRUE(list[0].error.empty()) << list[0].error;
  const auto previews = RunFolder(runs / "20240101-000000-a").previews();
  ASSERT_EQ(previews.size(), 2u);
  EXPECT_EQ(previews[0].epoch, 1);
  EXPECT_EQ(previews[1].epoch, 2);
  EXPECT_TRUE(listRuns(tmp / "missing").empty());
}

TEST(RunFolder, BrokenConfigGoesToSummaryError) {
  TempDir tmp;
  RunFolder r(tmp / "20240101-000000-x");
  fs::create_directories(r.dir());
  colorproxy::test::writeBytes(r.configFile(), "{broken");
  const RunSummary s = r.summary();
  EXPECT_FALSE(s.error.empty());
  try {
    RunFolder(tmp / "nothing").readConfigText();
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("not a run folder"), std::string::npos);
  }
}
