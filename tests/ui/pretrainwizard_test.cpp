#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include "colorproxy/io/run_folder.h"
#include "core/appsettings.h"
#include "jobs/colorizationjobs.h"
#include "jobs/jobrunner.h"
#include "main/mainwindow.h"
#include "main/trainpage.h"
#include "monitor/curveplot.h"
#include "monitor/previewgrid.h"
#include "monitor/trainingmonitor.h"
#include "ui/uitesthelpers.h"
#include "widgets/pathedit.h"
#include "wizards/pretraindatasetpage.h"
#include "wizards/pretraindevicepage.h"
#include "wizards/pretrainhyperparameterpage.h"
#include "wizards/pretrainmodelpage.h"
#include "wizards/pretrainreviewpage.h"
#include "wizards/pretrainwizard.h"

using namespace colorproxy;
using colorproxy::test::waitFor;

namespace {
bool nextEnabled(QWizard* w) { return w->button(QWizard::NextButton)->isEnabled(); }
}  // namespace

TEST(PretrainWizard, CatchesBadChoicesOnTheirPageAndStartsATinyRealRun) {
  colorproxy::test::TempDir tmp;
  const QString photos = colorproxy::test::makePhotoFolder(tmp / "photos", 8);
  const QString runs = QString::fromStdString((tmp / "runs").string());
  AppSettings::setRunsDir(runs);

  MainWindow window;
  window.setCloseConfirmation([] { return true; });
  PretrainWizard* w = window.newPretraining(QString::fromStdString((tmp / "missing").string()));
  ASSERT_NE(w, nullptr);
  // Dataset page: a folder that does not exist is refused here, with the reason.
  ASSERT_TRUE(waitFor([&] { return !w->datasetPage()->problems().isEmpty(); }));
  EXPECT_FALSE(nextEnabled(w));
  EXPECT_TRUE(w->datasetPage()->problems().join(QLatin1Char(' ')).contains(QStringLiteral("missing")))
      << w->datasetPage()->problems().join(QLatin1Char('\n')).toStdString();
  w->datasetPage()->setDatasetPath(photos);
  ASSERT_TRUE(waitFor([&] { return nextEnabled(w); }));
  EXPECT_EQ(w->datasetPage()->problems(), QStringList());
  w->next();

  // Model page: an image size that 2^numDowns does not divide is caught here.
  ASSERT_EQ(w->currentId(), PretrainWizard::ModelPageId);
  w->modelPage()->applyPreset(QStringLiteral("tiny"));
  EXPECT_TRUE(nextEnabled(w));
  w->modelPage()->imageSizeBox()->setValue(40);
  EXPECT_FALSE(nextEnabled(w));
  ASSERT_FALSE(w->modelPage()->problems().isEmpty());
  EXPECT_TRUE(w->modelPage()->problems().first().startsWith(QStringLiteral("imageSize 40")));
  w->modelPage()->applyPreset(QStringLiteral("tiny"));
  EXPECT_TRUE(nextEnabled(w));
  EXPECT_EQ(w->config().imageSize, 32);
  EXPECT_EQ(w->config().ngf, 8);
  w->next();

  // Hyperparameters: more decay epochs than epochs is caught here, not on the model page.
  ASSERT_EQ(w->currentId(), PretrainWizard::HyperparameterPageId);
  w->hyperparameterPage()->epochsBox()->setValue(1);
  w->hyperparameterPage()->epochsDecayBox()->setValue(3);
  EXPECT_FALSE(nextEnabled(w));
  EXPECT_TRUE(
      w->hyperparameterPage()->problems().join(QLatin1Char(' ')).contains(QStringLiteral("epochsDecay")));
  w->hyperparameterPage()->epochsDecayBox()->setValue(0);
  w->hyperparameterPage()->batchSizeBox()->setValue(2);
  EXPECT_TRUE(nextEnabled(w));
  w->next();

  ASSERT_EQ(w->currentId(), PretrainWizard::DevicePageId);
  // One process unless asked (more train data-parallel, launched with colorproxy-cli).
  EXPECT_EQ(w->processes(), 1);
  w->devicePage()->processesBox()->setValue(2);
  EXPECT_EQ(w->processes(), std::min(2, w->devicePage()->processesBox()->maximum()));
  EXPECT_TRUE(ColorizationJobs::pretrain(w->config(), 2).name.endsWith(QStringLiteral("(2 processes)")));
  EXPECT_FALSE(ColorizationJobs::pretrain(w->config(), 1).name.contains(QStringLiteral("processes")));
  w->devicePage()->processesBox()->setValue(1);
  w->devicePage()->threadsBox()->setValue(1);
  w->devicePage()->runNameEdit()->clear();
  EXPECT_FALSE(nextEnabled(w));
  EXPECT_TRUE(w->devicePage()->problems().join(QLatin1Char(' ')).contains(QStringLiteral("runName")));
  w->devicePage()->runNameEdit()->setText(QStringLiteral("wizard-test"));
  EXPECT_TRUE(nextEnabled(w));
  w->next();

  // Review: the exact config that will be written, and Start.
  ASSERT_EQ(w->currentId(), PretrainWizard::ReviewPageId);
  const QString json = w->reviewPage()->configText();
  EXPECT_TRUE(json.contains(QStringLiteral("\"imageSize\": 32"))) << json.toStdString();
  EXPECT_TRUE(json.contains(QStringLiteral("\"runName\": \"wizard-test\"")));
  QAbstractButton* start = w->button(QWizard::FinishButton);
  ASSERT_TRUE(start->isEnabled());
  EXPECT_EQ(start->text(), QStringLiteral("Start training"));

  QSignalSpy finished(window.runner(), &JobRunner::jobFinished);
  QSignalSpy failed(window.runner(), &JobRunner::jobFailed);
  start->click();
  EXPECT_EQ(window.currentPage(), MainWindow::TrainPageIndex);
  ASSERT_TRUE(waitFor([&] { return finished.count() + failed.count() > 0; }, 300000));
  ASSERT_EQ(failed.count(), 0) << failed.first().at(1).toString().toStdString();
  const auto result = finished.first().at(1).value<JobResult>();
  EXPECT_FALSE(result.stopped);
  ASSERT_FALSE(result.runDir.isEmpty());
  const RunFolder run(result.runDir.toStdString());
  EXPECT_TRUE(run.isRun());
  EXPECT_TRUE(QString::fromStdString(run.dir().string()).startsWith(runs));
  EXPECT_EQ(run.readStatus().state, RunState::Completed);

  // The monitor saw the run: one loss point per logged iteration, one preview per epoch.
  TrainingMonitor* monitor = window.trainPage()->monitor();
  const MetricsTable metrics = run.readMetrics();
  const auto logged = metrics.series("iter", "G_L1");
  ASSERT_FALSE(logged.empty());
  const QStringList groups = monitor->lossPlot()->groups();
  ASSERT_EQ(groups.size(), 1);
  EXPECT_EQ(monitor->lossPlot()->rawPoints(groups.first(), QStringLiteral("G_L1")).size(),
            int(logged.size()));
  EXPECT_EQ(monitor->previews()->epochs(), QList<int>{1});
  EXPECT_EQ(monitor->progressPercent(), 100);
}

