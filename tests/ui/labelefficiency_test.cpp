// An experiment's result where the user looks at it: the label-efficiency panel (curves with 95 %
// intervals, the trivial predictor, the three-way verdict per fraction) on hand-written reports, its
// messages for a missing or damaged report.json, the monitor's result tab, and Compare/Labels telling
// the runs of a study of label fractions apart.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include <QApplication>
#include <QTabWidget>
#include <QTreeWidget>

#include <qcustomplot.h>

#include "colorproxy/io/run_status.h"
#include "monitor/trainingmonitor.h"
#include "results/experimentresultfile.h"
#include "results/labelefficiencypanel.h"
#include "results/labelefficiencyplot.h"
#include "results/verdicttext.h"
#include "runpair/finetunerun.h"
#include "runs/runsnapshot.h"
#include "runs/runspage.h"
#include "ui/fakeruns.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::waitFor;
namespace fs = std::filesystem;

namespace {

// One task row at one label fraction with hand-picked statistics of its primary metric.
ExperimentTaskResult row(const std::string& task, double fraction, std::size_t images,
                         TransferOutcome outcome, double baseline, double baseLow, double baseHigh,
                         double pretrained, double preLow, double preHigh, double trivial) {
  ExperimentTaskResult t;
  t.task = task;
  t.primaryMetric = task == "segmentation" ? "test_mIoU" : "test_mAP";
  t.fraction = fraction;
  t.trainImages = images;
  t.outcome = outcome;
  t.learnMargin = 0.05;
  ReportedMetric m;
  m.name = t.primaryMetric;
  m.baselineMean = baseline;
  m.baselineCiLow = baseLow;
  m.baselineCiHigh = baseHigh;
  m.pretrainedMean = pretrained;
  m.pretrainedCiLow = preLow;
  m.pretrainedCiHigh = preHigh;
  m.meanDifference = pretrained - baseline;
  m.trivial = trivial;
  m.pairs = m.units = 6;
  m.unitName = "seed";
  t.metrics = {m};
  return t;
}

// A study of two fractions on segmentation (a loss at 10 %, a gain at 100 %; listed out of order) and
// classification on every image, where the baseline did not beat the trivial predictor.
ExperimentResultFile syntheticStudy() {
  ExperimentTaskResult full =
      row("segmentation", 1.0, 367, TransferOutcome::Gain, 0.40, 0.38, 0.43, 0.45, 0.44, 0.47, 0.02);
  full.metrics[0].ciLow = 0.02;
  full.metrics[0].ciHigh = 0.08;
  full.metrics[0].permutationP = 0.03125;
  full.metrics[0].tTestP = 0.0004;
  ExperimentTaskResult tenth =
      row("segmentation", 0.1, 37, TransferOutcome::Loss, 0.30, 0.25, 0.32, 0.20, 0.18, 0.26, 0.02);
  tenth.metrics[0].ciLow = -0.15;
  tenth.metrics[0].ciHigh = -0.05;
  tenth.metrics[0].permutationP = 0.03125;
  tenth.metrics[0].tTestP = 0.012;
  ExperimentTaskResult cls = row("classification", 1.0, 82, TransferOutcome::NotJudged, 0.133, 0.125, 0.141,
                                 0.180, 0.17, 0.19, 0.088);
  cls.baselineLearned = false;
  ExperimentResultFile file;
  file.dir = QStringLiteral("/synthetic");
  file.tasks = {full, cls, tenth};
  return file;
}

QString q(const fs::path& p) { return QDir::cleanPath(QString::fromStdString(p.string())); }

void writeText(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

// A hand-written experiment folder: config.json (its kind), status.json (completed) and `report`.
fs::path writeExperiment(const fs::path& dir, const std::string& report) {
  writeText(dir / "config.json", R"({"task":"experiment","createdAt":"2026-12-04T12:00:00"})");
  RunStatus status;
  status.state = RunState::Completed;
  status.epoch = status.epochs = 4;
  writeRunStatus(dir / "status.json", status);
  if (!report.empty()) writeText(dir / "report.json", report);
  return dir;
}

// What `--preset study` writes for one task at two fractions (the fields the reader takes; values from a
// real run of study-tiny, rounded).
const char* kStudyReport = R"({"kind":"experiment","name":"study-tiny","completed":true,"tasks":[
  {"task":"segmentation","primaryMetric":"test_mIoU","fraction":0.1,"trainImages":37,"seeds":[1,2],
   "outcome":"inconclusive","judged":true,"verdict":"segmentation: inconclusive ...",
   "learningGate":{"baselineLearned":true,"pretrainedLearned":true,"margin":0.05,"trivialPredictor":"every pixel = Road"},
   "metrics":[{"name":"test_mIoU","higherIsBetter":true,"baselineMean":0.178,"baselineCi95":[0.1777,0.1781],
     "pretrainedMean":0.133,"pretrainedCi95":[0.098,0.169],"meanDifference":-0.045,"ci95Seeds":[-0.080,-0.009],
     "permutationP":0.5,"tTestP":0.428,"trivial":0.024,"pairs":2,"units":2,"unit":"seed"}]},
  {"task":"segmentation","primaryMetric":"test_mIoU","fraction":1.0,"trainImages":367,"seeds":[1,2],
   "outcome":"inconclusive","judged":true,"verdict":"segmentation: inconclusive ...",
   "metrics":[{"name":"test_mIoU","baselineMean":0.203,"baselineCi95":[0.198,0.208],"pretrainedMean":0.136,
     "pretrainedCi95":[0.098,0.174],"meanDifference":-0.067,"ci95Seeds":[-0.110,-0.024],"permutationP":0.5,
     "tTestP":0.364,"trivial":0.024,"pairs":2,"units":2,"unit":"seed"}]}]})";

}  // namespace

