#pragma once
// A linear probe of fixed features: one fully connected layer trained for multilabel classification
// (sigmoid + binary cross-entropy), the standard read-out of frozen self-supervised features.
#include <cstdint>
#include <vector>

#include <opencv2/core.hpp>

namespace colorproxy {

/// Settings of trainLinearProbe.
struct LinearProbeOptions {
  int epochs = 60;            ///< passes over the training features
  int batchSize = 64;         ///< minibatch of the Adam steps
  double lr = 1e-3;           ///< Adam learning rate
  double weightDecay = 1e-4;  ///< L2 penalty on the weights (not the bias), added to the loss
  std::uint64_t seed = 1;     ///< initialisation and minibatch order
  bool standardize = true;    ///< z-score every feature with the training mean and std first
};

/// What trainLinearProbe returns.
struct LinearProbeResult {
  cv::Mat testScores;             ///< N_test x C, CV_64F sigmoid probabilities
  int bestEpoch = 0;              ///< 1-based epoch whose weights scored the test set
  std::vector<double> valMeanAP;  ///< validation mAP after every epoch (empty without validation)
  std::vector<double> trainLoss;  ///< mean training loss of every epoch
};

/// Trains W (D x C) and b (C) on `trainX` (N x D, any float depth) and `trainY` (N x C: 0, 1 or -1 =
/// ignored, masked out of the loss), and scores `testX` with the weights of the epoch of best validation mAP
/// (on `valX`/`valY`; ties: the earlier epoch), or of the last epoch when `valX` is empty. Weights start at 0
/// plus N(0, 0.01) noise from `seed`. Deterministic for one seed and thread count. Throws
/// std::invalid_argument naming the problem on mismatched shapes, an empty training set, non-finite
/// features or labels other than 0/1/-1.
LinearProbeResult trainLinearProbe(const cv::Mat& trainX, const cv::Mat& trainY, const cv::Mat& valX,
                                   const cv::Mat& valY, const cv::Mat& testX,
                                   const LinearProbeOptions& options = {});

/// Column means and standard deviations of `x` (N x D), for z-scoring; a constant column gets std 1.
void featureMoments(const cv::Mat& x, cv::Mat& mean, cv::Mat& std);
/// (x - mean) / std row by row, as CV_32F.
cv::Mat standardizeFeatures(const cv::Mat& x, const cv::Mat& mean, const cv::Mat& std);

}  // namespace colorproxy
