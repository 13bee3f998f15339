#pragma once
// The pix2pix U-Net generator (unet_256 / unet_128): encoder + decoder with skip connections.
#include <torch/torch.h>

#include "models/unet_decoder.h"
#include "models/unet_encoder.h"

namespace colorproxy {

/// Options of UNetGenerator. UNetGeneratorOptions(1, 2) is the colorizer (L -> ab, tanh);
/// UNetGeneratorOptions(1, 313).tanhOutput(false) the Zhang classification head.
struct UNetGeneratorOptions {
  UNetGeneratorOptions(int64_t inChannels, int64_t outChannels);
  TORCH_ARG(int64_t, inChannels);
  TORCH_ARG(int64_t, outChannels);
  TORCH_ARG(int64_t, ngf) = 64;
  TORCH_ARG(int64_t, numDowns) = 8;  ///< 8 = unet_256, 7 = unet_128
  TORCH_ARG(bool, tanhOutput) = true;
  TORCH_ARG(double, dropout) = 0.5;  ///< 0 = pix2pix --no_dropout
  TORCH_ARG(bool, dropoutAtInference) = false;
  TORCH_ARG(TransposedConvAlgorithm, algorithm) = TransposedConvAlgorithm::Adjoint;
  TORCH_ARG(int64_t, outputStride) = 1;  ///< 4: output at a quarter of the input size (UNetDecoderOptions)
};

/// U-Net generator; parameters are named encoder.downK.* and decoder.upK.* (K = 0 outermost).
class UNetGeneratorImpl : public torch::nn::Cloneable<UNetGeneratorImpl> {
 public:
  explicit UNetGeneratorImpl(UNetGeneratorOptions options);
  void reset() override;
  /// x [N, in, H, W], H and W multiples of 2^numDowns -> [N, out, H / s, W / s], s = outputStride.
  torch::Tensor forward(const torch::Tensor& x);
  void setTransposedConvAlgorithm(TransposedConvAlgorithm algorithm);
  void setDropoutAtInference(bool on);

  UNetGeneratorOptions options;
  UNetEncoder encoder{nullptr};
  UNetDecoder decoder{nullptr};
};
TORCH_MODULE(UNetGenerator);

}  // namespace colorproxy