TEST(LabelEfficiencyPanel, PlotsEachArmWithItsIntervalsTheTrivialLineAndTheVerdictPerFraction) {
  LabelEfficiencyPanel panel;
  panel.resize(1000, 700);
  panel.setResult(syntheticStudy());
  EXPECT_TRUE(panel.messageText().isEmpty()) << panel.messageText().toStdString();
  ASSERT_EQ(panel.plots().size(), 2);  // one curve per task, in the order tasks first appear
  ASSERT_EQ(panel.titles().size(), 2);
  EXPECT_EQ(panel.titles()[0], QStringLiteral("segmentation: test mIoU by label fraction"));
  EXPECT_EQ(panel.titles()[1], QStringLiteral("classification: test mAP by label fraction"));

  // Segmentation: the fractions sorted (10 % first), each labelled with its image count.
  const LabelEfficiencyPlot* seg = panel.plots()[0];
  EXPECT_EQ(seg->categoryLabels(),
            (QStringList{QStringLiteral("10 %\n37 images"), QStringLiteral("100 %\n367 images")}));
  const QCPGraph* b = seg->baselineGraph();
  const QCPGraph* p = seg->pretrainedGraph();
  ASSERT_EQ(b->dataCount(), 2);
  ASSERT_EQ(p->dataCount(), 2);
  EXPECT_DOUBLE_EQ(b->data()->at(0)->value, 0.30);
  EXPECT_DOUBLE_EQ(b->data()->at(1)->value, 0.40);
  EXPECT_DOUBLE_EQ(p->data()->at(0)->value, 0.20);
  EXPECT_DOUBLE_EQ(p->data()->at(1)->value, 0.45);
  // The arms sit beside their fraction's category (1 and 2), baseline left, pretrained right.
  EXPECT_LT(b->data()->at(0)->key, 1.0);
  EXPECT_GT(p->data()->at(0)->key, 1.0);
  EXPECT_NEAR(b->data()->at(1)->key, 2.0, 0.1);
  // Error bars: from the mean down to the interval's low end and up to its high end.
  const auto be = seg->baselineErrors()->data();
  const auto pe = seg->pretrainedErrors()->data();
  ASSERT_EQ(be->size(), 2);
  ASSERT_EQ(pe->size(), 2);
  EXPECT_NEAR(be->at(0).errorMinus, 0.30 - 0.25, 1e-12);
  EXPECT_NEAR(be->at(0).errorPlus, 0.32 - 0.30, 1e-12);
  EXPECT_NEAR(be->at(1).errorMinus, 0.40 - 0.38, 1e-12);
  EXPECT_NEAR(be->at(1).errorPlus, 0.43 - 0.40, 1e-12);
  EXPECT_NEAR(pe->at(0).errorMinus, 0.20 - 0.18, 1e-12);
  EXPECT_NEAR(pe->at(0).errorPlus, 0.26 - 0.20, 1e-12);
  EXPECT_NEAR(pe->at(1).errorPlus, 0.47 - 0.45, 1e-12);
  // The trivial predictor: one dashed line at 0.02 across both fractions.
  const QCPGraph* trivial = seg->trivialGraph();
  EXPECT_TRUE(trivial->visible());
  EXPECT_EQ(trivial->pen().style(), Qt::DashLine);
  ASSERT_EQ(trivial->dataCount(), 2);
  EXPECT_DOUBLE_EQ(trivial->data()->at(0)->key, 0.5);
  EXPECT_DOUBLE_EQ(trivial->data()->at(1)->key, 2.5);
  for (int i = 0; i < 2; ++i) EXPECT_DOUBLE_EQ(trivial->data()->at(i)->value, 0.02);
  // Every point, bar and the trivial line are inside the y range.
  EXPECT_LT(seg->plot()->yAxis->range().lower, 0.02);
  EXPECT_GT(seg->plot()->yAxis->range().upper, 0.47);

  // The verdicts beside it, per fraction, with the difference, its interval and both p-values.
  ASSERT_EQ(panel.verdictTexts().size(), 2);
  const QString v = panel.verdictTexts()[0];
  const QStringList lines = v.split(QLatin1Char('\n'));
  ASSERT_EQ(lines.size(), 4) << v.toStdString();
  EXPECT_EQ(lines[0], QStringLiteral("10 % · 37 images: loss"));
  EXPECT_EQ(lines[1],
            QStringLiteral("Loss: colorization pretraining worsened test mIoU from 0.300 to 0.200 "
                           "(mean paired difference −0.100). 95 % CI [−0.150, −0.050] over 6 seeds; "
                           "sign-flip p = 0.031, paired t-test p = 0.012."));
  EXPECT_EQ(lines[2], QStringLiteral("100 % · 367 images: gain"));
  EXPECT_TRUE(
      lines[3].startsWith(QStringLiteral("Gain: colorization pretraining improved test mIoU from "
                                         "0.400 to 0.450 (mean paired difference +0.050).")))
      << lines[3].toStdString();
  EXPECT_TRUE(lines[3].contains(QStringLiteral("paired t-test p < 0.001"))) << lines[3].toStdString();

  // Classification: a single fraction still shows one point per arm, the trivial line and why it was not
  // judged (whatever its statistics say).
  const LabelEfficiencyPlot* cls = panel.plots()[1];
  EXPECT_EQ(cls->categoryLabels(), QStringList{QStringLiteral("100 %\n82 images")});
  ASSERT_EQ(cls->baselineGraph()->dataCount(), 1);
  ASSERT_EQ(cls->pretrainedGraph()->dataCount(), 1);
  EXPECT_DOUBLE_EQ(cls->baselineGraph()->data()->at(0)->value, 0.133);
  EXPECT_DOUBLE_EQ(cls->pretrainedGraph()->data()->at(0)->value, 0.180);
  EXPECT_NEAR(cls->pretrainedErrors()->data()->at(0).errorMinus, 0.01, 1e-12);
  ASSERT_EQ(cls->trivialGraph()->dataCount(), 2);
  EXPECT_DOUBLE_EQ(cls->trivialGraph()->data()->at(0)->value, 0.088);
  const QString c = panel.verdictTexts()[1];
  EXPECT_TRUE(c.startsWith(QStringLiteral("100 % · 82 images: not judged\n"))) << c.toStdString();
  EXPECT_TRUE(
      c.contains(QStringLiteral("This network did not learn enough to judge transfer: the baseline "
                                "(0.133) did not beat the trivial predictor (0.088) by 0.050")))
      << c.toStdString();
  EXPECT_FALSE(c.contains(QStringLiteral("p ="))) << "no statistics for an unjudged task";
}

