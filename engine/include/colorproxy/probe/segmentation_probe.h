#pragma once
// A segmentation probe of a frozen colorization network: a 1x1 convolution trained on the decoder's last
// features (what the output layer reads) to predict class ids, scored by test mIoU, for the model and for
// randomly initialised networks of the same shape. It asks whether the colorization decoder, not only the
// encoder, holds features a linear read-out can segment with. Torch-free interface.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "colorproxy/base/stop_token.h"
#include "colorproxy/probe/probe_config.h"

namespace colorproxy {

/// Test and validation scores of one arm and seed.
struct SegmentationProbeScore {
  std::string arm;  ///< "pretrained" or "random"
  int seed = 0;
  double testMeanIoU = 0.0;
  double testPixelAccuracy = 0.0;
  double valMeanIoU = 0.0;  ///< of the chosen epoch (NaN without validation images)
  int bestEpoch = 0;        ///< 1-based epoch of best validation mIoU (the last without validation)
};

/// Mean and 95 % t-interval of test mIoU over seeds of one arm.
struct SegmentationProbeSummary {
  std::string arm;
  int seeds = 0;
  double mean = 0.0, low = 0.0, high = 0.0;  ///< low/high NaN for one seed
};

/// Everything a segmentation probe produced.
struct SegmentationProbeReport {
  std::filesystem::path outDir;
  std::string modelFile;  ///< the checkpoint the pretrained arm read ("" for random only)
  int ngf = 0, numDowns = 0, imageSize = 0;
  int featureChannels = 0;  ///< channels of the decoder's last features (2 ngf, or 4 ngf at quarter size)
  int featureSide = 0;      ///< their side: imageSize / 2 (imageSize / 4 for a quarter-resolution model)
  std::size_t trainImages = 0, valImages = 0, testImages = 0;
  std::vector<std::string> classNames;
  std::vector<SegmentationProbeScore> scores;
  std::vector<SegmentationProbeSummary> summaries;
  double majorityMeanIoU = 0.0;  ///< test mIoU of predicting the most frequent training class everywhere
  double seconds = 0.0;
};

/// The Adam rate the experiment and the CLI give the segmentation probe (the per-level probes use 1e-3).
inline constexpr double kSegmentationProbeRate = 1e-2;

/// Runs the probe on config.data as a segmentation dataset (its task is taken as segmentation; levels,
/// featureBudget and knnK are not used). Per arm and seed: features standardised per channel with the
/// training split's statistics, a 1x1 convolution (Adam, config.lr, L2 config.weightDecay, config.epochs,
/// minibatches of min(config.batchSize, 16) images) whose logits are upsampled bilinearly to the mask size,
/// cross-entropy over labelled pixels, the epoch of best validation mIoU scores the test split. Writes
/// probe-segmentation.json and probe-segmentation.md in config.outDir. Throws std::invalid_argument (bad
/// settings, unusable model or data, naming the file and the fix) and DataError; returns early with what is
/// done when `stop` is requested (nothing is written then).
SegmentationProbeReport runSegmentationProbe(const ProbeConfig& config,
                                             const std::function<void(const std::string&)>& log,
                                             StopToken& stop);

}  // namespace colorproxy
