#pragma once
// Engine-internal: pooled encoder features of a sample list, one matrix per probed level, and their cache
// on disk (float32 .npy files plus a meta.json stating shape, dtype, split, image list and where they
// came from).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <torch/torch.h>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include "colorproxy/base/stop_token.h"
#include "colorproxy/data/loader_options.h"
#include "colorproxy/data/sample.h"
#include "colorproxy/probe/probe_levels.h"
#include "models/unet_encoder.h"

namespace colorproxy {

/// The features of one split.
struct ProbeSplitFeatures {
  std::vector<cv::Mat> levels;      ///< per probed level: N x features, CV_32F
  cv::Mat labels;                   ///< N x C, CV_32F (0, 1 or -1 = ignored)
  std::vector<std::string> images;  ///< the image file of every row
};

/// Runs `encoder` (eval mode: batch norms use their running statistics, no gradients) over `samples`
/// (resized to the loader's size, L only) and average-pools each probed level's activation to its grid
/// (adaptive average pooling), flattened channel-major (c, y, x). Returns early with what it has when `stop`
/// is requested. Throws std::invalid_argument naming the image when a sample lacks its labels.
ProbeSplitFeatures extractProbeFeatures(UNetEncoder& encoder, const std::vector<Sample>& samples,
                                        const LoaderOptions& loader, int classCount,
                                        const std::vector<ProbeLevelShape>& levels, StopToken& stop);

/// A cache folder of features for one encoder: meta.json + <split>-level<L>.npy + <split>-labels.npy.
class ProbeFeatureCache {
 public:
  /// `identity` says what the features depend on (model file, its size and time, image size, pooling,
  /// normalisation, image lists); a cache whose meta.json has another identity is ignored and rewritten.
  ProbeFeatureCache(std::filesystem::path dir, nlohmann::json identity);

  /// The cached features of `split` when the identity matches and every file reads, else nothing.
  std::optional<ProbeSplitFeatures> load(const std::string& split,
                                         const std::vector<ProbeLevelShape>& levels) const;
  /// Writes the features of `split` (each file atomically) and records them in meta.json.
  void store(const std::string& split, const std::vector<ProbeLevelShape>& levels,
             const ProbeSplitFeatures& features);

  const std::filesystem::path& dir() const { return m_dir; }

 private:
  nlohmann::json readMeta() const;
  std::filesystem::path m_dir;
  nlohmann::json m_identity;
};

}  // namespace colorproxy
