#pragma once
// pix2pix's "linear" learning-rate policy: constant, then linear decay over the last epochs.
#include <cstdint>

namespace colorproxy {

/// Multiplier of the base learning rate in 0-based `epoch` of `epochs`, the last `epochsDecay` of which
/// decay: 1 for the constant epochs, then 1 - k / (epochsDecay + 1) in the k-th decaying epoch
/// (k = 1..epochsDecay), as pix2pix's LambdaLR (the last epoch runs at 1 / (epochsDecay + 1)).
double linearDecayFactor(int64_t epoch, int64_t epochs, int64_t epochsDecay);

}  // namespace colorproxy
