#include "train/learning_rate_schedule.h"

#include <algorithm>

namespace colorproxy {

double linearDecayFactor(int64_t epoch, int64_t epochs, int64_t epochsDecay) {
  const int64_t constant = epochs - epochsDecay;
  const int64_t k = std::max<int64_t>(0, epoch + 1 - constant);
  return std::max(0.0, 1.0 - double(k) / double(epochsDecay + 1));
}

}  // namespace colorproxy
