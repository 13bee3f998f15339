#pragma once
// Semantic segmentation network: the whole colorization U-Net with a new C-channel output layer.
#include <torch/torch.h>

#include "models/unet_decoder.h"
#include "models/unet_encoder.h"

namespace colorproxy {

/// Options of SegmentationNet (the U-Net settings must match the generator it is transferred from).
struct SegmentationNetOptions {
  explicit SegmentationNetOptions(int64_t numClasses);
  TORCH_ARG(int64_t, numClasses);
  TORCH_ARG(int64_t, inChannels) = 1;
  TORCH_ARG(int64_t, ngf) = 64;
  TORCH_ARG(int64_t, numDowns) = 8;
  TORCH_ARG(double, dropout) = 0.5;
  TORCH_ARG(TransposedConvAlgorithm, algorithm) = TransposedConvAlgorithm::Adjoint;
};

/// U-Net encoder + decoder whose outermost layer (decoder.up0.*) gives numClasses logits per pixel
/// instead of tanh colour; every other tensor has the generator's name and shape.
class SegmentationNetImpl : public torch::nn::Cloneable<SegmentationNetImpl> {
 public:
  explicit SegmentationNetImpl(SegmentationNetOptions options);
  void reset() override;
  /// x [N, in, H, W] -> [N, numClasses, H, W] logits (softmax / cross-entropy live in the loss).
  torch::Tensor forward(const torch::Tensor& x);
  static std::vector<std::string> transferPrefixes() { return {"encoder.", "decoder."}; }
  static std::vector<std::string> newPrefixes() { return {"decoder.up0."}; }

  SegmentationNetOptions options;
  UNetEncoder encoder{nullptr};
  UNetDecoder decoder{nullptr};
};
TORCH_MODULE(SegmentationNet);

}  // namespace colorproxy