// Issues 14-16 in the wizard: the feature probe's labelled dataset (checked on the dataset page), the
// hint-conditioned generator (model page) and synchronised batch norm (device page, only with several
// processes) reach the config that is written.
TEST(PretrainWizard, ProbeDatasetColourPointsAndSynchronisedBatchNormReachTheConfig) {
  colorproxy::test::TempDir tmp;
  const QString photos = colorproxy::test::makePhotoFolder(tmp / "photos", 4);
  AppSettings::setRunsDir(QString::fromStdString((tmp / "runs").string()));
  MainWindow window;
  window.setCloseConfirmation([] { return true; });
  PretrainWizard* w = window.newPretraining(photos);
  ASSERT_NE(w, nullptr);
  ASSERT_TRUE(waitFor([&] { return nextEnabled(w); }));
  EXPECT_TRUE(w->config().probeData.empty());
  EXPECT_TRUE(w->datasetPage()->probeEdit()->path().isEmpty()) << "no probe unless chosen";

  const QString missing = QString::fromStdString((tmp / "no-labels").string());
  w->datasetPage()->probeEdit()->setPath(missing);
  EXPECT_FALSE(nextEnabled(w));
  ASSERT_EQ(w->datasetPage()->problems().size(), 1) << w->datasetPage()->problems().join('\n').toStdString();
  EXPECT_TRUE(w->datasetPage()->problems().first().startsWith(QStringLiteral("probeData")));
  EXPECT_TRUE(w->datasetPage()->messages().first().startsWith(QStringLiteral("Probe dataset: ")))
      << w->datasetPage()->messages().first().toStdString();
  w->datasetPage()->probeEdit()->setPath(photos);
  ASSERT_TRUE(waitFor([&] { return nextEnabled(w); }));
  EXPECT_EQ(QString::fromStdString(w->config().probeData.string()), photos);
  w->next();

  ASSERT_EQ(w->currentId(), PretrainWizard::ModelPageId);
  w->modelPage()->applyPreset(QStringLiteral("tiny"));
  EXPECT_FALSE(w->config().hints);
  w->modelPage()->hintsBox()->setChecked(true);
  EXPECT_TRUE(w->config().hints);
  w->next();
  ASSERT_EQ(w->currentId(), PretrainWizard::HyperparameterPageId);
  w->next();

  ASSERT_EQ(w->currentId(), PretrainWizard::DevicePageId);
  QCheckBox* sync = w->devicePage()->syncBatchNormBox();
  EXPECT_FALSE(sync->isEnabled()) << "one process has nothing to synchronise with";
  w->devicePage()->processesBox()->setMaximum(4);  // whatever this machine's cores
  w->devicePage()->processesBox()->setValue(2);
  EXPECT_TRUE(sync->isEnabled());
  sync->setChecked(true);
  EXPECT_TRUE(w->config().syncBatchNorm);
  w->devicePage()->processesBox()->setValue(1);
  EXPECT_FALSE(sync->isEnabled());
  EXPECT_FALSE(w->config().syncBatchNorm) << "config.json must not claim it for one process";
  w->devicePage()->processesBox()->setValue(2);
  EXPECT_TRUE(w->config().syncBatchNorm);
  w->next();

  ASSERT_EQ(w->currentId(), PretrainWizard::ReviewPageId);
  const QString json = w->reviewPage()->configText();
  EXPECT_TRUE(json.contains(QStringLiteral("\"hints\": true"))) << json.toStdString();
  EXPECT_TRUE(json.contains(QStringLiteral("\"syncBatchNorm\": true"))) << json.toStdString();
  EXPECT_TRUE(json.contains(QStringLiteral("\"probeData\": \"%1\"").arg(photos))) << json.toStdString();
  EXPECT_TRUE(w->button(QWizard::FinishButton)->isEnabled());
  w->reject();
}

