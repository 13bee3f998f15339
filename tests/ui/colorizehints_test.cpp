// Colour points on the Colorize page, driven with synthetic mouse and key events on a tiny hint-conditioned
// model trained once for the suite: photos of two regions of different lightness, each painted one random
// colour (so colour cannot be guessed from lightness and a point tells the network which colour its region
// has). Clicks place points, a drag moves one, Delete removes it, Ctrl+Z / Ctrl+Shift+Z undo and redo, the
// points are saved beside the result and read back; a model without hints leaves the page as it was.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorize/abgamutsquare.h"
#include "colorize/beforeafterview.h"
#include "colorize/colorizepage.h"
#include "colorize/colorizeworker.h"
#include "colorize/hintoverlay.h"
#include "colorize/hintpanel.h"
#include "colorize/hintpoints.h"
#include "colorize/hintpreviewworker.h"
#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/data/rng.h"
#include "colorproxy/hints/hint_file.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "core/appsettings.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::TempDir;
using colorproxy::test::waitFor;
namespace fs = std::filesystem;

namespace {

constexpr double kDarkL = 40.0;
constexpr double kLightL = 75.0;

QString qpath(const fs::path& p) { return QString::fromStdString(p.string()); }

cv::Vec3b bgrOf(double l, double a, double b) {
  const cv::Vec3d rgb = labToRgb({l, a, b});
  const auto level = [](double v) { return uchar(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); };
  return {level(rgb[2]), level(rgb[1]), level(rgb[0])};
}

/// A photo whose columns left of `boundary` are dark and the rest light, each part one colour.
cv::Mat twoRegions(int width, int height, int boundary, cv::Vec2d left, cv::Vec2d right) {
  cv::Mat img(height, width, CV_8UC3, bgrOf(kLightL, right[0], right[1]));
  img(cv::Rect(0, 0, boundary, height)).setTo(bgrOf(kDarkL, left[0], left[1]));
  return img;
}

/// Mean Lab (a, b) of `image` inside `r`.
cv::Vec2d meanAb(const QImage& image, const cv::Rect& r) {
  const cv::Scalar m = cv::mean(bgrToLab(ColorizeWorker::toMat(image))(r));
  return {m[1], m[2]};
}

class ColorizeHintsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_tmp = new TempDir;
    const fs::path data = s_tmp->path() / "regions";
    fs::create_directories(data);
    Rng rng(5);
    const auto colour = [&rng] {
      const double angle = rng.uniform() * 2.0 * 3.14159265358979, radius = 15.0 + rng.uniform() * 30.0;
      return cv::Vec2d(radius * std::cos(angle), radius * std::sin(angle));
    };
    for (int i = 0; i < 64; ++i) {
      const int boundary = 10 + int(rng.uniform() * 12.0);
      cv::imwrite((data / ("r" + std::to_string(100 + i) + ".png")).string(),
                  twoRegions(32, 32, boundary, colour(), colour()));
    }
    ColorizationConfig c = ColorizationConfig::preset("tiny");
    c.dataPath = data;
    c.runsDir = s_tmp->path() / "runs";
    c.pretext = "l2";
    c.hints = true;
    c.loadSize = 32;
    c.flip = false;
    c.epochs = 10;
    c.epochsDecay = 0;
    c.iterations = 200;
    c.lr = 2e-3;
    c.batchSize = 16;
    c.threads = 2;
    c.loaderWorkers = 1;
    c.previewCount = 0;
    c.valFraction = 0.1;
    c.keepEpochCheckpoints = false;
    StopToken stop;
    struct Quiet : TrainingObserver {
    } quiet;
    const RunResult r = runColorization(c, quiet, stop);
    if (r.completed) {
      s_run = r.runDir;
    } else {
      s_error = r.error;
    }
    // The test photo: dark left third, light right two thirds, both grey (the colours are the points').
    s_photo = s_tmp->path() / "photo.png";
    cv::imwrite(s_photo.string(), twoRegions(96, 64, 32, {0, 0}, {0, 0}));
  }
  static void TearDownTestSuite() {
    delete s_tmp;
    s_tmp = nullptr;
  }
  void SetUp() override {
    ASSERT_FALSE(s_run.empty()) << "training the test model failed: " << s_error;
    AppSettings::setRunsDir(qpath(s_tmp->path() / "runs"));
    AppSettings::setColorizeModel(QString());
    AppSettings::setColorizeProtocol(QStringLiteral("eval"));
    AppSettings::setColorizeSamples(1);
  }

  /// A shown page with the suite's model and photo, colorized without points.
  static void open(ColorizePage& page) {
    page.resize(1000, 700);
    page.show();
    page.selectModel(qpath(s_run));
    ASSERT_TRUE(waitFor([&] { return page.isModelReady() && page.hintPanel()->takesHints(); }, 60000))
        << page.modelMessage().toStdString();
    ASSERT_EQ(page.addInputs({qpath(s_photo)}), 1);
    ASSERT_TRUE(waitFor([&] { return !page.result().isNull() && !page.isBusy(); }, 60000));
  }

  /// Waits for the full-resolution result of the current points (after the pause).
  static bool settled(ColorizePage& page) {
    return waitFor(
        [&] {
          return !page.isBusy() && !page.isShowingPreview() &&
                 page.shownGeneration() == page.hintPanel()->generation();
        },
        60000);
  }

  /// The view position of photo position (x, y).
  static QPoint viewPoint(ColorizePage& page, double x, double y) {
    const QRect r = page.view()->imageRect(0);
    const QSize photo = page.result().size();
    return QPoint(int(r.left() + x * r.width() / photo.width()),
                  int(r.top() + y * r.height() / photo.height()));
  }

  static void dragTo(QWidget* w, QPoint from, QPoint to) {
    QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 4; ++i) {
      const QPoint at = from + (to - from) * i / 4;
      QMouseEvent move(QEvent::MouseMove, at, w->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                       Qt::NoModifier);
      QApplication::sendEvent(w, &move);
    }
    QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, to);
  }

  static TempDir* s_tmp;
  static fs::path s_run;
  static fs::path s_photo;
  static std::string s_error;
};

