// Representation probe results (probe.json) on the Runs page: read by level and arm, drawn as one line per
// arm and probe with the 95 % intervals as error bars, for a probe folder of its own and for an experiment's
// probes/<task>/probe.json.
#include <gtest/gtest.h>

#include <QCoreApplication>

#include <cmath>
#include <filesystem>
#include <fstream>

#include <QTabWidget>
#include <QTreeWidget>

#include <qcustomplot.h>

#include "core/theme.h"
#include "monitor/trainingmonitor.h"
#include "results/probeplot.h"
#include "results/proberesultfile.h"
#include "runs/runsnapshot.h"
#include "runs/runspage.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::waitFor;
namespace fs = std::filesystem;

namespace {

QString qpath(const fs::path& p) { return QString::fromStdString(p.string()); }

// A probe.json as `colorproxy-cli probe` writes it: 3 levels, the random arm first in the file, the
// pretrained arm with one seed (its intervals are null).
void writeProbeJson(const fs::path& dir) {
  fs::create_directories(dir);
  std::ofstream(dir / "probe.json") << R"({
  "kind": "probe", "model": "resources/models/colorproxy-default.pt",
  "data": {"path": "/data/coco128", "train_images": 82, "val_images": 15, "test_images": 100,
           "classes": ["person", "car", "dog"]},
  "summaries": [
    {"arm": "random", "level": 2, "seeds": 5, "linear_mAP": {"mean": 0.138, "ci95": [0.122, 0.155]},
     "knn_mAP": {"mean": 0.127, "ci95": [0.125, 0.129]}},
    {"arm": "random", "level": 0, "seeds": 5, "linear_mAP": {"mean": 0.135, "ci95": [0.122, 0.149]},
     "knn_mAP": {"mean": 0.141, "ci95": [0.135, 0.147]}},
    {"arm": "random", "level": 1, "seeds": 5, "linear_mAP": {"mean": 0.126, "ci95": [0.103, 0.150]},
     "knn_mAP": {"mean": 0.131, "ci95": [0.122, 0.140]}},
    {"arm": "pretrained", "level": 0, "seeds": 1, "linear_mAP": {"mean": 0.130, "ci95": [null, null]},
     "knn_mAP": {"mean": 0.164, "ci95": [null, null]}},
    {"arm": "pretrained", "level": 1, "seeds": 1, "linear_mAP": {"mean": 0.129, "ci95": [null, null]},
     "knn_mAP": {"mean": 0.145, "ci95": [null, null]}},
    {"arm": "pretrained", "level": 2, "seeds": 1, "linear_mAP": {"mean": 0.149, "ci95": [null, null]},
     "knn_mAP": {"mean": 0.135, "ci95": [null, null]}}],
  "chance_mAP": 0.088, "seconds": 12.5})";
}

}  // namespace

TEST(ProbeResultFile, ReadsArmsByLevelAndFindsAnExperimentsProbes) {
  colorproxy::test::TempDir tmp;
  writeProbeJson(tmp / "study");
  const ProbeResultFile r = ProbeResultFile::read(qpath(tmp / "study" / "probe.json"));
  ASSERT_TRUE(r.ok()) << r.error.toStdString();
  ASSERT_EQ(r.arms.size(), 2);
  EXPECT_EQ(r.arms[0].name, QStringLiteral("pretrained"));  // first whatever the file's order
  EXPECT_EQ(r.arms[1].name, QStringLiteral("random"));
  ASSERT_EQ(r.arms[1].levels.size(), 3);
  EXPECT_EQ(r.arms[1].levels[0].level, 0);  // sorted by level
  EXPECT_DOUBLE_EQ(r.arms[1].levels[2].linearMean, 0.138);
  EXPECT_DOUBLE_EQ(r.arms[1].levels[2].linearLow, 0.122);
  EXPECT_DOUBLE_EQ(r.arms[1].levels[2].knnHigh, 0.129);
  EXPECT_TRUE(std::isnan(r.arms[0].levels[0].linearLow)) << "one seed has no interval";
  EXPECT_DOUBLE_EQ(r.chance, 0.088);
  EXPECT_EQ(r.testImages, 100);
  EXPECT_EQ(r.classes, 3);

  writeProbeJson(tmp / "experiment" / "probes" / "classification");
  EXPECT_EQ(ProbeResultFile::find(qpath(tmp / "experiment")),
            QStringList{qpath(tmp / "experiment" / "probes" / "classification" / "probe.json")});
  EXPECT_EQ(ProbeResultFile::find(qpath(tmp / "study")), QStringList{qpath(tmp / "study" / "probe.json")});
  EXPECT_TRUE(ProbeResultFile::find(qpath(tmp.path())).isEmpty());

  std::ofstream(tmp / "broken.json") << "{\"kind\": \"probe\", ";
  const ProbeResultFile broken = ProbeResultFile::read(qpath(tmp / "broken.json"));
  EXPECT_FALSE(broken.ok());
  EXPECT_TRUE(broken.error.contains(QStringLiteral("broken.json"))) << broken.error.toStdString();
}

