#include <gtest/gtest.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

#include "colorproxy/finetune/finetune_trainer.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "jobs/jobrunner.h"
#include "main/mainwindow.h"
#include "monitor/curveplot.h"
#include "monitor/previewgrid.h"
#include "monitor/trainingmonitor.h"
#include "runs/runsnapshot.h"
#include "runs/runspage.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::waitFor;

namespace {

// Requests a stop once `at` iterations have been reported (an interrupted run to resume).
class StopAt : public TrainingObserver {
 public:
  StopAt(StopToken& stop, int64_t at) : m_stop(stop), m_at(at) {}
  void onIteration(const IterationStats& s) override {
    if (s.iteration >= m_at) m_stop.requestStop();
  }

 private:
  StopToken& m_stop;
  int64_t m_at;
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

// Selects the only run in `runs` on a main window's Runs page, checks that Resume is offered (and Open in
// Compare/Labels is not, for an unfinished run), presses it and waits for the job to finish without error.
void resumeThroughTheRunsPage(const std::filesystem::path& runs) {
  MainWindow window;
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

  // Reopening shows what the monitor showed live: every logged loss, the epoch metrics, the previews.
  page.openRun(QString::fromStdString(r.runDir.string()));
  ASSERT_TRUE(waitFor([&] { return !page.isLoading() && page.monitor()->lossPlot()->seriesCount() > 0; }));
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
}

TEST(RunsPage, ResumesAnInterruptedRunThroughTheMainWindow) {
  colorproxy::test::TempDir tmp;
  StopToken stop;
  StopAt observer(stop, 2);
  const RunResult r = runColorization(tinyConfig(tmp, "interrupted"), observer, stop);
  ASSERT_TRUE(r.error.empty()) << r.error;
  ASSERT_TRUE(r.stopped);

  resumeThroughTheRunsPage(tmp / "runs");
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

  resumeThroughTheRunsPage(tmp / "runs");
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
