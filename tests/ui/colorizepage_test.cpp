// The Colorize page with a tiny real classification-pretext model trained once for the suite: drops,
// paste, temperature, save, batch export with cancel, and where the bundled model is looked for.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <functional>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QListWidget>
#include <QMimeData>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QThreadPool>
#include <QUrl>
#include <QWheelEvent>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorize/beforeafterview.h"
#include "colorize/colorizepage.h"
#include "colorize/colorizeworker.h"
#include "colorize/modellocator.h"
#include "colorize/scaledimagecache.h"
#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "core/appsettings.h"
#include "ui/uitesthelpers.h"
#include "widgets/wrappingrow.h"

using namespace colorproxy;
using colorproxy::test::TempDir;
using colorproxy::test::waitFor;
namespace fs = std::filesystem;

namespace {

QString qpath(const fs::path& p) { return QString::fromStdString(p.string()); }

/// Mean absolute difference of the Lab lightness (L*, 0..100) of two same-size 8-bit BGR images.
double lightnessDifference(const cv::Mat& a, const cv::Mat& b) {
  std::vector<cv::Mat> la, lb;
  cv::split(bgrToLab(a), la);
  cv::split(bgrToLab(b), lb);
  cv::Mat diff;
  cv::absdiff(la[0], lb[0], diff);
  return cv::mean(diff)[0];
}

class ColorizePageTest : public ::testing::Test {
 protected:
  /// One epoch of the tiny preset on six generated photos in `dir`/photos, its run in `dir`/runs.
  static RunResult trainTinyModel(const fs::path& dir,
                                  const std::function<void(ColorizationConfig&)>& adjust) {
    ColorizationConfig config = ColorizationConfig::preset("tiny");
    config.dataPath = colorproxy::test::makePhotoFolder(dir / "photos", 6).toStdString();
    config.runsDir = dir / "runs";
    config.epochs = 1;
    config.epochsDecay = 0;
    config.batchSize = 2;
    config.threads = 1;
    config.loaderWorkers = 1;
    config.previewCount = 2;
    adjust(config);
    TrainingObserver observer;
    StopToken stop;
    return runColorization(config, observer, stop);
  }

  static void SetUpTestSuite() {
    s_tmp = new TempDir;
    const RunResult r =
        trainTinyModel(s_tmp->path(), [](ColorizationConfig& config) { config.pretext = "classification"; });
    if (r.completed) {
      s_run = r.runDir;
    } else {
      s_error = r.error;
    }
  }
  static void TearDownTestSuite() {
    delete s_tmp;
    s_tmp = nullptr;
  }
  void SetUp() override {
    ASSERT_FALSE(s_run.empty()) << "training the test model failed: " << s_error;
    AppSettings::setRunsDir(qpath(s_tmp->path() / "runs"));
    AppSettings::setColorizeModel(QString());  // each test starts from the default choice
    AppSettings::setColorizeProtocol(QStringLiteral("eval"));
    AppSettings::setColorizeSamples(1);
    AppSettings::setColorizeSeed(1);
  }

  /// A page with the suite's model loaded.
  static void loadModel(ColorizePage& page) {
    page.selectModel(qpath(s_run));
    ASSERT_TRUE(waitFor([&] { return page.isModelReady(); }, 60000)) << page.modelMessage().toStdString();
  }

  static TempDir* s_tmp;
  static fs::path s_run;
  static std::string s_error;
};

TempDir* ColorizePageTest::s_tmp = nullptr;
fs::path ColorizePageTest::s_run;
std::string ColorizePageTest::s_error;

}  // namespace

TEST_F(ColorizePageTest, DroppedFileIsColorizedAtItsOwnSize) {
  TempDir tmp;
  const cv::Mat photo = colorproxy::test::makeColourImage(77, 53, 7);
  cv::imwrite((tmp / "odd.png").string(), photo);
  ColorizePage page;
  page.resize(900, 600);
  loadModel(page);
  EXPECT_EQ(page.modelPretext(), QStringLiteral("classification"));
  EXPECT_TRUE(page.temperatureVisible());

  QMimeData mime;
  mime.setUrls({QUrl::fromLocalFile(qpath(tmp / "odd.png"))});
  QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(&page, &enter);
  EXPECT_TRUE(enter.isAccepted());
  EXPECT_TRUE(page.isDropHighlighted());  // the view is outlined while the photo hovers over it
  QDragLeaveEvent leave;
  QApplication::sendEvent(&page, &leave);
  EXPECT_FALSE(page.isDropHighlighted());
  QApplication::sendEvent(&page, &enter);
  EXPECT_TRUE(page.isDropHighlighted());
  QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(&page, &drop);
  EXPECT_TRUE(drop.isAccepted());
  EXPECT_FALSE(page.isDropHighlighted());
  EXPECT_EQ(page.inputCount(), 1);

  ASSERT_TRUE(waitFor([&] { return !page.result().isNull(); }, 60000));
  const QImage result = page.result();
  EXPECT_EQ(result.size(), QSize(77, 53));
  // The colorizer keeps the photo's own lightness: the result is the input recoloured, not another image.
  const double dl = lightnessDifference(ColorizeWorker::toMat(result), photo);
  EXPECT_LT(dl, 3.0);
  // ... and a photo of another scene has a clearly different lightness (the check above can fail).
  EXPECT_GT(lightnessDifference(ColorizeWorker::toMat(result), colorproxy::test::makeColourImage(77, 53, 99)),
            3 * dl);
  EXPECT_EQ(page.view()->after().size(), QSize(77, 53));
  EXPECT_TRUE(page.view()->before().allGray());
}