TEST(ProbePlot, OneLinePerArmAndProbeWithIntervalsAndTheChanceLevel) {
  colorproxy::test::TempDir tmp;
  writeProbeJson(tmp.path());
  ProbePlot plot;
  plot.resize(700, 400);
  plot.setResult(ProbeResultFile::read(qpath(tmp / "probe.json")));
  for (const QString arm : {QStringLiteral("pretrained"), QStringLiteral("random")}) {
    ASSERT_NE(plot.linearGraph(arm), nullptr);
    ASSERT_NE(plot.knnGraph(arm), nullptr);
    EXPECT_EQ(plot.linearGraph(arm)->dataCount(), 3);
    EXPECT_EQ(plot.knnGraph(arm)->dataCount(), 3);
    EXPECT_EQ(plot.linearErrors(arm)->dataCount(), 3);
  }
  // Each point sits beside its level (offset so that the bars do not overlap) at the mean.
  const auto random = plot.linearGraph(QStringLiteral("random"))->data();
  for (int level = 0; level < 3; ++level) EXPECT_NEAR(random->at(level)->key, level, 0.31);
  EXPECT_DOUBLE_EQ(random->at(2)->value, 0.138);
  const auto bars = plot.linearErrors(QStringLiteral("random"))->data();
  EXPECT_NEAR(bars->at(2).errorMinus, 0.138 - 0.122, 1e-12);
  EXPECT_NEAR(bars->at(2).errorPlus, 0.155 - 0.138, 1e-12);
  EXPECT_TRUE(std::isnan(plot.linearErrors(QStringLiteral("pretrained"))->data()->at(0).errorMinus));
  ASSERT_NE(plot.chanceGraph(), nullptr);
  EXPECT_DOUBLE_EQ(plot.chanceGraph()->data()->at(0)->value, 0.088);
  EXPECT_TRUE(plot.captionText().contains(QStringLiteral("100 test images")))
      << plot.captionText().toStdString();

  ProbePlot broken;
  ProbeResultFile bad;
  bad.error = QStringLiteral("no probe results");
  broken.setResult(bad);
  EXPECT_EQ(broken.captionText(), QStringLiteral("no probe results"));
  EXPECT_TRUE(broken.plot()->isHidden());
}

