#pragma once
// Multilabel image classifier built on the colorization generator's encoder (Treneska et al. 2022).
#include <torch/torch.h>

#include "models/unet_encoder.h"

namespace colorproxy {

/// Options of MultilabelClassifier. The dense head reads the flattened bottleneck, whose size depends
/// on inputSize; globalPool averages the bottleneck over space instead (any input size, small inputs).
struct MultilabelClassifierOptions {
  explicit MultilabelClassifierOptions(int64_t numClasses);
  TORCH_ARG(int64_t, numClasses);
  TORCH_ARG(int64_t, inChannels) = 1;
  TORCH_ARG(int64_t, ngf) = 64;
  TORCH_ARG(int64_t, numDowns) = 8;
  TORCH_ARG(int64_t, inputSize) = 256;  ///< square input side, multiple of 2^numDowns (flatten head)
  TORCH_ARG(int64_t, hidden) = 4096;    ///< width of both dense layers
  TORCH_ARG(double, dropout) = 0.5;
  TORCH_ARG(bool, globalPool) = false;
};

/// encoder -> ReLU -> flatten (or global average pool) -> fc1 4096 -> ReLU -> Dropout -> fc2 4096 ->
/// ReLU -> Dropout -> fc3 C. Outputs logits (sigmoid / BCE live in the loss). The encoder's tensors are
/// named encoder.* as in UNetGenerator, so they transfer by name.
class MultilabelClassifierImpl : public torch::nn::Cloneable<MultilabelClassifierImpl> {
 public:
  explicit MultilabelClassifierImpl(MultilabelClassifierOptions options);
  void reset() override;
  /// x [N, in, H, W] -> [N, numClasses] logits.
  torch::Tensor forward(const torch::Tensor& x);
  /// Names transferred from a colorization generator (prefixes) and names that always start fresh.
  static std::vector<std::string> transferPrefixes() { return {"encoder."}; }
  static std::vector<std::string> newPrefixes() { return {"fc1.", "fc2.", "fc3."}; }

  MultilabelClassifierOptions options;
  UNetEncoder encoder{nullptr};
  torch::nn::Linear fc1{nullptr}, fc2{nullptr}, fc3{nullptr};
};
TORCH_MODULE(MultilabelClassifier);

}  // namespace colorproxy
