#pragma once
// An inference-only copy of a UNetGenerator: every BatchNorm folded into the convolution before it (its
// eval-mode running statistics become a per-channel scale on the weights and a bias), weights stored once
// in the compute precision (bf16 or fp32) and channels-last. Running it costs no per-call weight
// conversion (autocast re-casts every fp32 weight on every call) and no separate batch-norm pass.
// A snapshot: rebuild it (or call refresh) after the generator's weights change.
#include <vector>

#include <torch/torch.h>

#include "models/unet_generator.h"

namespace colorproxy {

/// A frozen, BatchNorm-folded, single-precision-type copy of a UNetGenerator for eval-mode inference.
class FrozenUNet {
 public:
  /// Copies `generator`'s weights in `dtype` (torch::kBFloat16 or torch::kFloat) on the generator's
  /// device. The generator's eval-mode behaviour is reproduced (BatchNorm running statistics; dropout
  /// only when its dropoutAtInference is set).
  FrozenUNet(const UNetGenerator& generator, torch::ScalarType dtype);

  /// Re-reads the weights (after training steps or a checkpoint load) keeping the precision.
  void refresh(const UNetGenerator& generator);

  /// x [N, in, H, W] (any float type, H and W multiples of 2^numDowns) -> float32 contiguous
  /// [N, out, H, W], the same function as generator->forward(x) in eval mode up to the precision.
  torch::Tensor forward(const torch::Tensor& x) const;

  torch::ScalarType dtype() const { return m_dtype; }

 private:
  /// One convolution with its folded batch norm: y = conv(x, weight) + bias.
  struct Layer {
    torch::Tensor weight;  ///< Conv2d layout [out, in, 4, 4], or ConvTranspose2d layout [in, out, 4, 4]
    torch::Tensor bias;    ///< [out] or undefined
    double dropout = 0.0;  ///< probability applied after the layer (decoder, dropout at inference)
  };

  torch::ScalarType m_dtype;
  bool m_tanhOutput = true;
  std::vector<Layer> m_down;  ///< encoder levels, 0 = outermost
  std::vector<Layer> m_up;    ///< decoder levels, 0 = outermost (the output layer)
};

}  // namespace colorproxy