TEST_F(ColorizePageTest, DropOfNonPhotosExplainsAndAddsNothing) {
  TempDir tmp;
  colorproxy::test::writeBytes(tmp / "notes.txt", "hello");
  ColorizePage page;
  QMimeData mime;
  mime.setUrls({QUrl::fromLocalFile(qpath(tmp / "notes.txt"))});
  QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(&page, &drop);
  EXPECT_EQ(page.inputCount(), 0);
  // Text is no photo: not accepted, no highlight.
  QMimeData text;
  text.setText(QStringLiteral("hello"));
  QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(&page, &enter);
  EXPECT_FALSE(enter.isAccepted());
  EXPECT_FALSE(page.isDropHighlighted());
}

TEST_F(ColorizePageTest, UnreadablePhotoGivesAMessageNamingIt) {
  TempDir tmp;
  colorproxy::test::writeBytes(tmp / "broken.jpg", "not a jpeg at all");
  ColorizePage page;
  loadModel(page);
  QString failure;
  QObject::connect(&page, &ColorizePage::colorizeFailed, [&](const QString& m) { failure = m; });
  ASSERT_EQ(page.addInputs({qpath(tmp / "broken.jpg")}), 1);
  ASSERT_TRUE(waitFor([&] { return !failure.isEmpty(); }, 60000));
  EXPECT_TRUE(failure.contains(QStringLiteral("broken.jpg"))) << failure.toStdString();
  EXPECT_TRUE(page.result().isNull());
}

TEST_F(ColorizePageTest, PastedImageIsColorized) {
  ColorizePage page;
  loadModel(page);
  QImage image(40, 30, QImage::Format_RGB32);
  image.fill(QColor(200, 120, 40));
  QApplication::clipboard()->setImage(image);
  ASSERT_TRUE(page.pasteFromClipboard());
  ASSERT_TRUE(waitFor([&] { return !page.result().isNull(); }, 60000));
  EXPECT_EQ(page.result().size(), QSize(40, 30));
}

TEST_F(ColorizePageTest, TemperatureReDecodesTheColoursInTheWorker) {
  TempDir tmp;
  cv::imwrite((tmp / "p.png").string(), colorproxy::test::makeColourImage(64, 48, 3));
  ColorizePage page;
  loadModel(page);
  page.setTemperature(0.01);
  page.addInputs({qpath(tmp / "p.png")});
  ASSERT_TRUE(waitFor([&] { return !page.result().isNull() && !page.isBusy(); }, 60000));
  const QImage mode = page.result();
  // Several slider moves in a row are debounced into (at most) a few re-colorizations of the last value.
  int results = 0;
  QObject::connect(&page, &ColorizePage::resultReady, [&] { ++results; });
  for (double t : {0.05, 0.2, 0.5, 1.0}) page.setTemperature(t);
  ASSERT_TRUE(waitFor([&] { return results > 0 && !page.isBusy(); }, 60000));
  EXPECT_LE(results, 2);
  EXPECT_NEAR(page.temperature(), 1.0, 1e-6);
  EXPECT_NE(page.result(), mode) << "the annealed mean at T = 1 should differ from the mode (T = 0.01)";
}

