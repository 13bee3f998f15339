#pragma once
// Engine-internal: tensor versions of the ab quantiser's operations, for the `classification` pretext
// (Zhang et al. 2016). Targets are kept sparse: a dense [N, 313, H, W] float target would take 313x the
// memory of the image (328 MB for 4 images of 256x256), whereas the loss only needs each pixel's 5
// nearest bins.
#include <torch/torch.h>

#include <vector>

#include "colorproxy/color/ab_quantizer.h"

namespace colorproxy {

/// Soft-encoded ab targets in sparse form: per pixel the K nearest bins and their Gaussian weights.
struct SoftEncodedAb {
  torch::Tensor indices;       ///< int64 [N, K, H, W] bin ids, nearest first
  torch::Tensor weights;       ///< float32 [N, K, H, W], summing to 1 over K
  torch::Tensor pixelWeights;  ///< float32 [N, H, W] rebalancing weight w[q*] of each pixel's nearest bin
};

/// Soft-encodes an ab tensor [N, 2, H, W] in ab units (not scaled: multiply a network-range ab by
/// LabScaling::abDivisor first). `binWeights` are AbPrior::rebalancingWeights() (one per bin), or empty
/// for no rebalancing (pixelWeights all 1). Runs on the CPU with ATen's intra-op threads.
SoftEncodedAb softEncodeAb(const torch::Tensor& ab, const AbQuantizer& quantizer,
                           const std::vector<float>& binWeights = {},
                           int neighbours = AbQuantizer::kNeighbours, double sigma = AbQuantizer::kSigma);

/// The dense target [N, Q, H, W] of a sparse encoding (for checks and small images).
torch::Tensor toDenseTarget(const SoftEncodedAb& encoded, int numBins);

/// Zhang's rebalanced multinomial cross-entropy, averaged over pixels:
/// mean over (n, h, w) of pixelWeights * (-sum_k weights_k * log_softmax(logits)[indices_k]).
/// `logits` is [N, Q, H, W] on any device; the encoding is moved to its device. Differentiable.
torch::Tensor softEncodedCrossEntropy(const torch::Tensor& logits, const SoftEncodedAb& encoded);

/// Annealed-mean decoding of logits [N, Q, H, W] -> ab [N, 2, H, W] in ab units:
/// sum_q softmax(logits / T)_q c_q, which equals f_T applied to softmax(logits). T = 1 is the mean,
/// T -> 0 the mode; Zhang uses 0.38. Throws std::invalid_argument for T <= 0 or Q != numBins().
torch::Tensor annealedMeanDecode(const torch::Tensor& logits, const AbQuantizer& quantizer,
                                 double temperature);

/// The bin centres as a float32 [Q, 2] tensor of (a, b) rows.
torch::Tensor binCentresTensor(const AbQuantizer& quantizer);

}  // namespace colorproxy
