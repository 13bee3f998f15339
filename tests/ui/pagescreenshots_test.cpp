// Screenshots of the Datasets browser and the Colorize page through the screenshot tour's own steps, for
// the README. Opt-in (it needs a real display for 1280×800 grabs):
//   COLORPROXY_SCREENSHOTS_DIR=resources/screenshots [COLORPROXY_MODEL=model.pt]
//   xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb build/tests/test_ui
//     --gtest_filter='PageScreenshots.*'
// COLORPROXY_SCREENSHOT_PHOTO picks another photo. Without COLORPROXY_MODEL (and no bundled model) a tiny
// model is trained first.
#include <gtest/gtest.h>

#include <filesystem>

#include <QDir>

#include "colorize/modellocator.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "main/mainwindow.h"
#include "tools/screenshottour.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
namespace fs = std::filesystem;

TEST(PageScreenshots, DatasetsBrowserAndColorize) {
  const QString out = qEnvironmentVariable("COLORPROXY_SCREENSHOTS_DIR");
  if (out.isEmpty()) GTEST_SKIP() << "set COLORPROXY_SCREENSHOTS_DIR to take the screenshots";
  const fs::path samples = colorproxy::test::sourceDir() / "resources" / "samples";
  const auto shared = colorproxy::test::sharedDataDir();
  const fs::path camvid = shared && fs::exists(*shared / "camvid") ? *shared / "camvid" : samples / "camvid";
  colorproxy::test::TempDir tmp;
  QString model = ModelLocator::bundledModel();
  if (model.isEmpty()) {
    ColorizationConfig config = ColorizationConfig::preset("tiny");
    config.dataPath = samples / "photos";
    config.runsDir = tmp / "runs";
    config.epochs = 2;
    config.epochsDecay = 1;
    config.batchSize = 4;
    TrainingObserver observer;
    StopToken stop;
    const RunResult r = runColorization(config, observer, stop);
    ASSERT_TRUE(r.completed) << r.error;
    model = QString::fromStdString(r.runDir.string());
  }
  MainWindow window;
  window.setGeometry(0, 0, 1280, 800);
  window.show();
  ScreenshotTour tour(&window, out, QString::fromStdString(samples.string()),
                      QString::fromStdString((tmp / "runs").string()));
  QDir().mkpath(out);
  EXPECT_TRUE(tour.shootDatasetsBrowser(QString::fromStdString((samples / "coco128").string()), 3,
                                        QStringLiteral("01-datasets"), QString()));
  EXPECT_TRUE(tour.shootDatasetsBrowser(QString::fromStdString(camvid.string()), 7,
                                        QStringLiteral("19-datasets-browser"),
                                        QStringLiteral("20-datasets-statistics")));
  QString photo = qEnvironmentVariable("COLORPROXY_SCREENSHOT_PHOTO");
  if (photo.isEmpty())
    photo = QString::fromStdString(
        (samples / "photos" / "lomiri-wallpapers-16.04_Bridge_by_Sander_Klootwijk.jpg").string());
  EXPECT_TRUE(tour.shootColorize(model, photo, QStringLiteral("18-colorize")));
  window.setCloseConfirmation([] { return true; });
  window.close();
}
