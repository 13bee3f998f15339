#pragma once
// Engine-internal: the k-NN probe a pretraining run scores after its epochs ("is the pretext making the
// features better as it trains?"). The labelled images are decoded once; each call only runs the encoder.
#include <cstdint>
#include <filesystem>
#include <string>

#include <torch/torch.h>
#include <opencv2/core.hpp>

#include "colorproxy/probe/probe_levels.h"
#include "models/unet_encoder.h"

namespace colorproxy {

/// Settings of EpochKnnProbe.
struct EpochKnnProbeOptions {
  std::filesystem::path dataPath;  ///< labelled dataset (its train + val splits are the k-NN's memory,
                                   ///< its test split, or val when there is none, the queries)
  int imageSize = 256;             ///< the pretraining input side
  int ngf = 64, numDowns = 8;      ///< the encoder's shape
  int level = -1;                  ///< encoder level, -1 = the bottleneck (numDowns - 1)
  int64_t maxImages = 0;           ///< cap per role (memory / queries), 0 = all
  int k = 20;
  int featureBudget = 9000;  ///< pooled features (probeGridSide)
  int loaderWorkers = 2;
};

/// Cosine k-NN multilabel probe of one encoder level on fixed, pre-decoded images.
class EpochKnnProbe {
 public:
  /// Reads and decodes the images. Throws std::invalid_argument / DataError naming the dataset and the fix.
  explicit EpochKnnProbe(const EpochKnnProbeOptions& options);

  /// Test mAP of the k-NN probe on `encoder`'s features (run in eval mode without gradients; the caller
  /// restores its training mode). Draws no random numbers, so an exact resume is unaffected.
  double score(UNetEncoder& encoder, const torch::Device& device) const;

  /// E.g. "k-NN probe after each epoch: level 6 (128 x 1^2 features), 121 memory / 128 query images of
  /// 80 classes from '.../coco128'".
  const std::string& description() const { return m_description; }

 private:
  torch::Tensor features(UNetEncoder& encoder, const torch::Tensor& l, const torch::Device& device) const;

  EpochKnnProbeOptions m_options;
  ProbeLevelShape m_shape;
  torch::Tensor m_memoryL, m_queryL;  // [N, 1, S, S] in [-1, 1]
  cv::Mat m_memoryLabels, m_queryLabels;
  std::string m_description;
};

}  // namespace colorproxy
