#include <gtest/gtest.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

#include "colorproxy/finetune/finetune_trainer.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "jobs/jobrunner.h"
#include "main/mainwindow.h"
#include "main/trainpage.h"
#include "monitor/curveplot.h"
#include "monitor/previewgrid.h"
#include "monitor/trainingmonitor.h"
#include "runs/runsnapshot.h"
#include "runs/runspage.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::waitFor;

namespace {

// Requests a stop once `at` iterations have been reported, or at the first iteration of epoch `atEpoch`
// (an interrupted run to resume).
class StopAt : public TrainingObserver {
 public:
  StopAt(StopToken& stop, int64_t at, int64_t atEpoch = 0) : m_stop(stop), m_at(at), m_atEpoch(atEpoch) {}
  void onIteration(const IterationStats& s) override {
    if ((m_at > 0 && s.iteration >= m_at) || (m_atEpoch > 0 && s.epoch >= m_atEpoch)) m_stop.requestStop();
  }

 private:
  StopToken& m_stop;
  int64_t m_at;
  int64_t m_atEpoch;
};

// What the monitor showed of the resumed run when its history had arrived (before the new iterations).
struct AtResume {
  bool seen = false;
  QString title;
  QString status;
  int previews = 0;
  int epochPoints = 0;
};

ColorizationConfig tinyConfig(const colorproxy::test::TempDir& tmp, const std::string& name) {
  ColorizationConfig c = ColorizationConfig::preset("tiny");
  c.dataPath = colorproxy::test::makePhotoFolder(tmp / "photos", 8).toStdString();
  c.runsDir = tmp / "runs";
  c.runName = name;
  c.epochs = 2;
  c.epochsDecay = 1;
  c.batchSize = 2;
  c.threads = 1;
  return c;
}

QPushButton* button(QWidget* w, const QString& text) {
  for (QPushButton* b : w->findChildren<QPushButton*>())
    if (b->text() == text) return b;
  return nullptr;
}

// The Train page's monitor after a resume holds the run's whole history: every metrics.csv row of the
// finished run (the iterations before the stop and after the resume) in one group, every epoch's metric
// point and every preview; when the history arrived it already showed the earlier epochs, titled as a
// resumed run and not "Finished".
void expectWholeHistory(TrainingMonitor* monitor, const std::filesystem::path& runDir,
                        const QString& epochMetric, const AtResume& atResume) {
  ASSERT_TRUE(atResume.seen);
  EXPECT_TRUE(atResume.title.contains(QStringLiteral("(resumed)"))) << atResume.title.toStdString();
  EXPECT_FALSE(atResume.status.contains(QStringLiteral("Finished"))) << atResume.status.toStdString();
  EXPECT_GE(atResume.previews, 1);
  EXPECT_GE(atResume.epochPoints, 1);

  const RunFolder run(runDir);
  const MetricsTable table = run.readMetrics();
  ASSERT_EQ(monitor->lossPlot()->groups().size(), 1) << "history and new iterations must share one group";
  const QString group = monitor->lossPlot()->groups().first();
  int checked = 0;
  for (const std::string& column : table.columns) {
    const auto expected = table.series("iter", column);
    if (expected.empty() || RunHistory::isBookkeepingColumn(column)) continue;
    const auto shown = monitor->lossPlot()->rawPoints(group, QString::fromStdString(column));
    ASSERT_EQ(shown.size(), int(expected.size())) << column;
    for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(shown[int(i)].x(), double(expected[i].first));
    ++checked;
  }
  EXPECT_GT(checked, 0);
  const auto epochs = table.series("epoch", epochMetric.toStdString());
  ASSERT_EQ(epochs.size(), 2u);
  const auto shownEpochs =
      monitor->metricPlot()->rawPoints(monitor->metricPlot()->groups().value(0), epochMetric);
  ASSERT_EQ(shownEpochs.size(), 2);
  // metrics.csv keeps 9 significant digits; the live value is the trainer's float.
  EXPECT_NEAR(shownEpochs[0].y(), epochs[0].second, 1e-6 * std::abs(epochs[0].second));
  EXPECT_NEAR(shownEpochs[1].y(), epochs[1].second, 1e-6 * std::abs(epochs[1].second));
  EXPECT_EQ(monitor->previews()->epochs(), (QList<int>{1, 2}));
  EXPECT_EQ(monitor->progressPercent(), 100);
  EXPECT_TRUE(monitor->statusText().contains(QStringLiteral("Finished")))
      << monitor->statusText().toStdString();
}

// Selects the only run in `runs` on a main window's Runs page, checks that Resume is offered (and Open in
// Compare/Labels is not, for an unfinished run), presses it and waits for the job to finish without error;
// then checks the monitor shows the whole history with `epochMetric` as the per-epoch curve.
void resumeThroughTheRunsPage(const std::filesystem::path& runs, const QString& epochMetric) {
  MainWindow window;
  TrainingMonitor* monitor = window.trainPage()->monitor();
  AtResume atResume;
  QObject::connect(window.runner(), &JobRunner::historyLoaded, monitor, [&] {
    // Queued after the monitor's own slot: the history is in.
    atResume.seen = true;
    atResume.title = monitor->titleText();
    atResume.status = monitor->statusText();
    atResume.previews = int(monitor->previews()->epochs().size());
    const QStringList groups = monitor->metricPlot()->groups();
    atResume.epochPoints =
        groups.isEmpty() ? 0 : int(monitor->metricPlot()->rawPoints(groups[0], epochMetric).size());
  });
  window.runsPage()->setRunsDir(QString::fromStdString(runs.string()));
  ASSERT_EQ(window.runsPage()->runCount(), 1);
  window.runsPage()->list()->setCurrentItem(window.runsPage()->list()->topLevelItem(0));
  QPushButton* resume = button(window.runsPage(), QStringLiteral("Re&sume"));
  ASSERT_TRUE(resume->isEnabled());
  EXPECT_FALSE(window.runsPage()->inspectButton()->isEnabled());
  QSignalSpy finished(window.runner(), &JobRunner::jobFinished);
  QSignalSpy failed(window.runner(), &JobRunner::jobFailed);
  resume->click();
  EXPECT_EQ(window.currentPage(), MainWindow::TrainPageIndex);
  ASSERT_TRUE(waitFor([&] { return finished.count() + failed.count() > 0; }, 300000));
  ASSERT_EQ(failed.count(), 0) << failed.first().at(1).toString().toStdString();
  expectWholeHistory(
      monitor, window.runsPage()->list()->topLevelItem(0)->data(0, Qt::UserRole).toString().toStdString(),
      epochMetric, atResume);
}

}  // namespace

