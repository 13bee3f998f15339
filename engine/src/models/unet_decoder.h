#pragma once
// The expanding path of the pix2pix U-Net with its skip connections.
#include <vector>

#include <torch/torch.h>

#include "models/conv_transpose_4x2.h"
#include "models/unet_up_block.h"

namespace colorproxy {

/// Options of UNetDecoder; ngf and numDowns must match the encoder whose features it reads.
struct UNetDecoderOptions {
  explicit UNetDecoderOptions(int64_t outChannels);
  TORCH_ARG(int64_t, outChannels);
  TORCH_ARG(int64_t, ngf) = 64;
  TORCH_ARG(int64_t, numDowns) = 8;
  TORCH_ARG(bool, tanhOutput) = true;  ///< false: the output layer gives logits (313 bins, classes)
  TORCH_ARG(double, dropout) = 0.5;    ///< in the ngf*8 blocks between innermost and level 3; 0 = off
  TORCH_ARG(bool, dropoutAtInference) = false;
  TORCH_ARG(TransposedConvAlgorithm, algorithm) = TransposedConvAlgorithm::Adjoint;
};

/// The U-Net decoder: up blocks named up0 (outermost, the output layer) ... up{numDowns-1} (innermost).
class UNetDecoderImpl : public torch::nn::Cloneable<UNetDecoderImpl> {
 public:
  explicit UNetDecoderImpl(UNetDecoderOptions options);
  void reset() override;
  /// features: UNetEncoder's output (numDowns tensors) -> [N, out, H, W] at the encoder's input size.
  torch::Tensor forward(const std::vector<torch::Tensor>& features);
  /// Switches every up-sampling layer to `algorithm` (no parameter changes).
  void setTransposedConvAlgorithm(TransposedConvAlgorithm algorithm);
  /// Keeps dropout active in eval() mode (pix2pix's test-time noise) or not.
  void setDropoutAtInference(bool on);

  UNetDecoderOptions options;
  std::vector<UNetUpBlock> blocks;
};
TORCH_MODULE(UNetDecoder);

}  // namespace colorproxy
