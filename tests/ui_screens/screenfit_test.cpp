// The window, its pages and every wizard and dialog on a small screen (1024×600, or 1366×768 at 1.5×):
// nothing may reach past the screen's available area, no page may need a horizontal scroll bar, and the
// buttons a user must reach (wizard Next/Cancel, Colorize Save/Export) must be in view.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QWizard>

#include <qcustomplot.h>

#include "colorize/colorizepage.h"
#include "colorproxy/finetune/finetune_config.h"
#include "colorproxy/pretrain/colorization_config.h"
#include "core/localization.h"
#include "datasets/datasetbrowser.h"
#include "datasets/datasetspage.h"
#include "main/aboutdialog.h"
#include "main/mainwindow.h"
#include "main/preferencesdialog.h"
#include "main/trainpage.h"
#include "monitor/curveplot.h"
#include "monitor/previewgrid.h"
#include "monitor/trainingmonitor.h"
#include "support/test_support.h"
#include "widgets/imageview.h"
#include "widgets/splitortabs.h"
#include "wizards/configpage.h"
#include "wizards/experimentdialog.h"
#include "wizards/finetunewizard.h"
#include "wizards/pretrainwizard.h"

using namespace colorproxy;

namespace {

QRect screenArea() { return QGuiApplication::primaryScreen()->availableGeometry(); }

QRect globalRect(const QWidget* w) { return {w->mapToGlobal(QPoint(0, 0)), w->size()}; }

std::string text(const QRect& r) {
  return QStringLiteral("%1×%2 at (%3, %4)")
      .arg(r.width())
      .arg(r.height())
      .arg(r.x())
      .arg(r.y())
      .toStdString();
}

void settle() {
  for (int i = 0; i < 6; ++i) QCoreApplication::processEvents();
}

/// A button a user has to reach: shown, inside the screen, and not scrolled or clipped away.
void expectReachable(const QAbstractButton* b, const std::string& where) {
  ASSERT_NE(b, nullptr) << where;
  EXPECT_TRUE(b->isVisible()) << where << ": " << b->text().toStdString();
  EXPECT_TRUE(screenArea().contains(globalRect(b)))
      << where << ": " << b->text().toStdString() << " at " << text(globalRect(b)) << " on a "
      << text(screenArea()) << " screen";
  EXPECT_EQ(b->visibleRegion().boundingRect().size(), b->size())
      << where << ": " << b->text().toStdString() << " is partly hidden";
}

/// No horizontal scrolling: the content is not wider than the visible part of its scroll area.
void expectNoHorizontalScroll(const QScrollArea* scroll, const std::string& where) {
  ASSERT_NE(scroll, nullptr) << where;
  EXPECT_LE(scroll->widget()->width(), scroll->viewport()->width())
      << where << ": content " << scroll->widget()->width() << " px wide (minimum "
      << scroll->widget()->minimumSizeHint().width() << ") in a " << scroll->viewport()->width()
      << " px view";
}

void expectWizardFits(QWizard& wizard, const std::string& name) {
  wizard.show();
  settle();
  for (int id : wizard.pageIds()) {
    wizard.setStartId(id);
    wizard.restart();
    settle();
    const std::string where = name + " page " + std::to_string(id);
    EXPECT_TRUE(screenArea().contains(wizard.frameGeometry()))
        << where << ": window " << text(wizard.frameGeometry()) << " on " << text(screenArea());
    expectReachable(wizard.button(QWizard::CancelButton), where);
    const bool last = wizard.currentPage()->nextId() < 0;
    expectReachable(wizard.button(last ? QWizard::FinishButton : QWizard::NextButton), where);
    if (auto* page = qobject_cast<ConfigPage*>(wizard.currentPage())) {
      ASSERT_NE(page->scrollArea(), nullptr) << where << ": the page does not scroll";
      expectNoHorizontalScroll(page->scrollArea(), where);
    }
  }
}

void expectDialogFits(QDialog& dialog, const std::string& name) {
  dialog.show();
  settle();
  EXPECT_TRUE(screenArea().contains(dialog.frameGeometry()))
      << name << ": window " << text(dialog.frameGeometry()) << " on " << text(screenArea());
  auto* box = dialog.findChild<QDialogButtonBox*>();
  ASSERT_NE(box, nullptr) << name;
  for (QAbstractButton* b : box->buttons()) expectReachable(b, name);
}

QPushButton* buttonWithText(QWidget* parent, const QString& label) {
  for (QPushButton* b : parent->findChildren<QPushButton*>())
    if (b->text() == label) return b;
  return nullptr;
}

/// No two shown widgets of one parent overlap: a layout squeezed below its minimum draws one widget over
/// the next (the preview image over its slider, as it did at 1.5x).
void expectNoOverlap(const QWidget* root, const std::string& where) {
  std::vector<const QWidget*> parents{root};
  for (const QWidget* w : root->findChildren<QWidget*>()) parents.push_back(w);
  for (const QWidget* parent : parents) {
    if (!parent->isVisible()) continue;
    std::vector<const QWidget*> shown;
    for (const QObject* o : parent->children()) {
      const auto* w = qobject_cast<const QWidget*>(o);
      if (w && w->isVisible() && !w->isWindow() && !w->size().isEmpty()) shown.push_back(w);
    }
    for (size_t i = 0; i < shown.size(); ++i)
      for (size_t j = i + 1; j < shown.size(); ++j)
        EXPECT_FALSE(shown[i]->geometry().intersects(shown[j]->geometry()))
            << where << ": in a " << parent->metaObject()->className() << ", a "
            << shown[i]->metaObject()->className() << " " << text(shown[i]->geometry()) << " overlaps a "
            << shown[j]->metaObject()->className() << " " << text(shown[j]->geometry());
  }
}

}  // namespace

