// Train ▸ New experiment: the dialog's defaults, problems and model reading; an experiment job run through
// the main window's runner, its stages shown in the monitor like jobs of their own.
#include <gtest/gtest.h>

#include <fstream>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>

#include "colorize/modellocator.h"
#include "colorproxy/experiment/experiment_config.h"
#include "colorproxy/experiment/experiment_runner.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_status.h"
#include "jobs/jobrunner.h"
#include "main/mainwindow.h"
#include "main/trainpage.h"
#include "monitor/curveplot.h"
#include "monitor/trainingmonitor.h"
#include "runs/runsnapshot.h"
#include "runs/runspage.h"
#include "ui/uitesthelpers.h"
#include "widgets/pathedit.h"
#include "wizards/experimentdialog.h"

using namespace colorproxy;
using colorproxy::test::waitFor;

namespace {

QPushButton* startButton(ExperimentDialog& d) {
  for (QPushButton* b : d.findChildren<QPushButton*>())
    if (b->text() == QStringLiteral("&Start")) return b;
  return nullptr;
}

std::filesystem::path samples() { return colorproxy::test::sourceDir() / "resources" / "samples"; }

}  // namespace

TEST(ExperimentDialog, StartsFromTheQuickPresetOnTheBundledSamples) {
  if (!std::filesystem::exists(samples() / "camvid")) GTEST_SKIP() << "resources/samples not present";
  ExperimentDialog d;
  d.dataEdit()->setPath(QString::fromStdString(samples().string()));
  ASSERT_TRUE(d.problems().isEmpty()) << d.problems().join(QLatin1Char('\n')).toStdString();
  ASSERT_NE(startButton(d), nullptr);
  EXPECT_TRUE(startButton(d)->isEnabled());
  const ExperimentConfig c = d.config();
  EXPECT_EQ(c.tasks, (std::vector<std::string>{"segmentation", "classification"}));
  EXPECT_EQ(c.seeds, 3);
  EXPECT_TRUE(c.pretrained.empty());
  EXPECT_FALSE(c.pretrainSources.empty());
  EXPECT_EQ(c.segmentation.imageSize, d.imageSizeBox()->value());
  EXPECT_EQ(c.classification.ngf, d.ngfBox()->value());

  // A choice the experiment cannot run is caught in the dialog, with the reason, and Start waits.
  d.segmentationBox()->setChecked(false);
  d.classificationBox()->setChecked(false);
  EXPECT_FALSE(d.problems().isEmpty());
  EXPECT_TRUE(d.problems().join(QLatin1Char(' ')).contains(QStringLiteral("task"), Qt::CaseInsensitive))
      << d.problems().join(QLatin1Char('\n')).toStdString();
  EXPECT_FALSE(startButton(d)->isEnabled());
  d.segmentationBox()->setChecked(true);
  d.dataEdit()->setPath(QStringLiteral("/nonexistent/colorproxy-data"));
  EXPECT_TRUE(d.problems().join(QLatin1Char(' ')).contains(QStringLiteral("/nonexistent/colorproxy-data")))
      << d.problems().join(QLatin1Char('\n')).toStdString();
  EXPECT_FALSE(startButton(d)->isEnabled());
}

// The study preset: CamVid segmentation with label fractions; the fractions field reaches the settings
// and a bad list is named before Start.
TEST(ExperimentDialog, StudyPresetOffersLabelFractionsAndNamesBadOnes) {
  colorproxy::test::TempDir dir;
  for (const char* split : {"train", "val", "test", "trainannot", "valannot", "testannot"})
    std::filesystem::create_directories(dir / split);
  ExperimentDialog d;
  d.presetBox()->setCurrentIndex(d.presetBox()->findData(QStringLiteral("study")));
  d.dataEdit()->setPath(QString::fromStdString(dir.path().string()));
  EXPECT_EQ(d.fractionsEdit()->text(), QStringLiteral("10,25,50,100"));
  EXPECT_TRUE(d.segmentationBox()->isChecked());
  EXPECT_FALSE(d.classificationBox()->isChecked());
  d.fractionsEdit()->setText(QStringLiteral("5, 10,25,50,100"));
  const ExperimentConfig c = d.config();
  EXPECT_EQ(c.fractions, (std::vector<double>{5, 10, 25, 50, 100}));
  EXPECT_EQ(c.presetName, "study");
  EXPECT_EQ(c.pretrainSources.front(), dir / "train");
  d.fractionsEdit()->setText(QStringLiteral("50,10"));
  EXPECT_TRUE(d.problems().join(QLatin1Char(' ')).contains(QStringLiteral("strictly increasing")))
      << d.problems().join(QLatin1Char('\n')).toStdString();
  EXPECT_FALSE(startButton(d)->isEnabled());
  d.fractionsEdit()->setText(QStringLiteral("5,half"));
  EXPECT_TRUE(d.problems().join(QLatin1Char(' ')).contains(QStringLiteral("fractions")))
      << d.problems().join(QLatin1Char('\n')).toStdString();
  // Back to quick: every image, both tasks.
  d.presetBox()->setCurrentIndex(d.presetBox()->findData(QStringLiteral("quick")));
  EXPECT_EQ(d.fractionsEdit()->text(), QStringLiteral("100"));
  EXPECT_TRUE(d.classificationBox()->isChecked());
  EXPECT_FALSE(d.config().labelEfficiency());
}

