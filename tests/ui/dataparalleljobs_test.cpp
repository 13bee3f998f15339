// The GUI's data-parallel jobs, run for real: this process trains rank 0 on the job runner's thread (the
// monitor follows it) and colorproxy-cli, found next to the executable (tests/CMakeLists.txt links it
// beside test_ui), the other rank: fine-tuning with synchronised batch norm.
#include <gtest/gtest.h>

#include <filesystem>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include "colorproxy/finetune/finetune_config.h"
#include "colorproxy/finetune/finetune_trainer.h"
#include "colorproxy/io/run_folder.h"
#include "jobs/colorizationjobs.h"
#include "jobs/finetunejobs.h"
#include "jobs/jobrunner.h"
#include "monitor/curveplot.h"
#include "monitor/trainingmonitor.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::waitFor;

namespace {

QJsonObject readJson(const std::filesystem::path& file) {
  QFile f(QString::fromStdString(file.string()));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

JobResult runJob(JobRunner& runner, const Job& job) {
  QSignalSpy finished(&runner, &JobRunner::jobFinished);
  QSignalSpy failed(&runner, &JobRunner::jobFailed);
  runner.enqueue(job);
  EXPECT_TRUE(waitFor([&] { return finished.count() + failed.count() == 1; }, 600000));
  if (!failed.isEmpty()) {
    ADD_FAILURE() << job.name.toStdString() << ": " << failed.first().at(1).toString().toStdString();
    return {};
  }
  return finished.isEmpty() ? JobResult{} : finished.first().at(1).value<JobResult>();
}

}  // namespace

TEST(DataParallelJobs, FineTuningInTwoProcessesWithSynchronisedBatchNorm) {
  const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("colorproxy-cli"));
  if (!QFileInfo(cli).isExecutable())
    GTEST_SKIP() << "no colorproxy-cli next to the test: " << cli.toStdString();
  const auto camvid = colorproxy::test::sourceDir() / "resources" / "samples" / "camvid";
  if (!std::filesystem::exists(camvid)) GTEST_SKIP() << "resources/samples/camvid not present";
  colorproxy::test::TempDir tmp;
  FinetuneConfig c;
  c.task = DownstreamTask::Segmentation;
  c.dataPath = camvid;
  c.maxImages = 8;
  c.maxValImages = 2;
  c.maxTestImages = 2;
  c.imageSize = 32;
  c.ngf = 8;
  c.numDowns = 5;
  c.batchSize = 2;
  c.phases = parsePhases("1@0.001");
  c.threads = 1;
  c.loaderWorkers = 0;
  c.previewCount = 0;
  c.device = "cpu";
  c.syncBatchNorm = true;
  c.runsDir = tmp / "runs";
  c.runName = "seg-2proc";

  JobRunner runner;
  TrainingMonitor monitor;
  monitor.attach(&runner);
  const Job job = FinetuneJobs::finetune(c, QStringLiteral("dp"), 2);
  EXPECT_TRUE(job.name.endsWith(QStringLiteral("(2 processes)"))) << job.name.toStdString();
  const JobResult first = runJob(runner, job);
  ASSERT_FALSE(first.runDir.isEmpty());
  const std::filesystem::path runDir = first.runDir.toStdString();
  // One run folder, written by rank 0, for a job of two processes that each took half of every epoch:
  // 8 images in batches of 2 per process are 2 steps.
  const QJsonObject config = readJson(RunFolder(runDir).configFile());
  const QJsonObject distributed = config.value(QStringLiteral("distributed")).toObject();
  EXPECT_EQ(distributed.value(QStringLiteral("worldSize")).toInt(), 2);
  EXPECT_TRUE(distributed.value(QStringLiteral("syncBatchNorm")).toBool());
  EXPECT_EQ(RunFolder(runDir).readStatus().state, RunState::Completed);
  const FinetuneResult report = readFinetuneReport(runDir);
  EXPECT_EQ(report.iterationLoss.size(), 2u);
  EXPECT_EQ(std::count_if(std::filesystem::directory_iterator(tmp / "runs"),
                          std::filesystem::directory_iterator(), [](const auto&) { return true; }),
            1);
  EXPECT_FALSE(monitor.lossPlot()->groups().isEmpty());  // the monitor followed rank 0

  // A resume starts as many processes as the run had (each one's share of an epoch depends on the count).
  EXPECT_EQ(ColorizationJobs::recordedProcesses(runDir), 2);
  EXPECT_EQ(ColorizationJobs::recordedProcesses(tmp / "no-such-run"), 1);
}
