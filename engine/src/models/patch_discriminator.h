#pragma once
// The conditional PatchGAN discriminator of pix2pix (input L ⊕ ab), returning logits per patch.
#include <torch/torch.h>

namespace colorproxy {

/// Which PatchGAN layout.
enum class PatchVariant {
  Receptive70,  ///< pix2pix `basic` (n_layers = 3): 70x70 receptive field, 30x30 map at 256 px
  Strided16,    ///< the paper authors' Keras layout: four stride-2 convolutions, 16x16 map at 256 px
};

/// Options of PatchDiscriminator.
struct PatchDiscriminatorOptions {
  explicit PatchDiscriminatorOptions(int64_t inChannels = 3);  // L + ab
  TORCH_ARG(int64_t, inChannels);
  TORCH_ARG(int64_t, ndf) = 64;
  TORCH_ARG(int64_t, nLayers) = 3;  ///< Receptive70 only: strided layers (3 = pix2pix `basic`)
  TORCH_ARG(PatchVariant, variant) = PatchVariant::Receptive70;
};

/// PatchGAN: conv layers named layers.* ; forward gives [N, 1, h, w] logits (the sigmoid is in the loss).
class PatchDiscriminatorImpl : public torch::nn::Cloneable<PatchDiscriminatorImpl> {
 public:
  explicit PatchDiscriminatorImpl(PatchDiscriminatorOptions options = PatchDiscriminatorOptions());
  void reset() override;
  torch::Tensor forward(const torch::Tensor& x);

  PatchDiscriminatorOptions options;
  torch::nn::Sequential layers{nullptr};
};
TORCH_MODULE(PatchDiscriminator);

}  // namespace colorproxy
