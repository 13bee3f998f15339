#pragma once
// One level of the U-Net's contracting path, as in pix2pix's UnetSkipConnectionBlock "down" half.
#include <torch/torch.h>

namespace colorproxy {

/// Options of UNetDownBlock: LeakyReLU(0.2) on the input (all but the outermost level), a 4x4 stride-2
/// convolution without bias, batch norm (all but the outermost and innermost levels).
struct UNetDownBlockOptions {
  UNetDownBlockOptions(int64_t inChannels, int64_t outChannels);
  TORCH_ARG(int64_t, inChannels);
  TORCH_ARG(int64_t, outChannels);
  TORCH_ARG(bool, inputActivation) = true;
  TORCH_ARG(bool, batchNorm) = true;
};

/// A down-sampling block of the U-Net encoder: [LeakyReLU] -> Conv 4x4/2 -> [BatchNorm].
class UNetDownBlockImpl : public torch::nn::Cloneable<UNetDownBlockImpl> {
 public:
  explicit UNetDownBlockImpl(UNetDownBlockOptions options);
  void reset() override;
  /// The LeakyReLU is applied in place to `x` (as pix2pix does), so the skip connection that holds `x`
  /// carries the activated tensor and no second copy of every feature map is kept during training.
  torch::Tensor forward(torch::Tensor x);

  UNetDownBlockOptions options;
  torch::nn::Conv2d conv{nullptr};
  torch::nn::BatchNorm2d norm{nullptr};
};
TORCH_MODULE(UNetDownBlock);

}  // namespace colorproxy