TempDir* ColorizeHintsTest::s_tmp = nullptr;
fs::path ColorizeHintsTest::s_run;
fs::path ColorizeHintsTest::s_photo;
std::string ColorizeHintsTest::s_error;

}  // namespace

TEST_F(ColorizeHintsTest, PointsPlacedWithTheMouseColourTheirRegionAndUndoRedoSaveLoad) {
  ColorizePage page;
  open(page);
  HintPanel* panel = page.hintPanel();
  HintPoints* points = panel->points();
  EXPECT_TRUE(page.hintButton()->isEnabled());
  EXPECT_TRUE(panel->isVisibleTo(&page));
  const QImage plain = page.result();
  const cv::Rect left(4, 8, 22, 48), right(44, 8, 48, 48);  // photo pixels, away from the boundary at 32

  // A click on the dark region places a point there; the gamut square gives it a colour.
  QTest::mouseClick(page.view(), Qt::LeftButton, Qt::NoModifier, viewPoint(page, 16, 32));
  ASSERT_EQ(points->count(), 1);
  EXPECT_EQ(points->selected(), 0);
  EXPECT_NEAR(points->points()[0].x, 16, 1.0);
  EXPECT_NEAR(points->points()[0].y, 32, 1.0);
  const cv::Vec2d hint(35.0, 30.0);
  QTest::mouseClick(panel->gamut(), Qt::LeftButton, Qt::NoModifier,
                    panel->gamut()->positionOf(hint[0], hint[1]).toPoint());
  EXPECT_NEAR(points->points()[0].a, hint[0], 2.0);
  EXPECT_NEAR(points->points()[0].b, hint[1], 2.0);
  EXPECT_EQ(points->undoStack()->count(), 2);  // add, colour
  // A preview comes first (from the panel's own worker), then the full-resolution result.
  ASSERT_TRUE(waitFor([&] { return panel->previewsShown() > 0; }, 60000));
  EXPECT_GE(panel->lastPreviewLatencyMs(), 0.0);
  ASSERT_TRUE(settled(page));
  const QImage hinted = page.result();
  ASSERT_EQ(hinted.size(), plain.size());
  const cv::Vec2d leftBefore = meanAb(plain, left), leftAfter = meanAb(hinted, left);
  const cv::Vec2d rightBefore = meanAb(plain, right), rightAfter = meanAb(hinted, right);
  std::printf("left region ab (%.1f, %.1f) -> (%.1f, %.1f); right (%.1f, %.1f) -> (%.1f, %.1f)\n",
              leftBefore[0], leftBefore[1], leftAfter[0], leftAfter[1], rightBefore[0], rightBefore[1],
              rightAfter[0], rightAfter[1]);
  // The clicked region turns towards the point's colour; the other region, far away, hardly changes.
  EXPECT_LT(cv::norm(leftAfter - hint), cv::norm(leftBefore - hint) - 5.0);
  EXPECT_LT(cv::norm(rightAfter - rightBefore), 0.3 * cv::norm(leftAfter - leftBefore));

  // Suggestions at the selected point: sorted, summing to at most 1, one click gives the point that colour.
  ASSERT_TRUE(waitFor([&] { return !panel->suggestions().isEmpty(); }, 60000));
  double sum = 0.0;
  for (int i = 0; i < panel->suggestions().size(); ++i) {
    sum += panel->suggestions()[i][2];
    if (i > 0) {
      EXPECT_LE(panel->suggestions()[i][2], panel->suggestions()[i - 1][2]);
    }
  }
  EXPECT_LE(sum, 1.0 + 1e-9);
  ASSERT_TRUE(panel->swatches().front()->isVisibleTo(panel));

  // Drag the point onto the light region: it moves there (one undo step) and colours that region instead.
  dragTo(page.view(), viewPoint(page, 16, 32), viewPoint(page, 70, 30));
  ASSERT_EQ(points->count(), 1);
  EXPECT_NEAR(points->points()[0].x, 70, 1.5);
  EXPECT_NEAR(points->points()[0].y, 30, 1.5);
  EXPECT_EQ(points->undoStack()->count(), 3);
  ASSERT_TRUE(settled(page));
  const QImage moved = page.result();
  std::printf("moved: left (%.1f, %.1f), right (%.1f, %.1f)\n", meanAb(moved, left)[0],
              meanAb(moved, left)[1], meanAb(moved, right)[0], meanAb(moved, right)[1]);
  EXPECT_LT(cv::norm(meanAb(moved, right) - hint), cv::norm(rightBefore - hint) - 5.0);
  EXPECT_GT(cv::norm(meanAb(moved, left) - hint), cv::norm(leftAfter - hint) + 3.0);

  // Delete removes the selected point: the photo is as without points again.
  page.view()->setFocus();
  QTest::keyClick(page.view(), Qt::Key_Delete);
  EXPECT_EQ(points->count(), 0);
  ASSERT_TRUE(settled(page));
  EXPECT_EQ(page.result(), plain);

  // Undo brings the moved point back, redo removes it again, undo once more for the save below.
  QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier);
  ASSERT_EQ(points->count(), 1);
  EXPECT_NEAR(points->points()[0].x, 70, 1.5);
  QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
  EXPECT_EQ(points->count(), 0);
  QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier);
  ASSERT_EQ(points->count(), 1);
  QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier);  // ... and before the move: back in the dark part
  ASSERT_EQ(points->count(), 1);
  EXPECT_NEAR(points->points()[0].x, 16, 1.0);
  ASSERT_TRUE(settled(page));
  EXPECT_EQ(page.result(), hinted);  // the same points give the same result (from the cache)

  // Saving the result writes the points beside it, as `colorize --hints` reads them; they load back.
  TempDir out;
  QString error;
  ASSERT_TRUE(page.saveResult(qpath(out / "photo-colorized.png"), &error)) << error.toStdString();
  ASSERT_TRUE(fs::exists(out / "photo-colorized.hints.json"));
  const HintSet saved = readHintFile(out / "photo-colorized.hints.json");
  EXPECT_EQ(saved.width, 96);
  EXPECT_EQ(saved.height, 64);
  ASSERT_EQ(saved.points.size(), 1u);
  EXPECT_NEAR(saved.points[0].a, points->points()[0].a, 1e-6);
  EXPECT_EQ(saved.protocol, "eval");  // how the result beside them was colorized
  EXPECT_EQ(saved.samples, 1);
  const std::vector<ColorHint> before = points->points();
  points->clear();
  EXPECT_EQ(points->count(), 0);
  ASSERT_TRUE(panel->loadHints(qpath(out / "photo-colorized.hints.json"), &error)) << error.toStdString();
  ASSERT_EQ(points->count(), 1);
  EXPECT_NEAR(points->points()[0].x, before[0].x, 1e-6);
  EXPECT_NEAR(points->points()[0].y, before[0].y, 1e-6);
  EXPECT_NEAR(points->points()[0].b, before[0].b, 1e-6);
  EXPECT_EQ(panel->pointList()->count(), 1);

  // Saved for the photo at half its size: the points are scaled onto this one.
  HintSet half = saved;
  half.width = 48;
  half.height = 32;
  half.points[0].x = 10;
  half.points[0].y = 20;
  writeHintFile(out / "half.hints.json", half);
  ASSERT_TRUE(panel->loadHints(qpath(out / "half.hints.json"), &error));
  EXPECT_NEAR(points->points()[0].x, 20, 1e-6);
  EXPECT_NEAR(points->points()[0].y, 40, 1e-6);

  // A damaged file: a message naming it and the fix; the points stay.
  colorproxy::test::writeBytes(out / "broken.hints.json", "{\"points\": [ {\"x\": 1,");
  EXPECT_FALSE(panel->loadHints(qpath(out / "broken.hints.json"), &error));
  EXPECT_TRUE(error.contains(QStringLiteral("broken.hints.json"))) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("Fix the file"))) << error.toStdString();
  EXPECT_EQ(points->count(), 1);
}

