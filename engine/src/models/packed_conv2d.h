#pragma once
// A 2-D convolution whose weights oneDNN has reordered once, ahead of time, into the blocked layout its
// kernel reads. LibTorch 1.13's conv2d (and the convolution_backward the transposed convolutions used)
// reorders every weight on every call: for a batch-1 U-Net, whose inner layers hold most of the 54 M
// parameters but see only a few pixels, that reorder costs more than the arithmetic.
#include <torch/torch.h>

namespace colorproxy {

/// A prepacked oneDNN (mkldnn_prepacked) convolution for one input shape; CPU only.
class PackedConv2d {
 public:
  /// Whether this LibTorch offers oneDNN's prepacked convolution.
  static bool available();

  /// Packs `weight` [out, in, kh, kw] and `bias` [out] (or undefined), of one dtype, for inputs of
  /// `inputSize` [N, in, H, W] (other shapes still compute correctly, re-reordering the weights).
  /// Throws c10::Error when oneDNN cannot pack them (for instance bf16 on a CPU without AVX-512).
  PackedConv2d(const torch::Tensor& weight, const torch::Tensor& bias, int64_t stride, int64_t padding,
               at::IntArrayRef inputSize);

  /// conv2d(x, weight, bias, stride, padding); x in the weights' dtype, on the CPU. Channels-last out.
  torch::Tensor forward(const torch::Tensor& x) const;

 private:
  c10::IValue m_context;  ///< a __torch__.torch.classes.mkldnn.ConvOpContext
};

}  // namespace colorproxy