TEST(PretrainWizard, ZhangsQuarterSizeHeadIsAClassificationSetting) {
  colorproxy::test::TempDir tmp;
  const QString photos = colorproxy::test::makePhotoFolder(tmp / "photos", 4);
  AppSettings::setRunsDir(QString::fromStdString((tmp / "runs").string()));
  MainWindow window;
  window.setCloseConfirmation([] { return true; });
  PretrainWizard* w = window.newPretraining(photos);
  ASSERT_NE(w, nullptr);
  ASSERT_TRUE(waitFor([&] { return nextEnabled(w); }));
  w->next();
  ASSERT_EQ(w->currentId(), PretrainWizard::ModelPageId);
  w->modelPage()->applyPreset(QStringLiteral("tiny"));
  w->modelPage()->setPretext(QStringLiteral("classification"));
  w->next();
  ASSERT_EQ(w->currentId(), PretrainWizard::HyperparameterPageId);
  QCheckBox* quarter = w->hyperparameterPage()->quarterSizeBox();
  EXPECT_TRUE(quarter->isVisibleTo(w->hyperparameterPage())) << "shown with the classification pretext";
  EXPECT_EQ(w->config().classificationStride, 1);
  quarter->setChecked(true);
  EXPECT_EQ(w->config().classificationStride, 4);
  w->next();
  w->next();
  ASSERT_EQ(w->currentId(), PretrainWizard::ReviewPageId);
  EXPECT_TRUE(w->reviewPage()->configText().contains(QStringLiteral("\"classificationStride\": 4")));
  w->reject();
}

// Before anything is chosen the dataset page says once, as a hint rather than an error, what to do.
TEST(PretrainWizard, EmptyDatasetPageShowsOneHintNotTwoErrors) {
  colorproxy::test::TempDir tmp;
  AppSettings::setRunsDir(QString::fromStdString((tmp / "runs").string()));
  MainWindow window;
  window.setCloseConfirmation([] { return true; });
  PretrainWizard* w = window.newPretraining(QString());
  ASSERT_NE(w, nullptr);
  w->datasetPage()->setDatasetPath(QString());  // the wizard may have offered a recent dataset
  ASSERT_TRUE(waitFor([&] {
    return w->datasetPage()->problems().join(' ').contains(QStringLiteral("Choose a dataset folder"));
  })) << w->datasetPage()->problems().join('|').toStdString();
  EXPECT_EQ(w->datasetPage()->problems().size(), 1) << w->datasetPage()->problems().join('\n').toStdString();
  EXPECT_FALSE(nextEnabled(w));
  auto* label = w->datasetPage()->findChild<QLabel*>(QStringLiteral("problems"));
  ASSERT_NE(label, nullptr);
  EXPECT_FALSE(label->styleSheet().contains(QStringLiteral("#cf222e"))) << label->styleSheet().toStdString();
  // A real problem is an error again.
  w->datasetPage()->setDatasetPath(QString::fromStdString((tmp / "missing").string()));
  ASSERT_TRUE(
      waitFor([&] { return w->datasetPage()->problems().join(' ').contains(QStringLiteral("missing")); }));
  EXPECT_TRUE(label->styleSheet().contains(QStringLiteral("#cf222e"))) << label->styleSheet().toStdString();
}
