// Run folders written before io owned the run-folder format (tests/fixtures/runs-v1: a tiny experiment
// with its pretraining run and a baseline/pretrained pair per task) still open in the GUI: the Runs page
// lists and reopens them, and Compare and Labels open their pairs.
#include <gtest/gtest.h>

#include <filesystem>

#include <QPushButton>
#include <QTreeWidget>

#include "compare/comparepage.h"
#include "labels/labelspage.h"
#include "main/mainwindow.h"
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
  EXPECT_EQ(segBaseline->text(1), QStringLiteral("finetune-segmentation"));
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
  page->inspectButton()->click();
  EXPECT_EQ(window.currentPage(), int(MainWindow::ComparePageIndex));
  ASSERT_TRUE(waitFor([&] { return !compare->isLoading() && compare->currentImage() >= 0; }, 20000))
      << compare->statusText().toStdString();
}
