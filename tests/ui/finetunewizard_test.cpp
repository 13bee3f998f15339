#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>

#include "colorproxy/io/run_folder.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "jobs/jobrunner.h"
#include "monitor/curveplot.h"
#include "monitor/trainingmonitor.h"
#include "runpair/finetunerun.h"
#include "runs/runspage.h"
#include "ui/uitesthelpers.h"
#include "widgets/phasetable.h"
#include "wizards/finetunedatasetpage.h"
#include "wizards/finetuneinitpage.h"
#include "wizards/finetunereviewpage.h"
#include "wizards/finetuneschedulepage.h"
#include "wizards/finetuneseedspage.h"
#include "wizards/finetunetaskpage.h"
#include "wizards/finetunewizard.h"

using namespace colorproxy;
using colorproxy::test::waitFor;

namespace {

bool nextEnabled(QWizard* w) { return w->button(QWizard::NextButton)->isEnabled(); }

// A finished tiny colorization run to initialise the pretrained network from.
std::filesystem::path tinyPretrainingRun(const colorproxy::test::TempDir& tmp) {
  ColorizationConfig c = ColorizationConfig::preset("tiny");
  c.dataPath = colorproxy::test::makePhotoFolder(tmp / "photos", 8).toStdString();
  c.runsDir = tmp / "runs";
  c.epochs = 1;
  c.epochsDecay = 0;
  c.threads = 1;
  TrainingObserver quiet;
  StopToken stop;
  const RunResult r = runColorization(c, quiet, stop);
  EXPECT_TRUE(r.error.empty()) << r.error;
  return r.runDir;
}

}  // namespace

TEST(FinetuneWizard, ParsesSeedLists) {
  QString error;
  EXPECT_EQ(FinetuneSeedsPage::parseSeeds(QStringLiteral("1, 2 3;2"), &error), (QList<quint64>{1, 2, 3}));
  EXPECT_EQ(FinetuneSeedsPage::parseSeeds(QStringLiteral("4-6,1"), &error), (QList<quint64>{4, 5, 6, 1}));
  EXPECT_TRUE(FinetuneSeedsPage::parseSeeds(QStringLiteral("1, x"), &error).isEmpty());
  EXPECT_TRUE(error.contains(QStringLiteral("\"x\""))) << error.toStdString();
  EXPECT_TRUE(FinetuneSeedsPage::parseSeeds(QStringLiteral("5-2"), &error).isEmpty());
  EXPECT_TRUE(FinetuneSeedsPage::parseSeeds(QString(), &error).isEmpty());
}

