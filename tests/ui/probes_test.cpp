// Representation probe results (probe.json) on the Runs page: read by level and arm, drawn as one line per
// arm and probe with the 95 % intervals as error bars, for a probe folder of its own and for an experiment's
// probes/<task>/probe.json.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include <QTabWidget>
#include <QTreeWidget>

#include <qcustomplot.h>

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
