#pragma once
// Every setting of a colorization pretraining run. The same struct drives the CLI flags (one flag per
// field, generated from fields()), the GUI wizard pages and the run's config.json.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "colorproxy/data/data_problem.h"
#include "colorproxy/data/dataset_format.h"
#include "colorproxy/train/reflected_config.h"

namespace colorproxy {

/// Settings of a colorization pretraining run; defaults are the paper's / pix2pix's values.
struct ColorizationConfig : ReflectedConfig<ColorizationConfig> {
  // Data
  std::filesystem::path dataPath;                  ///< dataset root (image folder, COCO, VOC, CamVid)
  DatasetFormat dataFormat = DatasetFormat::Auto;  ///< reader: Auto detects it from the folder layout
  std::string trainSplit;                          ///< empty = the reader's training split (or every image)
  std::string valSplit;                            ///< empty = the reader's validation split, else a hold-out
  double valFraction = 0.1;    ///< held-out share of the images when the dataset has no val split
  int64_t maxImages = 0;       ///< cap on training images, 0 = all
  int64_t maxValImages = 200;  ///< cap on validation images scored per epoch, 0 = all
  BadInputPolicy badFilePolicy =
      BadInputPolicy::Skip;  ///< skip unreadable images (logged) or fail on the first
  int loaderWorkers = 2;     ///< decode/augment threads feeding the trainer

  // Pretext and images
  std::string pretext = "gan";  ///< "gan" (pix2pix cGAN + L1), "classification" (Zhang 313 bins), "l2"
  int imageSize = 256;          ///< network input side in pixels
  int loadSize = 286;           ///< resize side before the random crop (jitter); = imageSize disables
  bool flip = true;             ///< random horizontal flip
  double abDivisor = 110.0;     ///< ab scaling to [-1, 1]: 110 (pix2pix) or 128 (paper code)
  /// Hint-conditioned generator (Zhang, Zhu et al. 2017): three more input channels (hint ab and mask)
  /// fed with simulated user hints while training (hints/hint_simulation.h), so users can guide it.
  bool hints = false;

  // Networks
  int ngf = 64;                           ///< generator base width
  int numDowns = 8;                       ///< U-Net downsamplings (8 = unet_256, 1x1 bottleneck at 256 px)
  int ndf = 64;                           ///< discriminator base width
  std::string discriminator = "basic70";  ///< "basic70" (pix2pix 70x70 PatchGAN) or "paper16" (16x16 map)
  std::string ganMode = "vanilla";        ///< "vanilla" (BCE on logits) or "lsgan"
  double lambdaL1 = 100.0;                ///< weight of the L1 term in the generator loss

  // Optimisation
  double lr = 2e-4;
  double beta1 = 0.5;
  double beta2 = 0.999;
  int64_t epochs = 20;       ///< total epochs, including the decay epochs
  int64_t epochsDecay = 10;  ///< the last N epochs decay the learning rate linearly towards zero
  /// Optimiser steps of the whole run, 0 = `epochs`. When set, a new run trains ceil(iterations / batches
  /// per epoch) whole epochs and epochsDecay keeps its share of them, so a small and a large dataset get
  /// the same number of steps (config.json keeps both the budget and the epochs it gave).
  int64_t iterations = 0;
  int64_t batchSize = 32;
  uint64_t seed = 1;

  // Zhang et al. classification pretext
  double annealTemperature = 0.38;  ///< annealed-mean decoding temperature T (1 = mean, -> 0 = mode)
  double rebalanceLambda = 0.5;     ///< prior smoothing mix; 1 disables class rebalancing
  /// Where the 313-bin logits are predicted: 1 = at the input size, on the whole U-Net (the default:
  /// every decoder level then learns from the pretext, which segmentation fine-tuning reuses); 4 = at a
  /// quarter of it as in Zhang et al. (a 1x1 head replaces the two outermost decoder levels; targets are
  /// every 4th pixel's soft encoding, the decoded ab upsampled bilinearly at inference).
  int classificationStride = 1;

  // Feature probe while pretraining (metrics.csv column probe_knn_mAP, a second curve in the monitor)
  std::filesystem::path probeData;  ///< labelled dataset for a k-NN probe after epochs; empty = no probe
  int64_t probeEvery = 1;           ///< epochs between probes (the last epoch is always probed)
  int probeLevel = -1;              ///< encoder level probed, -1 = the bottleneck
  int64_t probeImages = 300;        ///< cap on memory and on query images, 0 = all

  // Execution
  std::string device = "auto";  ///< "auto", "cpu" or "cuda"
  int threads = 0;              ///< ATen threads in the training thread, 0 = all cores
  bool bf16 = false;            ///< bfloat16 autocast (CPU: oneDNN/AMX convolutions)
  bool channelsLast = false;    ///< channels-last memory format for the networks
  /// Data-parallel runs: the generator's batch norms use the statistics of the whole step's batch (all
  /// processes) instead of each process's own; also on with COLORPROXY_SYNC_BATCHNORM=1.
  bool syncBatchNorm = false;

  // Outputs
  int previewCount = 8;              ///< fixed validation images in previews/epoch-NNN.png
  int64_t logEvery = 1;              ///< iterations between metrics.csv rows
  int64_t checkpointEvery = 0;       ///< extra checkpoint every N iterations, 0 = epoch ends and stops only
  bool keepEpochCheckpoints = true;  ///< keep checkpoints/epoch-NNN.pt besides latest.pt
  std::filesystem::path runsDir = "runs";  ///< parent folder of run folders
  std::string runName = "colorization";    ///< suffix of runs/<yyyymmdd-hhmmss>-<runName>

  /// Human-readable problems (empty when the config can run), one per bad field, naming value and fix.
  std::vector<std::string> validate() const;

  /// A named starting point: "paper" (256 px, ngf 64, the defaults), "cpu-small" (64 px, ngf 16, 6 downs)
  /// or "tiny" (32 px, ngf 8, 5 downs; tests and smoke runs). Throws for an unknown name.
  static ColorizationConfig preset(const std::string& name);
  static std::vector<std::string> presetNames();
};

}  // namespace colorproxy
