#pragma once
// pix2pix's `normal` initialisation, applied to every layer of a network.
#include <torch/torch.h>

namespace colorproxy {

/// Convolution, transposed-convolution and linear weights ~ N(0, stddev); batch-norm weights
/// ~ N(1, stddev); all biases 0. Draws from torch's global generator (seed it for reproducibility).
void initPix2PixWeights(torch::nn::Module& module, double stddev = 0.02);

}  // namespace colorproxy
