// Screenshots of the Compare and Labels pages through the screenshot tour's own steps, for the README.
// Opt-in (it needs a finished experiment and a real display for 1280×800 grabs):
//   ./build/app/colorproxy-cli experiment --preset quick --runs-dir /tmp/exp
//   COLORPROXY_SCREENSHOTS_DIR=resources/screenshots COLORPROXY_TOUR_EXPERIMENT=/tmp/exp/<stamp>-quick
//   xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb build/tests/test_ui
//     --gtest_filter='ResultPagesScreenshots.*'
// ExperimentResult shoots the Runs page on the experiment's result at the screen's size, in the language
// COLORPROXY_SCREENSHOT_LANG (default en), e.g. `-screen 0 1024x600x24` with COLORPROXY_SCREENSHOT_LANG=de.
#include <gtest/gtest.h>

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QScreen>

#include "core/localization.h"
#include "main/mainwindow.h"
#include "tools/screenshottour.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;

TEST(ResultPagesScreenshots, CompareAndLabels) {
  const QString out = qEnvironmentVariable("COLORPROXY_SCREENSHOTS_DIR");
  const QString experiment = qEnvironmentVariable("COLORPROXY_TOUR_EXPERIMENT");
  if (out.isEmpty() || experiment.isEmpty())
    GTEST_SKIP() << "set COLORPROXY_SCREENSHOTS_DIR and COLORPROXY_TOUR_EXPERIMENT to take the screenshots";
  colorproxy::test::TempDir tmp;
  MainWindow window;
  window.setGeometry(0, 0, 1280, 800);
  window.show();
  const std::filesystem::path samples = colorproxy::test::sourceDir() / "resources" / "samples";
  ScreenshotTour tour(&window, out, QString::fromStdString(samples.string()),
                      QString::fromStdString((tmp / "runs").string()));
  QDir().mkpath(out);
  EXPECT_TRUE(tour.shootCompare(experiment, QStringLiteral("21-compare")));
  EXPECT_TRUE(
      tour.shootLabels(experiment, QStringLiteral("22-labels-images"), QStringLiteral("23-labels-classes")));
  window.setCloseConfirmation([] { return true; });
  window.close();
}

TEST(ResultPagesScreenshots, ExperimentResult) {
  const QString out = qEnvironmentVariable("COLORPROXY_SCREENSHOTS_DIR");
  const QString experiment = qEnvironmentVariable("COLORPROXY_TOUR_EXPERIMENT");
  if (out.isEmpty() || experiment.isEmpty())
    GTEST_SKIP() << "set COLORPROXY_SCREENSHOTS_DIR and COLORPROXY_TOUR_EXPERIMENT to take the screenshots";
  QString language = qEnvironmentVariable("COLORPROXY_SCREENSHOT_LANG");
  if (language.isEmpty()) language = QStringLiteral("en");
  installTranslations(language);
  colorproxy::test::TempDir tmp;
  {
    MainWindow window;
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    window.setGeometry(QRect(QPoint(0, 0), screen));
    window.show();
    ScreenshotTour tour(&window, out, QString(), QString::fromStdString((tmp / "runs").string()));
    QDir().mkpath(out);
    EXPECT_TRUE(tour.shootExperimentResult(experiment, QStringLiteral("24-experiment-result-%1x%2-%3")
                                                           .arg(screen.width())
                                                           .arg(screen.height())
                                                           .arg(language)));
    window.setCloseConfirmation([] { return true; });
    window.close();
  }
  installTranslations(QStringLiteral("en"));
  QLocale::setDefault(QLocale::c());
}
