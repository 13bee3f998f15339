#pragma once
// Dropout with its keep mask drawn as one random byte per element.
#include <torch/torch.h>

namespace colorproxy {

/// Dropout (zero each element with probability `p`, scale the others by 1 / (1 - p)) whose keep mask
/// comes from one random byte per element of the global generator: ATen's CPU bernoulli_ draws every
/// element through a double-precision uniform, which made the U-Net decoder's three dropout layers take
/// tens of ms per training step. Exact for drop probabilities that are multiples of 1/256 (pix2pix's 0.5);
/// other probabilities, non-CPU tensors and `train` false behave as torch::dropout. Differentiable
/// (the gradient is the same mask times the incoming gradient).
torch::Tensor byteDropout(const torch::Tensor& x, double p, bool train);

/// True when byteDropout draws its own mask for `p` (a multiple of 1/256 in (0, 1)).
bool byteDropoutExact(double p);

/// The mask byteDropout multiplies by: 1 / (1 - p) with probability 1 - p, else 0, with `like`'s sizes,
/// dtype and memory format, drawn from `generator` (the global one when none). Needs byteDropoutExact(p)
/// and a CPU `like`.
torch::Tensor byteDropoutMask(const torch::Tensor& like, double p,
                              c10::optional<at::Generator> generator = c10::nullopt);

/// Process-wide switch (on by default): off, byteDropout is torch::dropout everywhere. For A/B benchmarks
/// (`bench train --compare …+torchdrop`).
void setByteDropout(bool on);

}  // namespace colorproxy