TEST(FinetuneWizard, BaselineAndPretrainedSideBySideOnRealData) {
  const auto camvid = colorproxy::test::sourceDir() / "resources" / "samples" / "camvid";
  if (!std::filesystem::exists(camvid)) GTEST_SKIP() << "resources/samples/camvid not present";
  colorproxy::test::TempDir tmp;
  const auto pretrainedRun = tinyPretrainingRun(tmp);
  ASSERT_FALSE(pretrainedRun.empty());

  FinetuneConfig initial;
  initial.runsDir = tmp / "finetune-runs";
  initial.maxImages = 6;
  initial.maxValImages = 4;
  initial.maxTestImages = 4;
  initial.previewCount = 2;
  initial.hidden = 16;
  FinetuneWizard w(initial);
  w.show();

  // Task.
  w.taskPage()->setTask(DownstreamTask::Segmentation);
  ASSERT_TRUE(nextEnabled(&w));
  w.next();

  // Dataset: a folder of photos has no masks, which segmentation needs: refused with the reason.
  w.datasetPage()->setDatasetPath(QString::fromStdString((tmp / "photos").string()));
  ASSERT_TRUE(waitFor([&] { return !w.datasetPage()->problems().isEmpty(); }));
  EXPECT_FALSE(nextEnabled(&w));
  EXPECT_TRUE(
      w.datasetPage()->problems().join(QLatin1Char(' ')).contains(QStringLiteral("no segmentation masks")))
      << w.datasetPage()->problems().join(QLatin1Char('\n')).toStdString();
  w.datasetPage()->setDatasetPath(QString::fromStdString(camvid.string()));
  ASSERT_TRUE(waitFor([&] { return nextEnabled(&w); }));
  w.next();

  // Initialisation: both; the pretrained run is required and fixes the network sizes.
  ASSERT_EQ(w.currentId(), FinetuneWizard::InitPageId);
  w.initPage()->setMode(2);
  w.initPage()->setPretrainedPath(QString());
  EXPECT_FALSE(nextEnabled(&w));
  w.initPage()->setPretrainedPath(QString::fromStdString(pretrainedRun.string()));
  ASSERT_TRUE(nextEnabled(&w)) << w.initPage()->problems().join(QLatin1Char('\n')).toStdString();
  EXPECT_EQ(w.config().imageSize, 32);
  EXPECT_EQ(w.config().ngf, 8);
  EXPECT_EQ(w.config().numDowns, 5);
  w.next();

  // Schedule: the paper's by default; a zero learning rate is refused on this page.
  ASSERT_EQ(w.currentId(), FinetuneWizard::SchedulePageId);
  EXPECT_EQ(w.schedulePage()->pretrainedTable()->phases(),
            FinetuneConfig::paperPhases(DownstreamTask::Segmentation, true));
  w.schedulePage()->baselineTable()->setPhases({FinetunePhase{1, 0.0, {}}});
  w.schedulePage()->baselineTable()->changed();
  EXPECT_FALSE(nextEnabled(&w));
  EXPECT_TRUE(w.schedulePage()->problems().join(QLatin1Char(' ')).contains(QStringLiteral("phase 1")));
  w.schedulePage()->baselineTable()->setPhases({FinetunePhase{1, 3e-4, {}}});
  w.schedulePage()->pretrainedTable()->setPhases({FinetunePhase{1, 3e-4, {"transferred"}}});
  w.schedulePage()->pretrainedTable()->changed();
  ASSERT_TRUE(nextEnabled(&w)) << w.schedulePage()->problems().join(QLatin1Char('\n')).toStdString();
  w.next();

  // Seeds.
  ASSERT_EQ(w.currentId(), FinetuneWizard::SeedsPageId);
  w.seedsPage()->seedsEdit()->setText(QStringLiteral("1, x"));
  EXPECT_FALSE(nextEnabled(&w));
  w.seedsPage()->seedsEdit()->setText(QStringLiteral("7"));
  w.seedsPage()->runNameEdit()->setText(QStringLiteral("seg"));
  ASSERT_TRUE(nextEnabled(&w));
  // Data-parallel: synchronised batch norm only with more than one process, in the configs and job names.
  QSpinBox* processes = w.seedsPage()->processesBox();
  QCheckBox* sync = w.seedsPage()->syncBatchNormBox();
  EXPECT_EQ(processes->value(), 1);
  EXPECT_FALSE(sync->isEnabled());
  processes->setMaximum(4);  // whatever this machine's cores
  processes->setValue(2);
  EXPECT_TRUE(sync->isEnabled());
  sync->setChecked(true);
  EXPECT_EQ(w.processes(), 2);
  for (const FinetuneConfig& c : w.configs()) EXPECT_TRUE(c.syncBatchNorm) << c.runName;
  for (const Job& job : w.jobs())
    EXPECT_TRUE(job.name.endsWith(QStringLiteral("(2 processes)"))) << job.name.toStdString();
  processes->setValue(1);
  EXPECT_FALSE(sync->isEnabled());
  for (const FinetuneConfig& c : w.configs())
    EXPECT_FALSE(c.syncBatchNorm) << "config.json must not claim it for one process";
  for (const Job& job : w.jobs()) EXPECT_FALSE(job.name.contains(QStringLiteral("processes")));
  sync->setChecked(false);
  w.next();

  // Review: one config per run, baseline first.
  ASSERT_EQ(w.currentId(), FinetuneWizard::ReviewPageId);
  EXPECT_EQ(w.reviewPage()->runTabCount(), 2);
  const auto configs = w.configs();
  ASSERT_EQ(configs.size(), 2u);
  EXPECT_EQ(configs[0].runName, "seg-baseline-s7");
  EXPECT_EQ(configs[0].init, "random");
  EXPECT_EQ(configs[1].runName, "seg-pretrained-s7");
  EXPECT_EQ(configs[1].init, "pretrained:" + pretrainedRun.string());
  EXPECT_EQ(configs[1].seed, 7u);
  ASSERT_TRUE(w.button(QWizard::FinishButton)->isEnabled());
  w.button(QWizard::FinishButton)->click();
  EXPECT_EQ(w.result(), QDialog::Accepted);

  // Start: both runs queue on one runner and plot into one monitor, in two colours.
  const QVector<Job> jobs = w.jobs();
  ASSERT_EQ(jobs.size(), 2);
  EXPECT_EQ(jobs[0].session, jobs[1].session);
  JobRunner runner;
  TrainingMonitor monitor;
  monitor.attach(&runner);
  QSignalSpy finished(&runner, &JobRunner::jobFinished);
  QSignalSpy failed(&runner, &JobRunner::jobFailed);
  for (const Job& job : jobs) runner.enqueue(job);
  ASSERT_TRUE(waitFor([&] { return finished.count() + failed.count() == 2; }, 600000));
  ASSERT_EQ(failed.count(), 0) << failed.first().at(1).toString().toStdString();
  EXPECT_EQ(monitor.lossPlot()->groups(),
            (QStringList{QStringLiteral("seg-baseline-s7"), QStringLiteral("seg-pretrained-s7")}));
  for (int i = 0; i < 2; ++i) {
    const auto result = finished.at(i).at(1).value<JobResult>();
    const RunSummary summary = RunFolder(result.runDir.toStdString()).summary();
    EXPECT_EQ(summary.kind, RunKind::Finetune);
    EXPECT_EQ(summary.task, DownstreamTask::Segmentation);
    EXPECT_EQ(summary.status.state, RunState::Completed);
  }

  // The Runs page offers the pretrained run on the Compare page, paired with the baseline before it.
  const QString baselineDir = finished.at(0).at(1).value<JobResult>().runDir;
  const QString pretrainedDir = finished.at(1).at(1).value<JobResult>().runDir;
  RunsPage runs;
  runs.show();
  runs.setRunsDir(QString::fromStdString((tmp / "finetune-runs").string()));
  runs.refresh();
  ASSERT_EQ(runs.runCount(), 2);
  for (int i = 0; i < runs.list()->topLevelItemCount(); ++i)
    if (runs.list()->topLevelItem(i)->text(0).contains(QStringLiteral("pretrained")))
      runs.list()->setCurrentItem(runs.list()->topLevelItem(i));
  EXPECT_TRUE(runs.inspectButton()->isVisible());
  EXPECT_TRUE(runs.inspectButton()->isEnabled());
  QSignalSpy inspect(&runs, &RunsPage::inspectRequested);
  runs.inspectButton()->click();
  ASSERT_EQ(inspect.count(), 1);
  EXPECT_EQ(inspect.first().at(1).toString(), QStringLiteral("segmentation"));
  const RunPairLookup pair = pairForRun(inspect.first().at(0).toString());
  ASSERT_TRUE(pair.ok) << pair.message.toStdString();
  EXPECT_EQ(pair.pair.baseline.dir, QDir::cleanPath(baselineDir));
  EXPECT_EQ(pair.pair.pretrained.dir, QDir::cleanPath(pretrainedDir));
}
