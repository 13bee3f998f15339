#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include <QCoreApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <qcustomplot.h>

#include "core/numbertext.h"
#include "jobs/jobrunner.h"
#include "monitor/curveplot.h"
#include "monitor/previewgrid.h"
#include "monitor/trainingmonitor.h"
#include "widgets/imageview.h"

using namespace colorproxy;

namespace {

IterationStats iteration(int i, int total, double gan, double l1) {
  IterationStats s;
  s.epoch = 1 + (i - 1) / 10;
  s.epochs = total / 10;
  s.iteration = i;
  s.totalIterations = total;
  s.losses = {{"G_GAN", gan}, {"G_L1", l1}};
  s.imagesPerSecond = 12.5;
  s.elapsedSeconds = i;
  s.etaSeconds = 3725;  // 1:02:05
  s.learningRate = 2e-4;
  return s;
}

cv::Mat solid(int w, int h, cv::Scalar bgr) { return cv::Mat(h, w, CV_8UC3, bgr); }

}  // namespace

TEST(TrainingMonitor, PlotsIterationsEpochsAndProgress) {
  TrainingMonitor monitor;
  monitor.resize(1000, 700);
  monitor.beginSession(QStringLiteral("test run"), RunKind::Pretraining, true);
  QVector<IterationStats> batch;
  for (int i = 1; i <= 25; ++i) batch.push_back(iteration(i, 100, 1.0, 10.0 + i));
  monitor.addIterations(batch);
  const auto l1 = monitor.lossPlot()->rawPoints(QStringLiteral("test run"), QStringLiteral("G_L1"));
  ASSERT_EQ(l1.size(), 25);
  EXPECT_EQ(l1[24], QPointF(25, 35.0));
  EXPECT_EQ(monitor.lossPlot()->seriesCount(), 2);
  EXPECT_EQ(monitor.progressPercent(), 25);
  EXPECT_TRUE(monitor.progressText().contains(QStringLiteral("12.50 images/s")))
      << monitor.progressText().toStdString();
  EXPECT_TRUE(monitor.progressText().contains(QStringLiteral("ETA 1:02:05")))
      << monitor.progressText().toStdString();
  EXPECT_TRUE(monitor.progressText().contains(QStringLiteral("iteration 25/100")));

  EpochReport report;
  report.epoch = 1;
  report.epochs = 10;
  report.metrics = {{"val_psnr", 21.5}, {"val_ssim", 0.81}};
  monitor.addEpoch(report);
  EXPECT_EQ(monitor.metricPlot()->rawPoints(QStringLiteral("test run"), QStringLiteral("val_psnr")),
            QVector<QPointF>{QPointF(1, 21.5)});
  // SSIM is a ratio: it goes on the right axis so PSNR's dB scale does not flatten it.
  const QCustomPlot* metrics = monitor.metricPlot()->plot();
  ASSERT_EQ(metrics->graphCount(), 2);
  EXPECT_EQ(metrics->graph(0)->valueAxis(), metrics->yAxis);
  EXPECT_EQ(metrics->graph(1)->valueAxis(), metrics->yAxis2);

  // The plot redraws on its own timer, without being asked.
  QElapsedTimer t;
  t.start();
  while (monitor.lossPlot()->replotCount() == 0 && t.elapsed() < 5000)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  EXPECT_GE(monitor.lossPlot()->replotCount(), 1);
}

// A data-parallel run reports each process's images/s with its epochs: shown under the progress line (and
// kept there as iterations go on), not plotted as metrics.
TEST(TrainingMonitor, DataParallelRunShowsImagesPerSecondPerProcess) {
  TrainingMonitor monitor;
  monitor.beginSession(QStringLiteral("test run"), RunKind::Pretraining, true);
  monitor.addIterations({iteration(1, 10, 1.0, 2.0)});
  EXPECT_FALSE(monitor.progressText().contains(QStringLiteral("per process")));
  EpochReport report;
  report.epoch = 1;
  report.epochs = 2;
  report.metrics = {{"val_psnr", 21.5}, {"images_per_s_rank0", 5.25}, {"images_per_s_rank1", 4.75}};
  monitor.addEpoch(report);
  const QString expected = QStringLiteral("Images/s per process — process 0: 5.25  ·  process 1: 4.75");
  EXPECT_TRUE(monitor.progressText().contains(expected)) << monitor.progressText().toStdString();
  EXPECT_TRUE(monitor.progressText().contains(QStringLiteral("iteration 1/10")));
  EXPECT_TRUE(monitor.metricPlot()
                  ->rawPoints(QStringLiteral("test run"), QStringLiteral("images_per_s_rank0"))
                  .isEmpty());
  EXPECT_EQ(monitor.metricPlot()->rawPoints(QStringLiteral("test run"), QStringLiteral("val_psnr")).size(),
            1);
  monitor.addIterations({iteration(2, 10, 1.0, 2.0)});
  EXPECT_TRUE(monitor.progressText().contains(expected)) << monitor.progressText().toStdString();
  EXPECT_TRUE(monitor.progressText().contains(QStringLiteral("iteration 2/10")));
}

