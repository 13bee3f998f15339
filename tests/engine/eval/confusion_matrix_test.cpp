#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "colorproxy/eval/confusion_matrix.h"

namespace colorproxy {
namespace {

cv::Mat mat8(int rows, int cols, std::initializer_list<int> values) {
  cv::Mat m(rows, cols, CV_8U);
  auto it = values.begin();
  for (int y = 0; y < rows; ++y)
    for (int x = 0; x < cols; ++x) m.at<uchar>(y, x) = uchar(*it++);
  return m;
}

// truth (255 = void)   prediction
//   0   0   1   1        0 1 1 1
//   0 255   1   2        0 2 2 2
//   2   2 255   1        2 0 0 1
const cv::Mat kTruth = mat8(3, 4, {0, 0, 1, 1, 0, 255, 1, 2, 2, 2, 255, 1});
const cv::Mat kPred = mat8(3, 4, {0, 1, 1, 1, 0, 2, 2, 2, 2, 0, 0, 1});

TEST(ConfusionMatrix, HandWorkedExample) {
  // Counted pairs (truth, prediction): rows t0 = {2, 1, 0}, t1 = {0, 3, 1}, t2 = {1, 0, 2}; 2 void pixels.
  // Column sums 3, 4, 3; diagonal 2, 3, 2 → pixel accuracy 7/10;
  // IoU = 2/(3+3−2), 3/(4+4−3), 2/(3+3−2) = ½, ⅗, ½; class accuracy ⅔, ¾, ⅔.
  // Class 3 appears nowhere: IoU and accuracy NaN, left out of the means.
  ConfusionMatrix cm(4, 255);
  cm.add(kPred, kTruth);
  const std::uint64_t expected[3][3] = {{2, 1, 0}, {0, 3, 1}, {1, 0, 2}};
  for (int t = 0; t < 3; ++t)
    for (int p = 0; p < 3; ++p) EXPECT_EQ(cm.count(t, p), expected[t][p]) << t << "," << p;
  EXPECT_EQ(cm.countedPixels(), 10u);
  EXPECT_EQ(cm.ignoredPixels(), 2u);

  const SegmentationReport r = cm.report();
  EXPECT_DOUBLE_EQ(r.pixelAccuracy, 0.7);
  EXPECT_DOUBLE_EQ(r.iou[0], 0.5);
  EXPECT_DOUBLE_EQ(r.iou[1], 0.6);
  EXPECT_DOUBLE_EQ(r.iou[2], 0.5);
  EXPECT_TRUE(std::isnan(r.iou[3]));
  EXPECT_EQ(r.iouClassCount, 3u);
  EXPECT_NEAR(r.meanIoU, 1.6 / 3.0, 1e-15);
  EXPECT_NEAR(r.classAccuracy[1], 0.75, 1e-15);
  EXPECT_TRUE(std::isnan(r.classAccuracy[3]));
  EXPECT_EQ(r.accuracyClassCount, 3u);
  EXPECT_NEAR(r.meanClassAccuracy, (2.0 / 3.0 + 0.75 + 2.0 / 3.0) / 3.0, 1e-15);
  EXPECT_EQ(r.truthPixels[1], 4u);
  EXPECT_EQ(r.predictedPixels[1], 4u);
  EXPECT_EQ(r.pixelCount, 10u);
  EXPECT_EQ(r.ignoredPixelCount, 2u);
}

TEST(ConfusionMatrix, ClassOnlyPredictedCountsWithIoUZero) {
  // Truth all class 0; prediction half 0, half 1. Class 1 has union 2 and IoU 0, so mIoU = (½ + 0)/2,
  // while mean class accuracy only averages class 0 (present in the truth).
  ConfusionMatrix cm(3);
  cm.add(mat8(2, 2, {0, 1, 0, 1}), mat8(2, 2, {0, 0, 0, 0}));
  const SegmentationReport r = cm.report();
  EXPECT_DOUBLE_EQ(r.iou[0], 0.5);
  EXPECT_DOUBLE_EQ(r.iou[1], 0.0);
  EXPECT_TRUE(std::isnan(r.iou[2]));
  EXPECT_DOUBLE_EQ(r.meanIoU, 0.25);
  EXPECT_EQ(r.accuracyClassCount, 1u);
  EXPECT_DOUBLE_EQ(r.meanClassAccuracy, 0.5);
}

// Reference per image with cv::Mat::at and a std::map, and IoU from pixel masks with OpenCV set ops.
TEST(ConfusionMatrix, AgreesWithNaiveCountingAcrossImagesAndTypes) {
  const int classes = 11, ignore = 11;  // CamVid
  cv::RNG rng(3);
  ConfusionMatrix cm(classes, ignore);
  std::map<std::pair<int, int>, std::uint64_t> naive;
  std::uint64_t ignored = 0;
  cv::Mat allTruth, allPred;  // every image side by side, as CV_32S, for the mask-based IoU
  const int types[3] = {CV_8U, CV_16U, CV_32S};
  for (int image = 0; image < 6; ++image) {
    cv::Mat truth32(37, 29, CV_32S), pred32(37, 29, CV_32S);
    rng.fill(truth32, cv::RNG::UNIFORM, 0, classes + 1);  // 0..11, 11 = void
    rng.fill(pred32, cv::RNG::UNIFORM, 0, classes);
    // Make predictions mostly right so the diagonal is not trivial.
    for (int y = 0; y < 37; ++y)
      for (int x = 0; x < 29; ++x)
        if (truth32.at<int>(y, x) != ignore && rng.uniform(0, 3) > 0)
          pred32.at<int>(y, x) = truth32.at<int>(y, x);
    cv::Mat truth, pred;
    truth32.convertTo(truth, types[image % 3]);
    pred32.convertTo(pred, types[(image + 1) % 3]);
    cm.add(pred, truth);
    for (int y = 0; y < 37; ++y)
      for (int x = 0; x < 29; ++x) {
        const int t = truth32.at<int>(y, x);
        if (t == ignore)
          ++ignored;
        else
          ++naive[{t, pred32.at<int>(y, x)}];
      }
    if (allTruth.empty()) {
      allTruth = truth32;
      allPred = pred32;
    } else {
      cv::hconcat(allTruth, truth32, allTruth);
      cv::hconcat(allPred, pred32, allPred);
    }
  }
  for (int t = 0; t < classes; ++t)
    for (int p = 0; p < classes; ++p) EXPECT_EQ(cm.count(t, p), naive[std::make_pair(t, p)]) << t << "," << p;
  EXPECT_EQ(cm.ignoredPixels(), ignored);

  const SegmentationReport r = cm.report();
  const cv::Mat valid = allTruth != ignore;
  double iouSum = 0.0;
  int present = 0;
  for (int c = 0; c < classes; ++c) {
    const cv::Mat inTruth = (allTruth == c), inPred = (allPred == c) & valid;
    const int inter = cv::countNonZero(inTruth & inPred), uni = cv::countNonZero(inTruth | inPred);
    ASSERT_GT(uni, 0);
    EXPECT_NEAR(r.iou[c], double(inter) / uni, 1e-15) << "class " << c;
    iouSum += double(inter) / uni;
    ++present;
  }
  EXPECT_NEAR(r.meanIoU, iouSum / present, 1e-14);
  EXPECT_NEAR(r.pixelAccuracy,
              double(cv::countNonZero((allTruth == allPred) & valid)) / cv::countNonZero(valid), 1e-15);
}

TEST(ConfusionMatrix, MergeAndRoiAndClear) {
  ConfusionMatrix a(4, 255), b(4, 255), both(4, 255);
  a.add(kPred, kTruth);
  b.add(kPred(cv::Rect(1, 1, 3, 2)), kTruth(cv::Rect(1, 1, 3, 2)));  // non-contiguous views
  both.add(kPred, kTruth);
  both.add(kPred(cv::Rect(1, 1, 3, 2)).clone(), kTruth(cv::Rect(1, 1, 3, 2)).clone());
  a.merge(b);
  EXPECT_EQ(a.counts(), both.counts());
  EXPECT_EQ(a.countedPixels(), 10u + 4u);
  EXPECT_EQ(a.ignoredPixels(), 2u + 2u);
  EXPECT_THROW(a.merge(ConfusionMatrix(4, 11)), std::invalid_argument);
  a.clear();
  EXPECT_EQ(a.countedPixels(), 0u);
  EXPECT_TRUE(std::isnan(a.report().pixelAccuracy));
}

TEST(ConfusionMatrix, ErrorsNameSizesValuesAndPositions) {
  ConfusionMatrix cm(11, 11);
  const cv::Mat truth(360, 480, CV_8U, cv::Scalar(0));
  try {
    cm.add(cv::Mat(180, 240, CV_8U, cv::Scalar(0)), truth);
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("240x180"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("480x360"), std::string::npos) << e.what();
  }
  cv::Mat badTruth = truth.clone();
  badTruth.at<uchar>(7, 5) = 37;
  cv::Mat pred = truth.clone();
  pred.at<uchar>(0, 0) = 3;  // counted before the bad pixel is met: must not leak into the matrix
  try {
    cm.add(pred, badTruth);
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("truth id 37 at (x=5, y=7)"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("0..10"), std::string::npos) << e.what();
  }
  cv::Mat badPred = truth.clone();
  badPred.at<uchar>(2, 9) = 11;  // the ignore id is not a valid prediction
  try {
    cm.add(badPred, truth);
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("prediction id 11 at (x=9, y=2)"), std::string::npos) << e.what();
  }
  cv::Mat negative(4, 4, CV_32S, cv::Scalar(0));
  negative.at<int>(1, 1) = -3;
  EXPECT_THROW(cm.add(negative, cv::Mat(4, 4, CV_32S, cv::Scalar(0))), std::invalid_argument);
  EXPECT_EQ(cm.countedPixels(), 0u);
  EXPECT_EQ(cm.count(0, 3), 0u);

