// Run folders written before io owned the run-folder format (tests/fixtures/runs-v1: a tiny experiment
// with its pretraining run and a baseline/pretrained pair per task) still open in the GUI: the Runs page
// lists and reopens them, and Compare and Labels open their pairs.
#include <gtest/gtest.h>

#include <filesystem>

#include <QPushButton>
#include <QTreeWidget>

#include <qcustomplot.h>

#include "compare/comparepage.h"
#include "labels/labelspage.h"
#include "main/mainwindow.h"
#include "monitor/curveplot.h"
#include "monitor/previewgrid.h"
#include "monitor/trainingmonitor.h"
#include "runpair/finetunerun.h"
#include "runpair/runpairselector.h"
#include "runs/runsnapshot.h"
#include "runs/runspage.h"
#include "support/test_support.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::waitFor;
namespace fs = std::filesystem;

namespace {

fs::path fixture() { return colorproxy::test::sourceDir() / "tests" / "fixtures" / "runs-v1"; }

fs::path experimentDir() {
  for (const auto& e : fs::directory_iterator(fixture()))
    if (e.is_directory()) return e.path();
  return {};
}

QString q(const fs::path& p) { return QDir::cleanPath(QString::fromStdString(p.string())); }

// The run whose name is `part` (or ends with "-part"), else the first whose name contains it: "pretrain"
// must not find "classification-pretrained-seed1", whatever order the page lists them in.
QTreeWidgetItem* itemNamed(RunsPage* page, const QString& part) {
  const int n = page->list()->topLevelItemCount();
  for (int i = 0; i < n; ++i) {
    const QString name = page->list()->topLevelItem(i)->text(0);
    if (name == part || name.endsWith(QLatin1Char('-') + part)) return page->list()->topLevelItem(i);
  }
  for (int i = 0; i < n; ++i)
    if (page->list()->topLevelItem(i)->text(0).contains(part)) return page->list()->topLevelItem(i);
  return nullptr;
}

}  // namespace

TEST(RunFixtureV1, SnapshotsReopenEveryKind) {
  const fs::path exp = experimentDir();
  ASSERT_FALSE(exp.empty()) << fixture();
  const RunSnapshot e = RunSnapshot::load(q(exp));
  EXPECT_TRUE(e.error.isEmpty()) << e.error.toStdString();
  EXPECT_EQ(e.summary.kind, RunKind::Experiment);
  EXPECT_TRUE(e.hasReport);
  EXPECT_EQ(e.verdicts.size(), 2);
  for (const auto& entry : fs::directory_iterator(exp / "runs")) {
    const RunSnapshot s = RunSnapshot::load(q(entry.path()));
    EXPECT_TRUE(s.error.isEmpty()) << entry.path() << ": " << s.error.toStdString();
    EXPECT_FALSE(s.history.epochs.isEmpty()) << entry.path();
    EXPECT_FALSE(s.history.iterations.isEmpty()) << entry.path();
    EXPECT_TRUE(s.hasReport) << entry.path();
    if (s.summary.kind == RunKind::Pretraining)
      EXPECT_TRUE(s.reportLine.contains(QStringLiteral("val_psnr"))) << s.reportLine.toStdString();
    else
      EXPECT_EQ(s.summary.kind, RunKind::Finetune) << entry.path();
  }
  // Pairs by seed, per task, with their predictions.
  for (const QString& task : {QStringLiteral("segmentation"), QStringLiteral("classification")}) {
    const QVector<FinetuneRunInfo> runs = findFinetuneRuns(q(exp), task);
    ASSERT_EQ(runs.size(), 2) << task.toStdString();
    const QVector<RunPair> pairs = pairRuns(runs);
    ASSERT_EQ(pairs.size(), 1);
    EXPECT_FALSE(pairs[0].baseline.isPretrained());
    EXPECT_TRUE(pairs[0].pretrained.isPretrained());
    EXPECT_EQ(pairs[0].baseline.testPerClass.size(), pairs[0].baseline.classNames.size());
  }
}

