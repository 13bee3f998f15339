// Finding a fine-tuning run's baseline/pretrained partner, and opening a run from the Runs page on the
// Compare or Labels page.
#include <gtest/gtest.h>

#include <fstream>

#include <QPushButton>
#include <QTreeWidget>
#include <opencv2/imgcodecs.hpp>

#include "colorproxy/io/run_status.h"
#include "compare/comparepage.h"
#include "labels/labelspage.h"
#include "main/mainwindow.h"
#include "runpair/finetunerun.h"
#include "runpair/runpairselector.h"
#include "runs/runspage.h"
#include "ui/fakeruns.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::waitFor;

namespace {

const std::vector<std::string> kClasses = {"Sky", "Road", "Car"};

std::filesystem::path fakeRun(const std::filesystem::path& dir, const std::string& task,
                              const std::string& init, int seed) {
  colorproxy::test::writeFinetuneReport(dir, task, init, seed, kClasses);
  return dir;
}

QString q(const std::filesystem::path& p) { return QDir::cleanPath(QString::fromStdString(p.string())); }

// What the Runs page lists: config.json (task, as FinetuneTrainer writes it) and status.json (completed).
void makeListable(const std::filesystem::path& dir, const std::string& task) {
  std::ofstream(dir / "config.json") << "{\"task\": \"finetune-" << task
                                     << "\", \"createdAt\": \"2026-01-01T00:00:00\"}\n";
  RunStatus status;
  status.state = RunState::Completed;
  status.epoch = status.epochs = 1;
  writeRunStatus(dir / "status.json", status);
}

}  // namespace

TEST(RunPairs, APartnerIsTheNearestRunOfTheSameSeedAndTheOtherInitialisation) {
  colorproxy::test::TempDir tmp;
  const auto runs = tmp / "runs";
  // Two seed-1 pairs one after the other, a seed-2 baseline without a partner, and classification runs
  // of seed 1 that must never pair with segmentation.
  const auto b1 = fakeRun(runs / "20260101-000001-seg-baseline-s1", "segmentation", "random", 1);
  const auto c1 = fakeRun(runs / "20260101-000002-cls-pretrained-s1", "classification", "pretrained", 1);
  const auto p1 = fakeRun(runs / "20260101-000003-seg-pretrained-s1", "segmentation", "pretrained", 1);
  const auto b1b = fakeRun(runs / "20260101-000004-seg-baseline-s1", "segmentation", "random", 1);
  const auto p1b = fakeRun(runs / "20260101-000005-seg-pretrained-s1", "segmentation", "pretrained", 1);
  const auto b2 = fakeRun(runs / "20260101-000006-seg-baseline-s2", "segmentation", "random", 2);

  auto check = [](const std::filesystem::path& run, const std::filesystem::path& base,
                  const std::filesystem::path& pre) {
    const RunPairLookup r = pairForRun(q(run));
    ASSERT_TRUE(r.ok) << r.message.toStdString();
    EXPECT_EQ(r.pair.baseline.dir, q(base)) << run;
    EXPECT_EQ(r.pair.pretrained.dir, q(pre)) << run;
    EXPECT_TRUE(r.message.isEmpty()) << r.message.toStdString();
  };
  check(b1, b1, p1);  // a baseline pairs with the next pretrained run
  check(p1, b1, p1);  // a pretrained run with the baseline before it
  check(b1b, b1b, p1b);
  check(p1b, b1b, p1b);

  const RunPairLookup lonely = pairForRun(q(b2));
  ASSERT_TRUE(lonely.ok);
  EXPECT_EQ(lonely.pair.baseline.dir, q(b2));
  EXPECT_TRUE(lonely.pair.pretrained.dir.isEmpty());
  EXPECT_TRUE(lonely.message.contains(QStringLiteral("seed 2"))) << lonely.message.toStdString();
  EXPECT_TRUE(lonely.message.contains(QStringLiteral("pretrained"))) << lonely.message.toStdString();

  const RunPairLookup cls = pairForRun(q(c1));
  ASSERT_TRUE(cls.ok);
  EXPECT_EQ(cls.pair.pretrained.dir, q(c1));
  EXPECT_TRUE(cls.pair.baseline.dir.isEmpty());

  const RunPairLookup missing = pairForRun(q(runs / "nothing-here"));
  EXPECT_FALSE(missing.ok);
  EXPECT_TRUE(missing.message.contains(QStringLiteral("nothing-here"))) << missing.message.toStdString();
  EXPECT_TRUE(missing.message.contains(QStringLiteral("report.json"))) << missing.message.toStdString();
}

