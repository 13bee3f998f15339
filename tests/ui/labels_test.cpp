#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include <QTabWidget>
#include <QTreeWidget>

#include <opencv2/imgcodecs.hpp>

#include "labels/classificationcomparison.h"
#include "labels/labelspage.h"
#include "labels/prcurveplot.h"
#include "runpair/pairedbarchart.h"
#include "ui/fakeruns.h"
#include "ui/uitesthelpers.h"

using namespace colorproxy;
using colorproxy::test::waitFor;

namespace {

const std::vector<std::string> kClasses = {"cat", "dog", "car"};

// Four test images (truth cat / dog / cat / none) with hand-picked probabilities; see the hand-worked
// values in the tests.
const double kTruth[4][3] = {{1, 0, 0}, {0, 1, 0}, {1, 0, 0}, {0, 0, 0}};
const double kBaseline[4][3] = {{0.9, 0.4, 0.6}, {0.8, 0.4, 0.1}, {0.3, 0.9, 0.1}, {0.1, 0.2, 0.2}};
const double kPretrained[4][3] = {{0.7, 0.1, 0.05}, {0.2, 0.8, 0.1}, {0.6, 0.3, 0.2}, {0.1, 0.2, 0.3}};

// probabilities.csv and labels.csv as FinetuneTrainer writes them ("image,<class>...", %.9g numbers).
void writeScores(const std::filesystem::path& run, const std::vector<std::string>& images,
                 const double (*probs)[3]) {
  std::ofstream p(run / "predictions" / "probabilities.csv"), l(run / "predictions" / "labels.csv");
  p << "image";
  l << "image";
  for (const auto& c : kClasses) {
    p << "," << c;
    l << "," << c;
  }
  p << "\n";
  l << "\n";
  for (std::size_t i = 0; i < images.size(); ++i) {
    p << images[i];
    l << images[i];
    for (int c = 0; c < 3; ++c) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.9g", double(float(probs[i][c])));
      p << "," << buf;
      l << "," << int(kTruth[i][c]);
    }
    p << "\n";
    l << "\n";
  }
}

struct FakeExperiment {
  std::filesystem::path dir, baseline, pretrained;
  std::vector<std::string> images;
};

FakeExperiment makeExperiment(const colorproxy::test::TempDir& tmp) {
  FakeExperiment e;
  e.dir = tmp / "exp";
  std::filesystem::create_directories(tmp / "photos");
  for (const char* name : {"a.jpg", "b.jpg", "c.jpg", "d.jpg"}) {
    e.images.push_back((tmp / "photos" / name).string());
    cv::imwrite(e.images.back(), colorproxy::test::makeColourImage(40, 30, unsigned(e.images.size())));
  }
  e.baseline = e.dir / "runs" / "20260101-000001-classification-baseline-seed1";
  e.pretrained = e.dir / "runs" / "20260101-000002-classification-pretrained-seed1";
  colorproxy::test::writeFinetuneReport(e.baseline, "classification", "random", 1, kClasses);
  colorproxy::test::writeFinetuneReport(e.pretrained, "classification", "pretrained", 1, kClasses);
  writeScores(e.baseline, e.images, kBaseline);
  writeScores(e.pretrained, e.images, kPretrained);
  return e;
}

QString q(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

}  // namespace

TEST(Labels, PerImageLossAndErrorsMatchHandWorkedValues) {
  // -(ln 0.9 + ln 0.8) / 2
  EXPECT_NEAR(imageBinaryCrossEntropy({0.9, 0.2}, {1, 0}), (0.105360516 + 0.223143551) / 2, 1e-8);
  // A confident mistake costs 100 (torch clamps the log at -100), not infinity.
  EXPECT_DOUBLE_EQ(imageBinaryCrossEntropy({1.0, 0.0}, {0, 0}), 50.0);
  // 0.5 counts as predicted (>= threshold): one error.
  EXPECT_EQ(imageLabelErrors({0.5, 0.49, 0.7}, {0, 0, 1}), 1);
  EXPECT_EQ(imageLabelErrors({0.5, 0.49, 0.7}, {1, 1, 0}), 2);
}

