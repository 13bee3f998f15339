#include <gtest/gtest.h>

#include <QScrollBar>
#include <QTreeWidget>

#include <opencv2/imgcodecs.hpp>

#include "compare/comparepage.h"
#include "compare/disagreement.h"
#include "compare/segmentationcomparison.h"
#include "compare/syncedimageview.h"
#include "runpair/pairedbarchart.h"
#include "runpair/runpairselector.h"
#include "ui/fakeruns.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::mask4;
using colorproxy::test::waitFor;

namespace {

cv::Mat mask3(std::initializer_list<int> ids) {
  cv::Mat m(3, 3, CV_8UC1);
  int i = 0;
  for (int v : ids) {
    m.at<std::uint8_t>(i / 3, i % 3) = static_cast<std::uint8_t>(v);
    ++i;
  }
  return m;
}

PixelOutcome at(const Disagreement& d, int x, int y) {
  return PixelOutcome(d.outcome.at<std::uint8_t>(y, x));
}

// Truth of both test images: classes 0 (top left), 1 (top right), 2 (bottom), void (2 pixels).
cv::Mat truthMask() { return mask4({0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 255, 255, 2, 2, 2, 2}); }
cv::Mat allZero() { return cv::Mat(4, 4, CV_8UC1, cv::Scalar(0)); }
cv::Mat perfect() { return mask4({0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 0, 0, 2, 2, 2, 2}); }

// An experiment folder with one seed: image "a" where only the pretrained run is right beyond class 0,
// image "b" where only the baseline is.
std::filesystem::path makeExperiment(const colorproxy::test::TempDir& tmp) {
  const auto exp = tmp / "exp";
  const auto photos = tmp / "photos";
  std::filesystem::create_directories(photos);
  const std::string a = (photos / "a.png").string(), b = (photos / "b.png").string();
  cv::imwrite(a, colorproxy::test::makeColourImage(8, 8, 1));
  cv::imwrite(b, colorproxy::test::makeColourImage(8, 8, 2));
  const std::vector<std::string> classes = {"Sky", "Road", "Car"};
  const auto base = exp / "runs" / "20260101-000001-segmentation-baseline-seed1";
  const auto pre = exp / "runs" / "20260101-000002-segmentation-pretrained-seed1";
  colorproxy::test::writeFinetuneReport(base, "segmentation", "random", 1, classes);
  colorproxy::test::writeFinetuneReport(pre, "segmentation", "pretrained", 1, classes);
  colorproxy::test::writeSegmentationPredictions(base,
                                                 {{a, allZero(), truthMask()}, {b, perfect(), truthMask()}});
  colorproxy::test::writeSegmentationPredictions(pre,
                                                 {{a, perfect(), truthMask()}, {b, allZero(), truthMask()}});
  return exp;
}

}  // namespace