TEST(LabelEfficiencyPlot, TrivialValuesThatDifferPerFractionGetOneSegmentEach) {
  ExperimentTaskResult a =
      row("segmentation", 0.25, 90, TransferOutcome::Inconclusive, 0.3, 0.2, 0.4, 0.3, 0.2, 0.4, 0.05);
  ExperimentTaskResult b =
      row("segmentation", 0.5, 180, TransferOutcome::Inconclusive, 0.3, 0.2, 0.4, 0.3, 0.2, 0.4, 0.07);
  b.metrics[0].baselineCiLow = std::nan("");  // an undefined interval: no error bar, not a zero one
  LabelEfficiencyPlot plot;
  plot.setRows({&a, &b});
  const QCPGraph* t = plot.trivialGraph();
  ASSERT_EQ(t->dataCount(), 5);  // two flat segments with a gap (NaN) between them
  EXPECT_DOUBLE_EQ(t->data()->at(0)->value, 0.05);
  EXPECT_DOUBLE_EQ(t->data()->at(1)->value, 0.05);
  EXPECT_TRUE(std::isnan(t->data()->at(2)->value));
  EXPECT_DOUBLE_EQ(t->data()->at(3)->value, 0.07);
  EXPECT_DOUBLE_EQ(t->data()->at(4)->value, 0.07);
  EXPECT_LT(t->data()->at(0)->key, 1.0);
  EXPECT_GT(t->data()->at(1)->key, 1.0);
  EXPECT_LT(t->data()->at(3)->key, 2.0);
  EXPECT_GT(t->data()->at(4)->key, 2.0);
  EXPECT_TRUE(std::isnan(plot.baselineErrors()->data()->at(1).errorMinus));
  EXPECT_NEAR(plot.baselineErrors()->data()->at(0).errorMinus, 0.1, 1e-12);
}

