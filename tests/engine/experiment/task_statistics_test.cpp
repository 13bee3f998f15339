// Segmentation scored at the annotation's resolution against an independent per-pixel computation; the
// trivial predictors against hand-worked values; the "did it learn" gate flags a network that outputs
// the prior; the report's verdict is gain, loss or inconclusive.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include <opencv2/imgcodecs.hpp>

#include "experiment/segmentation_scores.h"
#include "experiment/task_comparison.h"
#include "experiment/trivial_predictors.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {
namespace fs = std::filesystem;

// Three classes, mask id 3 is void (ignored).
FinetuneData threeClassData() {
  FinetuneData d;
  d.task = DownstreamTask::Segmentation;
  d.classNames = {"road", "sky", "car"};
  d.maskLut.assign(256, FinetuneData::kIgnoreId);
  for (int c = 0; c < 3; ++c) d.maskLut[std::size_t(c)] = std::uint8_t(c);
  return d;
}

// An original mask of 10 x 6 pixels with every class and some void.
cv::Mat originalMask() {
  cv::Mat m(6, 10, CV_8UC1);
  for (int y = 0; y < m.rows; ++y)
    for (int x = 0; x < m.cols; ++x) m.at<std::uint8_t>(y, x) = std::uint8_t(y < 2 ? 1 : (x + y) % 4);
  return m;
}

// A 4 x 4 "network resolution" prediction.
cv::Mat networkPrediction() {
  cv::Mat p(4, 4, CV_8UC1);
  for (int y = 0; y < 4; ++y)
    for (int x = 0; x < 4; ++x) p.at<std::uint8_t>(y, x) = std::uint8_t(y == 0 ? 1 : (x * 3 + y) % 3);
  return p;
}

// Writes predictions/ as the fine-tuning evaluation does, for the given test samples and predictions.
fs::path writePredictions(const fs::path& dir, const std::vector<Sample>& test,
                          const std::vector<cv::Mat>& masks, const std::vector<cv::Mat>& truths) {
  fs::create_directories(dir / "masks");
  fs::create_directories(dir / "truth");
  std::ofstream index(dir / "index.csv");
  index << "index,image,prediction,truth\n";
  for (std::size_t i = 0; i < test.size(); ++i) {
    const std::string name = "000" + std::to_string(i) + "-" + test[i].image.stem().string() + ".png";
    cv::imwrite((dir / "masks" / name).string(), masks[i]);
    cv::imwrite((dir / "truth" / name).string(), truths[i]);
    index << i << "," << test[i].image.string() << ",masks/" << name << ",truth/" << name << "\n";
  }
  return dir;
}

// mIoU from a 3 x 3 confusion, written out independently of ConfusionMatrix.
double handMeanIoU(const double c[3][3]) {
  double sum = 0;
  int n = 0;
  for (int k = 0; k < 3; ++k) {
    double tp = c[k][k], fp = 0, fn = 0;
    for (int j = 0; j < 3; ++j)
      if (j != k) {
        fp += c[j][k];
        fn += c[k][j];
      }
    if (tp + fp + fn > 0) {
      sum += tp / (tp + fp + fn);
      ++n;
    }
  }
  return sum / n;
}

TEST(SegmentationScores, AnnotationResolutionMatchesAnIndependentNearestNeighbourComputation) {
  test::TempDir tmp;
  FinetuneData d = threeClassData();
  const cv::Mat mask = originalMask(), pred = networkPrediction();
  cv::imwrite((tmp / "a-mask.png").string(), mask);
  d.test = {Sample{tmp / "a.png", {}, tmp / "a-mask.png"}};
  cv::Mat truthSmall(4, 4, CV_8UC1, cv::Scalar(1));
  writePredictions(tmp / "predictions", d.test, {pred}, {truthSmall});

  // Independent: each annotation pixel takes the prediction pixel whose centre is nearest,
  // src = floor((x + 0.5) * 4 / 10), floor((y + 0.5) * 4 / 6); void pixels are skipped.
  double c[3][3] = {};
  for (int y = 0; y < 6; ++y)
    for (int x = 0; x < 10; ++x) {
      const int t = mask.at<std::uint8_t>(y, x);
      if (t == 3) continue;
      const int sx = std::min(3, int(std::floor((x + 0.5) * 4.0 / 10.0)));
      const int sy = std::min(3, int(std::floor((y + 0.5) * 4.0 / 6.0)));
      c[t][pred.at<std::uint8_t>(sy, sx)] += 1;
    }
  const ImageConfusions scored =
      scoreSavedSegmentation(tmp / "predictions", d, SegmentationScoring::Annotation);
  ASSERT_EQ(scored.perImage.size(), 1u);
  double counted = 0;
  for (int t = 0; t < 3; ++t)
    for (int p = 0; p < 3; ++p) {
      EXPECT_EQ(double(scored.perImage[0][std::size_t(t * 3 + p)]), c[t][p]) << t << "," << p;
      counted += c[t][p];
    }
  const SegmentationReport r = summedReport(scored);
  EXPECT_NEAR(r.meanIoU, handMeanIoU(c), 1e-12);
  EXPECT_EQ(double(r.pixelCount), counted);

  // Network scoring compares with the saved 4 x 4 truth (all sky): sky IoU = 4 / 16, others 0.
  const SegmentationReport n =
      summedReport(scoreSavedSegmentation(tmp / "predictions", d, SegmentationScoring::Network));
  EXPECT_EQ(n.pixelCount, 16u);
  int skyPredicted = 0;
  for (int y = 0; y < 4; ++y)
    for (int x = 0; x < 4; ++x) skyPredicted += pred.at<std::uint8_t>(y, x) == 1;
  EXPECT_NEAR(n.iou[1], skyPredicted / 16.0, 1e-12);

  // The trivial predictor (every pixel road) at the annotation's resolution: road IoU = road pixels /
  // counted pixels, the other classes 0.
  const SegmentationReport t =
      summedReport(scoreSavedSegmentation(tmp / "predictions", d, SegmentationScoring::Annotation, 0));
  double road = 0;
  for (int p = 0; p < 3; ++p) road += c[0][p];
  EXPECT_NEAR(t.iou[0], road / counted, 1e-12);
  EXPECT_NEAR(t.meanIoU, road / counted / 3.0, 1e-12);

  EXPECT_THROW(scoreSavedSegmentation(tmp / "nowhere", d, SegmentationScoring::Annotation),
               std::runtime_error);
  EXPECT_EQ(parseSegmentationScoring("network"), SegmentationScoring::Network);
  EXPECT_THROW(parseSegmentationScoring("pixels"), std::invalid_argument);
}

