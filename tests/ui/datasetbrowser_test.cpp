// The Datasets page's browser: counts and filters on a generated CamVid-like dataset, lazily decoded
// thumbnails, the mask overlay with the class under the cursor, the Lab channel views, statistics, drops.
#include <gtest/gtest.h>

#include <filesystem>

#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QMouseEvent>
#include <QPixmap>
#include <QSlider>
#include <QUrl>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/data/dataset.h"
#include "datasets/datasetbrowser.h"
#include "datasets/datasetspage.h"
#include "datasets/datasetstatsview.h"
#include "datasets/datasetsummaryview.h"
#include "datasets/labelchips.h"
#include "datasets/sampleview.h"
#include "datasets/thumbnailmodel.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::TempDir;
using colorproxy::test::waitFor;
namespace fs = std::filesystem;

namespace {

QString qpath(const fs::path& p) { return QString::fromStdString(p.string()); }

/// CamVid (SegNet layout) with `counts` images per split; image i of a split has class i % 11 in its left
/// half and void (11) in its right half. Plus one greyscale training image (a problem file).
void makeCamVid(const fs::path& root, int train, int val, int test) {
  colorproxy::test::writeBytes(
      root / "classes.txt",
      "0 Sky\n1 Building\n2 Pole\n3 Road\n4 Pavement\n5 Tree\n6 SignSymbol\n7 Fence\n"
      "8 Car\n9 Pedestrian\n10 Bicyclist\n11 Unlabelled\n");
  unsigned seed = 1;
  for (auto [name, count] : {std::pair<std::string, int>{"train", train}, {"val", val}, {"test", test}}) {
    fs::create_directories(root / name);
    fs::create_directories(root / (name + "annot"));
    for (int i = 0; i < count; ++i) {
      const std::string stem = name + "_" + std::to_string(i);
      cv::imwrite((root / name / (stem + ".png")).string(),
                  colorproxy::test::makeColourImage(64, 48, seed++));
      cv::Mat mask(48, 64, CV_8UC1, cv::Scalar(11));
      mask(cv::Rect(0, 0, 32, 48)).setTo(i % 11);
      cv::imwrite((root / (name + "annot") / (stem + ".png")).string(), mask);
    }
  }
  cv::Mat grey(48, 64, CV_8UC1, cv::Scalar(90));
  cv::imwrite((root / "train" / "train_grey.png").string(), grey);
  cv::imwrite((root / "trainannot" / "train_grey.png").string(), cv::Mat(48, 64, CV_8UC1, cv::Scalar(0)));
}

bool openAndIndex(DatasetsPage& page, const QString& path) {
  bool indexed = false;
  QObject::connect(&page, &DatasetsPage::indexed, &page, [&] { indexed = true; });
  page.openDataset(path);
  return waitFor([&] { return indexed; }, 60000);
}

QColor pixelAt(QWidget& w, const QPoint& p) { return QColor(w.grab().toImage().pixel(p)); }

}  // namespace