TEST(VerdictText, InconclusiveWithFewSeedsSaysTheTestCannotReachSignificance) {
  ExperimentTaskResult t = row("segmentation", 1.0, 60, TransferOutcome::Inconclusive, 0.197, 0.195, 0.198,
                               0.192, 0.186, 0.196, 0.024);
  t.metrics[0].units = t.metrics[0].pairs = 3;
  t.metrics[0].meanDifference = -0.0046;
  t.metrics[0].ciLow = -0.0084;
  t.metrics[0].ciHigh = -0.0023;
  t.metrics[0].permutationP = 0.25;
  t.metrics[0].tTestP = 0.1398;
  // The smallest p of the exact sign-flip test over 3 seeds is 2 / 2^3 = 0.25.
  EXPECT_EQ(
      VerdictText::sentence(t),
      QStringLiteral("Inconclusive: the difference in test mIoU (from 0.197 to 0.192, mean paired "
                     "difference −0.005) cannot be told apart from run-to-run noise. 95 % CI [−0.008, "
                     "−0.002] over 3 seeds; sign-flip p = 0.250, paired t-test p = 0.140. With 3 seeds the "
                     "sign-flip test cannot reach p < 0.05 (its smallest p is 0.250): use 6 or more."));
  EXPECT_EQ(VerdictText::curveSummary({&t}), QStringLiteral("segmentation: inconclusive"));
  t.baselineLearned = t.pretrainedLearned = false;
  EXPECT_EQ(VerdictText::curveSummary({&t}), QStringLiteral("segmentation: not judged"));
  EXPECT_TRUE(
      VerdictText::sentence(t).contains(QStringLiteral("neither the baseline (0.197) nor the pretrained "
                                                       "network (0.192) beat the trivial predictor "
                                                       "(0.024) by 0.050")))
      << VerdictText::sentence(t).toStdString();
  // A report written before three-way verdicts keeps its own sentence.
  t.outcome = TransferOutcome::Unrecorded;
  t.baselineLearned = t.pretrainedLearned = true;
  t.verdict = "segmentation: with a single seed, colorization pretraining improved test mIoU";
  EXPECT_EQ(VerdictText::sentence(t), QString::fromStdString(t.verdict));
  EXPECT_EQ(VerdictText::curveSummary({&t}), QString::fromStdString(t.verdict));
}

