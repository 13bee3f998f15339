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
  /// 1: the output at the input's resolution (up0 is the output layer). 4: the output at a quarter of it
  /// (Zhang et al.'s classification network): up0 and up1 do not exist; a 1x1 convolution named "head"
  /// (with bias) reads level 1's concatenation of skip and up2's output (ReLU first, as an up block does).
  TORCH_ARG(int64_t, outputStride) = 1;
};

/// The U-Net decoder: up blocks named up0 (outermost, the output layer) ... up{numDowns-1} (innermost);
/// with outputStride 4 up2 ... up{numDowns-1} and the 1x1 output layer "head".
class UNetDecoderImpl : public torch::nn::Cloneable<UNetDecoderImpl> {
 public:
  explicit UNetDecoderImpl(UNetDecoderOptions options);
  void reset() override;
  /// features: UNetEncoder's output (numDowns tensors) -> [N, out, H / s, W / s] for the encoder's input
  /// size H x W and s = outputStride.
  torch::Tensor forward(const std::vector<torch::Tensor>& features);
  /// What the output layer reads (up0, or the 1x1 head with outputStride 4): the ReLU-activated
  /// concatenation of level o's skip and up{o+1}'s output, o = 0 (or 1), at half (a quarter of) the input
  /// size, 2 * ngf (4 * ngf) channels. The decoder's last features, which a segmentation probe reads.
  torch::Tensor outputLayerInput(const std::vector<torch::Tensor>& features);
  /// Switches every up-sampling layer to `algorithm` (no parameter changes).
  void setTransposedConvAlgorithm(TransposedConvAlgorithm algorithm);
  /// Keeps dropout active in eval() mode (pix2pix's test-time noise) or not.
  void setDropoutAtInference(bool on);

  /// The level of blocks[0]: 0, or 2 with outputStride 4 (blocks[i] is level firstLevel() + i).
  int64_t firstLevel() const;

  UNetDecoderOptions options;
  std::vector<UNetUpBlock> blocks;
  torch::nn::Conv2d head{nullptr};  ///< outputStride 4 only: the 1x1 output convolution
};
TORCH_MODULE(UNetDecoder);

}  // namespace colorproxy