TEST(RunsPage, ListsReopensExactlyAndDeletesWithConfirmation) {
  colorproxy::test::TempDir tmp;
  TrainingObserver quiet;
  StopToken stop;
  const RunResult r = runColorization(tinyConfig(tmp, "listed"), quiet, stop);
  ASSERT_TRUE(r.error.empty()) << r.error;

  RunsPage page;
  page.setRunsDir(QString::fromStdString((tmp / "runs").string()));
  ASSERT_EQ(page.runCount(), 1);
  QTreeWidgetItem* item = page.list()->topLevelItem(0);
  EXPECT_EQ(item->text(1), QStringLiteral("colorization"));
  EXPECT_TRUE(item->text(2).startsWith(QStringLiteral("completed"))) << item->text(2).toStdString();
  EXPECT_TRUE(item->text(3).startsWith(QStringLiteral("val_psnr"))) << item->text(3).toStdString();

  // No monitor before a run is opened: the list has the page.
  EXPECT_TRUE(page.monitor()->isHidden());
  // Reopening shows what the monitor showed live: every logged loss, the epoch metrics, the previews.
  page.openRun(QString::fromStdString(r.runDir.string()));
  ASSERT_TRUE(waitFor([&] { return !page.isLoading() && page.monitor()->lossPlot()->seriesCount() > 0; }));
  EXPECT_FALSE(page.monitor()->isHidden());
  const RunFolder run(r.runDir);
  const MetricsTable table = run.readMetrics();
  const QString group = page.monitor()->lossPlot()->groups().value(0);
  for (const char* loss : {"G_GAN", "G_L1", "D_real", "D_fake"}) {
    const auto expected = table.series("iter", loss);
    const auto shown = page.monitor()->lossPlot()->rawPoints(group, QString::fromLatin1(loss));
    ASSERT_EQ(shown.size(), int(expected.size())) << loss;
    for (size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(shown[int(i)].x(), double(expected[i].first));
      EXPECT_DOUBLE_EQ(shown[int(i)].y(), expected[i].second);
    }
  }
  const auto psnr = table.series("epoch", "val_psnr");
  EXPECT_EQ(page.monitor()->metricPlot()->rawPoints(group, QStringLiteral("val_psnr")).size(),
            int(psnr.size()));
  EXPECT_EQ(page.monitor()->previews()->epochs(), (QList<int>{1, 2}));
  EXPECT_FALSE(
      button(&page, QStringLiteral("Re&sume"))->isEnabled());  // completed runs have nothing to resume

  // Delete asks first: "Cancel" keeps the folder, "Yes" removes it.
  page.list()->setCurrentItem(page.list()->topLevelItem(0));
  QPushButton* del = button(&page, QStringLiteral("&Delete…"));
  ASSERT_NE(del, nullptr);
  colorproxy::test::answerNextMessageBox(QMessageBox::Cancel);
  del->click();
  EXPECT_TRUE(std::filesystem::exists(r.runDir));
  colorproxy::test::answerNextMessageBox(QMessageBox::Yes);
  del->click();
  EXPECT_FALSE(std::filesystem::exists(r.runDir));
  EXPECT_EQ(page.runCount(), 0);
  EXPECT_TRUE(page.monitor()->isHidden());  // the deleted run's curves go with it
}