// The inference protocol (issue 14): pix2pix's per-image statistics colour differently from eval; the
// choice and the samples are remembered for the next start; the samples box is off under eval; back at
// eval the earlier result comes from the cache.
TEST_F(ColorizePageTest, InferenceProtocolRecolorizesAndIsRemembered) {
  TempDir tmp;
  cv::imwrite((tmp / "p.png").string(), colorproxy::test::makeColourImage(64, 48, 3));
  ColorizePage page;
  loadModel(page);
  EXPECT_EQ(page.protocol(), QStringLiteral("eval"));
  EXPECT_EQ(page.samples(), 1);
  EXPECT_FALSE(page.samplesBox()->isEnabled());
  EXPECT_EQ(page.protocolCombo()->count(), 3);
  page.addInputs({qpath(tmp / "p.png")});
  ASSERT_TRUE(waitFor([&] { return !page.result().isNull() && !page.isBusy(); }, 60000));
  const QImage eval = page.result();

  int results = 0;
  QObject::connect(&page, &ColorizePage::resultReady, [&] { ++results; });
  page.setProtocol(QStringLiteral("pix2pix"), 3);
  EXPECT_TRUE(page.samplesBox()->isEnabled());
  EXPECT_EQ(page.samples(), 3);
  ASSERT_TRUE(waitFor([&] { return results > 0 && page.isModelReady() && !page.isBusy(); }, 60000))
      << page.modelMessage().toStdString();
  EXPECT_FALSE(page.lastResultFromCache());
  EXPECT_NE(page.result(), eval) << "per-image batch statistics should change the colours";
  EXPECT_EQ(page.result().size(), eval.size());
  EXPECT_EQ(AppSettings::colorizeProtocol(), QStringLiteral("pix2pix"));
  EXPECT_EQ(AppSettings::colorizeSamples(), 3);
  {
    ColorizePage next;  // the next start
    EXPECT_EQ(next.protocol(), QStringLiteral("pix2pix"));
    EXPECT_EQ(next.samples(), 3);
    EXPECT_TRUE(next.samplesBox()->isEnabled());
  }

  results = 0;
  page.protocolCombo()->setCurrentIndex(page.protocolCombo()->findData(QStringLiteral("eval")));
  EXPECT_FALSE(page.samplesBox()->isEnabled());
  EXPECT_EQ(page.samples(), 1);
  ASSERT_TRUE(waitFor([&] { return results > 0 && page.isModelReady() && !page.isBusy(); }, 60000));
  EXPECT_TRUE(page.lastResultFromCache());
  EXPECT_EQ(page.result(), eval);
}

// The dropout seed: another seed is another sample of a generator with dropout, the same seed repeats it
// (from the cache), and the seed is remembered for the next start.
TEST_F(ColorizePageTest, TheDropoutSeedGivesAnotherSampleAndIsRemembered) {
  TempDir tmp;
  // Six downsamplings: pix2pix's generator has dropout from the sixth level on (the suite's model has five).
  const RunResult run = trainTinyModel(tmp.path(), [](ColorizationConfig& config) {
    config.numDowns = 6;
    config.imageSize = 64;
    config.loadSize = 72;
  });
  ASSERT_TRUE(run.completed) << run.error;
  cv::imwrite((tmp / "p.png").string(), colorproxy::test::makeColourImage(64, 48, 3));

  ColorizePage page;
  page.selectModel(qpath(run.runDir));
  ASSERT_TRUE(waitFor([&] { return page.isModelReady(); }, 60000)) << page.modelMessage().toStdString();
  EXPECT_FALSE(page.seedBox()->isEnabled());  // eval: no dropout, no seed
  page.addInputs({qpath(tmp / "p.png")});
  ASSERT_TRUE(waitFor([&] { return !page.result().isNull() && !page.isBusy(); }, 60000));

  int results = 0;
  QObject::connect(&page, &ColorizePage::resultReady, [&] { ++results; });
  page.setProtocol(QStringLiteral("dropout"), 1);
  EXPECT_TRUE(page.seedBox()->isEnabled());
  EXPECT_EQ(page.seed(), 1);
  ASSERT_TRUE(waitFor([&] { return results > 0 && page.isModelReady() && !page.isBusy(); }, 60000))
      << page.modelMessage().toStdString();
  EXPECT_FALSE(page.modelMessage().contains(QStringLiteral("no dropout")))
      << page.modelMessage().toStdString();
  const QImage first = page.result();

  results = 0;
  page.setSeed(7);
  ASSERT_TRUE(waitFor([&] { return results > 0 && page.isModelReady() && !page.isBusy(); }, 60000));
  EXPECT_FALSE(page.lastResultFromCache());
  EXPECT_NE(page.result(), first) << "other dropout masks should give other colours";
  EXPECT_EQ(page.result().size(), first.size());
  EXPECT_EQ(AppSettings::colorizeSeed(), 7);
  {
    ColorizePage next;  // the next start
    EXPECT_EQ(next.seed(), 7);
  }

  results = 0;
  page.setSeed(1);
  ASSERT_TRUE(waitFor([&] { return results > 0 && page.isModelReady() && !page.isBusy(); }, 60000));
  EXPECT_TRUE(page.lastResultFromCache());
  EXPECT_EQ(page.result(), first);
}

