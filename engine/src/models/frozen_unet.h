#pragma once
// An inference-only copy of a UNetGenerator: every BatchNorm folded into the convolution before it (its
// eval-mode running statistics become a per-channel scale on the weights and a bias), weights stored once
// in the compute precision (bf16 or fp32) and channels-last. Each 4x4 stride-2 transposed convolution is
// stored as one ordinary 2x2 convolution with four times the output channels (one block per output-pixel
// phase), interleaved into the doubled output. On the CPU the weights are also prepacked by oneDNN, once
// per input shape, so a call costs no weight conversion, reorder or separate batch-norm pass.
// A snapshot: rebuild it (or call refresh) after the generator's weights change.
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include <torch/torch.h>

#include "models/packed_conv2d.h"
#include "models/unet_generator.h"

namespace colorproxy {

/// How a FrozenUNet normalises: BatchNorm's running statistics folded into the convolutions (eval mode),
/// or each image's own statistics over its feature map (a train-mode BatchNorm run on one image at a time,
/// as pix2pix's test.py does without --eval; the convolutions are then kept unfolded).
enum class FrozenNormalization { RunningStatistics, PerImageStatistics };

/// A frozen, BatchNorm-folded, single-precision-type copy of a UNetGenerator for eval-mode inference.
class FrozenUNet {
 public:
  /// Copies `generator`'s weights in `dtype` (torch::kBFloat16 or torch::kFloat) on the generator's
  /// device. The generator's eval-mode behaviour is reproduced (BatchNorm running statistics; dropout
  /// only when its dropoutAtInference is set). `prepack` = false keeps LibTorch's own conv2d (the
  /// reference the prepacked path is tested and timed against).
  /// With FrozenNormalization::PerImageStatistics every batch norm normalises each image of the batch with
  /// that image's own per-channel mean and (biased) variance, then applies its affine weights.
  FrozenUNet(const UNetGenerator& generator, torch::ScalarType dtype, bool prepack = true,
             FrozenNormalization normalization = FrozenNormalization::RunningStatistics);

  /// Re-reads the weights (after training steps or a checkpoint load) keeping the precision.
  void refresh(const UNetGenerator& generator);

  /// x [N, in, H, W] (any float type, H and W multiples of 2^numDowns) -> float32 contiguous
  /// [N, out, H / s, W / s] (s the generator's outputStride), the same function as generator->forward(x) in
  /// eval mode up to the precision. Safe to call from several threads (the prepacked weights are built under
  /// a lock).
  torch::Tensor forward(const torch::Tensor& x) const;
  /// forward with the generator's dropout on in every decoder layer that has it (whatever
  /// dropoutAtInference says), masks drawn from a generator seeded with `seed`: one sample of pix2pix's
  /// test-time distribution, reproducible.
  torch::Tensor forwardWithDropout(const torch::Tensor& x, std::uint64_t seed) const;
  /// Whether any decoder layer has dropout (else forwardWithDropout equals forward).
  bool hasDropout() const;

  torch::ScalarType dtype() const { return m_dtype; }
  FrozenNormalization normalization() const { return m_normalization; }
  /// Whether forward runs oneDNN-prepacked weights (CPU, and this LibTorch has them).
  bool prepacked() const { return m_prepack && !m_packFailed; }

 private:
  /// One convolution with its folded batch norm: y = conv(x, weight) + bias.
  struct Layer {
    /// Encoder [out, in, 4, 4]; decoder: the phase form [4 out, in, 2, 2] when prepacking, else the
    /// ConvTranspose2d layout [in, out, 4, 4] (run as the adjoint of a strided convolution).
    torch::Tensor weight;
    torch::Tensor bias;            ///< [out] (phase form: [4 out]), or undefined
    double dropout = 0.0;          ///< probability applied after the layer (decoder, dropout at inference)
    double trainingDropout = 0.0;  ///< the layer's dropout probability in training (forwardWithDropout)
    /// PerImageStatistics: the batch norm's gamma and beta (float32 [out]) and eps; undefined = no norm.
    torch::Tensor normWeight, normBias;
    double normEps = 1e-5;
  };
  /// The layers' oneDNN-packed weights for one input shape.
  struct Packed {
    std::vector<PackedConv2d> down, up;
  };

  std::shared_ptr<const Packed> packedFor(const torch::Tensor& input) const;
  /// forward; with `sampler`, every layer's training dropout drawn from it.
  torch::Tensor run(const torch::Tensor& input, at::Generator* sampler) const;
  torch::Tensor down(size_t level, const torch::Tensor& x, const Packed* packed) const;
  /// Decoder level `level` (>= m_firstUp) on x, written into `out` [N, out, 2H, 2W] (a channel slice of the
  /// next input).
  void up(size_t level, const torch::Tensor& x, const Packed* packed, const torch::Tensor& out) const;
  /// PerImageStatistics: normalises `x` [N, C, H, W] in place with each image's own channel statistics.
  static void normalizePerImage(const Layer& layer, const torch::Tensor& x);

  torch::ScalarType m_dtype;
  bool m_prepack = true;
  FrozenNormalization m_normalization = FrozenNormalization::RunningStatistics;
  bool m_tanhOutput = true;
  std::vector<Layer> m_down;  ///< encoder levels, 0 = outermost
  std::vector<Layer> m_up;    ///< decoder levels m_firstUp, m_firstUp + 1, ... (level 0: the output layer)
  size_t m_firstUp = 0;       ///< 2 for a quarter-resolution generator (outputStride 4), else 0
  Layer m_head;               ///< outputStride 4: the 1x1 output convolution [out, in, 1, 1] (else undefined)
  mutable std::mutex m_packMutex;
  mutable bool m_packFailed = false;  ///< oneDNN refused to pack (then conv2d runs the same weights)
  mutable std::map<std::array<int64_t, 3>, std::shared_ptr<const Packed>> m_packed;  ///< by N, H, W
};

}  // namespace colorproxy