TEST(Labels, HandMadeRunsGiveHandWorkedLossesOrdersAndAP) {
  colorproxy::test::TempDir tmp;
  const FakeExperiment e = makeExperiment(tmp);
  const ClassificationComparison c = ClassificationComparison::load(q(e.baseline), q(e.pretrained));
  ASSERT_TRUE(c.ok()) << c.error.toStdString();
  ASSERT_TRUE(c.paired());
  ASSERT_EQ(c.images.size(), 4);
  // Baseline losses, by hand: img0 -(ln .9 + ln .6 + ln .4)/3, ...
  const double lossB[4] = {0.510825624, 0.877029691, 1.203972804, 0.183882567};
  const double lossP[4] = {0.171109562, 0.183882567, 0.363548012, 0.228393016};
  const int errorsB[4] = {1, 2, 2, 0};
  for (int i = 0; i < 4; ++i) {
    EXPECT_NEAR(c.images[i].baselineLoss, lossB[i], 1e-6) << i;  // float probabilities: ~1e-8 off
    EXPECT_NEAR(c.images[i].pretrainedLoss, lossP[i], 1e-6) << i;
    EXPECT_EQ(c.images[i].baselineErrors, errorsB[i]) << i;
    EXPECT_EQ(c.images[i].pretrainedErrors, 0) << i;
  }
  EXPECT_EQ(sortLabelsImages(c.images, LabelsOrder::BaselineLoss), (QVector<int>{2, 1, 0, 3}));
  EXPECT_EQ(sortLabelsImages(c.images, LabelsOrder::PretrainedLoss), (QVector<int>{2, 3, 1, 0}));
  EXPECT_EQ(sortLabelsImages(c.images, LabelsOrder::LossGain), (QVector<int>{2, 1, 0, 3}));
  EXPECT_EQ(sortLabelsImages(c.images, LabelsOrder::BaselineErrors),
            (QVector<int>{1, 2, 0, 3}));  // tie: test order
  EXPECT_EQ(sortLabelsImages(c.images, LabelsOrder::TestOrder), (QVector<int>{0, 1, 2, 3}));

  // AP, by hand. cat, baseline scores .9(+) .8(-) .3(+) .1(-): 0.5 * 1 + 0.5 * 2/3 = 5/6.
  ASSERT_EQ(c.classes.size(), 3);
  EXPECT_NEAR(c.classes[0].baselineAP, 5.0 / 6.0, 1e-12);
  EXPECT_NEAR(c.classes[0].pretrainedAP, 1.0, 1e-12);
  // dog, baseline .9(-) then a tie .4(+) .4(-): one point, precision 1/3 at recall 1 -> AP 1/3.
  EXPECT_NEAR(c.classes[1].baselineAP, 1.0 / 3.0, 1e-12);
  EXPECT_NEAR(c.classes[1].pretrainedAP, 1.0, 1e-12);
  ASSERT_EQ(c.classes[1].baseline.size(), 3u);  // thresholds .9, .4 (tied), .2
  EXPECT_NEAR(c.classes[1].baseline[1].precision, 1.0 / 3.0, 1e-12);
  EXPECT_DOUBLE_EQ(c.classes[1].baseline[1].recall, 1.0);
  // car has no positive: AP undefined, left out of mAP.
  EXPECT_TRUE(std::isnan(c.classes[2].baselineAP));
  EXPECT_EQ(c.classes[2].positives, 0u);
  EXPECT_NEAR(c.baselineReport.meanAveragePrecision, (5.0 / 6.0 + 1.0 / 3.0) / 2.0, 1e-12);
  EXPECT_NEAR(c.pretrainedReport.meanAveragePrecision, 1.0, 1e-12);

  // The drawn step curve's area is the AP.
  QVector<double> r, p;
  prStepPoints(c.classes[0].baseline, &r, &p);
  EXPECT_EQ(r, (QVector<double>{0.0, 0.5, 0.5, 1.0, 1.0}));
  double area = 0.0;
  for (int i = 1; i < r.size(); ++i) area += (r[i] - r[i - 1]) * p[i];
  EXPECT_NEAR(area, 5.0 / 6.0, 1e-12);
}

