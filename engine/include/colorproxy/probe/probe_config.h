#pragma once
// Settings of a representation probe study: which encoder(s), which data, which levels, how many seeds.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "colorproxy/finetune/finetune_config.h"

namespace colorproxy {

/// A probe study: frozen encoders (a colorization model and, as a baseline, randomly initialised
/// encoders of the same shape) read out per level by linear and k-NN multilabel classifiers.
struct ProbeConfig {
  /// The data: dataPath, dataFormat, splits, labelView, vocDifficult, caps, imageSize, threads,
  /// loaderWorkers and badFilePolicy are used (task is always classification). ngf and numDowns are used
  /// only when `model` is "random"; otherwise they come from the model.
  FinetuneConfig data;
  std::string model = "random";  ///< a colorization run folder / checkpoint / exported model, or "random"
  bool baseline = true;          ///< also probe randomly initialised encoders (one per seed)
  std::vector<int> levels;       ///< encoder levels to probe (0 = outermost); empty = all
  int seeds = 3;                 ///< probe seeds 1..seeds (linear layer init and order; random encoders)
  int featureBudget = 9000;      ///< pooled features per level (Zhang et al. 2016: ~9,000)
  int knnK = 20;                 ///< neighbours of the k-NN probe
  int epochs = 60;               ///< linear probe epochs
  double lr = 1e-3;              ///< linear probe Adam rate
  double weightDecay = 1e-4;     ///< linear probe L2 penalty
  int batchSize = 64;            ///< linear probe minibatch (feature extraction uses 16)
  std::filesystem::path outDir;  ///< where probe.json, probe.csv, probe.md and features/ go (required)

  /// Throws std::invalid_argument naming the field and the fix.
  void validate() const;
};

}  // namespace colorproxy
