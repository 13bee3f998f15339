#pragma once
// Learning-rate multipliers: pix2pix's "linear" epoch policy, and the per-step warm-up + cosine or step
// decay a fine-tuning run may use beside its phases' rates.
#include <cstdint>
#include <string>
#include <vector>

namespace colorproxy {

/// Multiplier of the base learning rate in 0-based `epoch` of `epochs`, the last `epochsDecay` of which
/// decay: 1 for the constant epochs, then 1 - k / (epochsDecay + 1) in the k-th decaying epoch
/// (k = 1..epochsDecay), as pix2pix's LambdaLR (the last epoch runs at 1 / (epochsDecay + 1)).
double linearDecayFactor(int64_t epoch, int64_t epochs, int64_t epochsDecay);

/// Shape of a per-step learning-rate schedule over a whole run.
enum class LrSchedule {
  Constant,  ///< 1 after the warm-up (the paper's: each phase keeps its rate)
  Cosine,    ///< half a cosine from 1 to 0 over the steps after the warm-up
  Step       ///< 1, then 0.1 from half of the steps after the warm-up, 0.01 from three quarters
};

/// "constant", "cosine" or "step".
std::string lrScheduleName(LrSchedule schedule);
/// The schedule named `name`; throws std::invalid_argument listing the names otherwise.
LrSchedule parseLrSchedule(const std::string& name);
/// Every name parseLrSchedule accepts.
std::vector<std::string> lrScheduleNames();

/// Multiplier of the base rate at 0-based `step` of `totalSteps`, after `warmupSteps` steps of linear
/// warm-up ((step + 1) / warmupSteps). With p = step - warmupSteps and n = totalSteps - warmupSteps:
/// cosine 0.5 (1 + cos(pi p / n)); step 1 for p < n / 2, 0.1 for p < 3 n / 4, else 0.01 (integer
/// division). Steps outside [0, totalSteps) are clamped into it.
double scheduleFactor(LrSchedule schedule, int64_t step, int64_t totalSteps, int64_t warmupSteps);

}  // namespace colorproxy
