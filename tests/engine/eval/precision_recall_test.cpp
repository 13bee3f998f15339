#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

#include "colorproxy/eval/precision_recall.h"

namespace colorproxy {
namespace {

// O(n²) reference: for every distinct score t (descending), count predictions score >= t directly, then
// AP = Σ (R_t − R_prev) · P_t. Shares nothing with the sort-and-sweep implementation.
double naiveAp(const std::vector<double>& scores, const std::vector<int>& labels) {
  std::set<double, std::greater<double>> thresholds(scores.begin(), scores.end());
  const double positives = double(std::count(labels.begin(), labels.end(), 1));
  double ap = 0.0, previousRecall = 0.0;
  for (double t : thresholds) {
    double tp = 0, predicted = 0;
    for (std::size_t i = 0; i < scores.size(); ++i)
      if (scores[i] >= t) {
        ++predicted;
        tp += labels[i];
      }
    const double recall = tp / positives;
    ap += (recall - previousRecall) * (tp / predicted);
    previousRecall = recall;
  }
  return ap;
}

TEST(AveragePrecision, ScikitLearnDocumentationExample) {
  // average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.8333 in scikit-learn's docs:
  // points (P, R) = (1, ½), (½, ½), (⅔, 1), (½, 1) → ½·1 + 0 + ½·⅔.
  EXPECT_NEAR(averagePrecision({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 5.0 / 6.0, 1e-15);
}

TEST(AveragePrecision, TiedScoresFormOnePointByHand) {
  // Thresholds 0.9: TP 1, FP 1 (P ½, R ⅓); 0.5: TP 2, FP 2 (P ½, R ⅔); 0.1: TP 3, FP 2 (P ⅗, R 1).
  // AP = ⅓·½ + ⅓·½ + ⅓·⅗ = 1.6 / 3.
  const std::vector<double> scores{0.9, 0.9, 0.5, 0.5, 0.1};
  EXPECT_NEAR(averagePrecision(scores, {1, 0, 1, 0, 1}), 1.6 / 3.0, 1e-15);
  // Swapping tied samples' labels changes nothing.
  EXPECT_NEAR(averagePrecision(scores, {0, 1, 0, 1, 1}), 1.6 / 3.0, 1e-15);
}

TEST(AveragePrecision, PerfectRankingIsOneAndNoPositiveIsNaN) {
  EXPECT_DOUBLE_EQ(averagePrecision({0.9, 0.8, 0.3, 0.1}, {1, 1, 0, 0}), 1.0);
  EXPECT_TRUE(std::isnan(averagePrecision({0.9, 0.8}, {0, 0})));
  EXPECT_TRUE(std::isnan(averagePrecision({}, {})));
  // Worst ranking: positives last. Points (0,0) at 0.9, (0,0) at 0.8, (⅓, ½) at 0.3, (½, 1) at 0.1.
  EXPECT_NEAR(averagePrecision({0.9, 0.8, 0.3, 0.1}, {0, 0, 1, 1}), 0.5 / 3.0 + 0.5 * 0.5, 1e-15);
}

TEST(AveragePrecision, AgreesWithNaiveScanOnRandomTiedScores) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> level(0, 10);  // scores in steps of 0.1: many ties
  std::bernoulli_distribution coin(0.3);
  for (int trial = 0; trial < 50; ++trial) {
    const int n = 1 + trial * 3;
    std::vector<double> scores(n);
    std::vector<int> labels(n);
    for (int i = 0; i < n; ++i) {
      scores[i] = level(rng) / 10.0;
      labels[i] = coin(rng) ? 1 : 0;
    }
    if (std::count(labels.begin(), labels.end(), 1) == 0) labels[0] = 1;
    EXPECT_NEAR(averagePrecision(scores, labels), naiveAp(scores, labels), 1e-12) << "trial " << trial;
  }
}

TEST(PrecisionRecallCurve, PointsByHand) {
  const auto curve = precisionRecallCurve({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1});
  ASSERT_EQ(curve.size(), 4u);
  const double expected[4][5] = {// threshold, precision, recall, TP, FP
                                 {0.8, 1.0, 0.5, 1, 0},
                                 {0.4, 0.5, 0.5, 1, 1},
                                 {0.35, 2.0 / 3.0, 1.0, 2, 1},
                                 {0.1, 0.5, 1.0, 2, 2}};
  for (int i = 0; i < 4; ++i) {
    EXPECT_DOUBLE_EQ(curve[i].threshold, expected[i][0]);
    EXPECT_DOUBLE_EQ(curve[i].precision, expected[i][1]);
    EXPECT_DOUBLE_EQ(curve[i].recall, expected[i][2]);
    EXPECT_EQ(curve[i].truePositives, std::size_t(expected[i][3]));
    EXPECT_EQ(curve[i].falsePositives, std::size_t(expected[i][4]));
  }
  EXPECT_EQ(precisionRecallCurve({0.5, 0.5, 0.5}, {1, 0, 1}).size(), 1u);
}

TEST(PrecisionRecallCurve, BadInputIsRejected) {
  EXPECT_THROW(precisionRecallCurve({0.1, 0.2}, {1}), std::invalid_argument);
  EXPECT_THROW(precisionRecallCurve({0.1, std::nan("")}, {1, 0}), std::invalid_argument);
  try {
    averagePrecision({0.1, 0.2}, {1, 2});
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("label 1 is 2"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace colorproxy