TEST(TrainingMonitor, PreviewSliderStepsThroughEpochs) {
  TrainingMonitor monitor;
  monitor.beginSession(QStringLiteral("p"), RunKind::Pretraining, true);
  for (int epoch = 1; epoch <= 3; ++epoch) {
    PreviewImages images;
    images.epoch = epoch;
    images.grey = {solid(8, 8, cv::Scalar(128, 128, 128))};
    images.prediction = {solid(8, 8, cv::Scalar(0, 0, 255 / epoch))};
    images.truth = {solid(8, 8, cv::Scalar(255, 0, 0))};
    monitor.addPreview(PreviewFrame::fromEngine(images));
  }
  PreviewGrid* grid = monitor.previews();
  EXPECT_EQ(grid->epochs(), (QList<int>{1, 2, 3}));
  EXPECT_EQ(grid->shownEpoch(), 3);  // follows the newest
  const QImage newest = grid->shownImage();
  ASSERT_EQ(newest.size(), QSize(3 * 8 + 2 * 2, 8));  // grey | prediction | truth with 2 px gaps
  EXPECT_EQ(newest.pixelColor(0, 0), QColor(128, 128, 128));
  EXPECT_EQ(newest.pixelColor(10, 0), QColor(255 / 3, 0, 0));  // BGR (0,0,85) -> red 85
  EXPECT_EQ(newest.pixelColor(20, 0), QColor(0, 0, 255));      // BGR (255,0,0) -> blue
  grid->showEpoch(1);
  EXPECT_EQ(grid->shownEpoch(), 1);
  EXPECT_EQ(grid->shownImage().pixelColor(10, 0), QColor(255, 0, 0));
  // Looking back: a new epoch does not yank the view forward.
  PreviewImages later;
  later.epoch = 4;
  later.grid = solid(4, 4, cv::Scalar(0, 255, 0));
  monitor.addPreview(PreviewFrame::fromEngine(later));
  EXPECT_EQ(grid->shownEpoch(), 1);
  grid->showEpoch(4);
  EXPECT_EQ(grid->shownImage().pixelColor(0, 0), QColor(0, 255, 0));  // a ready-made grid is used as is
}

TEST(TrainingMonitor, ClickingThePreviewEnlargesItAndTheWindowFollowsTheSlider) {
  TrainingMonitor monitor;
  monitor.resize(900, 600);
  monitor.show();
  monitor.beginSession(QStringLiteral("p"), RunKind::Pretraining, true);
  for (int epoch = 1; epoch <= 2; ++epoch) {
    PreviewImages images;
    images.epoch = epoch;
    images.grid = solid(36, 12, cv::Scalar(0, 40 * epoch, 0));
    monitor.addPreview(PreviewFrame::fromEngine(images));
  }
  PreviewGrid* grid = monitor.previews();
  auto* tile = grid->findChild<ImageView*>();
  ASSERT_NE(tile, nullptr);
  QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
  auto* dialog = grid->findChild<QDialog*>();
  ASSERT_NE(dialog, nullptr);
  EXPECT_TRUE(dialog->isVisible());
  auto* big = dialog->findChild<ImageView*>();
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big->image(), grid->shownImage());
  EXPECT_GT(big->width(), 4 * 36);  // well past the 36-px grid
  grid->showEpoch(1);
  EXPECT_EQ(big->image().pixelColor(0, 0), QColor(0, 40, 0));
  EXPECT_TRUE(dialog->windowTitle().contains(QStringLiteral("1 of 2")))
      << dialog->windowTitle().toStdString();
  monitor.beginSession(QStringLiteral("q"), RunKind::Pretraining, true);  // nothing left to show
  EXPECT_FALSE(dialog->isVisible());
}