  try {
    cm.add(cv::Mat(4, 4, CV_32F, cv::Scalar(0)), cv::Mat(4, 4, CV_8U, cv::Scalar(0)));
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("CV_32FC1"), std::string::npos) << e.what();
  }
  EXPECT_THROW(cm.add(cv::Mat(), cv::Mat()), std::invalid_argument);
  EXPECT_THROW(cm.add(cv::Mat(4, 4, CV_8UC3), cv::Mat(4, 4, CV_8UC3)), std::invalid_argument);
  EXPECT_THROW(ConfusionMatrix(21, 5), std::invalid_argument);
  EXPECT_THROW(ConfusionMatrix(0), std::invalid_argument);
  EXPECT_THROW(cm.count(11, 0), std::out_of_range);
}

TEST(ConfusionMatrix, WithoutIgnoreIdEveryTruthPixelMustBeAClass) {
  ConfusionMatrix cm(3);
  EXPECT_THROW(cm.add(mat8(1, 2, {0, 0}), mat8(1, 2, {0, 255})), std::invalid_argument);
  cv::Mat truth(1, 2, CV_32S, cv::Scalar(0));
  truth.at<int>(0, 1) = -1;  // kNoIgnore's value is not an ignore id
  EXPECT_THROW(cm.add(cv::Mat(1, 2, CV_32S, cv::Scalar(0)), truth), std::invalid_argument);
}

}  // namespace
}  // namespace colorproxy
