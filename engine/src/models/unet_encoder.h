#pragma once
// The contracting path of the pix2pix U-Net, reusable on its own (classifier) or with the decoder.
#include <vector>

#include <torch/torch.h>

#include "models/unet_down_block.h"

namespace colorproxy {

/// Options of UNetEncoder: input channels, base width ngf and number of stride-2 levels.
struct UNetEncoderOptions {
  explicit UNetEncoderOptions(int64_t inChannels);
  TORCH_ARG(int64_t, inChannels);
  TORCH_ARG(int64_t, ngf) = 64;
  TORCH_ARG(int64_t, numDowns) = 8;  ///< 8 = pix2pix unet_256 (1x1 bottleneck at 256 px), 7 = unet_128
};

/// Number of channels at encoder level `level` (0 = outermost): ngf * min(2^level, 8), as pix2pix.
int64_t unetLevelChannels(int64_t ngf, int64_t level);

/// The U-Net encoder: numDowns down blocks named down0 (outermost) ... down{numDowns-1} (innermost).
class UNetEncoderImpl : public torch::nn::Cloneable<UNetEncoderImpl> {
 public:
  explicit UNetEncoderImpl(UNetEncoderOptions options);
  void reset() override;
  /// x [N, in, H, W] with H and W multiples of 2^numDowns -> the output of every level (skip features,
  /// last = bottleneck [N, C, H/2^n, W/2^n]). Skip features are returned after the next level's
  /// LeakyReLU (applied in place, as in pix2pix); the bottleneck is the raw convolution output.
  std::vector<torch::Tensor> forward(const torch::Tensor& x);
  /// Channels of the bottleneck.
  int64_t bottleneckChannels() const;

  UNetEncoderOptions options;
  std::vector<UNetDownBlock> blocks;
};
TORCH_MODULE(UNetEncoder);

}  // namespace colorproxy
