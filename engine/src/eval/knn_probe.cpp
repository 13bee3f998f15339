#include "colorproxy/eval/knn_probe.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

#include "eval/mat_checks.h"

namespace colorproxy {
namespace {

// Rows scaled to unit L2 norm in CV_32F (all-zero rows stay zero); throws on a non-finite value.
cv::Mat unitRows(const cv::Mat& features, const char* what) {
  cv::Mat f;
  features.convertTo(f, CV_32F);
  if (!cv::checkRange(f))
    throw std::invalid_argument(std::string("knnProbeScores: ") + what + " features contain NaN or infinity");
  for (int r = 0; r < f.rows; ++r) {
    cv::Mat row = f.row(r);
    const double n = cv::norm(row, cv::NORM_L2);
    if (n > 0.0) row *= 1.0 / n;
  }
  return f;
}

}  // namespace

cv::Mat knnProbeScores(const cv::Mat& trainFeatures, const cv::Mat& trainLabels, const cv::Mat& queryFeatures,
                       const KnnProbeOptions& options) {
  const auto bad = [](const std::string& why) { return std::invalid_argument("knnProbeScores: " + why); };
  if (options.k < 1) throw bad("k must be at least 1, got " + std::to_string(options.k));
  if (trainFeatures.empty() || trainFeatures.channels() != 1 || trainFeatures.dims != 2)
    throw bad("the training features are " + eval_detail::describeMat(trainFeatures) +
              "; give one single-channel row per training image");
  if (queryFeatures.channels() != 1 || queryFeatures.dims != 2 ||
      (!queryFeatures.empty() && queryFeatures.cols != trainFeatures.cols))
    throw bad("the query features are " + eval_detail::describeMat(queryFeatures) +
              " but the training features have " + std::to_string(trainFeatures.cols) + " columns");
  if (trainLabels.channels() != 1 || trainLabels.rows != trainFeatures.rows || trainLabels.cols < 1)
    throw bad("the training labels are " + eval_detail::describeMat(trainLabels) + "; give one row of " +
              "labels per training feature row (" + std::to_string(trainFeatures.rows) + ")");
  cv::Mat labels;
  trainLabels.convertTo(labels, CV_64F);
  for (int r = 0; r < labels.rows; ++r)
    for (int c = 0; c < labels.cols; ++c) {
      const double v = labels.at<double>(r, c);
      if (v != 0.0 && v != 1.0 && v != -1.0)
        throw bad("training label at row " + std::to_string(r) + ", class " + std::to_string(c) + " is " +
                  std::to_string(v) + "; labels must be 0, 1 or -1 (ignored)");
    }
  const int classes = labels.cols;
  cv::Mat scores(queryFeatures.rows, classes, CV_64F, cv::Scalar(0.0));
  if (queryFeatures.empty()) return scores;

  const cv::Mat train = unitRows(trainFeatures, "training");
  const cv::Mat query = unitRows(queryFeatures, "query");
  cv::Mat similarity;  // N_query x N_train
  cv::gemm(query, train, 1.0, cv::noArray(), 0.0, similarity, cv::GEMM_2_T);

  const int k = std::min(options.k, train.rows);
  std::vector<int> order(std::size_t(train.rows));
  for (int q = 0; q < query.rows; ++q) {
    const float* sim = similarity.ptr<float>(q);
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + k, order.end(),
                      [sim](int a, int b) { return sim[a] > sim[b] || (sim[a] == sim[b] && a < b); });
    std::vector<double> weight(std::size_t(k), 1.0);
    if (options.similarityWeighted) {
      double total = 0.0;
      for (int j = 0; j < k; ++j)
        total += weight[std::size_t(j)] = std::max(0.0, double(sim[order[std::size_t(j)]]));
      if (total <= 0.0) std::fill(weight.begin(), weight.end(), 1.0);
    }
    double* out = scores.ptr<double>(q);
    for (int c = 0; c < classes; ++c) {
      double votes = 0.0, judged = 0.0;
      for (int j = 0; j < k; ++j) {
        const double y = labels.at<double>(order[std::size_t(j)], c);
        if (y < 0.0) continue;
        judged += weight[std::size_t(j)];
        votes += weight[std::size_t(j)] * y;
      }
      out[c] = judged > 0.0 ? votes / judged : 0.0;
    }
  }
  return scores;
}

}  // namespace colorproxy