TEST(LabelEfficiencyPanel, MissingOrDamagedReportsGiveAClearMessage) {
  colorproxy::test::TempDir tmp;
  LabelEfficiencyPanel panel;
  panel.resize(800, 500);

  // Missing: still running or stopped before its report.
  const fs::path running = writeExperiment(tmp / "running", "");
  panel.setResult(ExperimentResultFile::read(q(running)));
  EXPECT_TRUE(panel.plots().isEmpty());
  EXPECT_TRUE(panel.messageText().contains(QStringLiteral("has no report.json yet")))
      << panel.messageText().toStdString();
  EXPECT_TRUE(panel.messageText().contains(q(running))) << "names the folder";

  // Damaged: not JSON, not an experiment's, an impossible value. Each names report.json; no plot.
  for (const std::string& bad :
       {std::string("{\"kind\": \"experiment\", \"tasks\": [ {"),
        std::string(R"({"kind":"finetune","task":"segmentation"})"),
        std::string(R"({"kind":"experiment","tasks":[{"task":"segmentation","outcome":"great"}]})"),
        std::string(R"({"kind":"experiment","tasks":7})")}) {
    writeText(tmp / "damaged" / "report.json", bad);
    const ExperimentResultFile file = ExperimentResultFile::read(q(tmp / "damaged"));
    EXPECT_FALSE(file.ok()) << bad;
    EXPECT_TRUE(file.tasks.empty()) << bad;
    panel.setResult(file);
    EXPECT_TRUE(panel.plots().isEmpty()) << bad;
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("report.json")))
        << panel.messageText().toStdString();
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("Compare and Labels")))
        << panel.messageText().toStdString();
  }

  // No task: nothing to plot, said so.
  writeText(tmp / "empty" / "report.json", R"({"kind":"experiment","tasks":[]})");
  panel.setResult(ExperimentResultFile::read(q(tmp / "empty")));
  EXPECT_TRUE(panel.plots().isEmpty());
  EXPECT_TRUE(panel.messageText().contains(QStringLiteral("lists no fine-tuning task")))
      << panel.messageText().toStdString();
}

