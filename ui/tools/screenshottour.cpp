#include "tools/screenshottour.h"

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPixmap>
#include <QScreen>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QWizard>

#include "colorize/beforeafterview.h"
#include "colorize/colorizepage.h"
#include "colorize/modellocator.h"
#include "colorproxy/experiment/experiment_config.h"
#include "colorproxy/pretrain/colorization_config.h"
#include "compare/comparepage.h"
#include "core/appsettings.h"
#include "core/latencyprobe.h"
#include "datasets/datasetbrowser.h"
#include "datasets/datasetspage.h"
#include "datasets/datasetsummaryview.h"
#include "datasets/sampleview.h"
#include "datasets/thumbnailmodel.h"
#include "jobs/jobrunner.h"
#include "labels/labelspage.h"
#include "main/mainwindow.h"
#include "main/trainpage.h"
#include "monitor/curveplot.h"
#include "monitor/previewgrid.h"
#include "monitor/trainingmonitor.h"
#include "results/labelefficiencypanel.h"
#include "runs/runspage.h"
#include "widgets/pathedit.h"
#include "wizards/experimentdialog.h"
#include "wizards/finetunedatasetpage.h"
#include "wizards/finetuneinitpage.h"
#include "wizards/finetuneseedspage.h"
#include "wizards/finetunetaskpage.h"
#include "wizards/finetunewizard.h"
#include "wizards/pretraindatasetpage.h"
#include "wizards/pretraindevicepage.h"
#include "wizards/pretrainhyperparameterpage.h"
#include "wizards/pretrainmodelpage.h"
#include "wizards/pretrainwizard.h"

namespace colorproxy {

ScreenshotTour::ScreenshotTour(MainWindow* window, QString outDir, QString samplesDir, QString runsDir,
                               QObject* parent)
    : QObject(parent),
      m_window(window),
      m_outDir(std::move(outDir)),
      m_samplesDir(std::move(samplesDir)),
      m_runsDir(std::move(runsDir)) {}

bool ScreenshotTour::waitUntil(const std::function<bool()>& done, int timeoutMs) {
  // A plain event loop with a polling timer: the GUI thread sleeps only in the event loop, as it does
  // in normal use, so the latency probe measures the application and not this tour.
  if (done()) return true;
  QElapsedTimer t;
  t.start();
  QEventLoop loop;
  QTimer poll;
  poll.setInterval(50);
  bool ok = false;
  QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
    if (done()) {
      ok = true;
      loop.quit();
    } else if (t.elapsed() > timeoutMs) {
      loop.quit();
    }
  });
  poll.start();
  loop.exec();
  return ok;
}

void ScreenshotTour::pause(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
}

void ScreenshotTour::placeDialog(QWidget* dialog, QSize size) {
  // The size asked for where it fits; on a small screen (1024 x 600) the dialog keeps inside it, as a
  // user's would.
  const QRect screen = m_window->screen()->availableGeometry();
  dialog->resize(size.boundedTo(screen.size()).expandedTo(dialog->minimumSize()));
  const QRect main = m_window->geometry();
  QPoint topLeft = main.center() - QPoint(dialog->width() / 2, dialog->height() / 2);
  topLeft.setX(
      std::clamp(topLeft.x(), screen.left(), std::max(screen.left(), screen.right() - dialog->width())));
  topLeft.setY(
      std::clamp(topLeft.y(), screen.top(), std::max(screen.top(), screen.bottom() - dialog->height())));
  dialog->move(topLeft);
}