TEST(RunFixtureV1, RunsPageListsThemAndComparePlusLabelsOpenThem) {
  const fs::path exp = experimentDir();
  ASSERT_FALSE(exp.empty()) << fixture();
  MainWindow window;
  window.resize(1280, 800);
  window.show();
  RunsPage* page = window.runsPage();

  // The experiment's own runs: one pretraining run and four fine-tuning runs, all finished.
  page->setRunsDir(q(exp / "runs"));
  page->refresh();
  ASSERT_EQ(page->runCount(), 5);
  QTreeWidgetItem* pretrain = itemNamed(page, QStringLiteral("pretrain"));
  ASSERT_NE(pretrain, nullptr);
  EXPECT_EQ(pretrain->text(1), QStringLiteral("colorization"));
  QTreeWidgetItem* segBaseline = itemNamed(page, QStringLiteral("segmentation-baseline"));
  ASSERT_NE(segBaseline, nullptr);
  EXPECT_EQ(segBaseline->text(1), QStringLiteral("fine-tuning (segmentation)"));
  window.showPage(MainWindow::RunsPageIndex);
  page->list()->setCurrentItem(segBaseline);
  ASSERT_TRUE(page->inspectButton()->isVisible());
  ASSERT_TRUE(page->inspectButton()->isEnabled());
  page->inspectButton()->click();
  EXPECT_EQ(window.currentPage(), int(MainWindow::ComparePageIndex));
  ComparePage* compare = window.comparePage();
  ASSERT_TRUE(waitFor([&] { return !compare->isLoading() && compare->currentImage() >= 0; }, 20000))
      << compare->statusText().toStdString();
  EXPECT_TRUE(compare->statusText().contains(QStringLiteral("mIoU"))) << compare->statusText().toStdString();
  ASSERT_EQ(compare->selector()->pairs().size(), 1);

  window.showPage(MainWindow::RunsPageIndex);
  QTreeWidgetItem* clsPretrained = itemNamed(page, QStringLiteral("classification-pretrained"));
  ASSERT_NE(clsPretrained, nullptr);
  page->list()->setCurrentItem(clsPretrained);
  EXPECT_TRUE(page->inspectButton()->text().remove(QLatin1Char('&')).contains(QStringLiteral("Labels")));
  page->inspectButton()->click();
  EXPECT_EQ(window.currentPage(), int(MainWindow::LabelsPageIndex));
  LabelsPage* labels = window.labelsPage();
  ASSERT_TRUE(waitFor([&] { return !labels->isLoading() && labels->currentImage() >= 0; }, 20000))
      << labels->statusText().toStdString();
  EXPECT_TRUE(labels->statusText().contains(QStringLiteral("mAP"))) << labels->statusText().toStdString();
  EXPECT_TRUE(labels->comparison().paired());

  // The experiment folder itself: listed as an experiment, opened on Compare (it has segmentation pairs).
  window.showPage(MainWindow::RunsPageIndex);
  page->setRunsDir(q(fixture()));
  page->refresh();
  ASSERT_EQ(page->runCount(), 1);
  page->list()->setCurrentItem(page->list()->topLevelItem(0));
  EXPECT_EQ(page->list()->topLevelItem(0)->text(1), QStringLiteral("experiment"));
  EXPECT_EQ(page->list()->topLevelItem(0)->text(2), QStringLiteral("completed (run 5/5)"));
  // Both of its tasks can be inspected: segmentation on Compare, classification on Labels.
  ASSERT_TRUE(page->inspectButton()->isVisible());
  ASSERT_TRUE(page->secondInspectButton()->isVisible());
  EXPECT_TRUE(page->inspectButton()->text().remove(QLatin1Char('&')).contains(QStringLiteral("Compare")));
  EXPECT_TRUE(
      page->secondInspectButton()->text().remove(QLatin1Char('&')).contains(QStringLiteral("Labels")));
  EXPECT_TRUE(page->secondInspectButton()->isEnabled());
  page->inspectButton()->click();
  EXPECT_EQ(window.currentPage(), int(MainWindow::ComparePageIndex));
  ASSERT_TRUE(waitFor([&] { return !compare->isLoading() && compare->currentImage() >= 0; }, 20000))
      << compare->statusText().toStdString();
  window.showPage(MainWindow::RunsPageIndex);
  page->secondInspectButton()->click();
  EXPECT_EQ(window.currentPage(), int(MainWindow::LabelsPageIndex));
  // Labels showed this pair before: wait for the experiment's own load to finish.
  ASSERT_TRUE(waitFor(
      [&] {
        return !labels->isLoading() && labels->currentImage() >= 0 &&
               labels->statusText().contains(QStringLiteral("mAP"));
      },
      20000))
      << labels->statusText().toStdString();
}

TEST(RunFixtureV1, AReopenedExperimentShowsItsProgressAndItsFineTuningCurves) {
  const fs::path exp = experimentDir();
  ASSERT_FALSE(exp.empty()) << fixture();
  RunsPage page;
  page.setRunsDir(q(fixture()));
  page.openRun(q(exp));
  TrainingMonitor* monitor = page.monitor();
  ASSERT_TRUE(waitFor([&] { return !page.isLoading() && monitor->metricPlot()->seriesCount() > 0; }, 20000));
  EXPECT_EQ(monitor->progressPercent(), 100);  // a finished experiment, not 0 %
  EXPECT_TRUE(monitor->reportText().contains(QStringLiteral("Runs 5 of 5")))
      << monitor->reportText().toStdString();
  EXPECT_TRUE(monitor->reportText().contains(QStringLiteral("completed")));
  // Its four fine-tuning runs' curves, as fine-tuning curves (no PSNR axis, no empty pretraining plot).
  EXPECT_EQ(monitor->metricPlot()->plot()->yAxis->label(), QStringLiteral("loss"));
  EXPECT_EQ(monitor->metricPlot()->groups().size(), 4);
  EXPECT_EQ(monitor->lossPlot()->groups().size(), 4);
  for (const auto& entry : fs::directory_iterator(exp / "runs")) {
    const RunFolder run(entry.path());
    if (run.kind() != RunKind::Finetune) continue;
    const QString name = QString::fromStdString(run.readConfig().name);
    ASSERT_TRUE(monitor->metricPlot()->groups().contains(name)) << name.toStdString();
    const std::string metric = run.readConfig().task == DownstreamTask::Segmentation ? "val_mIoU" : "val_mAP";
    const auto expected = run.readMetrics().series("epoch", metric);
    const auto shown = monitor->metricPlot()->rawPoints(name, QString::fromStdString(metric));
    ASSERT_EQ(shown.size(), int(expected.size())) << name.toStdString();
    for (size_t i = 0; i < expected.size(); ++i) EXPECT_DOUBLE_EQ(shown[int(i)].y(), expected[i].second);
  }
  EXPECT_EQ(monitor->previews()->runs().size(), 4);
}
