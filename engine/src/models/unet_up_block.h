#pragma once
// One level of the U-Net's expanding path, as in pix2pix's UnetSkipConnectionBlock "up" half.
#include <torch/torch.h>

#include "models/conv_transpose_4x2.h"

namespace colorproxy {

/// Options of UNetUpBlock: ReLU -> transposed conv 4x4/2 -> batch norm [-> dropout], or for the outermost
/// level ReLU -> transposed conv (with bias) -> [tanh].
struct UNetUpBlockOptions {
  UNetUpBlockOptions(int64_t inChannels, int64_t outChannels);
  TORCH_ARG(int64_t, inChannels);
  TORCH_ARG(int64_t, outChannels);
  TORCH_ARG(bool, outermost) = false;
  TORCH_ARG(bool, tanhOutput) = true;           ///< outermost only; false gives logits
  TORCH_ARG(double, dropout) = 0.0;             ///< probability; 0 disables
  TORCH_ARG(bool, dropoutAtInference) = false;  ///< pix2pix keeps dropout on at test time as its noise
  TORCH_ARG(TransposedConvAlgorithm, algorithm) = TransposedConvAlgorithm::Adjoint;
};

/// An up-sampling block of the U-Net decoder.
class UNetUpBlockImpl : public torch::nn::Cloneable<UNetUpBlockImpl> {
 public:
  explicit UNetUpBlockImpl(UNetUpBlockOptions options);
  void reset() override;
  /// The ReLU is applied in place to `x`, which must be a temporary (the concatenation of skip and
  /// previous output, or the bottleneck that nothing else reads).
  torch::Tensor forward(torch::Tensor x);

  UNetUpBlockOptions options;
  ConvTranspose4x2 conv{nullptr};
  torch::nn::BatchNorm2d norm{nullptr};
};
TORCH_MODULE(UNetUpBlock);

}  // namespace colorproxy
