#pragma once
// The networks' 4x4 convolutions with each pass computed by the faster of two algorithms, chosen per
// layer shape by a fixed rule measured on a 2-core AVX-512 CPU in bfloat16 (README, "Where a training
// step's time goes"):
// - oneDNN's convolution, which is near the machine's limit on large feature maps but spends 4-20 ms on a
//   few hundred output pixels with large channel counts (the U-Net's inner levels: 8x8 down to 1x1);
// - im2col + one matrix product (oneDNN's bf16 GEMM), which reads the small input once as a
//   [N*Ho*Wo, 16*C] matrix and wins by 1.3-20x there.
// Stride-1 layers (the PatchGAN's last two) get their input gradient as a forward convolution with the
// flipped, transposed kernel, which oneDNN runs ~1.4x faster than its backward-data pass.
// Every choice is a function of the shape and dtype alone, so runs stay reproducible.
#include <torch/torch.h>

namespace colorproxy {

/// Process-wide switch for benchmarks (`bench train --compare ...+onednnconv`): off makes every pass
/// oneDNN's convolution, as before the rule. On by default.
void setConvPassPicking(bool on);
bool convPassPicking();

/// Which algorithm computes one pass of a 4x4 convolution.
enum class ConvPassAlgorithm { OneDnn, Gemm };

/// The rule: GEMM for the forward pass when the output has at most 256 pixels over the whole batch, for the
/// weight gradient at most 1024; oneDNN otherwise, and always outside bfloat16 on the CPU (in fp32 the
/// GEMM loses: 0.2-0.9x measured) or for 2 to 15 input channels. A single input channel (the generator's
/// first layer) always takes the GEMM.
ConvPassAlgorithm forwardAlgorithm(const torch::Tensor& x, const torch::Tensor& w, int64_t stride,
                                   int64_t padding);
ConvPassAlgorithm weightGradAlgorithm(const torch::Tensor& x, const torch::Tensor& w, int64_t stride,
                                      int64_t padding);

/// y = conv2d(x, w, stride, padding) by im2col + matrix product; x and w [Cout, Cin, 4, 4] of one dtype;
/// the result is channels-last. Exposed for tests and the benchmark.
torch::Tensor conv4x4ForwardGemm(const torch::Tensor& x, const torch::Tensor& w, int64_t stride,
                                 int64_t padding);
/// The weight gradient of conv2d(x, w, stride, padding) for the output gradient gy, by im2col + matrix
/// product; shaped like w ([Cout, Cin, 4, 4], channels-last strides).
torch::Tensor conv4x4WeightGradGemm(const torch::Tensor& x, const torch::Tensor& gy, int64_t stride,
                                    int64_t padding);

/// The adjoint of conv2d(., w, stride 2, padding 1) (a 4x4 stride-2 transposed convolution): x [N, C, H, W],
/// w [C, Cout, 4, 4] -> [N, Cout, 2H, 2W], channels-last, by one GEMM and a gather of the four taps that
/// reach each output pixel (fp32 sums). bf16 only. Exposed for tests.
torch::Tensor conv4x4AdjointGemm(const torch::Tensor& x, const torch::Tensor& w);
/// The same adjoint by the rule: GEMM when x has at most 256 pixels over the batch and at least 16 channels
/// (bf16, CPU); oneDNN's backward-data pass otherwise.
torch::Tensor conv4x4Adjoint(const torch::Tensor& x, const torch::Tensor& w);

/// w [Cout, Cin, 4, 4] -> [Cin, Cout, 4, 4] flipped in space, channels-last: the kernel whose stride-1
/// convolution of dL/dy is dL/dx. Exposed for tests.
torch::Tensor flippedTransposedKernel(const torch::Tensor& w);

/// One pass each, by the rule above (no autograd: for custom backward functions).
torch::Tensor conv4x4Forward(const torch::Tensor& x, const torch::Tensor& w, int64_t stride, int64_t padding);
torch::Tensor conv4x4WeightGrad(const torch::Tensor& x, const torch::Tensor& gy, const torch::Tensor& w,
                                int64_t stride, int64_t padding);

/// conv2d(x, weight, bias, stride, padding) for a 4x4 kernel with autograd, every pass by the rule above.
/// Takes part in CPU autocast like torch::conv2d (input and weight in the autocast dtype; the weight's
/// cast is autocast's cached one). bias may be undefined. Falls back to torch::conv2d when no pass would
/// differ from it.
torch::Tensor conv4x4(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                      int64_t stride, int64_t padding);
/// conv.forward(x) through conv4x4 when conv is a 4x4 convolution with symmetric zero padding, no dilation
/// and one group; conv.forward(x) itself otherwise.
torch::Tensor conv4x4(torch::nn::Conv2dImpl& conv, const torch::Tensor& x);

}  // namespace colorproxy