TEST(SmallScreen, RunsOnTheConfiguredSmallScreen) {
  // Without the offscreen screen configuration the other tests would pass on a roomy default screen.
  const QRect area = screenArea();
  EXPECT_LE(area.width(), 1024) << text(area);
  EXPECT_LE(area.height(), 600) << text(area);
  EXPECT_GE(area.width(), 900) << text(area);
}

TEST(SmallScreen, MainWindowAndEveryPageFit) {
  QSettings().clear();
  MainWindow window;
  window.show();
  settle();
  auto* stack = window.findChild<QStackedWidget*>();
  ASSERT_NE(stack, nullptr);
  const std::vector<std::string> names = {"Datasets", "Train",  "Runs",   "Colorize",
                                          "Compare",  "Labels", "Welcome"};
  ASSERT_EQ(stack->count(), int(names.size()));
  for (int i = 0; i < stack->count(); ++i) {
    window.showPage(i);
    settle();
    EXPECT_TRUE(screenArea().contains(window.frameGeometry()))
        << names[i] << ": window " << text(window.frameGeometry()) << " on " << text(screenArea());
    expectNoHorizontalScroll(qobject_cast<QScrollArea*>(stack->currentWidget()), names[i]);
  }
  window.showPage(MainWindow::ColorizePageIndex);
  settle();
  expectReachable(buttonWithText(window.colorizePage(), ColorizePage::tr("Save res&ult…")), "Colorize");
  expectReachable(buttonWithText(window.colorizePage(), ColorizePage::tr("&Export all…")), "Colorize");
}

TEST(SmallScreen, GeometrySavedOnABiggerScreenIsPulledInside) {
  QSettings().clear();
  {
    MainWindow big;
    big.setGeometry(400, 300, 1600, 1000);  // as saved on a 1920×1200 screen
    QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
  }
  MainWindow window;
  window.show();
  settle();
  EXPECT_TRUE(screenArea().contains(window.frameGeometry()))
      << "window " << text(window.frameGeometry()) << " on " << text(screenArea());
  QSettings().clear();
}

TEST(SmallScreen, PretrainWizardFitsOnEveryPage) {
  PretrainWizard wizard{ColorizationConfig{}};
  expectWizardFits(wizard, "pretraining wizard");
}

TEST(SmallScreen, FinetuneWizardFitsOnEveryPage) {
  FinetuneWizard wizard{FinetuneConfig{}};
  expectWizardFits(wizard, "fine-tuning wizard");
}

TEST(SmallScreen, DialogsFit) {
  ExperimentDialog experiment;
  expectDialogFits(experiment, "experiment dialog");
  PreferencesDialog preferences;
  expectDialogFits(preferences, "preferences");
  AboutDialog about;
  expectDialogFits(about, "about");
}