TEST_F(ColorizePageTest, SavesTheResultAndExplainsAFailedSave) {
  TempDir tmp;
  cv::imwrite((tmp / "p.jpg").string(), colorproxy::test::makeColourImage(50, 60, 5));
  ColorizePage page;
  loadModel(page);
  page.addInputs({qpath(tmp / "p.jpg")});
  ASSERT_TRUE(waitFor([&] { return !page.result().isNull(); }, 60000));
  QString error;
  ASSERT_TRUE(page.saveResult(qpath(tmp / "out.png"), &error)) << error.toStdString();
  EXPECT_EQ(cv::imread((tmp / "out.png").string()).size(), cv::Size(50, 60));
  EXPECT_FALSE(page.saveResult(qpath(tmp / "no-such-folder" / "out.png"), &error));
  EXPECT_TRUE(error.contains(QStringLiteral("no-such-folder"))) << error.toStdString();
}

TEST_F(ColorizePageTest, ExportsAFolderKeepingItsStructureAndReportsBadFiles) {
  TempDir tmp;
  fs::create_directories(tmp / "in" / "sub");
  cv::imwrite((tmp / "in" / "a.jpg").string(), colorproxy::test::makeColourImage(41, 33, 1));
  cv::imwrite((tmp / "in" / "b.png").string(), colorproxy::test::makeColourImage(64, 20, 2));
  cv::imwrite((tmp / "in" / "sub" / "c.png").string(), colorproxy::test::makeColourImage(30, 50, 3));
  colorproxy::test::writeBytes(tmp / "in" / "bad.png", "broken");
  ColorizePage page;
  loadModel(page);
  EXPECT_EQ(page.addInputs({qpath(tmp / "in")}), 4);
  // The list shows small thumbnails, decoded in the background (none for the broken file).
  auto withIcon = [&] {
    int n = 0;
    for (int i = 0; i < page.inputList()->count(); ++i)
      n += page.inputList()->item(i)->icon().isNull() ? 0 : 1;
    return n;
  };
  EXPECT_TRUE(waitFor([&] { return withIcon() == 3; }, 30000)) << withIcon();
  QList<int> progress;
  page.exportTo(qpath(tmp / "out"));
  EXPECT_TRUE(page.isExporting());
  QObject::connect(page.progressBar(), &QProgressBar::valueChanged, [&](int v) { progress << v; });
  ASSERT_TRUE(waitFor([&] { return !page.isExporting(); }, 120000));
  EXPECT_EQ(cv::imread((tmp / "out" / "a.png").string()).size(), cv::Size(41, 33));
  EXPECT_EQ(cv::imread((tmp / "out" / "b.png").string()).size(), cv::Size(64, 20));
  EXPECT_EQ(cv::imread((tmp / "out" / "sub" / "c.png").string()).size(), cv::Size(30, 50));
  EXPECT_FALSE(progress.isEmpty());
  const QString summary = page.exportSummary();
  EXPECT_TRUE(summary.contains(QStringLiteral("Exported 3 photo"))) << summary.toStdString();
  EXPECT_TRUE(summary.contains(QStringLiteral("1 failed")) && summary.contains(QStringLiteral("bad.png")))
      << summary.toStdString();
}

TEST_F(ColorizePageTest, ExportCanBeCancelled) {
  TempDir tmp;
  fs::create_directories(tmp / "in");
  constexpr int kCount = 40;
  for (int i = 0; i < kCount; ++i)
    cv::imwrite((tmp / "in" / ("p" + std::to_string(i) + ".png")).string(),
                colorproxy::test::makeColourImage(96, 96, unsigned(i + 1)));
  ColorizePage page;
  loadModel(page);
  page.addInputs({qpath(tmp / "in")});
  ASSERT_TRUE(waitFor([&] { return !page.result().isNull(); }, 60000));
  page.exportTo(qpath(tmp / "out"));
  page.cancelExport();
  ASSERT_TRUE(waitFor([&] { return !page.isExporting(); }, 120000));
  EXPECT_TRUE(page.exportSummary().contains(QStringLiteral("cancelled")))
      << page.exportSummary().toStdString();
  int written = 0;
  if (fs::exists(tmp / "out"))
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp / "out")) ++written;
  EXPECT_LT(written, kCount);
}

TEST_F(ColorizePageTest, GoingBackToAPhotoShowsItsCachedResult) {
  TempDir tmp;
  cv::imwrite((tmp / "a.png").string(), colorproxy::test::makeColourImage(40, 30, 1));
  cv::imwrite((tmp / "b.png").string(), colorproxy::test::makeColourImage(30, 40, 2));
  ColorizePage page;
  loadModel(page);
  page.addInputs({qpath(tmp / "a.png"), qpath(tmp / "b.png")});
  ASSERT_TRUE(waitFor([&] { return !page.result().isNull() && !page.isBusy(); }, 60000));
  // (No check that a's first showing is fresh: the model finishing loading after addInputs asks for a
  // second time, and that second answer rightly comes from the cache.)
  const QImage a = page.result();
  page.showInput(1);
  ASSERT_TRUE(waitFor([&] { return !page.result().isNull() && !page.isBusy(); }, 60000));
  EXPECT_EQ(page.result().size(), QSize(30, 40));
  EXPECT_FALSE(page.lastResultFromCache());
  page.showInput(0);  // shown at once, without waiting for the worker
  EXPECT_FALSE(page.isBusy());
  EXPECT_TRUE(page.lastResultFromCache());
  EXPECT_EQ(page.result(), a);
  // Another temperature is another result: colorized again.
  page.setTemperature(page.temperature() > 0.5 ? 0.1 : 0.9);
  ASSERT_TRUE(waitFor([&] { return !page.lastResultFromCache() && !page.isBusy(); }, 60000));
}