TEST(TrainingMonitor, SameSessionKeepsCurvesOfBothRuns) {
  JobRunner runner;
  TrainingMonitor monitor;
  monitor.attach(&runner);
  auto makeJob = [](const QString& name) {
    Job job;
    job.name = name;
    job.kind = RunKind::Finetune;
    job.session = QStringLiteral("pair-1");
    job.run = [name](TrainingObserver& o, StopToken&) {
      for (int i = 1; i <= 20; ++i) {
        IterationStats s;
        s.runName = name.toStdString();
        s.iteration = i;
        s.totalIterations = 20;
        s.losses["BCE"] = 1.0 / i;
        o.onIteration(s);
      }
      return JobResult{};
    };
    return job;
  };
  std::atomic<int> done{0};
  QObject::connect(&runner, &JobRunner::jobFinished, [&] { ++done; });
  runner.enqueue(makeJob(QStringLiteral("baseline")));
  runner.enqueue(makeJob(QStringLiteral("pretrained")));
  QElapsedTimer t;
  t.start();
  while (done < 2 && t.elapsed() < 20000) QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  ASSERT_EQ(done.load(), 2);
  EXPECT_EQ(monitor.lossPlot()->groups(),
            (QStringList{QStringLiteral("baseline"), QStringLiteral("pretrained")}));
  EXPECT_EQ(monitor.lossPlot()->rawPoints(QStringLiteral("baseline"), QStringLiteral("BCE")).size(), 20);
  EXPECT_EQ(monitor.lossPlot()->rawPoints(QStringLiteral("pretrained"), QStringLiteral("BCE")).size(), 20);
}

TEST(TrainingMonitor, ShowsFailureMessage) {
  JobRunner runner;
  TrainingMonitor monitor;
  monitor.attach(&runner);
  Job job;
  job.name = QStringLiteral("broken");
  job.run = [](TrainingObserver&, StopToken&) -> JobResult {
    throw std::runtime_error("dataset /x has no images");
  };
  bool failed = false;
  QObject::connect(&runner, &JobRunner::jobFailed, [&] { failed = true; });
  runner.enqueue(job);
  QElapsedTimer t;
  t.start();
  while (!failed && t.elapsed() < 20000) QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  ASSERT_TRUE(failed);
  EXPECT_TRUE(monitor.statusText().contains(QStringLiteral("dataset /x has no images")));
}

TEST(TrainingMonitor, FormatsDurations) {
  EXPECT_EQ(durationText(0), QStringLiteral("0:00"));
  EXPECT_EQ(durationText(59.4), QStringLiteral("0:59"));
  EXPECT_EQ(durationText(61), QStringLiteral("1:01"));
  EXPECT_EQ(durationText(3600 + 2 * 60 + 5), QStringLiteral("1:02:05"));
  EXPECT_EQ(durationText(-1), QStringLiteral("—"));
}

TEST(TrainingMonitor, StopAsksFirstAndStopsOnlyWhenConfirmed) {
  JobRunner runner;
  TrainingMonitor monitor;
  monitor.attach(&runner);
  std::atomic<int> batches{0};
  Job job;
  job.name = QStringLiteral("long");
  job.run = [&batches](TrainingObserver&, StopToken& stop) {
    JobResult result;
    // Runs until stopped (or 20 s, so that a broken stop fails the test instead of hanging it).
    for (int i = 0; i < 2000 && stop.checkpoint(); ++i) {
      ++batches;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return result;
  };
  bool finished = false;
  bool stopped = false;
  QObject::connect(&runner, &JobRunner::jobFinished, [&](int, const JobResult& r) {
    finished = true;
    stopped = r.stopped;
  });
  runner.enqueue(job);
  QElapsedTimer t;
  t.start();
  while (batches < 5 && t.elapsed() < 20000) QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  ASSERT_GE(batches.load(), 5);

  int asked = 0;
  monitor.setStopConfirmation([&] {
    ++asked;
    return false;  // "No": training goes on
  });
  EXPECT_FALSE(monitor.askToStop());
  const int atNo = batches.load();
  t.restart();
  while (t.elapsed() < 200) QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  EXPECT_GT(batches.load(), atNo + 3);
  EXPECT_FALSE(finished);

  monitor.setStopConfirmation([&] {
    ++asked;
    return true;
  });
  EXPECT_TRUE(monitor.askToStop());
  t.restart();
  while (!finished && t.elapsed() < 20000) QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  EXPECT_TRUE(finished);
  EXPECT_TRUE(stopped);
  EXPECT_EQ(asked, 2);
  EXPECT_LT(batches.load(), 2000);
}