// The legend under the axes takes as many entries to a row as fit: three on a wide plot, fewer on a narrow
// one (three were drawn over each other at 520 pixels), and follows resizes.
TEST(ProbePlot, LegendRowsFitThePlotWidth) {
  colorproxy::test::TempDir tmp;
  writeProbeJson(tmp.path());
  ProbePlot plot;
  plot.resize(700, 400);
  plot.setResult(ProbeResultFile::read(qpath(tmp / "probe.json")));
  plot.show();
  QCoreApplication::processEvents();
  QCPLegend* legend = plot.plot()->legend;
  EXPECT_EQ(legend->wrap(), 3);
  EXPECT_LE(legend->minimumOuterSizeHint().width(), plot.plot()->width());
  plot.resize(520, 330);
  QCoreApplication::processEvents();
  EXPECT_LT(legend->wrap(), 3);
  EXPECT_LE(legend->minimumOuterSizeHint().width(), plot.plot()->width());
  int entries = 0;  // itemCount() counts the grid's cells, empty ones too
  for (int i = 0; i < legend->itemCount(); ++i) entries += legend->item(i) != nullptr ? 1 : 0;
  EXPECT_EQ(entries, 5);  // every entry still there
  plot.resize(700, 400);
  QCoreApplication::processEvents();
  EXPECT_EQ(legend->wrap(), 3);
  // The theme frames legends inside the axes only (a frame on the last pixel row was cut off).
  stylePlot(plot.plot());
  EXPECT_EQ(legend->borderPen().style(), Qt::NoPen);
}

TEST(RunsPage, ListsAProbeFolderAndShowsItsPlot) {
  colorproxy::test::TempDir tmp;
  writeProbeJson(tmp / "runs" / "probe-voc20");
  fs::create_directories(tmp / "runs" / "not-a-run");  // neither a run nor probes: not listed
  RunsPage page;
  page.setRunsDir(qpath(tmp / "runs"));
  ASSERT_EQ(page.runCount(), 1);
  QTreeWidgetItem* item = page.list()->topLevelItem(0);
  EXPECT_EQ(item->text(0), QStringLiteral("probe-voc20"));
  EXPECT_EQ(item->text(1), QStringLiteral("representation probe"));
  EXPECT_EQ(item->text(2), QStringLiteral("completed"));

  page.openRun(qpath(tmp / "runs" / "probe-voc20"));
  ASSERT_TRUE(waitFor([&] { return !page.isLoading() && page.monitor()->probesTab() != nullptr; }));
  TrainingMonitor* monitor = page.monitor();
  EXPECT_EQ(monitor->tabs()->currentWidget(), monitor->probesTab());
  EXPECT_EQ(monitor->probesTab()->findChildren<ProbePlot*>().size(), 1);
  EXPECT_FALSE(monitor->statusText().contains(QStringLiteral("config.json"))) << "not an error";

  // Another folder without probes takes the tab away.
  page.openRun(qpath(tmp / "runs" / "not-a-run"));
  ASSERT_TRUE(waitFor([&] { return !page.isLoading() && monitor->probesTab() == nullptr; }));
}

TEST(RunSnapshot, AnExperimentsProbesComeWithIt) {
  colorproxy::test::TempDir tmp;
  writeProbeJson(tmp / "probes" / "classification");
  RunSnapshot snap = RunSnapshot::load(qpath(tmp.path()));
  // Without config.json the folder is shown for its probes alone.
  EXPECT_TRUE(snap.error.isEmpty()) << snap.error.toStdString();
  EXPECT_TRUE(snap.probeOnly);
  ASSERT_EQ(snap.probes.size(), 1);
  EXPECT_TRUE(snap.probes[0].ok());
  TrainingMonitor monitor;
  snap.showIn(&monitor);
  ASSERT_NE(monitor.probesTab(), nullptr);
  monitor.beginSession(QStringLiteral("next"), std::nullopt, false);
  EXPECT_EQ(monitor.probesTab(), nullptr);
}

namespace {

// A probe-segmentation.json as `colorproxy-cli probe --task segmentation` writes it: the random arm first
// in the file, three seeds each, and the majority-class mIoU.
void writeSegmentationProbeJson(const fs::path& dir) {
  fs::create_directories(dir);
  std::ofstream(dir / "probe-segmentation.json") << R"({
  "kind": "probe", "task": "segmentation", "model": "resources/models/colorproxy-default.pt",
  "data": {"path": "/data/camvid", "train_images": 367, "val_images": 101, "test_images": 233,
           "classes": ["sky", "building", "pole", "road", "sidewalk", "tree", "sign", "fence", "car",
                       "pedestrian", "bicyclist"]},
  "scores": [],
  "summaries": [
    {"arm": "random", "seeds": 3, "test_mIoU": {"mean": 0.241, "ci95": [0.230, 0.252]}},
    {"arm": "pretrained", "seeds": 3, "test_mIoU": {"mean": 0.318, "ci95": [0.301, 0.335]}}],
  "majority_mIoU": 0.021, "seconds": 80.0})";
}

}  // namespace