TEST_F(ColorizePageTest, KnowsWhichFilesAnExportWouldOverwrite) {
  TempDir tmp;
  fs::create_directories(tmp / "in" / "sub");
  cv::imwrite((tmp / "in" / "a.jpg").string(), colorproxy::test::makeColourImage(20, 20, 1));
  cv::imwrite((tmp / "in" / "sub" / "b.jpg").string(), colorproxy::test::makeColourImage(20, 20, 2));
  ColorizePage page;
  page.addInputs({qpath(tmp / "in")});
  EXPECT_TRUE(page.exportWouldOverwrite(qpath(tmp / "out")).isEmpty());
  fs::create_directories(tmp / "out" / "sub");
  colorproxy::test::writeBytes(tmp / "out" / "sub" / "b.png", "an earlier export");
  colorproxy::test::writeBytes(tmp / "out" / "a.jpg", "not what the export writes");
  EXPECT_EQ(page.exportWouldOverwrite(qpath(tmp / "out")), QStringList{qpath(tmp / "out" / "sub" / "b.png")});
}

TEST_F(ColorizePageTest, PickerListsRunsAndExplainsWhenThereIsNoModel) {
  const auto models = ModelLocator::runModels(qpath(s_tmp->path() / "runs"));
  ASSERT_EQ(models.size(), 1);
  EXPECT_EQ(fs::path(models[0].path.toStdString()), s_run);

  TempDir empty;
  AppSettings::setRunsDir(qpath(empty.path()));
  qputenv("COLORPROXY_MODEL", qpath(empty / "missing.pt").toUtf8());
  {
    ColorizePage page;
    EXPECT_FALSE(page.isModelReady());
    EXPECT_TRUE(page.modelMessage().contains(QStringLiteral("No colorization model found")))
        << page.modelMessage().toStdString();
    EXPECT_TRUE(page.modelMessage().contains(QStringLiteral("COLORPROXY_MODEL")));
    EXPECT_EQ(page.modelCombo()->count(), 1);
  }
  // COLORPROXY_MODEL naming a real checkpoint makes it the bundled model, listed first.
  qputenv("COLORPROXY_MODEL", qpath(s_run / "checkpoints" / "latest.pt").toUtf8());
  {
    ColorizePage page;
    ASSERT_GE(page.modelCombo()->count(), 1);
    EXPECT_TRUE(page.modelCombo()->itemText(0).contains(QStringLiteral("Bundled")));
    page.show();
    EXPECT_TRUE(waitFor([&] { return page.isModelReady(); }, 60000)) << page.modelMessage().toStdString();
  }
  qunsetenv("COLORPROXY_MODEL");
  // A file that is not a model is refused with a reason.
  TempDir tmp;
  colorproxy::test::writeBytes(tmp / "junk.pt", "junk");
  ColorizePage page;
  page.show();
  page.selectModel(qpath(tmp / "junk.pt"));
  ASSERT_TRUE(waitFor([&] { return page.modelMessage().contains(QStringLiteral("cannot be used")); }, 60000));
  EXPECT_TRUE(page.modelMessage().contains(QStringLiteral("junk.pt"))) << page.modelMessage().toStdString();
}

// The chosen model comes back at the next start: a run of the runs folder, and a file picked with Browse…;
// one that is gone falls back to the first model listed.
TEST_F(ColorizePageTest, RemembersTheChosenModelAtTheNextStart) {
  TempDir tmp;
  fs::copy_file(s_run / "checkpoints" / "latest.pt", tmp / "picked.pt");
  {
    ColorizePage page;
    page.selectModel(qpath(s_run));
  }
  {
    ColorizePage page;
    EXPECT_EQ(fs::path(page.modelPath().toStdString()), s_run);
    page.selectModel(qpath(tmp / "picked.pt"));
  }
  {
    ColorizePage page;
    EXPECT_EQ(fs::path(page.modelPath().toStdString()), tmp / "picked.pt");
    EXPECT_TRUE(page.modelCombo()->currentText().contains(QStringLiteral("picked.pt")));
  }
  fs::remove(tmp / "picked.pt");
  ColorizePage page;
  EXPECT_EQ(page.modelCombo()->currentIndex(), 0);
  EXPECT_EQ(page.modelPath(), page.modelCombo()->itemData(0).toString());
}