TEST(Disagreement, HandMadeMasksGiveHandWorkedOutcomesAndCounts) {
  const cv::Mat truth = mask3({0, 1, 2, 1, 255, 0, 2, 2, 1});
  const cv::Mat base = mask3({0, 1, 0, 0, 1, 0, 2, 1, 0});
  const cv::Mat pre = mask3({0, 0, 2, 1, 0, 1, 2, 2, 2});
  const Disagreement d = computeDisagreement(truth, base, pre, 255);
  EXPECT_EQ(at(d, 0, 0), PixelOutcome::BothRight);
  EXPECT_EQ(at(d, 1, 0), PixelOutcome::OnlyBaselineRight);
  EXPECT_EQ(at(d, 2, 0), PixelOutcome::OnlyPretrainedRight);
  EXPECT_EQ(at(d, 0, 1), PixelOutcome::OnlyPretrainedRight);
  EXPECT_EQ(at(d, 1, 1), PixelOutcome::Ignored);  // void, although both predictions are "wrong" there
  EXPECT_EQ(at(d, 2, 1), PixelOutcome::OnlyBaselineRight);
  EXPECT_EQ(at(d, 0, 2), PixelOutcome::BothRight);
  EXPECT_EQ(at(d, 1, 2), PixelOutcome::OnlyPretrainedRight);
  EXPECT_EQ(at(d, 2, 2), PixelOutcome::BothWrong);  // wrong in two different ways
  EXPECT_EQ(d.stats.bothRight, 2u);
  EXPECT_EQ(d.stats.onlyBaselineRight, 2u);
  EXPECT_EQ(d.stats.onlyPretrainedRight, 3u);
  EXPECT_EQ(d.stats.bothWrong, 1u);
  EXPECT_EQ(d.stats.ignored, 1u);
  EXPECT_EQ(d.stats.counted(), 8u);
  EXPECT_DOUBLE_EQ(d.stats.baselineAccuracy(), 4.0 / 8.0);
  EXPECT_DOUBLE_EQ(d.stats.pretrainedAccuracy(), 5.0 / 8.0);
  EXPECT_DOUBLE_EQ(d.stats.accuracyGain(), 1.0 / 8.0);

  // Other id depths give the same answer; without an ignore id the void pixel is judged (both wrong).
  cv::Mat t16, b32;
  truth.convertTo(t16, CV_16U);
  base.convertTo(b32, CV_32S);
  const Disagreement d2 = computeDisagreement(t16, b32, pre, -1);
  EXPECT_EQ(at(d2, 1, 1), PixelOutcome::BothWrong);
  EXPECT_EQ(d2.stats.bothWrong, 2u);
  EXPECT_EQ(d2.stats.ignored, 0u);

  // The overlay: green where only pretrained is right, red where only baseline is, dimmed grey elsewhere.
  const cv::Mat background(3, 3, CV_8UC3, cv::Scalar(200, 200, 200));
  DisagreementColours colours;
  const cv::Mat overlay = renderDisagreement(d.outcome, background, colours);
  ASSERT_EQ(overlay.type(), CV_8UC3);
  EXPECT_EQ(overlay.at<cv::Vec3b>(0, 2), colours.onlyPretrainedRight);
  EXPECT_EQ(overlay.at<cv::Vec3b>(0, 1), colours.onlyBaselineRight);
  EXPECT_EQ(overlay.at<cv::Vec3b>(0, 0), cv::Vec3b(110, 110, 110));  // both right: 200 * 0.55
  EXPECT_EQ(overlay.at<cv::Vec3b>(1, 1), cv::Vec3b(110, 110, 110));  // void
  EXPECT_EQ(overlay.at<cv::Vec3b>(2, 2), cv::Vec3b(110, 110, 110));  // both wrong
  int green = 0, red = 0;
  for (int y = 0; y < 3; ++y)
    for (int x = 0; x < 3; ++x) {
      green += overlay.at<cv::Vec3b>(y, x) == colours.onlyPretrainedRight;
      red += overlay.at<cv::Vec3b>(y, x) == colours.onlyBaselineRight;
    }
  EXPECT_EQ(green, 3);
  EXPECT_EQ(red, 2);
}

TEST(Disagreement, MismatchedMasksAreRefusedWithTheSizes) {
  const cv::Mat a(3, 3, CV_8UC1, cv::Scalar(0)), b(4, 3, CV_8UC1, cv::Scalar(0));
  try {
    computeDisagreement(a, b, a);
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("3x4"), std::string::npos) << e.what();
  }
  EXPECT_THROW(computeDisagreement(a, cv::Mat(3, 3, CV_32F, cv::Scalar(0)), a), std::invalid_argument);
  EXPECT_THROW(computeDisagreement(a, cv::Mat(3, 3, CV_8UC3, cv::Scalar(0)), a), std::invalid_argument);
}

