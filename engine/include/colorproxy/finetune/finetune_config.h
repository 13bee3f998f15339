#pragma once
// Every setting of a downstream fine-tuning run (multilabel classification or semantic segmentation)
// started from random weights or from a colorization generator. The same struct drives the CLI flags
// (one flag per field, from fields()), the GUI wizard and the run's config.json.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "colorproxy/data/data_problem.h"
#include "colorproxy/data/dataset_format.h"
#include "colorproxy/io/run_kind.h"
#include "colorproxy/train/reflected_config.h"

namespace colorproxy {

/// One phase of a fine-tuning schedule: `epochs` epochs at learning rate `lr` with `frozen` parts fixed.
/// Part names: "transferred" (every tensor a pretrained init takes from the generator), "encoder",
/// "decoder", "head" (what is never transferred), or any dotted parameter-name prefix.
struct FinetunePhase {
  int64_t epochs = 1;
  double lr = 3e-4;
  std::vector<std::string> frozen;

  bool operator==(const FinetunePhase& other) const {
    return epochs == other.epochs && lr == other.lr && frozen == other.frozen;
  }
};

/// Text form of a schedule, "3@0.0003/transferred,1@5e-05" (epochs@lr[/part+part...], comma separated).
std::string formatPhases(const std::vector<FinetunePhase>& phases);
/// Parses formatPhases' text; throws std::invalid_argument naming the bad phase and the expected form.
std::vector<FinetunePhase> parsePhases(const std::string& text);

/// Settings of a fine-tuning run; the defaults are the paper's (Treneska et al. 2022).
struct FinetuneConfig : ReflectedConfig<FinetuneConfig> {
  // Task and data
  DownstreamTask task = DownstreamTask::Classification;  ///< multilabel classification or segmentation
  std::filesystem::path dataPath;                        ///< dataset root (COCO/YOLO, VOC, CamVid)
  DatasetFormat dataFormat = DatasetFormat::Auto;        ///< reader; Auto detects it from the folder layout
  std::string trainSplit;         ///< empty = "train", a split starting with "train", or "all"
  std::string valSplit;           ///< empty = "val"/"val*" unless used as test, else a hold-out of train
  std::string testSplit;          ///< empty = "test"/"test*", else "val"/"val*"
  double valFraction = 0.15;      ///< share of train held out for validation when no val split is left
  std::string labelView = "all";  ///< classification: "all" classes or "voc20" (COCO names -> 20 VOC)
  /// VOC objects marked difficult: "positive" (count as present), "absent", or "ignore" (the devkit's
  /// protocol: a class present only as difficult objects is neither positive nor negative, in the loss
  /// and in every metric).
  std::string vocDifficult = "positive";
  int64_t maxImages = 0;      ///< cap on training images, 0 = all
  int64_t maxValImages = 0;   ///< cap on validation images, 0 = all
  int64_t maxTestImages = 0;  ///< cap on test images, 0 = all
  /// Share (0, 1] of the training images used, after maxImages: the first ceil(share x n) of one
  /// permutation drawn from subsetSeed, so a smaller share is a subset of any larger one with that seed.
  double trainFraction = 1.0;
  uint64_t subsetSeed = 1;  ///< the permutation trainFraction takes its images from (not the run's seed)
  BadInputPolicy badFilePolicy =
      BadInputPolicy::Skip;  ///< skip unreadable files (logged) or fail on the first
  int loaderWorkers = 2;     ///< decode/augment threads feeding the trainer