TEST(TrainingMonitor, AReopenedExperimentBringsItsResultTabForward) {
  colorproxy::test::TempDir tmp;
  const fs::path exp = writeExperiment(tmp / "20261204-122425-study-tiny", kStudyReport);
  const RunSnapshot snap = RunSnapshot::load(q(exp));
  ASSERT_TRUE(snap.error.isEmpty()) << snap.error.toStdString();
  ASSERT_TRUE(snap.experiment.has_value());
  EXPECT_EQ(snap.verdicts,
            QStringList{QStringLiteral("segmentation: 10 % inconclusive, 100 % inconclusive")});

  TrainingMonitor monitor;
  monitor.resize(1000, 600);
  EXPECT_EQ(monitor.tabs()->count(), 1) << "no result tab before an experiment";
  snap.showIn(&monitor);
  ASSERT_TRUE(monitor.isResultShown());
  EXPECT_EQ(monitor.tabs()->count(), 2);
  ASSERT_EQ(monitor.resultPanel()->plots().size(), 1);
  EXPECT_EQ(monitor.resultPanel()->plots()[0]->baselineGraph()->dataCount(), 2);
  EXPECT_TRUE(
      monitor.resultPanel()->verdictTexts()[0].contains(QStringLiteral("With 2 seeds the sign-flip test")));
  EXPECT_TRUE(monitor.reportText().contains(snap.verdicts.front())) << monitor.reportText().toStdString();

  // Another session (a pretraining run) has no result tab.
  monitor.beginSession(QStringLiteral("colorization"), RunKind::Pretraining, false);
  EXPECT_EQ(monitor.tabs()->count(), 1);
  EXPECT_FALSE(monitor.isResultShown());
  EXPECT_TRUE(monitor.resultPanel()->plots().isEmpty());

  // A finished experiment opens its result the same way, read off the GUI thread; a damaged report says so.
  monitor.openExperimentResult(q(exp));
  ASSERT_TRUE(waitFor([&] { return monitor.isResultShown(); }, 10000));
  EXPECT_EQ(monitor.resultPanel()->plots().size(), 1);
  writeText(exp / "report.json", "{ not json");
  monitor.openExperimentResult(q(exp));
  ASSERT_TRUE(
      waitFor([&] { return !monitor.isLoadingResult() && monitor.resultPanel()->plots().isEmpty(); }, 10000));
  EXPECT_TRUE(monitor.resultPanel()->messageText().contains(QStringLiteral("report.json")));
}

TEST(RunsPage, AnExperimentsResultColumnGivesItsVerdicts) {
  colorproxy::test::TempDir tmp;
  const fs::path exp = writeExperiment(tmp / "runs" / "20261204-122425-study-tiny", kStudyReport);
  RunsPage page;
  page.setRunsDir(q(tmp / "runs"));
  ASSERT_EQ(page.runCount(), 1);
  const QTreeWidgetItem* item = page.list()->topLevelItem(0);
  EXPECT_EQ(page.list()->headerItem()->text(3), QStringLiteral("Result"));
  EXPECT_EQ(item->text(3), QStringLiteral("segmentation: 10 % inconclusive, 100 % inconclusive"));
  // The sentences behind the verdicts: the 10 % row's difference (0.133 - 0.178) and its seeds.
  const QString tip = item->toolTip(3);
  EXPECT_TRUE(tip.contains(QStringLiteral("-0.045")) || tip.contains(QStringLiteral("−0.045")))
      << tip.toStdString();
  EXPECT_TRUE(tip.contains(QStringLiteral("With 2 seeds the sign-flip test"))) << tip.toStdString();
  EXPECT_EQ(item->text(4), QStringLiteral("2026-12-04 12:00"));  // the creation time, without "T" and seconds

  // In a narrow window the long result is shortened, not the run's name, and nothing scrolls sideways.
  page.resize(620, 400);
  page.show();
  QApplication::processEvents();
  const QTreeWidget* list = page.list();
  int total = 0;
  for (int c = 0; c < list->columnCount(); ++c) total += list->columnWidth(c);
  EXPECT_LE(total, list->viewport()->width());
  EXPECT_GT(list->columnWidth(0), list->fontMetrics().horizontalAdvance(item->text(0)));
  EXPECT_LT(list->columnWidth(3), list->fontMetrics().horizontalAdvance(item->text(3)));
  page.hide();

  // A damaged report is named, not a crash nor an empty cell.
  writeText(exp / "report.json", "{ not json");
  page.refresh();
  ASSERT_EQ(page.runCount(), 1);
  EXPECT_EQ(page.list()->topLevelItem(0)->text(3), QStringLiteral("no report"));
  EXPECT_TRUE(page.list()->topLevelItem(0)->toolTip(3).contains(QStringLiteral("report.json")));
}