TEST(TrivialPredictors, ClassificationPriorMatchesHandValues) {
  FinetuneData d;
  d.task = DownstreamTask::Classification;
  d.classNames = {"cat", "dog"};
  d.train = {Sample{"t1", {1, 0}}, Sample{"t2", {1, 1}}, Sample{"t3", {1, 0}}, Sample{"t4", {0, 0}}};
  d.test = {Sample{"a", {1, 0}}, Sample{"b", {0, 1}}, Sample{"c", {1, 1}}};
  const TrivialPrediction t = trivialClassification(d);
  ASSERT_EQ(t.probabilities.size(), 2u);
  EXPECT_DOUBLE_EQ(t.probabilities[0], 0.75);
  EXPECT_DOUBLE_EQ(t.probabilities[1], 0.25);
  // Threshold 0.5 predicts {cat} for every image: exact match 1/3; label accuracy (2 + 1) / 6; tied
  // scores give AP = prevalence (2/3 for both); micro P = 2/3, R = 2/4, F1 = 4/7.
  EXPECT_NEAR(t.metrics.at("exactMatch"), 1.0 / 3, 1e-12);
  EXPECT_NEAR(t.metrics.at("labelAccuracy"), 0.5, 1e-12);
  EXPECT_NEAR(t.metrics.at("mAP"), 2.0 / 3, 1e-12);
  EXPECT_NEAR(t.metrics.at("microF1"), 4.0 / 7, 1e-12);
  EXPECT_TRUE(learnedEnough(0.72, 2.0 / 3, 0.05));
  EXPECT_FALSE(learnedEnough(0.70, 2.0 / 3, 0.05));
  EXPECT_FALSE(learnedEnough(NAN, 0.1, 0.05));
}

// Two test images, one training mask; runs whose predictions are the prior (every pixel the most
// frequent training class) or the truth.
struct GateFixture {
  test::TempDir tmp;
  FinetuneData data = threeClassData();
  std::vector<cv::Mat> truths;

  GateFixture() {
    cv::Mat train(8, 8, CV_8UC1, cv::Scalar(0));
    train(cv::Rect(0, 0, 8, 3)).setTo(1);  // 40 road, 24 sky: road is most frequent
    cv::imwrite((tmp / "train-mask.png").string(), train);
    data.train = {Sample{tmp / "train.png", {}, tmp / "train-mask.png"}};
    for (int i = 0; i < 2; ++i) {
      cv::Mat m(8, 8, CV_8UC1, cv::Scalar(0));
      m(cv::Rect(0, 0, 8, 2 + i)).setTo(1);
      m(cv::Rect(0, 6, 4 + 2 * i, 2)).setTo(2);
      const std::string name = "test" + std::to_string(i);
      cv::imwrite((tmp / (name + "-mask.png")).string(), m);
      data.test.push_back(Sample{tmp / (name + ".png"), {}, tmp / (name + "-mask.png")});
      truths.push_back(m);
    }
  }

  // A finished run whose saved predictions are `predictions`; its recorded test metrics are set to zero on
  // purpose, so the tests see that rescoring from the saved predictions replaces them.
  FinetuneResult run(const std::string& name, const std::vector<cv::Mat>& predictions) {
    FinetuneResult r;
    r.runDir = tmp / name;
    r.predictionsDir = writePredictions(r.runDir / "predictions", data.test, predictions, truths);
    r.classNames = data.classNames;
    r.completed = true;
    r.testMetrics = {
        {"test_mIoU", 0.0}, {"test_pixelAccuracy", 0.0}, {"test_meanClassAccuracy", 0.0}, {"test_loss", 1.0}};
    return r;
  }
};