TEST(SegmentationComparison, ScoresHandMadeRunsImageByImage) {
  colorproxy::test::TempDir tmp;
  const auto exp = makeExperiment(tmp);
  const auto runs = findFinetuneRuns(QString::fromStdString(exp.string()), QStringLiteral("segmentation"));
  ASSERT_EQ(runs.size(), 2);
  const auto pairs = pairRuns(runs);
  ASSERT_EQ(pairs.size(), 1);
  EXPECT_FALSE(pairs[0].baseline.isPretrained());
  EXPECT_TRUE(pairs[0].pretrained.isPretrained());

  const SegmentationComparison c =
      SegmentationComparison::load(pairs[0].baseline.dir, pairs[0].pretrained.dir);
  ASSERT_TRUE(c.ok()) << c.error.toStdString();
  EXPECT_TRUE(c.warnings.isEmpty()) << c.warnings.join(QLatin1Char('\n')).toStdString();
  ASSERT_EQ(c.images.size(), 2);
  // Image a: 14 judged pixels; the baseline (all Sky) gets the 4 Sky pixels, the pretrained all 14.
  const SegmentationImage& a = c.images[0];
  EXPECT_EQ(a.stats.bothRight, 4u);
  EXPECT_EQ(a.stats.onlyPretrainedRight, 10u);
  EXPECT_EQ(a.stats.onlyBaselineRight, 0u);
  EXPECT_EQ(a.stats.ignored, 2u);
  EXPECT_NEAR(a.accuracyGain(), 10.0 / 14.0, 1e-12);
  // Baseline mIoU of a: Sky 4/14, Road 0, Car 0 -> (4/14)/3; the pretrained run is perfect.
  EXPECT_NEAR(a.baselineMeanIoU, 4.0 / 14.0 / 3.0, 1e-12);
  EXPECT_NEAR(a.pretrainedMeanIoU, 1.0, 1e-12);
  EXPECT_NEAR(c.images[1].meanIoUGain(), -(1.0 - 4.0 / 14.0 / 3.0), 1e-12);
  // Over both images (engine metrics): Sky 8/18, Road 4/8, Car 6/12 for either run; accuracy 18/28.
  ASSERT_EQ(c.baselineReport.iou.size(), 3u);
  EXPECT_NEAR(c.baselineReport.iou[0], 8.0 / 18.0, 1e-12);
  EXPECT_NEAR(c.baselineReport.iou[1], 0.5, 1e-12);
  EXPECT_NEAR(c.pretrainedReport.iou[2], 0.5, 1e-12);
  EXPECT_NEAR(c.baselineReport.pixelAccuracy, 18.0 / 28.0, 1e-12);
  EXPECT_EQ(c.total.onlyPretrainedRight, 10u);
  EXPECT_EQ(c.total.onlyBaselineRight, 10u);

  EXPECT_EQ(sortSegmentationImages(c.images, SegmentationOrder::MeanIoUGain), (QVector<int>{0, 1}));
  EXPECT_EQ(sortSegmentationImages(c.images, SegmentationOrder::MeanIoULoss), (QVector<int>{1, 0}));
  EXPECT_EQ(sortSegmentationImages(c.images, SegmentationOrder::AccuracyLoss), (QVector<int>{1, 0}));
}

TEST(SegmentationComparison, BadFoldersGiveAMessageNamingTheProblem) {
  colorproxy::test::TempDir tmp;
  const auto exp = makeExperiment(tmp);
  const QString base =
      QString::fromStdString((exp / "runs" / "20260101-000001-segmentation-baseline-seed1").string());
  // Not a run at all.
  SegmentationComparison c = SegmentationComparison::load(QString::fromStdString(tmp.path().string()), base);
  EXPECT_FALSE(c.ok());
  EXPECT_TRUE(c.error.contains(QStringLiteral("report.json"))) << c.error.toStdString();
  // A classification run.
  const auto cls = tmp / "cls";
  colorproxy::test::writeFinetuneReport(cls, "classification", "pretrained", 1, {"Sky", "Road", "Car"});
  c = SegmentationComparison::load(base, QString::fromStdString(cls.string()));
  EXPECT_TRUE(c.error.contains(QStringLiteral("Labels page"))) << c.error.toStdString();
  // A damaged mask: that image is left out with a warning naming the file.
  const auto pre = exp / "runs" / "20260101-000002-segmentation-pretrained-seed1";
  colorproxy::test::writeBytes(pre / "predictions" / "masks" / "0001-b.png", "not a png");
  c = SegmentationComparison::load(base, QString::fromStdString(pre.string()));
  ASSERT_TRUE(c.ok()) << c.error.toStdString();
  EXPECT_EQ(c.images.size(), 1);
  ASSERT_EQ(c.warnings.size(), 1);
  EXPECT_TRUE(c.warnings[0].contains(QStringLiteral("0001-b.png"))) << c.warnings[0].toStdString();
}