TEST(RunsPage, ResumesAnInterruptedRunThroughTheMainWindow) {
  colorproxy::test::TempDir tmp;
  StopToken stop;
  StopAt observer(stop, 0, 2);  // epoch 1 done (its metrics and preview written), stopped in epoch 2
  const RunResult r = runColorization(tinyConfig(tmp, "interrupted"), observer, stop);
  ASSERT_TRUE(r.error.empty()) << r.error;
  ASSERT_TRUE(r.stopped);
  ASSERT_EQ(RunFolder(r.runDir).previews().size(), 1u);

  resumeThroughTheRunsPage(tmp / "runs", QStringLiteral("val_psnr"));
  EXPECT_EQ(RunFolder(r.runDir).readStatus().state, RunState::Completed);
}

TEST(RunsPage, ResumesAnInterruptedFineTuningRunThroughTheMainWindow) {
  const auto camvid = colorproxy::test::sourceDir() / "resources" / "samples" / "camvid";
  if (!std::filesystem::exists(camvid)) GTEST_SKIP() << "resources/samples/camvid not present";
  colorproxy::test::TempDir tmp;
  FinetuneConfig c;
  c.task = DownstreamTask::Segmentation;
  c.dataPath = camvid;
  c.maxImages = 6;
  c.maxValImages = 2;
  c.maxTestImages = 2;
  c.imageSize = 32;
  c.ngf = 8;
  c.numDowns = 5;
  c.batchSize = 2;
  c.phases = parsePhases("2@0.001");
  c.threads = 1;
  c.loaderWorkers = 0;
  c.runsDir = tmp / "runs";
  c.runName = "seg-interrupted";
  StopToken stop;
  StopAt observer(stop, 4);  // mid-epoch 2
  const FinetuneResult r = runFinetune(c, observer, stop);
  ASSERT_TRUE(r.error.empty()) << r.error;
  ASSERT_TRUE(r.stopped);

  resumeThroughTheRunsPage(tmp / "runs", QStringLiteral("val_loss"));
  EXPECT_EQ(RunFolder(r.runDir).readStatus().state, RunState::Completed);
  const FinetuneResult done = readFinetuneReport(r.runDir);
  EXPECT_EQ(done.iterationLoss.size(), 6u);  // 6 images in batches of 2, 2 epochs: the whole run
}

TEST(RunSnapshot, ReportsAFolderThatIsNotARun) {
  colorproxy::test::TempDir tmp;
  const RunSnapshot snap = RunSnapshot::load(QString::fromStdString(tmp.path().string()));
  EXPECT_TRUE(snap.error.contains(QStringLiteral("config.json"))) << snap.error.toStdString();
  TrainingMonitor monitor;
  snap.showIn(&monitor);
  EXPECT_TRUE(monitor.statusText().contains(QStringLiteral("config.json")));
}