TEST(LearningGate, ANetworkThatOutputsThePriorIsFlagged) {
  GateFixture f;
  const std::vector<cv::Mat> prior(2, cv::Mat(8, 8, CV_8UC1, cv::Scalar(0)));
  std::vector<FinetuneResult> baseline = {f.run("b1", prior), f.run("b2", prior)};
  std::vector<FinetuneResult> pretrained = {f.run("p1", f.truths), f.run("p2", f.truths)};
  TaskComparisonOptions options;
  options.imageResamples = 200;
  const TaskComparison t = compareTask("segmentation", {1, 2}, baseline, pretrained, f.data, options);
  // The trivial predictor is the prior itself (road everywhere), so its mIoU equals the baseline's.
  const MetricComparison& m = t.metrics.front();
  EXPECT_EQ(m.name, "test_mIoU");
  EXPECT_NEAR(m.trivial, m.baselineMean, 1e-12);
  // Road pixels: image 0 has 64 - 16 - 8 = 40, image 1 64 - 24 - 12 = 28 of 128 -> IoU 68/128, mIoU /3.
  EXPECT_NEAR(m.trivial, 68.0 / 128 / 3, 1e-12);
  EXPECT_NEAR(m.pretrainedMean, 1.0, 1e-12);
  EXPECT_EQ(t.scoring, "annotation");
  EXPECT_NE(t.trivialDescription.find("road"), std::string::npos) << t.trivialDescription;
  EXPECT_FALSE(t.baselineLearned);
  EXPECT_TRUE(t.pretrainedLearned);
  EXPECT_FALSE(t.judged());
  EXPECT_EQ(t.outcomeName(), "not judged");
  EXPECT_NE(t.verdict.find("did not learn enough to judge transfer"), std::string::npos) << t.verdict;
  EXPECT_NE(t.verdict.find("the baseline"), std::string::npos) << t.verdict;
  // The runs' metrics were replaced by the rescored ones.
  EXPECT_NEAR(baseline[0].testMetrics.at("test_mIoU"), 68.0 / 128 / 3, 1e-12);
  // Every image and seed gives the same difference: the interval over images is a point away from 0.
  EXPECT_GT(m.imageCiLow, 0.0);
}

TEST(LearningGate, TwoLearningArmsGetAThreeWayVerdict) {
  GateFixture f;
  // Baseline: truth with the car rows missed (predicted road); pretrained: the truth.
  std::vector<cv::Mat> worse;
  for (const auto& t : f.truths) {
    cv::Mat w = t.clone();
    w.setTo(0, t == 2);
    worse.push_back(w);
  }
  std::vector<FinetuneResult> baseline = {f.run("b1", worse), f.run("b2", worse)};
  std::vector<FinetuneResult> pretrained = {f.run("p1", f.truths), f.run("p2", f.truths)};
  TaskComparisonOptions options;
  options.imageResamples = 200;
  const TaskComparison t = compareTask("segmentation", {1, 2}, baseline, pretrained, f.data, options);
  EXPECT_TRUE(t.judged());
  // Two seeds: the sign-flip test's smallest p is 2/4 = 0.5, so the verdict must be inconclusive.
  EXPECT_DOUBLE_EQ(t.metrics.front().permutationP, 0.5);
  EXPECT_EQ(t.outcome, PairedVerdict::Inconclusive);
  EXPECT_NE(t.verdict.find("inconclusive"), std::string::npos) << t.verdict;
  EXPECT_NE(t.verdict.find("cannot reach p < 0.05"), std::string::npos) << t.verdict;
  EXPECT_EQ(t.verdict.find("consistent"), std::string::npos) << t.verdict;
}

TEST(DescribeVerdict, GainAndLossNeedTheIntervalAndThePValue) {
  TaskComparison t;
  t.task = "classification";
  // Six seeds, all better: CI over seeds excludes 0 and p = 2/64.
  t.metrics.push_back(compareMetric("test_mAP", true, {0.30, 0.31, 0.32, 0.30, 0.29, 0.31},
                                    {0.33, 0.35, 0.34, 0.36, 0.31, 0.34}));
  t.outcome = t.metrics.front().verdict;
  EXPECT_EQ(t.outcome, PairedVerdict::Gain);
  EXPECT_NE(describeVerdict(t).find("gain: colorization pretraining improved test mAP"), std::string::npos)
      << describeVerdict(t);
  t.metrics.front() = compareMetric("test_mAP", true, {0.33, 0.35, 0.34, 0.36, 0.31, 0.34},
                                    {0.30, 0.31, 0.32, 0.30, 0.29, 0.31});
  t.outcome = t.metrics.front().verdict;
  EXPECT_EQ(t.outcome, PairedVerdict::Loss);
  EXPECT_NE(describeVerdict(t).find("loss: colorization pretraining lowered"), std::string::npos);
  EXPECT_NE(describeVerdict(t).find("sign-flip p = 0.031"), std::string::npos) << describeVerdict(t);
}

}  // namespace
}  // namespace colorproxy