TEST(RunsPage, OpensAFinishedSegmentationRunInCompareAndAClassificationRunInLabels) {
  colorproxy::test::TempDir tmp;
  const auto photos = tmp / "photos";
  std::filesystem::create_directories(photos);
  const std::string a = (photos / "a.png").string();
  cv::imwrite(a, colorproxy::test::makeColourImage(8, 8, 1));
  const cv::Mat truth = colorproxy::test::mask4({0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 255, 255, 1, 1});
  const cv::Mat wrong(4, 4, CV_8UC1, cv::Scalar(0));
  const auto runs = tmp / "runs";
  const auto base = fakeRun(runs / "20260101-000001-seg-baseline-s1", "segmentation", "random", 1);
  const auto pre = fakeRun(runs / "20260101-000002-seg-pretrained-s1", "segmentation", "pretrained", 1);
  colorproxy::test::writeSegmentationPredictions(base, {{a, wrong, truth}});
  colorproxy::test::writeSegmentationPredictions(pre, {{a, truth, truth}});
  makeListable(base, "segmentation");
  makeListable(pre, "segmentation");

  MainWindow window;
  window.resize(1280, 800);
  window.show();
  RunsPage* page = window.runsPage();
  page->setRunsDir(q(runs));
  page->refresh();
  ASSERT_EQ(page->runCount(), 2);
  EXPECT_FALSE(page->inspectButton()->isVisible());  // nothing selected
  QTreeWidgetItem* baseItem = nullptr;
  for (int i = 0; i < page->list()->topLevelItemCount(); ++i)
    if (page->list()->topLevelItem(i)->text(0).contains(QStringLiteral("baseline")))
      baseItem = page->list()->topLevelItem(i);
  ASSERT_NE(baseItem, nullptr);
  page->list()->setCurrentItem(baseItem);
  window.showPage(MainWindow::RunsPageIndex);
  ASSERT_TRUE(page->inspectButton()->isVisible());
  ASSERT_TRUE(page->inspectButton()->isEnabled());
  EXPECT_TRUE(page->inspectButton()->text().remove(QLatin1Char('&')).contains(QStringLiteral("Compare")));
  page->inspectButton()->click();
  EXPECT_EQ(window.currentPage(), int(MainWindow::ComparePageIndex));
  ComparePage* compare = window.comparePage();
  ASSERT_TRUE(waitFor([&] { return !compare->isLoading() && compare->currentImage() >= 0; }, 20000))
      << compare->statusText().toStdString();
  // The pretrained run is right on every judged pixel, the baseline only on Sky: the pair was found.
  EXPECT_TRUE(compare->statusText().contains(QStringLiteral("mIoU"))) << compare->statusText().toStdString();
  ASSERT_EQ(compare->selector()->pairs().size(), 1);
  EXPECT_EQ(compare->selector()->pairs()[0].pretrained.dir, q(pre));

  // A classification run without a partner opens alone on the Labels page.
  const auto cls = fakeRun(runs / "20260101-000003-cls-baseline-s1", "classification", "random", 1);
  makeListable(cls, "classification");
  window.inspectRun(q(cls), QStringLiteral("classification"));
  EXPECT_EQ(window.currentPage(), int(MainWindow::LabelsPageIndex));
}