TEST_F(ColorizeHintsTest, ClickNearTheSplitHandleMovesTheSplitAndShiftDragPans) {
  ColorizePage page;
  open(page);
  const QRect r = page.view()->imageRect(0);
  const QPoint handle(r.left() + r.width() / 2, r.center().y());
  QTest::mousePress(page.view(), Qt::LeftButton, Qt::NoModifier, handle);
  QMouseEvent move(QEvent::MouseMove, handle + QPoint(40, 0),
                   page.view()->mapToGlobal(handle + QPoint(40, 0)), Qt::NoButton, Qt::LeftButton,
                   Qt::NoModifier);
  QApplication::sendEvent(page.view(), &move);
  QTest::mouseRelease(page.view(), Qt::LeftButton, Qt::NoModifier, handle + QPoint(40, 0));
  EXPECT_EQ(page.hintPanel()->points()->count(), 0);
  EXPECT_GT(page.view()->split(), 0.55);
}

TEST_F(ColorizeHintsTest, ModelWithoutHintsKeepsThePageAsItWasAndSaysWhy) {
  const QString bundled = QStringLiteral(CP_SOURCE_DIR "/resources/models/colorproxy-default.pt");
  if (!QFile::exists(bundled)) GTEST_SKIP() << "no bundled model";
  ColorizePage page;
  page.resize(1000, 700);
  page.show();
  page.selectModel(bundled);
  ASSERT_TRUE(waitFor([&] { return page.isModelReady(); }, 60000));
  ASSERT_TRUE(waitFor(
      [&] { return page.hintPanel()->disabledReason().contains(QStringLiteral("no colour")); }, 60000));
  EXPECT_FALSE(page.hintButton()->isEnabled());
  EXPECT_TRUE(page.hintButton()->toolTip().contains(QStringLiteral("pretrained without hints")));
  EXPECT_FALSE(page.hintPanel()->isVisibleTo(&page));
  ASSERT_EQ(page.addInputs({qpath(s_photo)}), 1);
  ASSERT_TRUE(waitFor([&] { return !page.result().isNull() && !page.isBusy(); }, 60000));
  const double split = page.view()->split();
  // A click on the photo moves the split as before, and places no point.
  const QRect r = page.view()->imageRect(0);
  QTest::mouseClick(page.view(), Qt::LeftButton, Qt::NoModifier,
                    QPoint(r.left() + r.width() / 5, r.center().y()));
  EXPECT_EQ(page.hintPanel()->points()->count(), 0);
  EXPECT_LT(page.view()->split(), split - 0.2);
  EXPECT_TRUE(page.hintPanel()->hints().empty());
}

