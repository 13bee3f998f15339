// The window, its pages and every wizard and dialog on a small screen (1024×600, or 1366×768 at 1.5×):
// nothing may reach past the screen's available area, no page may need a horizontal scroll bar, and the
// buttons a user must reach (wizard Next/Cancel, Colorize Save/Export) must be in view.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QWizard>

#include "colorize/colorizepage.h"
#include "colorproxy/finetune/finetune_config.h"
#include "colorproxy/pretrain/colorization_config.h"
#include "main/aboutdialog.h"
#include "main/mainwindow.h"
#include "main/preferencesdialog.h"
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