TEST(ModelLocator, OffersTheColourPointModelBesideTheDefault) {
  TempDir tmp;
  const fs::path dir = tmp / "models";
  fs::create_directories(dir);
  colorproxy::test::writeBytes(dir / "colorproxy-default.pt", "x");
  auto models = ModelLocator::bundledModels(qpath(dir / "colorproxy-default.pt"));
  ASSERT_EQ(models.size(), 1);  // no colour-point model there
  colorproxy::test::writeBytes(dir / "colorproxy-hints.pt", "x");
  models = ModelLocator::bundledModels(qpath(dir / "colorproxy-default.pt"));
  ASSERT_EQ(models.size(), 2);
  EXPECT_TRUE(fs::equivalent(models[1].path.toStdString(), dir / "colorproxy-hints.pt"));
  EXPECT_TRUE(models[1].label.contains(QStringLiteral("colorproxy-hints.pt")));
  EXPECT_TRUE(ModelLocator::bundledModels({}).isEmpty());
}

TEST(ModelLocator, SearchesEnvThenInstalledThenSourceTree) {
  TempDir tmp;
  const fs::path installed = tmp / "prefix" / "share" / "colorproxy" / "models" / "colorproxy-default.pt";
  const fs::path source = tmp / "src" / "resources" / "models" / "colorproxy-default.pt";
  const fs::path custom = tmp / "custom.pt";
  for (const fs::path& p : {installed, source, custom}) {
    fs::create_directories(p.parent_path());
    colorproxy::test::writeBytes(p, "x");
  }
  fs::create_directories(tmp / "prefix" / "bin");
  fs::create_directories(tmp / "src" / "build" / "app");
  auto same = [](const QString& a, const fs::path& b) { return fs::equivalent(a.toStdString(), b); };
  EXPECT_TRUE(same(ModelLocator::findBundledModel(qpath(custom), qpath(tmp / "prefix" / "bin")), custom));
  // A COLORPROXY_MODEL that names a missing file is not silently replaced by another model.
  EXPECT_TRUE(
      ModelLocator::findBundledModel(qpath(tmp / "nope.pt"), qpath(tmp / "prefix" / "bin")).isEmpty());
  EXPECT_TRUE(same(ModelLocator::findBundledModel({}, qpath(tmp / "prefix" / "bin")), installed));
  EXPECT_TRUE(same(ModelLocator::findBundledModel({}, qpath(tmp / "src" / "build" / "app")), source));
  EXPECT_TRUE(ModelLocator::findBundledModel({}, qpath(tmp / "prefix")).isEmpty());
  // The data folders recorded at configure time come last (a build folder outside the source tree).
  const fs::path recorded = tmp / "recorded" / "models" / "colorproxy-default.pt";
  fs::create_directories(recorded.parent_path());
  colorproxy::test::writeBytes(recorded, "x");
  const QStringList folders = {qpath(tmp / "nothing"), qpath(tmp / "recorded")};
  EXPECT_TRUE(same(ModelLocator::findBundledModel({}, qpath(tmp / "prefix"), folders), recorded));
  EXPECT_TRUE(same(ModelLocator::findBundledModel({}, {}, folders), recorded));
  EXPECT_TRUE(
      same(ModelLocator::findBundledModel({}, qpath(tmp / "src" / "build" / "app"), folders), source));
}