TEST(SmallScreen, TrainPageDuringAnExperimentIsReadable) {
  // The monitor as an experiment runs: long run names, a wrapped status, both plots, previews, a log.
  for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("pt_PT")}) {
    ASSERT_EQ(installTranslations(language), language);
    QSettings().clear();
    MainWindow window;
    window.show();
    window.showPage(MainWindow::TrainPageIndex);
    settle();
    TrainingMonitor* monitor = window.findChild<TrainPage*>()->monitor();
    monitor->beginSession(QStringLiteral("Experiment run 3/8 — segmentation-50pct-baseline-seed2"),
                          RunKind::Finetune, true);
    for (int i = 1; i <= 40; ++i) {
      IterationStats s;
      s.runName = "segmentation-50pct-baseline-seed2";
      s.epoch = 1 + i / 10, s.epochs = 12, s.iteration = i, s.totalIterations = 96;
      s.losses = {{"CE", 2.4 - 0.02 * i}};
      s.imagesPerSecond = 83.26, s.elapsedSeconds = i, s.etaSeconds = 9, s.learningRate = 3e-4;
      monitor->addIterations({s});
    }
    for (int e = 1; e <= 4; ++e) {
      EpochReport r;
      r.runName = "segmentation-50pct-baseline-seed2";
      r.epoch = e, r.epochs = 12;
      r.metrics = {{"train_loss", 2.0 - 0.1 * e}, {"val_loss", 2.1 - 0.1 * e}, {"val_mIoU", 0.05 * e}};
      monitor->addEpoch(r);
      PreviewFrame frame;
      frame.runName = QStringLiteral("segmentation-50pct-baseline-seed2");
      frame.epoch = e;
      frame.grid = QImage(3 * 64 + 4, 4 * 64 + 6, QImage::Format_RGB888);
      frame.grid.fill(Qt::darkGreen);
      monitor->addPreview(frame);
    }
    settle();
    const std::string where = "Train page during an experiment (" + language.toStdString() + ")";
    expectNoHorizontalScroll(qobject_cast<QScrollArea*>(window.findChild<QStackedWidget*>()->currentWidget()),
                             where);
    expectNoOverlap(monitor, where);
    // Each curve plot, shown or behind its tab, has a readable height, and its tool row is whole.
    for (CurvePlot* plot : {monitor->lossPlot(), monitor->metricPlot()}) {
      if (!monitor->plots()->isSplit()) monitor->plots()->tabs()->setCurrentWidget(plot);
      settle();
      EXPECT_GE(plot->plot()->height(), 120)
          << where << ": plot " << plot->plot()->yAxis->label().toStdString();
    }
    EXPECT_GE(monitor->previews()->findChild<ImageView*>()->height(), 100) << where;
  }
  installTranslations(QStringLiteral("en"));
}

TEST(SmallScreen, DatasetsPageWithAnOpenDatasetFits) {
  // The bundled COCO sample, an image shown, in English and in the two longest translations: the sample's
  // controls and the pretrain button must not widen the page (the channel box sized to its longest entry,
  // "L (luminosidade: …)", did at 1.5x in Portuguese).
  for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("pt_PT")}) {
    ASSERT_EQ(installTranslations(language), language);
    QSettings().clear();
    MainWindow window;
    window.show();
    window.showPage(MainWindow::DatasetsPageIndex);
    DatasetsPage* page = window.datasetsPage();
    const QString coco =
        QString::fromStdString((colorproxy::test::sourceDir() / "resources/samples/coco128").string());
    page->openDataset(coco);
    QElapsedTimer clock;
    clock.start();
    while (page->browser()->visibleCount() == 0 && clock.elapsed() < 60000) QCoreApplication::processEvents();
    ASSERT_GT(page->browser()->visibleCount(), 0) << "the sample did not open: " << coco.toStdString();
    page->browser()->selectRow(0);
    clock.restart();
    while (!page->browser()->isLoadingSample() && clock.elapsed() < 2000) QCoreApplication::processEvents();
    while (page->browser()->isLoadingSample() && clock.elapsed() < 60000) QCoreApplication::processEvents();
    // The index and the filters' new entries re-lay the page out: let that finish.
    while (page->isIndexing() && clock.elapsed() < 60000) QCoreApplication::processEvents();
    clock.restart();
    while (clock.elapsed() < 200) QCoreApplication::processEvents();
    const std::string where = "Datasets page with coco128 open (" + language.toStdString() + ")";
    expectNoHorizontalScroll(qobject_cast<QScrollArea*>(window.findChild<QStackedWidget*>()->currentWidget()),
                             where);
    expectNoOverlap(page, where);
  }
  installTranslations(QStringLiteral("en"));
}
