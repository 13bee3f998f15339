#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <set>

#include "colorproxy/eval/multilabel_evaluator.h"

namespace colorproxy {
namespace {

// 4 samples x 4 classes, worked by hand below. Class 3 never occurs in the truth.
const float kHandScores[4][4] = {
    {0.9f, 0.2f, 0.6f, 0.1f}, {0.4f, 0.7f, 0.1f, 0.1f}, {0.3f, 0.8f, 0.55f, 0.2f}, {0.6f, 0.1f, 0.2f, 0.7f}};
const int kHandTruth[4][4] = {{1, 0, 1, 0}, {1, 1, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 0}};

cv::Mat scoresMat() { return cv::Mat(4, 4, CV_32F, const_cast<float*>(&kHandScores[0][0])).clone(); }
cv::Mat truthMat() { return cv::Mat(4, 4, CV_32S, const_cast<int*>(&kHandTruth[0][0])).clone(); }

TEST(MultilabelEvaluator, HandWorkedReport) {
  // At threshold 0.5 the predictions are {1,0,1,0}, {0,1,0,0}, {0,1,1,0}, {1,0,0,1}:
  //   only sample 0 matches exactly (1/4); 12 of 16 labels are right.
  //   class 0: TP 1 FP 1 FN 1 → P ½ R ½ F1 ½; ranking .9(+) .6(−) .4(+) .3(−) → AP ½·1 + ½·⅔ = ⅚
  //   class 1: TP 2 → P 1 R 1 F1 1; AP 1.  class 2: TP 1 FP 1 → P ½ R 1 F1 ⅔; AP 1.
  //   class 3: absent from truth, FP 1 → AP NaN, left out of mAP and macro averages.
  //   micro: TP 4 FP 3 FN 1 → P 4/7, R 4/5, F1 = 2·4 / (2·4 + 3 + 1) = ⅔.
  const MultilabelReport r = evaluateMultilabel(scoresMat(), truthMat());
  EXPECT_EQ(r.sampleCount, 4u);
  EXPECT_EQ(r.classCount, 4u);
  EXPECT_DOUBLE_EQ(r.exactMatchAccuracy, 0.25);
  EXPECT_DOUBLE_EQ(r.perLabelAccuracy, 0.75);
  EXPECT_NEAR(r.perClass[0].averagePrecision, 5.0 / 6.0, 1e-15);
  EXPECT_DOUBLE_EQ(r.perClass[1].averagePrecision, 1.0);
  EXPECT_DOUBLE_EQ(r.perClass[2].averagePrecision, 1.0);
  EXPECT_TRUE(std::isnan(r.perClass[3].averagePrecision));
  EXPECT_EQ(r.presentClassCount, 3u);
  EXPECT_NEAR(r.meanAveragePrecision, (5.0 / 6.0 + 2.0) / 3.0, 1e-15);
  // VOC variants of class 0: the envelope is 1 up to recall ½ and ⅔ after it → all-point ⅚ as well;
  // 11-point: t = 0 … 0.5 → 1 (six points), t = 0.6 … 1 → ⅔ (five) → 28/33. Classes 1 and 2 stay 1.
  EXPECT_NEAR(r.perClass[0].averagePrecisionVocAll, 5.0 / 6.0, 1e-12);
  EXPECT_NEAR(r.perClass[0].averagePrecisionVoc07, 28.0 / 33.0, 1e-12);
  EXPECT_NEAR(r.meanAveragePrecisionVoc07, (28.0 / 33.0 + 2.0) / 3.0, 1e-12);
  EXPECT_NEAR(r.meanAveragePrecisionVocAll, (5.0 / 6.0 + 2.0) / 3.0, 1e-12);
  EXPECT_TRUE(std::isnan(r.perClass[3].averagePrecisionVoc07));
  EXPECT_EQ(r.perClass[0].positives, 2u);
  EXPECT_EQ(r.perClass[0].truePositives, 1u);
  EXPECT_EQ(r.perClass[0].falsePositives, 1u);
  EXPECT_EQ(r.perClass[0].falseNegatives, 1u);
  EXPECT_DOUBLE_EQ(r.perClass[0].f1, 0.5);
  EXPECT_NEAR(r.perClass[2].f1, 2.0 / 3.0, 1e-15);
  EXPECT_EQ(r.perClass[3].falsePositives, 1u);
  EXPECT_DOUBLE_EQ(r.perClass[3].precision, 0.0);
  EXPECT_DOUBLE_EQ(r.perClass[3].recall, 0.0);

  EXPECT_NEAR(r.microPrecision, 4.0 / 7.0, 1e-15);
  EXPECT_NEAR(r.microRecall, 0.8, 1e-15);
  EXPECT_NEAR(r.microF1, 2.0 / 3.0, 1e-15);
  EXPECT_NEAR(r.macroPrecision, 2.0 / 3.0, 1e-15);
  EXPECT_NEAR(r.macroRecall, 2.5 / 3.0, 1e-15);
  EXPECT_NEAR(r.macroF1, (0.5 + 1.0 + 2.0 / 3.0) / 3.0, 1e-15);
}

TEST(MultilabelEvaluator, IgnoredLabelsLeaveEveryMetricOfTheirClass) {
  // Class 0 of sample 1 (truth 1, score .4: a false negative) is ignored, as VOC's devkit ignores
  // "difficult": class 0 then ranks .9(+) .6(−) .3(−) → AP 1, one positive, no FN (the FP of sample 3
  // stays). Judged labels 15, of which 12 right (the ignored one was wrong) → 12/15. Exact match: sample 1
  // is now right on every judged label → samples 0 and 1 of 4.
  cv::Mat truth = truthMat();
  truth.at<int>(1, 0) = -1;
  const MultilabelReport r = evaluateMultilabel(scoresMat(), truth);
  EXPECT_DOUBLE_EQ(r.perClass[0].averagePrecision, 1.0);
  EXPECT_EQ(r.perClass[0].positives, 1u);
  EXPECT_EQ(r.perClass[0].falseNegatives, 0u);
  EXPECT_EQ(r.perClass[0].falsePositives, 1u);
  EXPECT_DOUBLE_EQ(r.perLabelAccuracy, 12.0 / 15.0);
  EXPECT_DOUBLE_EQ(r.exactMatchAccuracy, 0.5);
  // Independent route: class 0's AP from its three judged samples given by hand.
  std::vector<double> s0;
  std::vector<int> t0;
  for (int i = 0; i < 4; ++i)
    if (i != 1) {
      s0.push_back(kHandScores[i][0]);
      t0.push_back(kHandTruth[i][0]);
    }
  EXPECT_DOUBLE_EQ(r.perClass[0].averagePrecisionVocAll, averagePrecision(s0, t0, ApVariant::VocAllPoint));
  cv::Mat bad = truthMat();
  bad.at<int>(0, 0) = 2;
  EXPECT_THROW(evaluateMultilabel(scoresMat(), bad), std::invalid_argument);
}

TEST(MultilabelEvaluator, ThresholdIsInclusive) {
  // A score equal to the threshold counts as predicted positive (scores exactly representable).
  MultilabelEvaluator e(1);
  e.addSample({0.5}, {1});
  e.addSample({0.25}, {0});
  EXPECT_EQ(e.report(0.5).perClass[0].truePositives, 1u);
  EXPECT_EQ(e.report(0.5).perClass[0].falsePositives, 0u);
  EXPECT_EQ(e.report(0.25).perClass[0].falsePositives, 1u);
  EXPECT_EQ(e.report(0.5000001).perClass[0].truePositives, 0u);
}

TEST(MultilabelEvaluator, BatchesAndSamplesGiveTheSameAsOneShot) {
  MultilabelEvaluator batches(4), samples(4);
  batches.add(scoresMat().rowRange(0, 1), truthMat().rowRange(0, 1));
  batches.add(scoresMat().rowRange(1, 4), truthMat().rowRange(1, 4));
  for (int i = 0; i < 4; ++i)
    samples.addSample(std::vector<double>(kHandScores[i], kHandScores[i] + 4),
                      std::vector<int>(kHandTruth[i], kHandTruth[i] + 4));
  const MultilabelReport a = evaluateMultilabel(scoresMat(), truthMat());
  for (const MultilabelEvaluator* e : {&batches, &samples}) {
    const MultilabelReport b = e->report();
    EXPECT_EQ(b.sampleCount, 4u);
    EXPECT_DOUBLE_EQ(b.meanAveragePrecision, a.meanAveragePrecision);
    EXPECT_DOUBLE_EQ(b.microF1, a.microF1);
    EXPECT_DOUBLE_EQ(b.exactMatchAccuracy, a.exactMatchAccuracy);
  }
  EXPECT_EQ(samples.precisionRecallCurve(0).size(), 4u);
  EXPECT_DOUBLE_EQ(samples.precisionRecallCurve(0).back().recall, 1.0);
  samples.clear();
  EXPECT_EQ(samples.sampleCount(), 0u);
}

TEST(MultilabelEvaluator, AgreesWithSetBasedReferenceOnRandomData) {
  // Reference written per sample as label sets, independent of the per-class counters.
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> u(0.f, 1.f);
  const int n = 60, c = 6;
  cv::Mat scores(n, c, CV_32F), truth(n, c, CV_8U);
  for (int i = 0; i < n; ++i)
    for (int k = 0; k < c; ++k) {
      truth.at<uchar>(i, k) = (k < 5 && u(rng) < 0.35f) ? 1 : 0;  // class 5 never present
      scores.at<float>(i, k) = std::round((0.5f * u(rng) + 0.4f * truth.at<uchar>(i, k)) * 20.f) / 20.f;
    }
  const MultilabelReport r = evaluateMultilabel(scores, truth, 0.5);
  int exact = 0, correct = 0, inter = 0, predicted = 0, actual = 0;
  for (int i = 0; i < n; ++i) {
    std::set<int> p, t;
    for (int k = 0; k < c; ++k) {
      if (scores.at<float>(i, k) >= 0.5f) p.insert(k);
      if (truth.at<uchar>(i, k)) t.insert(k);
      correct += (scores.at<float>(i, k) >= 0.5f) == bool(truth.at<uchar>(i, k));
    }
    exact += p == t;
    for (int k : p) inter += t.count(k);
    predicted += int(p.size());
    actual += int(t.size());
  }
  EXPECT_DOUBLE_EQ(r.exactMatchAccuracy, double(exact) / n);
  EXPECT_DOUBLE_EQ(r.perLabelAccuracy, double(correct) / (n * c));
  EXPECT_NEAR(r.microF1, 2.0 * inter / double(predicted + actual), 1e-12);
  EXPECT_EQ(r.presentClassCount, 5u);
  double apSum = 0.0;
  for (int k = 0; k < 5; ++k) {
    std::vector<double> s;
    std::vector<int> l;
    for (int i = 0; i < n; ++i) {
      s.push_back(scores.at<float>(i, k));
      l.push_back(truth.at<uchar>(i, k));
    }
    apSum += averagePrecision(s, l);
  }
  EXPECT_NEAR(r.meanAveragePrecision, apSum / 5.0, 1e-12);
}

TEST(MultilabelEvaluator, BadInputNamesTheProblemAndAddsNothing) {
  MultilabelEvaluator e(4);
  cv::Mat badTruth = truthMat();
  badTruth.at<int>(2, 1) = 3;
  try {
    e.add(scoresMat(), badTruth);
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& ex) {
    EXPECT_NE(std::string(ex.what()).find("row 2, class 1 is 3"), std::string::npos) << ex.what();
  }
  EXPECT_EQ(e.sampleCount(), 0u);
  try {
    e.add(cv::Mat(3, 5, CV_32F, cv::Scalar(0)), cv::Mat(3, 5, CV_8U, cv::Scalar(0)));
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& ex) {
    EXPECT_NE(std::string(ex.what()).find("N x 4"), std::string::npos) << ex.what();
  }
  EXPECT_THROW(e.add(scoresMat(), truthMat().rowRange(0, 3)), std::invalid_argument);
  cv::Mat nanScores = scoresMat();
  nanScores.at<float>(1, 1) = std::nanf("");
  EXPECT_THROW(e.add(nanScores, truthMat()), std::invalid_argument);
  EXPECT_THROW(e.addSample({0.1, 0.2}, {0, 1}), std::invalid_argument);
  EXPECT_THROW(e.precisionRecallCurve(4), std::out_of_range);
  EXPECT_THROW(MultilabelEvaluator(0), std::invalid_argument);
  EXPECT_EQ(e.sampleCount(), 0u);
  const MultilabelReport empty = e.report();
  EXPECT_TRUE(std::isnan(empty.meanAveragePrecision));
  EXPECT_TRUE(std::isnan(empty.exactMatchAccuracy));
}

}  // namespace
}  // namespace colorproxy