TEST(Labels, BadPredictionFilesAreNamed) {
  colorproxy::test::TempDir tmp;
  const FakeExperiment e = makeExperiment(tmp);
  {
    std::ofstream f(e.pretrained / "predictions" / "probabilities.csv", std::ios::app);
    f << "/x/e.jpg,0.1,0.2\n";  // a short line
  }
  ClassificationComparison c = ClassificationComparison::load(q(e.baseline), q(e.pretrained));
  EXPECT_FALSE(c.ok());
  EXPECT_TRUE(c.error.contains(QStringLiteral("probabilities.csv, line 6"))) << c.error.toStdString();
  {
    std::ofstream f(e.pretrained / "predictions" / "probabilities.csv");
    f << "image,cat,dog,car\n/x/a.jpg,0.1,2.5,0.3\n";
  }
  c = ClassificationComparison::load(q(e.baseline), q(e.pretrained));
  EXPECT_TRUE(c.error.contains(QStringLiteral("2.5"))) << c.error.toStdString();
  // A segmentation run is sent to the Compare page.
  colorproxy::test::writeFinetuneReport(tmp / "seg", "segmentation", "random", 1, kClasses);
  c = ClassificationComparison::load(q(tmp / "seg"), {});
  EXPECT_TRUE(c.error.contains(QStringLiteral("Compare page"))) << c.error.toStdString();
}

TEST(LabelsPage, LoadsAHandWrittenRunFolderAndShowsImagesAndCurves) {
  colorproxy::test::TempDir tmp;
  const FakeExperiment e = makeExperiment(tmp);
  LabelsPage page;
  page.resize(1100, 700);
  page.show();
  ASSERT_TRUE(page.openExperiment(q(e.dir)));
  ASSERT_TRUE(waitFor([&] { return !page.isLoading() && page.currentImage() >= 0; }, 20000))
      << page.statusText().toStdString();
  EXPECT_TRUE(page.statusText().contains(QStringLiteral("mAP"))) << page.statusText().toStdString();
  // Highest baseline loss first: c.jpg.
  ASSERT_EQ(page.imageList()->topLevelItemCount(), 4);
  EXPECT_EQ(page.imageList()->topLevelItem(0)->text(0), QStringLiteral("c.jpg"));
  EXPECT_EQ(page.currentImage(), 2);
  EXPECT_TRUE(page.labelsText().contains(QStringLiteral("True labels: <b>cat</b>")))
      << page.labelsText().toStdString();
  EXPECT_TRUE(page.labelsText().contains(QStringLiteral("dog"))) << "the baseline predicts dog";
  page.setOrder(LabelsOrder::BaselineErrors);
  EXPECT_EQ(page.imageList()->topLevelItem(0)->text(0), QStringLiteral("b.jpg"));
  page.showRow(0);
  EXPECT_EQ(page.currentImage(), 1);

  // Classes: the one whose AP changed most (dog, +2/3) is shown first; the plot's area is its AP.
  EXPECT_EQ(page.currentClass(), 1);
  EXPECT_NEAR(page.prPlot()->drawnArea(0), 1.0 / 3.0, 1e-9);
  EXPECT_NEAR(page.prPlot()->drawnArea(1), 1.0, 1e-9);
  page.showClass(0);
  EXPECT_NEAR(page.prPlot()->drawnArea(0), 5.0 / 6.0, 1e-9);
  ASSERT_EQ(page.classList()->topLevelItemCount(), 3);
  ASSERT_EQ(page.classList()->columnCount(), 5);

  // One run alone.
  page.openRuns(q(e.baseline));
  ASSERT_TRUE(waitFor(
      [&] { return !page.isLoading() && !page.comparison().paired() && page.currentImage() >= 0; }, 20000));
  EXPECT_EQ(page.imageList()->columnCount(), 3);
  EXPECT_EQ(page.classList()->columnCount(), 3);
}