// The preview worker computes only the newest request: requests that arrive while it is busy replace
// each other instead of queueing.
TEST_F(ColorizeHintsTest, PreviewWorkerComputesOnlyTheNewestRequest) {
  HintPreviewWorker worker;  // on this thread: nothing runs until the event loop does
  QSignalSpy loaded(&worker, &HintPreviewWorker::modelLoaded);
  worker.loadModel(qpath(s_run), 1);
  ASSERT_EQ(loaded.count(), 1);
  EXPECT_TRUE(loaded.front().at(1).toBool());
  QSignalSpy previews(&worker, &HintPreviewWorker::previewReady);
  QSignalSpy suggestions(&worker, &HintPreviewWorker::suggestionsReady);
  QImage photo(QString::fromStdString(s_photo.string()));
  ASSERT_FALSE(photo.isNull());
  for (int id = 1; id <= 5; ++id) {
    HintPreviewWorker::Request r;
    r.id = id;
    r.generation = id;
    r.photo = photo;
    r.hints = {{10.0 * id, 20.0, 30.0, -20.0, 3}};
    r.suggestFor = 0;
    worker.submit(r);
  }
  ASSERT_TRUE(waitFor([&] { return suggestions.count() > 0; }, 60000));
  QCoreApplication::processEvents();
  ASSERT_EQ(previews.count(), 1);
  EXPECT_EQ(previews.front().at(0).toInt(), 5);
  const QImage preview = previews.front().at(2).value<QImage>();
  EXPECT_EQ(preview.size(), photo.size());  // small photos are previewed at their own size
  EXPECT_EQ(suggestions.count(), 1);
}