TEST(DatasetBrowser, ShowsTheRightCountsAndFiltersOnAGeneratedCamVid) {
  TempDir tmp;
  makeCamVid(tmp.path(), 5, 2, 3);
  DatasetsPage page;
  page.resize(1100, 700);
  ASSERT_TRUE(openAndIndex(page, qpath(tmp.path())));
  ASSERT_TRUE(page.summary()->overview().ok) << page.summary()->overview().error.toStdString();
  DatasetBrowser* b = page.browser();
  EXPECT_EQ(b->visibleCount(), 10);  // the greyscale image is a problem file, not a sample

  // Split filter: "All splits", train, val, test.
  ASSERT_EQ(b->splitFilter()->count(), 4);
  b->splitFilter()->setCurrentIndex(1);
  EXPECT_EQ(b->visibleCount(), 5);
  b->splitFilter()->setCurrentIndex(3);
  EXPECT_EQ(b->visibleCount(), 3);
  b->splitFilter()->setCurrentIndex(0);

  // Class filter from the masks: Sky (id 0) is in train_0, val_0 and test_0; Road (3) only in train_3.
  ASSERT_TRUE(b->classFilter()->isEnabled());
  b->classFilter()->setCurrentIndex(b->classFilter()->findText(QStringLiteral("Sky")));
  EXPECT_EQ(b->visibleCount(), 3);
  b->classFilter()->setCurrentIndex(b->classFilter()->findText(QStringLiteral("Road")));
  ASSERT_EQ(b->visibleCount(), 1);
  EXPECT_EQ(b->model()->data(b->model()->index(0)).toString(), QStringLiteral("train_3.png"));
  b->classFilter()->setCurrentIndex(0);

  // File-name search (debounced).
  b->searchBox()->setText(QStringLiteral("VAL_1"));
  ASSERT_TRUE(waitFor([&] { return b->visibleCount() == 1; }, 5000));
  b->searchBox()->clear();
  ASSERT_TRUE(waitFor([&] { return b->visibleCount() == 10; }, 5000));

  // Statistics: images per split, per class, pixel shares (3 of 10 half-masks are Sky: 15 %), problems.
  DatasetStatsView* stats = page.statistics();
  EXPECT_EQ(stats->splitLabels(),
            (QStringList{QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")}));
  EXPECT_EQ(stats->splitCounts(), (QVector<double>{5, 2, 3}));
  ASSERT_EQ(stats->classLabels().size(), 11);
  EXPECT_EQ(stats->classImageCounts()[0], 3);  // Sky
  EXPECT_EQ(stats->classImageCounts()[3], 1);  // Road
  ASSERT_EQ(stats->pixelSharesPercent().size(), 11);
  EXPECT_NEAR(stats->pixelSharesPercent()[0], 15.0, 1e-9);
  EXPECT_NEAR(stats->pixelSharesPercent()[3], 5.0, 1e-9);
  EXPECT_GE(stats->problemCount(), 1);
}

TEST(DatasetBrowser, SelectedSampleShowsChipsMaskAndClassUnderTheCursor) {
  TempDir tmp;
  makeCamVid(tmp.path(), 4, 1, 1);
  DatasetsPage page;
  page.resize(1100, 700);
  page.show();
  ASSERT_TRUE(openAndIndex(page, qpath(tmp.path())));
  DatasetBrowser* b = page.browser();
  b->splitFilter()->setCurrentIndex(1);  // train
  bool shown = false;
  QObject::connect(b, &DatasetBrowser::sampleShown, [&] { shown = true; });
  b->selectRow(3);  // train_3: Road | void
  ASSERT_TRUE(waitFor([&] { return shown && !b->isLoadingSample(); }, 10000));
  EXPECT_EQ(b->chips()->texts(), QStringList{QStringLiteral("Road")});
  SampleView* v = b->sampleView();
  ASSERT_FALSE(v->sample().mask.isNull());
  EXPECT_EQ(v->classAt(QPoint(5, 20)), QStringLiteral("Road"));
  EXPECT_EQ(v->classAt(QPoint(50, 20)), QStringLiteral("Unlabelled"));

  // Hovering names the class under the cursor.
  const QRect r = v->imageRect();
  ASSERT_FALSE(r.isEmpty());
  QMouseEvent move(QEvent::MouseMove, QPointF(r.left() + r.width() * 0.2, r.center().y()),
                   v->mapToGlobal(QPointF(0, 0)), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
  QApplication::sendEvent(v, &move);
  EXPECT_TRUE(v->hoverText().startsWith(QStringLiteral("Road"))) << v->hoverText().toStdString();

  // The overlay is drawn in the CamVid palette (Road = 128, 64, 128) at the chosen opacity; void is clear.
  b->opacitySlider()->setValue(100);
  const QPoint left(r.left() + r.width() / 4, r.center().y());
  const QPoint right(r.left() + 3 * r.width() / 4, r.center().y());
  EXPECT_EQ(pixelAt(*v, left), QColor(128, 64, 128));
  const QColor photoRight = pixelAt(*v, right);
  b->maskBox()->setChecked(false);
  EXPECT_NE(pixelAt(*v, left), QColor(128, 64, 128));
  EXPECT_EQ(pixelAt(*v, right), photoRight);
}

TEST(SampleView, HandMadeMaskNamesTheClassUnderTheCursorAndBlends) {
  LoadedSample s;
  s.colour = QImage(40, 20, QImage::Format_RGB888);
  s.colour.fill(QColor(0, 0, 255));
  s.mask = QImage(40, 20, QImage::Format_Indexed8);
  for (int y = 0; y < 20; ++y)
    for (int x = 0; x < 40; ++x) s.mask.scanLine(y)[x] = x < 10 ? 3 : (x < 30 ? 7 : 255);
  QVector<QRgb> palette(256, qRgb(0, 0, 0));
  palette[3] = qRgb(255, 0, 0);
  palette[7] = qRgb(0, 255, 0);
  palette[255] = qRgba(0, 0, 0, 0);
  SampleView v;
  v.resize(400, 200);
  v.setClasses(palette,
               {{3, QStringLiteral("road")}, {7, QStringLiteral("tree")}, {255, QStringLiteral("void")}});
  v.setSample(s);
  const QRect r = v.imageRect();
  EXPECT_EQ(r, QRect(120, 60, 160, 80));  // enlarged 4x at most, centred

  EXPECT_EQ(v.classAt({5, 10}), QStringLiteral("road"));
  EXPECT_EQ(v.classAt({20, 10}), QStringLiteral("tree"));
  EXPECT_EQ(v.classAt({35, 10}), QStringLiteral("void"));
  EXPECT_TRUE(v.classAt({40, 10}).isEmpty());
  // Widget positions map to image pixels: 4 widget pixels per image pixel here.
  EXPECT_EQ(v.imagePosAt(r.topLeft() + QPoint(4 * 12 + 1, 4 * 2 + 1)), QPoint(12, 2));
  EXPECT_EQ(v.imagePosAt(QPoint(5, 5)), QPoint(-1, -1));
  QString hovered;
  QObject::connect(&v, &SampleView::hoverChanged, [&](const QString& t) { hovered = t; });
  QMouseEvent move(QEvent::MouseMove, QPointF(r.left() + 4 * 21 + 1, r.top() + 4 * 5 + 1),
                   v.mapToGlobal(QPointF(0, 0)), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
  QApplication::sendEvent(&v, &move);
  EXPECT_EQ(hovered, QStringLiteral("tree at 21, 5"));

  // Opacity 0.5: half photo blue, half class colour; void stays the photo's colour.
  v.setOpacity(0.5);
  const QColor road = pixelAt(v, r.topLeft() + QPoint(20, 20));
  EXPECT_NEAR(road.red(), 128, 3);
  EXPECT_NEAR(road.blue(), 128, 3);
  EXPECT_EQ(pixelAt(v, r.topLeft() + QPoint(4 * 35 + 1, 20)), QColor(0, 0, 255));
  v.setOverlayVisible(false);
  EXPECT_EQ(pixelAt(v, r.topLeft() + QPoint(20, 20)), QColor(0, 0, 255));
}

TEST(SampleView, LabChannelsShowLightnessAndTheTwoColourAxes) {
  TempDir tmp;
  // Left: saturated red; middle: mid grey; right: saturated blue.
  cv::Mat bgr(20, 60, CV_8UC3, cv::Scalar(0, 0, 255));
  bgr(cv::Rect(20, 0, 20, 20)).setTo(cv::Scalar(128, 128, 128));
  bgr(cv::Rect(40, 0, 20, 20)).setTo(cv::Scalar(255, 0, 0));
  cv::imwrite((tmp / "p.png").string(), bgr);
  Dataset dataset;
  Sample sample;
  sample.image = tmp / "p.png";
  const LoadedSample s = LoadedSample::load(dataset, sample);
  ASSERT_TRUE(s.error.isEmpty()) << s.error.toStdString();
  ASSERT_EQ(s.l.size(), QSize(60, 20));
  // L: red has L* 53.2, blue 32.3, grey 128 has 53.6 (scaled to 0..255).
  const cv::Mat lab = bgrToLab(bgr);
  for (int x : {5, 25, 45}) EXPECT_NEAR(qGray(s.l.pixel(x, 5)), lab.at<cv::Vec3f>(5, x)[0] * 2.55, 1.5) << x;
  // a: red is strongly positive a (drawn reddish), grey is neutral.
  const QColor aRed = s.a.pixelColor(5, 5), aGrey = s.a.pixelColor(25, 5);
  EXPECT_GT(aRed.red(), aRed.green() + 60);
  EXPECT_LE(std::abs(aGrey.red() - aGrey.green()) + std::abs(aGrey.green() - aGrey.blue()), 4);
  // b: blue is strongly negative b (drawn bluish), red is positive b (drawn yellowish).
  const QColor bBlue = s.b.pixelColor(45, 5), bRed = s.b.pixelColor(5, 5);
  EXPECT_GT(bBlue.blue(), bBlue.red() + 60);
  EXPECT_GT(bRed.red() + bRed.green(), 2 * bRed.blue() + 60);

  SampleView v;
  v.setSample(s);
  v.setChannel(SampleView::Channel::L);
  EXPECT_EQ(v.shownImage(), s.l);
  v.setChannel(SampleView::Channel::B);
  EXPECT_EQ(v.shownImage(), s.b);
}

TEST(DatasetBrowser, ChannelPickerSwitchesTheView) {
  TempDir tmp;
  makeCamVid(tmp.path(), 2, 1, 1);
  DatasetsPage page;
  ASSERT_TRUE(openAndIndex(page, qpath(tmp.path())));
  DatasetBrowser* b = page.browser();
  ASSERT_TRUE(
      waitFor([&] { return !b->isLoadingSample() && !b->sampleView()->sample().colour.isNull(); }, 10000));
  b->channelBox()->setCurrentIndex(2);
  EXPECT_EQ(b->sampleView()->channel(), SampleView::Channel::A);
  EXPECT_EQ(b->sampleView()->shownImage(), b->sampleView()->sample().a);
}

TEST(DatasetBrowser, ThumbnailsAreDecodedLazilyAtReducedSizeAndCached) {
  TempDir tmp;
  fs::create_directories(tmp / "photos");
  constexpr int kCount = 300;
  for (int i = 0; i < kCount; ++i)
    cv::imwrite((tmp / "photos" / ("p" + std::to_string(1000 + i) + ".jpg")).string(),
                colorproxy::test::makeColourImage(400, 300, unsigned(i + 1)));
  DatasetsPage page;
  page.resize(1100, 700);
  page.show();
  ASSERT_TRUE(openAndIndex(page, qpath(tmp / "photos")));
  ThumbnailModel* m = page.browser()->model();
  ASSERT_EQ(m->rowCount(), kCount);
  ASSERT_TRUE(waitFor([&] { return m->decodedCount() > 0 && m->isIdle(); }, 30000));
  // Only what the grid painted was asked for, not all 300.
  EXPECT_LT(m->requestedCount(), kCount / 2);
  const QPixmap first = qvariant_cast<QPixmap>(m->data(m->index(0), Qt::DecorationRole));
  EXPECT_EQ(first.size(), QSize(128, 96));
  // Scrolling to the end asks for the rows shown there; returning finds the first ones in the cache.
  const int before = m->decodedCount();
  page.browser()->grid()->scrollToBottom();
  QCoreApplication::processEvents();
  ASSERT_TRUE(waitFor([&] { return m->decodedCount() > before && m->isIdle(); }, 30000));
  const int afterBottom = m->decodedCount();
  page.browser()->grid()->scrollToTop();
  QCoreApplication::processEvents();
  ASSERT_TRUE(waitFor([&] { return m->isIdle(); }, 30000));
  EXPECT_EQ(m->decodedCount(), afterBottom);
  // An unreadable image gets a tile saying so instead of a crash.
  EXPECT_TRUE(ThumbnailModel::decodeThumbnail(qpath(tmp / "missing.jpg"), {128, 96}).isNull());
}

TEST(DatasetsPage, DroppingAFolderOpensIt) {
  TempDir tmp;
  makeCamVid(tmp.path() / "cv", 2, 1, 1);
  DatasetsPage page;
  QMimeData mime;
  mime.setUrls({QUrl::fromLocalFile(qpath(tmp.path() / "cv"))});
  QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(&page, &enter);
  EXPECT_TRUE(enter.isAccepted());
  QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(&page, &drop);
  EXPECT_EQ(page.currentPath(), qpath(tmp.path() / "cv"));
  ASSERT_TRUE(waitFor([&] { return page.browser()->visibleCount() == 4; }, 30000));
}

TEST(DatasetBrowser, BundledCamVidSampleCountsMatchTheScan) {
  const fs::path camvid = colorproxy::test::sourceDir() / "resources" / "samples" / "camvid";
  if (!fs::exists(camvid)) GTEST_SKIP() << "resources/samples/camvid not present";
  DatasetsPage page;
  ASSERT_TRUE(openAndIndex(page, qpath(camvid)));
  const DatasetOverview& o = page.summary()->overview();
  EXPECT_EQ(o.format, QStringLiteral("camvid"));
  EXPECT_EQ(page.browser()->visibleCount(), o.usableCount());
  EXPECT_EQ(page.statistics()->splitCounts().size(), o.splits.size());
  double sum = 0;
  for (double share : page.statistics()->pixelSharesPercent()) sum += share;
  EXPECT_GT(sum, 50.0);
  EXPECT_LE(sum, 100.0 + 1e-9);
}