TEST(BeforeAfterView, DraggingMovesTheSplitAndSideBySideShowsBoth) {
  BeforeAfterView view;
  view.resize(416, 316);
  QImage before(200, 150, QImage::Format_RGB32), after(200, 150, QImage::Format_RGB32);
  before.fill(Qt::gray);
  after.fill(Qt::red);
  view.setImages(before, after);
  const QRect r = view.imageRect();
  EXPECT_EQ(r.size(), QSize(400, 300));
  QMouseEvent press(QEvent::MouseButtonPress, QPointF(r.left() + r.width() * 0.25, r.center().y()),
                    view.mapToGlobal(QPointF(0, 0)), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(&view, &press);
  EXPECT_NEAR(view.split(), 0.25, 0.01);
  const QImage shot = view.grab().toImage();
  EXPECT_EQ(QColor(shot.pixel(r.left() + 20, r.top() + 40)), QColor(Qt::gray));  // left of the split: before
  EXPECT_EQ(QColor(shot.pixel(r.right() - 20, r.top() + 40)), QColor(Qt::red));  // right of it: after
  view.setMode(BeforeAfterView::Mode::SideBySide);
  EXPECT_LT(view.imageRect(0).right(), view.imageRect(1).left());
  const QImage side = view.grab().toImage();
  EXPECT_EQ(QColor(side.pixel(view.imageRect(0).center())), QColor(Qt::gray));
  EXPECT_EQ(QColor(side.pixel(view.imageRect(1).center())), QColor(Qt::red));
}

TEST(BeforeAfterView, WheelZoomsAroundTheCursorDownToSinglePixels) {
  BeforeAfterView view;
  view.resize(416, 316);
  QImage before(400, 300, QImage::Format_RGB32), after(400, 300, QImage::Format_RGB32);
  before.fill(Qt::gray);
  after.fill(Qt::red);
  after.setPixel(300, 200, qRgb(0, 255, 0));
  view.setImages(before, after);
  view.setSplit(0.0);  // all "after"
  const QRect fit = view.imageRect();
  ASSERT_EQ(fit.size(), QSize(400, 300));
  const QPointF anchor(fit.left() + 300.5, fit.top() + 200.5);
  QWheelEvent wheel(anchor, view.mapToGlobal(anchor), QPoint(), QPoint(0, 120 * 10), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
  QApplication::sendEvent(&view, &wheel);
  EXPECT_NEAR(view.zoom(), std::pow(1.25, 10), 1e-6);
  // The photo pixel under the cursor stays under it, now about 9 screen pixels wide, and sharp.
  const QRect zoomed = view.imageRect();
  EXPECT_NEAR((anchor.x() - zoomed.left()) * 400.0 / zoomed.width(), 300.5, 0.2);
  EXPECT_NEAR((anchor.y() - zoomed.top()) * 300.0 / zoomed.height(), 200.5, 0.2);
  const QImage shot = view.grab().toImage();
  EXPECT_EQ(QColor(shot.pixel(anchor.toPoint())), QColor(0, 255, 0));
  EXPECT_EQ(QColor(shot.pixel(anchor.toPoint() + QPoint(3, 3))), QColor(0, 255, 0));
  EXPECT_EQ(QColor(shot.pixel(anchor.toPoint() + QPoint(12, 0))), QColor(Qt::red));
  // Zooming is bounded (16 screen pixels per photo pixel) and a double click fits again.
  view.setZoom(1000.0);
  EXPECT_NEAR(view.zoom(), 16.0, 1e-9);
  QMouseEvent dbl(QEvent::MouseButtonDblClick, anchor, view.mapToGlobal(anchor), Qt::LeftButton,
                  Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(&view, &dbl);
  EXPECT_EQ(view.zoom(), 1.0);
  EXPECT_EQ(view.imageRect(), fit);
  // "1:1" shows a large photo at full resolution: one photo pixel per screen pixel.
  QImage big(1600, 1200, QImage::Format_RGB32);
  big.fill(Qt::blue);
  view.setImages(big, big);
  EXPECT_EQ(view.imageRect().size(), QSize(400, 300));
  view.showActualPixels();
  EXPECT_EQ(view.imageRect().size(), QSize(1600, 1200));
  EXPECT_DOUBLE_EQ(view.scale(), 1.0);
  EXPECT_EQ(view.scaleText(), QStringLiteral("100 %"));  // not "4×", the zoom relative to fitting
  view.resetZoom();
  EXPECT_EQ(view.scaleText(), QStringLiteral("25 %"));  // 400 of 1600 pixels
}

TEST(ColorizeWorker, DisplayImagesAreRgb32WithTheSameColours) {
  const cv::Mat bgr(2, 3, CV_8UC3, cv::Scalar(10, 20, 30));
  const QImage colour = ColorizeWorker::toDisplayImage(bgr);
  EXPECT_EQ(colour.format(), QImage::Format_RGB32);
  EXPECT_EQ(colour.size(), QSize(3, 2));
  EXPECT_EQ(QColor(colour.pixel(2, 1)), QColor(30, 20, 10));
  const QImage grey = ColorizeWorker::toDisplayImage(cv::Mat(2, 2, CV_8UC1, cv::Scalar(77)));
  EXPECT_EQ(grey.format(), QImage::Format_RGB32);
  EXPECT_EQ(QColor(grey.pixel(1, 1)), QColor(77, 77, 77));
  EXPECT_TRUE(grey.allGray());
  // ... and back: toMat reads what toDisplayImage wrote.
  cv::Mat diff;
  cv::absdiff(ColorizeWorker::toMat(colour), bgr, diff);
  EXPECT_EQ(cv::countNonZero(diff.reshape(1)), 0);
}

TEST(BeforeAfterView, ScalesCameraSizePhotosOffTheGuiThread) {
  BeforeAfterView view;
  view.resize(416, 316);
  // 2400×1800 = 4.3 MP, above what is scaled at once: the first paint must not scale it.
  QImage big(2400, 1800, QImage::Format_RGB32);
  big.fill(Qt::blue);
  for (int y = 0; y < 900; ++y)  // the top half red, so that the scaled copy is checkable
    for (int x = 0; x < 2400; ++x) big.setPixel(x, y, qRgb(255, 0, 0));
  ASSERT_GT(qint64(big.width()) * big.height(), 2'000'000);
  view.setImages(big, big);
  view.setSplit(0.0);
  const QRect fit = view.imageRect();
  ASSERT_EQ(fit.size(), QSize(400, 300));
  QImage first = view.grab().toImage();  // painted at once, before any scaled copy exists
  EXPECT_EQ(QColor(first.pixel(fit.center().x(), fit.top() + 60)), view.palette().color(QPalette::Base));
  // The copy arrives from a worker thread and is shown without another request.
  ASSERT_TRUE(waitFor(
      [&] {
        const QImage shot = view.grab().toImage();
        return QColor(shot.pixel(fit.center().x(), fit.top() + 60)) == QColor(Qt::red);
      },
      10000));
  const QImage shot = view.grab().toImage();
  EXPECT_EQ(QColor(shot.pixel(fit.center().x(), fit.bottom() - 60)), QColor(Qt::blue));
}

// A reference PyTorch pix2pix latest_net_G.pth (the committed fixture) works as the page's model.
TEST_F(ColorizePageTest, UsesAPyTorchPix2pixGenerator) {
  TempDir tmp;
  cv::imwrite((tmp / "a.png").string(), colorproxy::test::makeColourImage(48, 36, 1));
  ColorizePage page;
  page.selectModel(
      qpath(colorproxy::test::sourceDir() / "tests" / "fixtures" / "pix2pix" / "latest_net_G.pth"));
  ASSERT_TRUE(waitFor([&] { return page.isModelReady(); }, 60000)) << page.modelMessage().toStdString();
  page.addInputs({qpath(tmp / "a.png")});
  ASSERT_TRUE(waitFor([&] { return !page.result().isNull() && !page.isBusy(); }, 60000));
  EXPECT_EQ(page.result().size(), QSize(48, 36));
}

// Qt 6.4's raster painting splits work over QThreadPool::globalInstance() and waits for it on the GUI
// thread: a camera-size photo's scaling must not queue there (it froze painting ~100 ms per result). With
// every global pool thread held busy, the scaled copy still arrives.
TEST(ScaledImageCache, ScalesOutsideQtsGlobalThreadPool) {
  QThreadPool* global = QThreadPool::globalInstance();
  QSemaphore release;
  const int busy = global->maxThreadCount();
  for (int i = 0; i < busy; ++i) global->start([&release] { release.acquire(); });
  QImage photo(2000, 1200, QImage::Format_RGB32);  // above kSyncPixels: scaled in the background
  photo.fill(QColor(200, 40, 10));
  ScaledImageCache cache;
  cache.setImage(photo);
  QSignalSpy ready(&cache, &ScaledImageCache::ready);
  EXPECT_TRUE(cache.pixmap(QSize(500, 300)).isNull());  // not made yet
  const bool arrived = waitFor([&] { return ready.count() > 0; }, 10000);
  release.release(busy);
  global->waitForDone();
  ASSERT_TRUE(arrived) << "the scaling waited for Qt's global thread pool";
  const QPixmap scaled = cache.pixmap(QSize(500, 300));
  ASSERT_EQ(scaled.size(), QSize(500, 300));
  EXPECT_EQ(scaled.toImage().pixelColor(250, 150), QColor(200, 40, 10));
}

// The rows of controls above and below the photo stay in view at any width: on one line where they fit,
// wrapped where they do not (a 1024-pixel screen at 1.5x leaves the page ~730 pixels), never collapsed.
TEST(ColorizePageLayout, ControlRowsWrapInsteadOfWideningThePage) {
  ColorizePage page;
  for (const int width : {1400, 730}) {
    page.resize(width, 600);
    page.show();
    QApplication::processEvents();
    QApplication::processEvents();
    for (const char* name : {"inputRow", "viewRow"}) {
      const auto* row = page.findChild<colorproxy::WrappingRow*>(QString::fromLatin1(name));
      ASSERT_NE(row, nullptr) << name;
      EXPECT_GE(row->height(), row->minimumSizeHint().height()) << name << " at " << width;
      EXPECT_GT(row->height(), 10) << name << " at " << width;
      EXPECT_LE(row->minimumSizeHint().width(), 730) << name;
      if (width == 1400) EXPECT_FALSE(row->wrapped()) << name;
      for (const QPushButton* button : row->findChildren<QPushButton*>()) {
        if (!button->isVisible()) continue;
        const QRect inPage(button->mapTo(&page, QPoint()), button->size());
        EXPECT_TRUE(page.rect().contains(inPage))
            << name << " at " << width << ": " << button->text().toStdString();
      }
    }
  }
}
