#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

#include "colorproxy/eval/knn_probe.h"
#include "colorproxy/eval/multilabel_evaluator.h"

namespace colorproxy {
namespace {

cv::Mat rows(std::initializer_list<std::initializer_list<double>> values) {
  cv::Mat m(int(values.size()), int(values.begin()->size()), CV_64F);
  int r = 0;
  for (const auto& row : values) {
    int c = 0;
    for (double v : row) m.at<double>(r, c++) = v;
    ++r;
  }
  return m;
}

TEST(KnnProbe, HandWorkedNeighboursAndWeights) {
  // Query (2, 1): cosines 2/√5 with (1, 0), 1/√5 with (0, 1), 3/√10 with (1, 1), −2/√5 with (−1, 0).
  const cv::Mat train = rows({{1, 0}, {0, 1}, {1, 1}, {-1, 0}});
  const cv::Mat labels = rows({{1, 0}, {0, 1}, {1, 1}, {0, 1}});
  const cv::Mat query = rows({{2, 1}});
  const double w2 = 3.0 / std::sqrt(10.0), w0 = 2.0 / std::sqrt(5.0), w1 = 1.0 / std::sqrt(5.0);
  KnnProbeOptions two;
  two.k = 2;  // (1, 1) then (1, 0)
  cv::Mat s = knnProbeScores(train, labels, query, two);
  EXPECT_NEAR(s.at<double>(0, 0), 1.0, 1e-6);
  EXPECT_NEAR(s.at<double>(0, 1), w2 / (w2 + w0), 1e-6);
  two.similarityWeighted = false;
  s = knnProbeScores(train, labels, query, two);
  EXPECT_NEAR(s.at<double>(0, 1), 0.5, 1e-12);
  KnnProbeOptions three;
  three.k = 3;  // adds (0, 1)
  s = knnProbeScores(train, labels, query, three);
  EXPECT_NEAR(s.at<double>(0, 0), (w2 + w0) / (w2 + w0 + w1), 1e-6);
  EXPECT_NEAR(s.at<double>(0, 1), (w2 + w1) / (w2 + w0 + w1), 1e-6);
  // An ignored label leaves that neighbour out of that class only.
  cv::Mat ignored = labels.clone();
  ignored.at<double>(0, 1) = -1;
  two.similarityWeighted = true;
  s = knnProbeScores(train, ignored, query, two);
  EXPECT_NEAR(s.at<double>(0, 1), 1.0, 1e-6);
  EXPECT_NEAR(s.at<double>(0, 0), 1.0, 1e-6);
  // k larger than the training set uses every row; the (−1, 0) vote has weight 0.
  KnnProbeOptions all;
  all.k = 50;
  s = knnProbeScores(train, labels, query, all);
  EXPECT_NEAR(s.at<double>(0, 0), (w2 + w0) / (w2 + w0 + w1), 1e-6);
}

// Brute force in double: every similarity, a full stable sort, the first k.
cv::Mat bruteForce(const cv::Mat& train, const cv::Mat& labels, const cv::Mat& query, int k) {
  cv::Mat out(query.rows, labels.cols, CV_64F);
  for (int q = 0; q < query.rows; ++q) {
    std::vector<std::pair<double, int>> sims;
    for (int t = 0; t < train.rows; ++t) {
      double dot = 0, nq = 0, nt = 0;
      for (int d = 0; d < train.cols; ++d) {
        dot += query.at<double>(q, d) * train.at<double>(t, d);
        nq += query.at<double>(q, d) * query.at<double>(q, d);
        nt += train.at<double>(t, d) * train.at<double>(t, d);
      }
      sims.push_back({dot / std::sqrt(nq * nt), t});
    }
    std::stable_sort(sims.begin(), sims.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int c = 0; c < labels.cols; ++c) {
      double votes = 0, total = 0;
      for (int j = 0; j < k; ++j) {
        const double w = std::max(0.0, sims[std::size_t(j)].first);
        total += w;
        votes += w * labels.at<double>(sims[std::size_t(j)].second, c);
      }
      out.at<double>(q, c) = votes / total;
    }
  }
  return out;
}

TEST(KnnProbe, AgreesWithBruteForceOnRandomFeatures) {
  std::mt19937 rng(3);
  std::normal_distribution<double> g(0.3, 1.0);
  std::bernoulli_distribution coin(0.4);
  cv::Mat train(40, 9, CV_64F), labels(40, 3, CV_64F), query(12, 9, CV_64F);
  for (int r = 0; r < train.rows; ++r) {
    for (int d = 0; d < train.cols; ++d) train.at<double>(r, d) = g(rng);
    for (int c = 0; c < labels.cols; ++c) labels.at<double>(r, c) = coin(rng) ? 1 : 0;
  }
  for (int r = 0; r < query.rows; ++r)
    for (int d = 0; d < query.cols; ++d) query.at<double>(r, d) = g(rng);
  for (int k : {1, 5, 17}) {
    KnnProbeOptions o;
    o.k = k;
    const cv::Mat fast = knnProbeScores(train, labels, query, o);
    const cv::Mat slow = bruteForce(train, labels, query, k);
    EXPECT_LT(cv::norm(fast, slow, cv::NORM_INF), 1e-5) << "k " << k;
  }
}

TEST(KnnProbe, SeparableClustersGiveAPerfectMapAndMixedOnesDoNot) {
  // Two directions, one class each: every query's neighbours share its class → mAP 1. With the features
  // replaced by noise unrelated to the labels the same probe falls well below 1.
  std::mt19937 rng(11);
  std::normal_distribution<double> noise(0.0, 0.05);
  const auto make = [&](int n, cv::Mat& f, cv::Mat& y, bool informative) {
    f.create(n, 4, CV_64F);
    y.create(n, 2, CV_64F);
    for (int i = 0; i < n; ++i) {
      const int cls = i % 2;
      for (int d = 0; d < 4; ++d)
        f.at<double>(i, d) = informative ? (d == cls ? 1.0 : 0.0) + noise(rng) : noise(rng) * 20.0;
      y.at<double>(i, 0) = cls == 0;
      y.at<double>(i, 1) = cls == 1;
    }
  };
  cv::Mat ft, yt, fq, yq;
  make(30, ft, yt, true);
  make(20, fq, yq, true);
  EXPECT_DOUBLE_EQ(evaluateMultilabel(knnProbeScores(ft, yt, fq), yq).meanAveragePrecision, 1.0);
  make(30, ft, yt, false);
  make(20, fq, yq, false);
  EXPECT_LT(evaluateMultilabel(knnProbeScores(ft, yt, fq), yq).meanAveragePrecision, 0.9);
}

TEST(KnnProbe, BadInputIsRejectedWithTheReason) {
  const cv::Mat train = rows({{1, 0}, {0, 1}});
  const cv::Mat labels = rows({{1}, {0}});
  KnnProbeOptions zero;
  zero.k = 0;
  EXPECT_THROW(knnProbeScores(train, labels, rows({{1, 1}}), zero), std::invalid_argument);
  EXPECT_THROW(knnProbeScores(train, labels, rows({{1, 1, 1}})), std::invalid_argument);
  EXPECT_THROW(knnProbeScores(train, rows({{1}}), rows({{1, 1}})), std::invalid_argument);
  EXPECT_THROW(knnProbeScores(train, rows({{1}, {2}}), rows({{1, 1}})), std::invalid_argument);
  EXPECT_THROW(knnProbeScores(rows({{1, NAN}, {0, 1}}), labels, rows({{1, 1}})), std::invalid_argument);
  EXPECT_THROW(knnProbeScores(cv::Mat(), labels, rows({{1, 1}})), std::invalid_argument);
  // A zero query row is similar to nothing: uniform weights over the first k by index.
  const cv::Mat s = knnProbeScores(train, labels, rows({{0, 0}}));
  EXPECT_NEAR(s.at<double>(0, 0), 0.5, 1e-12);
}

}  // namespace
}  // namespace colorproxy