TEST(ExperimentDialog, ReusingAModelTakesItsShapeAndNamesAnUnreadableFile) {
  if (!std::filesystem::exists(samples() / "camvid")) GTEST_SKIP() << "resources/samples not present";
  if (ModelLocator::bundledModel().isEmpty()) GTEST_SKIP() << "no bundled model";
  ExperimentDialog d;
  d.dataEdit()->setPath(QString::fromStdString(samples().string()));
  d.modelEdit()->setPath(ModelLocator::bundledModel());
  EXPECT_TRUE(d.reuseButton()->isChecked());
  ASSERT_TRUE(waitFor([&] { return !d.isReadingModel(); }, 30000));
  QCoreApplication::processEvents();
  EXPECT_EQ(d.ngfBox()->value(), 16);
  EXPECT_EQ(d.numDownsBox()->value(), 7);
  EXPECT_EQ(d.imageSizeBox()->value(), 128);
  EXPECT_TRUE(d.problems().isEmpty()) << d.problems().join(QLatin1Char('\n')).toStdString();
  EXPECT_EQ(d.config().pretrained, std::filesystem::path(ModelLocator::bundledModel().toStdString()));

  colorproxy::test::TempDir tmp;
  std::ofstream(tmp / "junk.pt") << "not a model";
  d.modelEdit()->setPath(QString::fromStdString((tmp / "junk.pt").string()));
  ASSERT_TRUE(waitFor([&] { return !d.isReadingModel(); }, 30000));
  QCoreApplication::processEvents();
  EXPECT_TRUE(d.problems().join(QLatin1Char(' ')).contains(QStringLiteral("junk.pt")))
      << d.problems().join(QLatin1Char('\n')).toStdString();
  EXPECT_FALSE(startButton(d)->isEnabled());
}

// The quick preset shrunk to seconds: segmentation only, one seed, 32 px, a one-epoch pretraining.
ExperimentConfig tinyQuickExperiment(const colorproxy::test::TempDir& tmp) {
  ExperimentConfig c = ExperimentConfig::preset("quick", samples());
  c.name = "tiny";
  c.runsDir = tmp / "runs";
  c.tasks = {"segmentation"};
  c.seeds = 1;
  c.threads = 1;
  for (const auto& [key, value] :
       std::vector<std::pair<std::string, std::string>>{{"imageSize", "32"},
                                                        {"ngf", "8"},
                                                        {"numDowns", "5"},
                                                        {"pretrain.epochs", "1"},
                                                        {"pretrain.epochsDecay", "0"},
                                                        {"pretrain.maxImages", "8"},
                                                        {"finetune.epochScale", "1"},
                                                        {"finetune.maxImages", "8"},
                                                        {"finetune.maxValImages", "4"},
                                                        {"finetune.maxTestImages", "4"},
                                                        {"finetune.loaderWorkers", "0"}})
    c.set(key, value);
  return c;
}