TEST(ComparePage, OpensAnExperimentSortsByGainAndSyncsTheViews) {
  colorproxy::test::TempDir tmp;
  const auto exp = makeExperiment(tmp);
  ComparePage page;
  page.resize(1100, 700);
  page.show();
  ASSERT_TRUE(page.openExperiment(QString::fromStdString(exp.string())));
  ASSERT_TRUE(waitFor([&] { return !page.isLoading() && page.currentImage() >= 0; }, 20000))
      << page.statusText().toStdString();
  EXPECT_TRUE(page.statusText().contains(QStringLiteral("mIoU"))) << page.statusText().toStdString();
  ASSERT_EQ(page.imageList()->topLevelItemCount(), 2);
  // Largest mIoU gain first: image a, where the pretrained run is right.
  EXPECT_EQ(page.imageList()->topLevelItem(0)->text(0), QStringLiteral("a.png"));
  EXPECT_EQ(page.currentImage(), 0);
  // The overlay is photo-sized (8x8 for 4x4 masks): mask pixel (2, 0) is Road, only pretrained right.
  const QImage overlay = page.view(ComparePage::DisagreementView)->image();
  ASSERT_EQ(overlay.size(), QSize(8, 8));
  const cv::Vec3b g = DisagreementColours().onlyPretrainedRight;
  EXPECT_EQ(overlay.pixelColor(4, 0), QColor(g[2], g[1], g[0]));
  EXPECT_EQ(overlay.pixelColor(5, 1), QColor(g[2], g[1], g[0]));
  EXPECT_NE(overlay.pixelColor(0, 0), QColor(g[2], g[1], g[0]));  // Sky: both right
  EXPECT_TRUE(page.legendText().contains(QStringLiteral("only pretrained right")));
  // The read-out under the mouse names the classes of the three masks there (scene = photo pixels).
  Q_EMIT page.view(ComparePage::BaselineView)->hovered(QPointF(4.5, 0.5), true);
  EXPECT_TRUE(page.hoverText().contains(QStringLiteral("truth Road · baseline Sky · pretrained Road")))
      << page.hoverText().toStdString();
  Q_EMIT page.view(ComparePage::BaselineView)->hovered(QPointF(5.0, 5.0), true);
  EXPECT_TRUE(page.hoverText().contains(QStringLiteral("truth Void"))) << page.hoverText().toStdString();
  Q_EMIT page.view(ComparePage::BaselineView)->hovered(QPointF(), false);
  EXPECT_TRUE(page.hoverText().isEmpty());
  EXPECT_EQ(page.iouChart()->deltaTexts(),
            (QStringList{QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("0.00")}));

  // Sorting by loss shows image b first, with red (only baseline right) pixels.
  page.setOrder(SegmentationOrder::MeanIoULoss);
  page.showRow(0);
  EXPECT_EQ(page.currentImage(), 1);
  const cv::Vec3b r = DisagreementColours().onlyBaselineRight;
  EXPECT_EQ(page.view(ComparePage::DisagreementView)->image().pixelColor(4, 0), QColor(r[2], r[1], r[0]));

  // Zooming one view zooms all; panning one pans all.
  ViewSync* sync = page.viewSync();
  sync->zoomBy(page.view(ComparePage::InputView), 40.0);
  QCoreApplication::processEvents();
  const QTransform t = page.view(ComparePage::InputView)->transform();
  EXPECT_GT(t.m11(), 1.0);
  for (int v = 0; v < ComparePage::ViewCount; ++v)
    EXPECT_EQ(page.view(ComparePage::View(v))->transform(), t) << "view " << v;
  QScrollBar* h = page.view(ComparePage::BaselineView)->horizontalScrollBar();
  ASSERT_GT(h->maximum(), 0);
  h->setValue(h->maximum() / 3);
  for (int v = 0; v < ComparePage::ViewCount; ++v)
    EXPECT_EQ(page.view(ComparePage::View(v))->horizontalScrollBar()->value(), h->maximum() / 3)
        << "view " << v;
  sync->fit();
  EXPECT_TRUE(sync->isFitting());

  // A new page (next session) reopens the last folder when first shown.
  ComparePage again;
  again.show();
  ASSERT_TRUE(waitFor([&] { return !again.isLoading() && again.currentImage() >= 0; }, 20000))
      << again.statusText().toStdString();
  EXPECT_EQ(again.selector()->folder(), QString::fromStdString(exp.string()));
}

TEST(ComparePage, SaysWhyWhenAFolderHasNoPair) {
  colorproxy::test::TempDir tmp;
  ComparePage page;
  EXPECT_FALSE(page.openExperiment(QString::fromStdString(tmp.path().string())));
  EXPECT_TRUE(page.statusText().contains(QStringLiteral("no finished pair")))
      << page.statusText().toStdString();
}