  // Initialisation and schedule
  std::string init = "random";        ///< "random" (N(0, 0.02)) or "pretrained:<run folder or checkpoint>"
  std::vector<FinetunePhase> phases;  ///< empty = paperPhases(task, pretrained)
  int epochScale = 1;                 ///< multiplies every phase's epochs (small datasets: the paper's
                                      ///< proportions with more steps)
  double lrScale = 1.0;               ///< multiplies every phase's learning rate (keeps their ratios)
  /// Optimiser steps of the whole run, 0 = the phases' epochs; when set, the run takes exactly this many
  /// steps whatever the dataset's size and the phases' epochs only give each phase its share.
  int64_t iterations = 0;
  std::string lrSchedule = "constant";  ///< multiplier of the phases' rates: constant, cosine or step
  int64_t warmupIterations = 0;         ///< steps of linear learning-rate warm-up
  int64_t evalEvery = 0;                ///< steps between validations, 0 = once per pass over the data
  int64_t batchSize = 0;                ///< 0 = the paper's (32 classification, 16 segmentation)
  double beta1 = 0.9;                   ///< Adam (Keras defaults, as the paper's code)
  double beta2 = 0.999;

  // Images and network
  int imageSize = 256;  ///< network input side (multiple of 2^numDowns)
  int loadSize = 0;     ///< training resize side before the random crop; 0 = imageSize (no jitter)
  bool flip = true;     ///< random horizontal flip while training
  int ngf = 64;         ///< U-Net base width (must equal the pretraining run's)
  int numDowns = 8;     ///< U-Net downsamplings (must equal the pretraining run's)
  std::string head =
      "dense";            ///< classification: "dense" (flatten, as the paper) or "gap" (global average pool)
  int64_t hidden = 4096;  ///< classification: width of both dense layers
  double dropout = 0.5;   ///< classification head dropout, and the U-Net decoder's
  std::string classWeights = "none";  ///< segmentation loss weights: "none" or "median-frequency"

  // Execution
  uint64_t seed = 1;            ///< initialisation, batch order, augmentation, dropout
  std::string device = "auto";  ///< "auto", "cpu" or "cuda"
  int threads = 0;              ///< ATen threads in the training thread, 0 = all cores
  bool bf16 = false;            ///< bfloat16 autocast on CPU
  /// Data-parallel runs: the U-Net's batch norms use the statistics of the whole step's batch (all
  /// processes) instead of each process's own; also on with COLORPROXY_SYNC_BATCHNORM=1.
  bool syncBatchNorm = false;

  // Outputs
  int previewCount = 4;               ///< fixed validation images in previews/epoch-NNN.png
  int64_t logEvery = 1;               ///< iterations between metrics.csv rows
  bool savePredictions = true;        ///< test predictions under predictions/ (masks, probabilities CSV)
  int checkpointEvery = 1;            ///< write checkpoints/latest.pt every N epochs; 0 = only at the end
  bool keepEpochCheckpoints = false;  ///< keep checkpoints/epoch-NNN.pt besides latest.pt
  std::filesystem::path runsDir = "runs";
  std::string runName = "finetune";  ///< suffix of the run folder and IterationStats::runName

  /// True when init is "pretrained:<path>".
  bool pretrained() const;
  /// The <path> of "pretrained:<path>" (empty for a random init).
  std::filesystem::path pretrainedPath() const;
  /// `phases`, or the paper's schedule when empty, with every phase's epochs multiplied by epochScale and
  /// its learning rate by lrScale.
  std::vector<FinetunePhase> effectivePhases() const;
  /// `batchSize`, or the paper's when 0.
  int64_t effectiveBatchSize() const;
  /// Sum of the effective phases' epochs.
  int64_t totalEpochs() const;
  /// The paper's schedules: classification random 4 @ 3e-4; pretrained 3 @ 3e-4 frozen + 1 @ 5e-5;
  /// segmentation random 6 @ 3e-4; pretrained 1 @ 3e-4 frozen + 5 @ 3e-4 (the paper gives no second rate).
  static std::vector<FinetunePhase> paperPhases(DownstreamTask task, bool pretrained);

  /// Human-readable problems (empty when the config can run), one per bad field, naming value and fix.
  std::vector<std::string> validate() const;

  // JSON, text and fields() come from ReflectedConfig: "phases" is an array of {epochs, lr, frozen} in JSON
  // (formatPhases text is accepted too) and formatPhases text on a command line (field type "phases").
};

}  // namespace colorproxy