TEST(ExperimentJob, RunsEveryStageInTheMonitorAndReportsTheVerdict) {
  if (!std::filesystem::exists(samples() / "camvid")) GTEST_SKIP() << "resources/samples not present";
  colorproxy::test::TempDir tmp;
  ExperimentConfig c = tinyQuickExperiment(tmp);
  ASSERT_TRUE(c.validate().empty()) << c.validate().front();

  MainWindow window;
  QSignalSpy finished(window.runner(), &JobRunner::jobFinished);
  QSignalSpy failed(window.runner(), &JobRunner::jobFailed);
  QSignalSpy stages(window.runner(), &JobRunner::stageStarted);
  window.startExperiment(c);
  EXPECT_EQ(window.currentPage(), int(MainWindow::TrainPageIndex));
  ASSERT_TRUE(waitFor([&] { return finished.count() + failed.count() > 0; }, 600000));
  ASSERT_EQ(failed.count(), 0) << failed.first().at(1).toString().toStdString();
  // Pretraining, then the baseline and the pretrained run: three stages, the last two in one session.
  ASSERT_EQ(stages.count(), 3);
  EXPECT_EQ(stages.at(0).at(2).value<RunKind>(), RunKind::Pretraining);
  EXPECT_EQ(stages.at(1).at(2).value<RunKind>(), RunKind::Finetune);
  EXPECT_EQ(stages.at(1).at(3).toString(), stages.at(2).at(3).toString());
  EXPECT_NE(stages.at(0).at(3).toString(), stages.at(1).at(3).toString());
  TrainingMonitor* monitor = window.trainPage()->monitor();
  EXPECT_EQ(monitor->lossPlot()->groups(), (QStringList{QStringLiteral("segmentation-baseline-seed1"),
                                                        QStringLiteral("segmentation-pretrained-seed1")}));
  const JobResult result = finished.first().at(1).value<JobResult>();
  EXPECT_TRUE(result.summary.contains(QStringLiteral("segmentation"))) << result.summary.toStdString();
  EXPECT_TRUE(result.summary.contains(QStringLiteral("report.md"))) << result.summary.toStdString();
  EXPECT_TRUE(QFileInfo::exists(result.runDir + QStringLiteral("/report.md")));

  // Reopened from the Runs page, the experiment shows how far it got and its verdict.
  const RunSnapshot snap = RunSnapshot::load(result.runDir);
  ASSERT_TRUE(snap.error.isEmpty()) << snap.error.toStdString();
  ASSERT_EQ(snap.verdicts.size(), 1);
  TrainingMonitor reopened;
  snap.showIn(&reopened);
  reopened.show();
  EXPECT_TRUE(reopened.reportText().contains(QStringLiteral("Runs 3 of 3")))
      << reopened.reportText().toStdString();
  EXPECT_TRUE(reopened.reportText().contains(snap.verdicts.front())) << reopened.reportText().toStdString();
  EXPECT_TRUE(reopened.reportText().contains(QStringLiteral("report.md")))
      << reopened.reportText().toStdString();
}

namespace {

// Stops the experiment at the first iteration of a given run.
class StopInRun : public ExperimentObserver {
 public:
  StopInRun(StopToken& stop, std::string run) : m_stop(stop), m_run(std::move(run)) {}
  void onIteration(const IterationStats& s) override {
    if (s.runName == m_run) m_stop.requestStop();
  }

 private:
  StopToken& m_stop;
  std::string m_run;
};

}  // namespace

TEST(ExperimentJob, AStoppedExperimentResumesFromTheRunsPage) {
  if (!std::filesystem::exists(samples() / "camvid")) GTEST_SKIP() << "resources/samples not present";
  colorproxy::test::TempDir tmp;
  const ExperimentConfig c = tinyQuickExperiment(tmp);
  StopToken stop;
  StopInRun stopper(stop, "segmentation-baseline-seed1");
  const ExperimentResult stopped = runExperiment(c, stopper, stop);
  ASSERT_TRUE(stopped.stopped) << stopped.error;

  MainWindow window;
  window.runsPage()->setRunsDir(QString::fromStdString(c.runsDir.string()));
  ASSERT_EQ(window.runsPage()->runCount(), 1);
  window.runsPage()->list()->setCurrentItem(window.runsPage()->list()->topLevelItem(0));
  QPushButton* resume = nullptr;
  for (QPushButton* b : window.runsPage()->findChildren<QPushButton*>())
    if (b->text() == QStringLiteral("Re&sume")) resume = b;
  ASSERT_NE(resume, nullptr);
  ASSERT_TRUE(resume->isEnabled());
  QSignalSpy finished(window.runner(), &JobRunner::jobFinished);
  QSignalSpy failed(window.runner(), &JobRunner::jobFailed);
  QSignalSpy stages(window.runner(), &JobRunner::stageStarted);
  resume->click();
  ASSERT_TRUE(waitFor([&] { return finished.count() + failed.count() > 0; }, 600000));
  ASSERT_EQ(failed.count(), 0) << failed.first().at(1).toString().toStdString();
  EXPECT_EQ(stages.count(), 3);  // pretraining (kept), baseline (continued), pretrained (started)
  EXPECT_EQ(RunFolder(stopped.dir).readStatus().state, RunState::Completed);
  EXPECT_TRUE(std::filesystem::exists(stopped.dir / "report.md"));
}
