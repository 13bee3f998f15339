#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QCommandLinkButton>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextBrowser>

#include "colorproxy/io/run_folder.h"
#include "colorproxy/pretrain/colorization_config.h"
#include "core/appsettings.h"
#include "jobs/jobrunner.h"
#include "main/mainwindow.h"
#include "main/userguidedialog.h"
#include "main/welcomepage.h"
#include "ui/uitesthelpers.h"
#include "wizards/experimentdialog.h"

using namespace colorproxy;
using colorproxy::test::waitFor;

namespace {

QAction* actionWithText(QWidget* w, const QString& text) {
  for (QAction* a : w->findChildren<QAction*>())
    if (a->text() == text) return a;
  return nullptr;
}

}  // namespace

TEST(MainWindow, NavigatesWithShortcutsAndShowsDeviceAndThreads) {
  AppSettings::setThreads(1);
  AppSettings::setDevice(QStringLiteral("cpu"));
  MainWindow window;
  const QStringList pages = {QStringLiteral("&Datasets"), QStringLiteral("&Train"),
                             QStringLiteral("&Runs"),     QStringLiteral("&Colorize"),
                             QStringLiteral("Co&mpare"),  QStringLiteral("&Labels")};
  for (int i = pages.size() - 1; i >= 0; --i) {
    QAction* a = actionWithText(&window, pages[i]);
    ASSERT_NE(a, nullptr) << pages[i].toStdString();
    EXPECT_EQ(a->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    a->trigger();
    EXPECT_EQ(window.currentPage(), i);
  }
  QStringList status;
  for (QLabel* l : window.statusBar()->findChildren<QLabel*>()) status << l->text();
  const QString all = status.join(QLatin1Char('|'));
  EXPECT_TRUE(all.contains(QStringLiteral("Device: CPU"))) << all.toStdString();
  EXPECT_TRUE(all.contains(QStringLiteral("Threads: 1 of"))) << all.toStdString();
}

TEST(MainWindow, PersistsGeometryPageAndRecentLists) {
  QSettings().clear();
  AppSettings::addRecentDataset(QStringLiteral("/data/a"));
  AppSettings::addRecentDataset(QStringLiteral("/data/b"));
  AppSettings::addRecentDataset(QStringLiteral("/data/a/"));  // same folder again: moves to the front
  EXPECT_EQ(AppSettings::recentDatasets(),
            (QStringList{QStringLiteral("/data/a"), QStringLiteral("/data/b")}));
  for (int i = 0; i < AppSettings::kMaxRecent + 3; ++i)
    AppSettings::addRecentRun(QStringLiteral("/runs/%1").arg(i));
  EXPECT_EQ(AppSettings::recentRuns().size(), AppSettings::kMaxRecent);
  EXPECT_EQ(AppSettings::recentRuns().first(), QStringLiteral("/runs/%1").arg(AppSettings::kMaxRecent + 2));
  {
    MainWindow window;
    window.show();
    window.resize(760, 700);  // fits the offscreen 800×800 screen (bigger ones are clamped on restore)
    window.showPage(MainWindow::RunsPageIndex);
    ASSERT_TRUE(waitFor([&] { return window.size() == QSize(760, 700); }, 5000))
        << window.size().width() << "x" << window.size().height() << " min "
        << window.minimumSizeHint().width() << "x" << window.minimumSizeHint().height();
    EXPECT_TRUE(window.close());
  }
  MainWindow again;
  // Small screens: the window must fit a 1024×640 work area.
  EXPECT_LE(again.minimumSizeHint().height(), 640);
  EXPECT_LE(again.minimumSizeHint().width(), 1024);
  EXPECT_EQ(again.size(), QSize(760, 700));
  EXPECT_EQ(again.currentPage(), MainWindow::RunsPageIndex);
}

TEST(MainWindow, ClosingDuringTrainingAsksThenStopsAndJoins) {
  colorproxy::test::TempDir tmp;
  ColorizationConfig config = ColorizationConfig::preset("tiny");
  config.dataPath = colorproxy::test::makePhotoFolder(tmp / "photos", 8).toStdString();
  config.runsDir = tmp / "runs";
  config.runName = "close-test";
  config.epochs = 500;  // far longer than the test: only a stop ends it
  config.epochsDecay = 0;
  config.batchSize = 2;
  config.threads = 1;

  auto window = std::make_unique<MainWindow>();
  window->show();
  int asked = 0;
  bool answer = false;
  window->setCloseConfirmation([&] {
    ++asked;
    return answer;
  });
  QVector<IterationStats> seen;
  QObject::connect(window->runner(), &JobRunner::iterations,
                   [&](int, const QVector<IterationStats>& b) { seen += b; });
  QSignalSpy finished(window->runner(), &JobRunner::jobFinished);
  window->startPretraining(config);
  ASSERT_TRUE(waitFor([&] { return !seen.isEmpty(); }, 300000));

  // "No": the window stays and training goes on.
  EXPECT_FALSE(window->close());
  EXPECT_EQ(asked, 1);
  EXPECT_TRUE(window->isVisible());
  EXPECT_TRUE(window->runner()->isBusy());

  // "Yes": the job stops after its current batch, then the window closes and the thread is joined.
  answer = true;
  window->close();
  EXPECT_EQ(asked, 2);
  ASSERT_TRUE(waitFor([&] { return !window->isVisible(); }, 300000));
  EXPECT_FALSE(window->runner()->isThreadRunning());
  ASSERT_EQ(finished.count(), 1);
  const auto result = finished.first().at(1).value<JobResult>();
  EXPECT_TRUE(result.stopped);
  EXPECT_EQ(RunFolder(result.runDir.toStdString()).readStatus().state, RunState::Stopped);
  const int64_t iterationAtStop = seen.back().iteration;
  EXPECT_LT(iterationAtStop, 500 * 4);  // stopped long before the planned end
  window.reset();
}

TEST(MainWindow, FirstStartOffersTheThreeMainPaths) {
  QSettings().clear();
  MainWindow window;
  EXPECT_EQ(window.currentPage(), MainWindow::WelcomePageIndex);
  auto* welcome = window.findChild<WelcomePage*>();
  ASSERT_NE(welcome, nullptr);
  for (QAbstractButton* b : {static_cast<QAbstractButton*>(welcome->datasetButton()),
                             static_cast<QAbstractButton*>(welcome->colorizeButton()),
                             static_cast<QAbstractButton*>(welcome->experimentButton())})
    EXPECT_FALSE(b->text().isEmpty());
  welcome->colorizeButton()->click();
  EXPECT_EQ(window.currentPage(), MainWindow::ColorizePageIndex);
  QAction* again = actionWithText(&window, QStringLiteral("&Getting started"));
  ASSERT_NE(again, nullptr);
  again->trigger();
  EXPECT_EQ(window.currentPage(), MainWindow::WelcomePageIndex);
  welcome->experimentButton()->click();
  ASSERT_NE(window.findChild<ExperimentDialog*>(), nullptr);
  window.findChild<ExperimentDialog*>()->close();
  // Once something was opened, the next start goes where the user left.
  AppSettings::addRecentDataset(QStringLiteral("/data/a"));
  MainWindow later;
  EXPECT_EQ(later.currentPage(), MainWindow::DatasetsPageIndex);
  QSettings().clear();
}

// Help ▸ User guide (F1) opens the bundled guide: a compiled-in page, so the installed program has it too,
// with the three main paths and working in-page links.
TEST(MainWindow, HelpUserGuideShowsTheThreeMainPaths) {
  MainWindow window;
  QAction* guide = actionWithText(&window, QStringLiteral("&User Guide"));
  ASSERT_NE(guide, nullptr);
  EXPECT_EQ(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
  guide->trigger();
  UserGuideDialog* dialog = window.userGuide();
  ASSERT_NE(dialog, nullptr);
  EXPECT_TRUE(dialog->isVisible());
  EXPECT_EQ(UserGuideDialog::guideFile(), QStringLiteral(":/help/user-guide.html"));  // English here
  const QString text = dialog->browser()->toPlainText();
  for (const char* path :
       {"Open a dataset", "Colorize a photo with the bundled model", "Run the quick experiment"})
    EXPECT_TRUE(text.contains(QString::fromUtf8(path))) << path;
  // Every menu path the guide names exists in the window.
  for (const char* item : {"&Open Dataset…", "New &Pretraining…", "New &Fine-tuning…", "New E&xperiment…"}) {
    ASSERT_NE(actionWithText(&window, QString::fromUtf8(item)), nullptr) << item;
    EXPECT_TRUE(text.contains(QString::fromUtf8(item).remove(QLatin1Char('&')))) << item;
  }
  // An in-page link moves the view to its section.
  dialog->resize(600, 300);
  QCoreApplication::processEvents();
  dialog->browser()->scrollToAnchor(QStringLiteral("cli"));
  EXPECT_GT(dialog->browser()->verticalScrollBar()->value(), 0);
}