TEST(ProbeResultFile, ReadsASegmentationProbe) {
  colorproxy::test::TempDir tmp;
  writeSegmentationProbeJson(tmp / "study");
  const ProbeResultFile r = ProbeResultFile::read(qpath(tmp / "study" / "probe-segmentation.json"));
  ASSERT_TRUE(r.ok()) << r.error.toStdString();
  EXPECT_TRUE(r.segmentation);
  EXPECT_TRUE(r.arms.isEmpty());
  ASSERT_EQ(r.segmentationArms.size(), 2);
  EXPECT_EQ(r.segmentationArms[0].name, QStringLiteral("pretrained"));  // first whatever the file's order
  EXPECT_DOUBLE_EQ(r.segmentationArms[0].mean, 0.318);
  EXPECT_DOUBLE_EQ(r.segmentationArms[0].low, 0.301);
  EXPECT_DOUBLE_EQ(r.segmentationArms[1].high, 0.252);
  EXPECT_EQ(r.segmentationArms[1].seeds, 3);
  EXPECT_DOUBLE_EQ(r.majority, 0.021);
  EXPECT_EQ(r.testImages, 233);
  EXPECT_EQ(r.classes, 11);

  // Found beside probe.json (probe.json first) and in an experiment's probes/<task>/.
  writeProbeJson(tmp / "study");
  EXPECT_EQ(
      ProbeResultFile::find(qpath(tmp / "study")),
      (QStringList{qpath(tmp / "study" / "probe.json"), qpath(tmp / "study" / "probe-segmentation.json")}));
  writeSegmentationProbeJson(tmp / "experiment" / "probes" / "segmentation");
  EXPECT_EQ(ProbeResultFile::find(qpath(tmp / "experiment")),
            QStringList{qpath(tmp / "experiment" / "probes" / "segmentation" / "probe-segmentation.json")});

  // A segmentation file without scores says so, naming it.
  std::ofstream(tmp / "empty.json")
      << R"({"kind": "probe", "task": "segmentation", "summaries": [{"arm": "x"}]})";
  const ProbeResultFile empty = ProbeResultFile::read(qpath(tmp / "empty.json"));
  EXPECT_FALSE(empty.ok());
  EXPECT_TRUE(empty.error.contains(QStringLiteral("empty.json"))) << empty.error.toStdString();
  EXPECT_TRUE(empty.error.contains(QStringLiteral("mIoU"))) << empty.error.toStdString();
}