TEST(RunPairs, EveryFractionOfAStudyIsItsOwnPairNamedByFractionAndSeed) {
  colorproxy::test::TempDir tmp;
  const auto runs = tmp / "study" / "runs";
  const std::vector<std::string> classes = {"Sky", "Road"};
  const auto write = [&](const std::string& name, const std::string& init, int seed, double fraction) {
    colorproxy::test::writeFinetuneReport(runs / name, "segmentation", init, seed, classes, {}, fraction);
    return runs / name;
  };
  // Interleaved in time, so that the nearest run of the other initialisation is of another fraction.
  const auto b10 = write("20260101-000001-segmentation-10pct-baseline-seed1", "random", 1, 0.1);
  const auto b100 = write("20260101-000002-segmentation-100pct-baseline-seed1", "random", 1, 1.0);
  const auto p10 = write("20260101-000003-segmentation-10pct-pretrained-seed1", "pretrained", 1, 0.1);
  const auto p100 = write("20260101-000004-segmentation-100pct-pretrained-seed1", "pretrained", 1, 1.0);
  write("20260101-000005-segmentation-10pct-baseline-seed2", "random", 2, 0.1);
  write("20260101-000006-segmentation-10pct-pretrained-seed2", "pretrained", 2, 0.1);

  const QVector<FinetuneRunInfo> found = findFinetuneRuns(q(tmp / "study"), QStringLiteral("segmentation"));
  ASSERT_EQ(found.size(), 6);
  EXPECT_DOUBLE_EQ(found[0].fraction, 0.1);
  EXPECT_EQ(found[0].name, QStringLiteral("segmentation-10pct-baseline-seed1"));
  const QVector<RunPair> pairs = pairRuns(found);
  ASSERT_EQ(pairs.size(), 3) << "seed 1 at 10 % and at 100 % are two pairs";
  EXPECT_EQ(pairs[0].label, QStringLiteral("10 % of the labels · seed 1"));
  EXPECT_EQ(pairs[1].label, QStringLiteral("10 % of the labels · seed 2"));
  EXPECT_EQ(pairs[2].label, QStringLiteral("100 % of the labels · seed 1"));
  EXPECT_EQ(pairs[0].baseline.dir, q(b10));
  EXPECT_EQ(pairs[0].pretrained.dir, q(p10));
  EXPECT_EQ(pairs[2].baseline.dir, q(b100));
  EXPECT_EQ(pairs[2].pretrained.dir, q(p100));

  // A run's partner has its fraction, even when a run of another fraction is nearer in time.
  const RunPairLookup at100 = pairForRun(q(b100));
  ASSERT_TRUE(at100.ok) << at100.message.toStdString();
  EXPECT_EQ(at100.pair.pretrained.dir, q(p100));
  const RunPairLookup at10 = pairForRun(q(p10));
  ASSERT_TRUE(at10.ok) << at10.message.toStdString();
  EXPECT_EQ(at10.pair.baseline.dir, q(b10));
  EXPECT_EQ(at10.pair.label, QStringLiteral("10 % of the labels · seed 1"));

  // Runs on every image (no study of fractions) keep their short names.
  colorproxy::test::TempDir plain;
  for (const auto& [name, init] :
       {std::pair{"a-baseline", "random"}, std::pair{"b-pretrained", "pretrained"}})
    colorproxy::test::writeFinetuneReport(plain / name, "segmentation", init, 3, classes);
  const QVector<RunPair> plainPairs =
      pairRuns(findFinetuneRuns(q(plain.path()), QStringLiteral("segmentation")));
  ASSERT_EQ(plainPairs.size(), 1);
  EXPECT_EQ(plainPairs[0].label, QStringLiteral("seed 3"));
}
