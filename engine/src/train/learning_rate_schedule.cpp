#include "train/learning_rate_schedule.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace colorproxy {

double linearDecayFactor(int64_t epoch, int64_t epochs, int64_t epochsDecay) {
  const int64_t constant = epochs - epochsDecay;
  const int64_t k = std::max<int64_t>(0, epoch + 1 - constant);
  return std::max(0.0, 1.0 - double(k) / double(epochsDecay + 1));
}

std::string lrScheduleName(LrSchedule schedule) {
  switch (schedule) {
    case LrSchedule::Cosine:
      return "cosine";
    case LrSchedule::Step:
      return "step";
    case LrSchedule::Constant:
      break;
  }
  return "constant";
}

std::vector<std::string> lrScheduleNames() { return {"constant", "cosine", "step"}; }

LrSchedule parseLrSchedule(const std::string& name) {
  for (const LrSchedule s : {LrSchedule::Constant, LrSchedule::Cosine, LrSchedule::Step})
    if (lrScheduleName(s) == name) return s;
  throw std::invalid_argument("learning-rate schedule '" + name + "' is not one of: constant, cosine, step");
}

double scheduleFactor(LrSchedule schedule, int64_t step, int64_t totalSteps, int64_t warmupSteps) {
  totalSteps = std::max<int64_t>(1, totalSteps);
  warmupSteps = std::clamp<int64_t>(warmupSteps, 0, totalSteps - 1);
  step = std::clamp<int64_t>(step, 0, totalSteps - 1);
  if (step < warmupSteps) return double(step + 1) / double(warmupSteps);
  const int64_t p = step - warmupSteps, n = totalSteps - warmupSteps;
  switch (schedule) {
    case LrSchedule::Cosine:
      return 0.5 * (1.0 + std::cos(M_PI * double(p) / double(n)));
    case LrSchedule::Step:
      return p < n / 2 ? 1.0 : p < 3 * n / 4 ? 0.1 : 0.01;
    case LrSchedule::Constant:
      break;
  }
  return 1.0;
}

}  // namespace colorproxy
