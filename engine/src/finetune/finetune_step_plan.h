#pragma once
// Engine-internal, torch-free: a fine-tuning run as optimiser steps. Its length (the phases' epochs on
// this dataset, or a fixed `iterations` budget whatever the dataset's size), where each phase starts
// and ends, the learning rate of every step (the phase's rate times the warm-up / cosine / step
// multiplier) and after which steps the run validates.
#include <cstdint>
#include <vector>

#include "colorproxy/finetune/finetune_config.h"
#include "train/learning_rate_schedule.h"

namespace colorproxy {

/// The steps of one fine-tuning run.
struct FinetuneStepPlan {
  int64_t perEpoch = 1;     ///< batches in one pass over the training images
  int64_t totalSteps = 0;   ///< optimiser steps of the whole run
  int64_t evalEvery = 1;    ///< steps between validations (the last step always validates)
  int64_t warmupSteps = 0;  ///< linear warm-up steps
  LrSchedule schedule = LrSchedule::Constant;
  std::vector<FinetunePhase> phases;
  std::vector<int64_t> phaseEnds;  ///< steps done when each phase ends (the last = totalSteps)

  /// 0-based phase of 0-based `step`.
  std::size_t phaseAt(int64_t step) const;
  /// Learning rate of 0-based `step`: its phase's rate x scheduleFactor over the whole run.
  double lrAt(int64_t step) const;
  /// True when the run validates once `stepsDone` steps are done.
  bool validatesAfter(int64_t stepsDone) const;
  /// Validations over the whole run.
  int64_t validations() const;
  /// Validations done once `stepsDone` steps are done.
  int64_t validationsAfter(int64_t stepsDone) const;
};

/// The plan of `config` on a training set of `batchesPerEpoch` batches per pass. Without `iterations`
/// each phase runs its epochs (x epochScale) of batchesPerEpoch steps and the run validates after every
/// pass (or every evalEvery steps); with it the run takes exactly `iterations` steps, each phase the
/// share of them its epochs have of all the phases' epochs (rounded, at least one step each). Throws
/// std::invalid_argument naming the setting when the warm-up does not fit into the run.
FinetuneStepPlan planFinetuneSteps(const FinetuneConfig& config, int64_t batchesPerEpoch);

}  // namespace colorproxy