TEST(ProbePlot, ASegmentationProbeIsOnePointPerArmWithItsIntervalAndTheMajorityLevel) {
  colorproxy::test::TempDir tmp;
  writeSegmentationProbeJson(tmp.path());
  ProbePlot plot;
  plot.resize(700, 400);
  plot.setResult(ProbeResultFile::read(qpath(tmp / "probe-segmentation.json")));
  ASSERT_NE(plot.segmentationGraph(QStringLiteral("pretrained")), nullptr);
  ASSERT_NE(plot.segmentationGraph(QStringLiteral("random")), nullptr);
  EXPECT_EQ(plot.linearGraph(QStringLiteral("pretrained")), nullptr) << "no levels in a segmentation probe";
  const auto pretrained = plot.segmentationGraph(QStringLiteral("pretrained"))->data();
  ASSERT_EQ(pretrained->size(), 1);
  EXPECT_DOUBLE_EQ(pretrained->at(0)->key, 0.0);
  EXPECT_DOUBLE_EQ(pretrained->at(0)->value, 0.318);
  EXPECT_DOUBLE_EQ(plot.segmentationGraph(QStringLiteral("random"))->data()->at(0)->key, 1.0);
  const auto bars = plot.segmentationErrors(QStringLiteral("random"))->data();
  ASSERT_EQ(bars->size(), 1);
  EXPECT_NEAR(bars->at(0).errorMinus, 0.241 - 0.230, 1e-12);
  EXPECT_NEAR(bars->at(0).errorPlus, 0.252 - 0.241, 1e-12);
  ASSERT_NE(plot.chanceGraph(), nullptr);
  EXPECT_DOUBLE_EQ(plot.chanceGraph()->data()->at(0)->value, 0.021);
  // Everything drawn is inside the axes: the majority level and both intervals.
  EXPECT_LE(plot.plot()->yAxis->range().lower, 0.021);
  EXPECT_GE(plot.plot()->yAxis->range().upper, 0.335);
  EXPECT_EQ(plot.plot()->yAxis->label(), QStringLiteral("test mIoU"));
  EXPECT_TRUE(plot.captionText().contains(QStringLiteral("mIoU"))) << plot.captionText().toStdString();
  EXPECT_TRUE(plot.captionText().contains(QStringLiteral("233 test images")))
      << plot.captionText().toStdString();

  // The same widget shows a level probe again with its own axis.
  writeProbeJson(tmp.path());
  plot.setResult(ProbeResultFile::read(qpath(tmp / "probe.json")));
  EXPECT_EQ(plot.segmentationGraph(QStringLiteral("pretrained")), nullptr);
  EXPECT_NE(plot.linearGraph(QStringLiteral("pretrained")), nullptr);
  EXPECT_EQ(plot.plot()->yAxis->label(), QStringLiteral("test mAP"));
}

TEST(RunsPage, ListsASegmentationProbeFolderAndShowsBothProbesOfAStudy) {
  colorproxy::test::TempDir tmp;
  writeSegmentationProbeJson(tmp / "runs" / "probe-camvid");
  writeSegmentationProbeJson(tmp / "runs" / "probe-both");
  writeProbeJson(tmp / "runs" / "probe-both");
  RunsPage page;
  page.setRunsDir(qpath(tmp / "runs"));
  ASSERT_EQ(page.runCount(), 2);
  for (int i = 0; i < 2; ++i)
    EXPECT_EQ(page.list()->topLevelItem(i)->text(1), QStringLiteral("representation probe"));

  page.openRun(qpath(tmp / "runs" / "probe-camvid"));
  ASSERT_TRUE(waitFor([&] { return !page.isLoading() && page.monitor()->probesTab() != nullptr; }));
  TrainingMonitor* monitor = page.monitor();
  auto plots = monitor->probesTab()->findChildren<ProbePlot*>();
  ASSERT_EQ(plots.size(), 1);
  EXPECT_NE(plots[0]->segmentationGraph(QStringLiteral("pretrained")), nullptr);
  EXPECT_EQ(monitor->tabs()->tabText(monitor->tabs()->indexOf(monitor->probesTab())),
            QStringLiteral("Probes: segmentation mIoU"));

  page.openRun(qpath(tmp / "runs" / "probe-both"));
  ASSERT_TRUE(waitFor([&] {
    return !page.isLoading() && monitor->probesTab() != nullptr &&
           monitor->probesTab()->findChildren<ProbePlot*>().size() == 2;
  }));
  plots = monitor->probesTab()->findChildren<ProbePlot*>();
  int segmentation = 0;
  for (ProbePlot* p : plots) segmentation += p->segmentationGraph(QStringLiteral("random")) != nullptr;
  EXPECT_EQ(segmentation, 1);
  // The report line names both Markdown reports.
  EXPECT_TRUE(monitor->reportText().contains(QStringLiteral("probe-segmentation.md")))
      << monitor->reportText().toStdString();
  EXPECT_TRUE(monitor->reportText().contains(QStringLiteral("probe.md")))
      << monitor->reportText().toStdString();
}
