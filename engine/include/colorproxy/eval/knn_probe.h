#pragma once
// A probe of fixed features without training: cosine k-nearest-neighbour multilabel classification.
#include <opencv2/core.hpp>

namespace colorproxy {

/// Settings of knnProbeScores.
struct KnnProbeOptions {
  int k = 20;                      ///< neighbours per query (fewer when the training set is smaller)
  bool similarityWeighted = true;  ///< weight each neighbour's vote by its cosine similarity (clamped at 0)
};

/// Scores (N_query x C, CV_64F, in [0, 1]) of a cosine k-NN classifier: rows of `trainFeatures` and
/// `queryFeatures` (N x D, any depth, single channel) are L2-normalised; each query takes the k training rows
/// of highest cosine similarity (equal similarities: the lower training index first) and scores class c as
/// the weighted share of those neighbours labelled c among the neighbours whose label of c is judged
/// (`trainLabels` N_train x C holds 0, 1 or -1 = ignored). Weights are the similarities clamped at 0, or 1
/// each when none is positive or `similarityWeighted` is false. An all-zero feature row has similarity 0 to
/// every row. Throws std::invalid_argument naming the problem on mismatched shapes, an empty set, k < 1, a
/// non-finite feature or a label other than 0/1/-1.
cv::Mat knnProbeScores(const cv::Mat& trainFeatures, const cv::Mat& trainLabels, const cv::Mat& queryFeatures,
                       const KnnProbeOptions& options = {});

}  // namespace colorproxy
