#pragma once
// The U-Net's upsampling layer: a 4x4, stride 2, padding 1 transposed convolution with exactly the
// parameters of torch::nn::ConvTranspose2d (same names, shapes and layout, so checkpoints and parameter
// counts do not depend on how it is computed). LibTorch 1.13 runs ConvTranspose2d through a slow
// non-oneDNN kernel on CPU; the other algorithms compute the same function through oneDNN convolutions.
#include <torch/torch.h>

namespace colorproxy {

/// How ConvTranspose4x2 computes its output; all give the same result up to rounding.
enum class TransposedConvAlgorithm {
  Native,    ///< torch::conv_transpose2d (LibTorch's own kernel; slow on CPU in 1.13)
  Adjoint,   ///< the transposed convolution as the adjoint of a strided oneDNN convolution
  SubPixel,  ///< one 3x3 oneDNN convolution with 4x the output channels, then pixel shuffle
};

/// Parses "native" | "adjoint" | "subpixel"; throws std::invalid_argument naming the bad value.
TransposedConvAlgorithm parseTransposedConvAlgorithm(const std::string& name);
/// The lower-case name parseTransposedConvAlgorithm accepts.
std::string toString(TransposedConvAlgorithm algorithm);

/// Options of ConvTranspose4x2: channel counts, bias and the algorithm.
struct ConvTranspose4x2Options {
  ConvTranspose4x2Options(int64_t inChannels, int64_t outChannels);
  TORCH_ARG(int64_t, inChannels);
  TORCH_ARG(int64_t, outChannels);
  TORCH_ARG(bool, bias) = true;
  TORCH_ARG(TransposedConvAlgorithm, algorithm) = TransposedConvAlgorithm::Adjoint;
};

/// A k4 s2 p1 transposed convolution (doubles H and W) that can compute through oneDNN.
class ConvTranspose4x2Impl : public torch::nn::Cloneable<ConvTranspose4x2Impl> {
 public:
  ConvTranspose4x2Impl(int64_t inChannels, int64_t outChannels)
      : ConvTranspose4x2Impl(ConvTranspose4x2Options(inChannels, outChannels)) {}
  explicit ConvTranspose4x2Impl(ConvTranspose4x2Options options);

  void reset() override;
  void pretty_print(std::ostream& stream) const override;
  /// x [N, in, H, W] -> [N, out, 2H, 2W].
  torch::Tensor forward(const torch::Tensor& x);

  ConvTranspose4x2Options options;
  torch::Tensor weight;  ///< [in, out, 4, 4], the layout of torch::nn::ConvTranspose2d
  torch::Tensor bias;    ///< [out], undefined when options.bias() is false
};
TORCH_MODULE(ConvTranspose4x2);

}  // namespace colorproxy