void ScreenshotTour::shot(const QString& name) {
  pause(400);  // let throttled plots and layouts settle
  // Grabbing and PNG-encoding the screen blocks the GUI thread: keep it out of the latency figures.
  LatencyProbe* probe = m_window->latencyProbe();
  const bool probing = probe->isRunning();
  if (probing) probe->stop();
  // The whole screen (dialogs, menus and all) whatever its size; the offscreen platform has no screen
  // contents, so there the window on top (an open dialog, else the main window) is rendered instead.
  QPixmap pixmap;
  if (QGuiApplication::platformName() != QStringLiteral("offscreen"))
    pixmap = m_window->screen()->grabWindow(0);
  if (pixmap.isNull()) {
    QWidget* top = QApplication::activeModalWidget();
    if (!top) top = QApplication::activeWindow();
    pixmap = (top ? top : m_window)->grab();
  }
  const QString file = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
  pixmap.save(file);
  std::printf("screenshot %s (%dx%d)\n", qPrintable(file), pixmap.width(), pixmap.height());
  std::fflush(stdout);
  if (probing) probe->start();
}

bool ScreenshotTour::shootDatasetsBrowser(const QString& datasetDir, int row, const QString& name,
                                          const QString& statsName) {
  m_window->showPage(MainWindow::DatasetsPageIndex);
  DatasetsPage* page = m_window->datasetsPage();
  bool indexed = false;
  const QMetaObject::Connection c = connect(page, &DatasetsPage::indexed, this, [&] { indexed = true; });
  page->openDataset(datasetDir);
  const bool ok = waitUntil([&] { return indexed; }, 120000);
  disconnect(c);
  if (!ok || !page->summary()->overview().ok) {
    std::fprintf(stderr, "tour: could not open %s\n", qPrintable(datasetDir));
    return false;
  }
  page->tabs()->setCurrentIndex(0);
  DatasetBrowser* browser = page->browser();
  browser->maskBox()->setChecked(true);
  browser->opacitySlider()->setValue(55);
  browser->selectRow(row);
  waitUntil([&] { return !browser->isLoadingSample() && browser->model()->isIdle(); }, 30000);
  // Point at the street, as a user would, so the class under the cursor shows.
  SampleView* view = browser->sampleView();
  const QRect r = view->imageRect();
  QMouseEvent move(QEvent::MouseMove, QPointF(r.left() + r.width() * 0.3, r.top() + r.height() * 0.9),
                   view->mapToGlobal(QPointF(0, 0)), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
  QApplication::sendEvent(view, &move);
  shot(name);
  if (!statsName.isEmpty()) {
    page->tabs()->setCurrentIndex(1);
    shot(statsName);
    page->tabs()->setCurrentIndex(0);
  }
  return true;
}

bool ScreenshotTour::shootColorize(const QString& model, const QString& photo, const QString& name) {
  m_window->showPage(MainWindow::ColorizePageIndex);
  ColorizePage* page = m_window->colorizePage();
  if (!model.isEmpty()) page->selectModel(model);
  if (!waitUntil([&] { return page->isModelReady(); }, 120000)) {
    std::fprintf(stderr, "tour: no colorization model: %s\n", qPrintable(page->modelMessage()));
    return false;
  }
  page->addInputs({photo});
  if (!waitUntil([&] { return !page->result().isNull() && !page->isBusy(); }, 120000)) {
    std::fprintf(stderr, "tour: colorizing %s did not finish\n", qPrintable(photo));
    return false;
  }
  page->view()->setSplit(0.5);
  shot(name);
  return true;
}

namespace {

// Photos make full-window PNGs large: drop low bits of every channel (invisible on flat UI colours)
// until the file is under `maxBytes`, so README screenshots stay small.
void shrinkPng(const QString& file, qint64 maxBytes) {
  for (int bits = 1; bits <= 3 && QFileInfo(file).size() > maxBytes; ++bits) {
    QImage image(file);
    image = image.convertToFormat(QImage::Format_RGB32);
    const QRgb mask = qRgb(0xFF << bits & 0xFF, 0xFF << bits & 0xFF, 0xFF << bits & 0xFF);
    for (int y = 0; y < image.height(); ++y) {
      auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
      for (int x = 0; x < image.width(); ++x) line[x] &= mask | 0xFF000000u;
    }
    image.save(file);
  }
}

}  // namespace

bool ScreenshotTour::shootCompare(const QString& folder, const QString& name) {
  m_window->showPage(MainWindow::ComparePageIndex);
  ComparePage* page = m_window->comparePage();
  if (!page->openExperiment(folder) ||
      !waitUntil([&] { return !page->isLoading() && page->currentImage() >= 0; }, 120000)) {
    std::fprintf(stderr, "tour: no segmentation pair to compare in %s: %s\n", qPrintable(folder),
                 qPrintable(page->statusText()));
    return false;
  }
  page->setOrder(SegmentationOrder::MeanIoUGain);
  page->showRow(0);
  shot(name);
  shrinkPng(QDir(m_outDir).filePath(name + QStringLiteral(".png")), 300 * 1024);
  return true;
}

bool ScreenshotTour::shootExperimentResult(const QString& folder, const QString& name) {
  m_window->showPage(MainWindow::RunsPageIndex);
  RunsPage* page = m_window->runsPage();
  page->openRun(folder);
  TrainingMonitor* monitor = page->monitor();
  if (!waitUntil([&] { return !page->isLoading() && monitor->isResultShown(); }, 60000) ||
      monitor->resultPanel()->plots().isEmpty()) {
    std::fprintf(stderr, "tour: %s shows no experiment result: %s\n", qPrintable(folder),
                 qPrintable(monitor->resultPanel()->messageText()));
    return false;
  }
  shot(name);
  return true;
}

bool ScreenshotTour::shootLabels(const QString& folder, const QString& imagesName,
                                 const QString& classesName) {
  m_window->showPage(MainWindow::LabelsPageIndex);
  LabelsPage* page = m_window->labelsPage();
  if (!page->openExperiment(folder) ||
      !waitUntil([&] { return !page->isLoading() && page->currentImage() >= 0; }, 120000)) {
    std::fprintf(stderr, "tour: no classification run in %s: %s\n", qPrintable(folder),
                 qPrintable(page->statusText()));
    return false;
  }
  page->tabs()->setCurrentIndex(0);
  page->setOrder(LabelsOrder::BaselineLoss);
  page->showRow(0);
  shot(imagesName);
  shrinkPng(QDir(m_outDir).filePath(imagesName + QStringLiteral(".png")), 300 * 1024);
  page->tabs()->setCurrentIndex(1);
  shot(classesName);
  page->tabs()->setCurrentIndex(0);
  return true;
}

void ScreenshotTour::report(const QString& label) {
  LatencyProbe* p = m_window->latencyProbe();
  std::printf("latency %s: samples %d, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", qPrintable(label),
              p->sampleCount(), p->percentileMs(50), p->percentileMs(99), p->maxMs());
  std::fflush(stdout);
}

int ScreenshotTour::run() {
  QDir().mkpath(m_outDir);
  AppSettings::setRunsDir(m_runsDir);
  m_window->runsPage()->setRunsDir(m_runsDir);
  // 1280 x 800 (the README's screenshots), or the whole screen when it is smaller (1024 x 600).
  const QRect screen = m_window->screen()->availableGeometry();
  m_window->setGeometry(QRect(screen.topLeft(), QSize(1280, 800).boundedTo(screen.size())));
  m_window->showPage(MainWindow::DatasetsPageIndex);
  JobRunner* runner = m_window->runner();
  LatencyProbe* probe = m_window->latencyProbe();
  probe->setWindow(0);
  const QString photos = QDir(m_samplesDir).filePath(QStringLiteral("photos"));
  const QString camvid = QDir(m_samplesDir).filePath(QStringLiteral("camvid"));

  // 1. Datasets page.
  m_window->datasetsPage()->openDataset(QDir(m_samplesDir).filePath(QStringLiteral("coco128")));
  waitUntil(
      [&] {
        return !m_window->datasetsPage()->summary()->isScanning() &&
               m_window->datasetsPage()->summary()->overview().ok;
      },
      60000);
  shot(QStringLiteral("01-datasets"));
  shootDatasetsBrowser(camvid, 7, QStringLiteral("19-datasets-browser"),
                       QStringLiteral("20-datasets-statistics"));
  m_window->showPage(MainWindow::DatasetsPageIndex);

  // 2. Pretraining wizard, page by page.
  PretrainWizard* pw = m_window->newPretraining(photos);
  placeDialog(pw);
  waitUntil([&] { return pw->currentPage()->isComplete(); }, 60000);
  shot(QStringLiteral("02-pretrain-dataset"));
  pw->next();
  shot(QStringLiteral("03-pretrain-model"));
  // An invalid size shows its reason on the page that causes it.
  pw->modelPage()->applyPreset(QStringLiteral("cpu-small"));
  auto* imageSize = pw->modelPage()->findChildren<QSpinBox*>().value(0);
  if (imageSize) imageSize->setValue(100);
  shot(QStringLiteral("04-pretrain-model-invalid"));
  pw->modelPage()->applyPreset(QStringLiteral("cpu-small"));
  pw->next();
  pw->hyperparameterPage()->epochsBox()->setValue(6);
  pw->hyperparameterPage()->epochsDecayBox()->setValue(3);
  pw->hyperparameterPage()->batchSizeBox()->setValue(4);
  shot(QStringLiteral("05-pretrain-hyperparameters"));
  pw->next();
  pw->devicePage()->runNameEdit()->setText(QStringLiteral("photos-gan-small"));
  shot(QStringLiteral("06-pretrain-device"));
  pw->next();
  shot(QStringLiteral("07-pretrain-review"));

  // 3. A real pretraining run; the latency probe runs for exactly as long as the job does.
  probe->reset();
  probe->start();
  pw->accept();
  TrainingMonitor* monitor = m_window->trainPage()->monitor();
  if (!waitUntil([&] { return monitor->previews()->epochs().size() >= 3; }, 30 * 60000)) {
    std::fprintf(stderr, "tour: the pretraining run produced no previews: %s\n",
                 qPrintable(monitor->statusText()));
    return 1;
  }
  shot(QStringLiteral("08-monitor-pretraining"));
  waitUntil([&] { return !runner->isBusy(); }, 60 * 60000);
  probe->stop();
  report(QStringLiteral("during pretraining"));
  QString pretrainedRun;
  for (const QString& r : AppSettings::recentRuns()) {
    if (r.contains(QStringLiteral("photos-gan-small"))) {
      pretrainedRun = r;
      break;
    }
  }

  // 4. Runs page with the run reopened.
  m_window->showPage(MainWindow::RunsPageIndex);
  m_window->runsPage()->refresh();
  if (!pretrainedRun.isEmpty()) m_window->runsPage()->openRun(pretrainedRun);
  waitUntil([&] { return !m_window->runsPage()->isLoading(); }, 60000);
  shot(QStringLiteral("09-runs"));

  // 4b. Colorize page: a bundled photo through the bundled model (or the run just trained).
  const QString bundled = ModelLocator::bundledModel();
  const QString bridge = QStringLiteral("lomiri-wallpapers-16.04_Bridge_by_Sander_Klootwijk.jpg");
  shootColorize(bundled.isEmpty() ? pretrainedRun : bundled, QDir(photos).filePath(bridge),
                QStringLiteral("18-colorize"));

  // 5. Fine-tuning wizard: segmentation on CamVid, baseline and pretrained side by side.
  FinetuneWizard* fw = m_window->newFinetuning(pretrainedRun);
  placeDialog(fw);
  fw->taskPage()->setTask(DownstreamTask::Segmentation);
  shot(QStringLiteral("10-finetune-task"));
  fw->next();
  fw->datasetPage()->setDatasetPath(camvid);
  waitUntil([&] { return fw->currentPage()->isComplete(); }, 60000);
  shot(QStringLiteral("11-finetune-dataset"));
  fw->next();
  fw->initPage()->setMode(2);
  waitUntil([&] { return fw->currentPage()->isComplete(); }, 10000);
  shot(QStringLiteral("12-finetune-init"));
  fw->next();
  shot(QStringLiteral("13-finetune-schedule"));
  fw->next();
  fw->seedsPage()->seedsEdit()->setText(QStringLiteral("1"));
  fw->seedsPage()->runNameEdit()->setText(QStringLiteral("camvid-seg"));
  shot(QStringLiteral("14-finetune-seeds"));
  fw->next();
  shot(QStringLiteral("15-finetune-review"));
  probe->reset();
  probe->start();
  fw->accept();
  // Both runs on one plot: wait until the pretrained run (second in the queue) has points.
  const bool both = waitUntil(
      [&] {
        return monitor->lossPlot()->groups().size() >= 2 && monitor->metricPlot()->groups().size() >= 2;
      },
      60 * 60000);
  if (!both)
    std::fprintf(stderr, "tour: fine-tuning did not reach the pretrained run: %s\n",
                 qPrintable(monitor->statusText()));
  shot(QStringLiteral("16-monitor-finetuning"));
  waitUntil([&] { return !runner->isBusy(); }, 60 * 60000);
  probe->stop();
  report(QStringLiteral("during fine-tuning"));
  shot(QStringLiteral("17-monitor-finetuning-done"));

  // 5b. Compare and Labels: an experiment given in COLORPROXY_TOUR_EXPERIMENT (colorproxy-cli experiment),
  // else the fine-tuning pair just trained (segmentation only).
  const QString experiment = qEnvironmentVariable("COLORPROXY_TOUR_EXPERIMENT", m_runsDir);
  shootCompare(experiment, QStringLiteral("21-compare"));
  if (experiment != m_runsDir)
    shootLabels(experiment, QStringLiteral("22-labels-images"), QStringLiteral("23-labels-classes"));

  // 5c. An experiment from the bundled model: the dialog, the monitor while it runs and its verdict.
  if (!ModelLocator::bundledModel().isEmpty()) {
    ExperimentDialog* ed = m_window->newExperiment();
    placeDialog(ed, QSize(1000, ed->sizeHint().height()));
    ed->dataEdit()->setPath(m_samplesDir);
    ed->modelEdit()->setPath(ModelLocator::bundledModel());
    waitUntil([&] { return !ed->isReadingModel(); }, 60000);
    ed->seedsBox()->setValue(2);
    ed->nameEdit()->setText(QStringLiteral("bundled-model"));
    shot(QStringLiteral("24-experiment-dialog"));
    ExperimentConfig ec = ed->config();
    ec.set("finetune.epochScale",
           "2");  // short enough for a tour; the dialog's own setting keeps the preset's
    ed->close();
    probe->reset();
    probe->start();
    m_window->startExperiment(ec);
    waitUntil([&] { return monitor->lossPlot()->groups().size() >= 3; }, 30 * 60000);
    shot(QStringLiteral("25-experiment-monitor"));
    waitUntil([&] { return !runner->isBusy(); }, 60 * 60000);
    probe->stop();
    report(QStringLiteral("during an experiment"));
    shot(QStringLiteral("26-experiment-done"));
  }

  // 6. Optionally: the paper-size model, whose batches take seconds, for a while.
  if (m_paperSeconds > 0) {
    ColorizationConfig paper = ColorizationConfig::preset("paper");
    paper.dataPath = photos.toStdString();
    paper.runsDir = m_runsDir.toStdString();
    paper.runName = "paper-latency";
    paper.batchSize = 4;
    probe->reset();
    probe->start();
    m_window->startPretraining(paper);
    QElapsedTimer t;
    t.start();
    waitUntil([&] { return t.elapsed() > m_paperSeconds * 1000 || !runner->isBusy(); },
              m_paperSeconds * 1000 + 60000);
    const QString progress = monitor->progressText();
    runner->stopAll();
    waitUntil([&] { return !runner->isBusy(); }, 30 * 60000);
    probe->stop();
    std::printf("paper-size run: %s\n", qPrintable(progress));
    report(QStringLiteral("during paper-size pretraining"));
  }
  return both ? 0 : 1;
}

}  // namespace colorproxy
