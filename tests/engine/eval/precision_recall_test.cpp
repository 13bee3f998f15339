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

// The VOC devkits' own algorithms, per sample in score order (VOCevalcls.m 2007 and VOCap.m 2010+), for
// distinct scores: cumulative TP/FP per sample, then the 11-point mean or the envelope area.
double devkitAp(const std::vector<double>& scores, const std::vector<int>& labels, bool elevenPoint) {
  std::vector<std::size_t> order(scores.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  const double positives = double(std::count(labels.begin(), labels.end(), 1));
  std::vector<double> rec, prec;
  double tp = 0, fp = 0;
  for (std::size_t i : order) {
    (labels[i] ? tp : fp) += 1;
    rec.push_back(tp / positives);
    prec.push_back(tp / (tp + fp));
  }
  double ap = 0.0;
  if (elevenPoint) {
    for (int k = 0; k <= 10; ++k) {
      double p = 0.0;
      for (std::size_t i = 0; i < rec.size(); ++i)
        if (rec[i] >= k / 10.0 - 1e-12) p = std::max(p, prec[i]);
      ap += p / 11.0;
    }
    return ap;
  }
  std::vector<double> mrec{0.0}, mpre{0.0};
  mrec.insert(mrec.end(), rec.begin(), rec.end());
  mpre.insert(mpre.end(), prec.begin(), prec.end());
  mrec.push_back(1.0);
  mpre.push_back(0.0);
  for (int i = int(mpre.size()) - 2; i >= 0; --i) mpre[i] = std::max(mpre[i], mpre[i + 1]);
  for (std::size_t i = 1; i < mrec.size(); ++i) ap += (mrec[i] - mrec[i - 1]) * mpre[i];
  return ap;
}

TEST(AveragePrecisionVariants, HandWorkedExamples) {
  // Ranking + − + − +: points (P, R) = (1, ⅓), (½, ⅓), (⅔, ⅔), (½, ⅔), (⅗, 1).
  const std::vector<double> s1{0.9, 0.8, 0.7, 0.6, 0.5};
  const std::vector<int> l1{1, 0, 1, 0, 1};
  // Step sum: ⅓·1 + ⅓·⅔ + ⅓·⅗. Envelope (1, ⅔, ⅗ over the three recall thirds) gives the same here.
  EXPECT_NEAR(averagePrecision(s1, l1, ApVariant::StepSum), 1.0 / 3 + 2.0 / 9 + 1.0 / 5, 1e-12);
  EXPECT_NEAR(averagePrecision(s1, l1, ApVariant::VocAllPoint), 1.0 / 3 + 2.0 / 9 + 1.0 / 5, 1e-12);
  // 11 points: t = 0 … 0.3 → 1 (four points), t = 0.4 … 0.6 → ⅔ (three), t = 0.7 … 1 → ⅗ (four).
  EXPECT_NEAR(averagePrecision(s1, l1, ApVariant::Voc2007ElevenPoint), (4.0 + 2.0 + 2.4) / 11.0, 1e-12);
  // Ranking − + +: points (0, 0), (½, ½), (⅔, 1). Step sum ½·½ + ½·⅔; the envelope lifts the first
  // half of recall to ⅔, so both VOC variants give ⅔.
  const std::vector<double> s2{0.9, 0.8, 0.7};
  const std::vector<int> l2{0, 1, 1};
  EXPECT_NEAR(averagePrecision(s2, l2, ApVariant::StepSum), 0.25 + 1.0 / 3, 1e-12);
  EXPECT_NEAR(averagePrecision(s2, l2, ApVariant::VocAllPoint), 2.0 / 3, 1e-12);
  EXPECT_NEAR(averagePrecision(s2, l2, ApVariant::Voc2007ElevenPoint), 2.0 / 3, 1e-12);
  EXPECT_TRUE(std::isnan(averagePrecision({0.5}, {0}, ApVariant::VocAllPoint)));
  EXPECT_STREQ(apVariantName(ApVariant::Voc2007ElevenPoint), "voc07");
}

TEST(AveragePrecisionVariants, AgreeWithTheDevkitAlgorithmsOnRandomDistinctScores) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::bernoulli_distribution coin(0.35);
  for (int trial = 0; trial < 40; ++trial) {
    const int n = 2 + trial * 2;
    std::vector<double> scores(n);
    std::vector<int> labels(n);
    for (int i = 0; i < n; ++i) {
      scores[i] = u(rng);
      labels[i] = coin(rng) ? 1 : 0;
    }
    labels[0] = 1;
    EXPECT_NEAR(averagePrecision(scores, labels, ApVariant::VocAllPoint), devkitAp(scores, labels, false),
                1e-12)
        << "trial " << trial;
    EXPECT_NEAR(averagePrecision(scores, labels, ApVariant::Voc2007ElevenPoint),
                devkitAp(scores, labels, true), 1e-12)
        << "trial " << trial;
    // The envelope never lies below the step sum.
    EXPECT_GE(averagePrecision(scores, labels, ApVariant::VocAllPoint) + 1e-12,
              averagePrecision(scores, labels, ApVariant::StepSum));
  }
}

}  // namespace
}  // namespace colorproxy
