#include "models/frozen_unet.h"

#include <cmath>

namespace colorproxy {
namespace {

// The eval-mode BatchNorm y = (x - mean) / sqrt(var + eps) * gamma + beta as y = x * scale + shift.
std::pair<torch::Tensor, torch::Tensor> foldedNorm(const torch::nn::BatchNorm2d& norm) {
  const auto& o = norm->options;
  TORCH_CHECK(o.track_running_stats(), "FrozenUNet: batch norm without running statistics cannot be folded");
  const auto mean = norm->running_mean.to(torch::kDouble);
  const auto var = norm->running_var.to(torch::kDouble);
  auto scale = torch::rsqrt(var + o.eps());
  auto shift = -mean * scale;
  if (o.affine()) {
    const auto gamma = norm->weight.to(torch::kDouble), beta = norm->bias.to(torch::kDouble);
    scale = scale * gamma;
    shift = shift * gamma + beta;
  }
  return {scale, shift};
}

// The weight and bias of a convolution followed by an optional batch norm, folded and cast. `outDim` is
// the weight dimension holding the output channels (0 for Conv2d, 1 for ConvTranspose2d).
void fold(const torch::Tensor& weight, const torch::Tensor& bias, const torch::nn::BatchNorm2d& norm,
          int64_t outDim, torch::ScalarType dtype, torch::Tensor& foldedWeight, torch::Tensor& foldedBias) {
  auto w = weight.detach().to(torch::kDouble);
  torch::Tensor b = bias.defined() && bias.numel() > 0 ? bias.detach().to(torch::kDouble) : torch::Tensor();
  if (norm) {
    const auto [scale, shift] = foldedNorm(norm);
    std::vector<int64_t> shape(4, 1);
    shape[static_cast<size_t>(outDim)] = -1;
    w = w * scale.view(shape);
    b = b.defined() ? b * scale + shift : shift;
  }
  foldedWeight = w.to(dtype).contiguous(torch::MemoryFormat::ChannelsLast);
  foldedBias = b.defined() ? b.to(dtype).contiguous() : torch::Tensor();
}

// The 4x4 stride-2 transposed convolution with ConvTranspose2d weight [in, out, 4, 4], computed as the
// input gradient of the strided convolution it is the adjoint of (oneDNN; LibTorch 1.13's own transposed
// convolution on CPU is a slow non-oneDNN kernel).
torch::Tensor transposedConv(const torch::Tensor& x, const torch::Tensor& w, const torch::Tensor& bias) {
  const auto shapeOnly = torch::empty({x.size(0), w.size(1), 2 * x.size(2), 2 * x.size(3)},
                                      x.options().memory_format(torch::MemoryFormat::ChannelsLast));
  auto y = std::get<0>(at::convolution_backward(x, shapeOnly, w, c10::nullopt, {2, 2}, {1, 1}, {1, 1}, false,
                                                {0, 0}, 1, {true, false, false}));
  if (bias.defined()) y.add_(bias.view({1, -1, 1, 1}));
  return y;
}

}  // namespace

FrozenUNet::FrozenUNet(const UNetGenerator& generator, torch::ScalarType dtype) : m_dtype(dtype) {
  TORCH_CHECK(dtype == torch::kBFloat16 || dtype == torch::kFloat,
              "FrozenUNet: precision must be bfloat16 or float32");
  refresh(generator);
}

void FrozenUNet::refresh(const UNetGenerator& generator) {
  torch::NoGradGuard noGrad;
  const auto& g = *generator;
  m_tanhOutput = g.options.tanhOutput();
  m_down.clear();
  m_up.clear();
  for (const auto& block : g.encoder->blocks) {
    Layer layer;
    fold(block->conv->weight, block->conv->bias, block->norm, 0, m_dtype, layer.weight, layer.bias);
    m_down.push_back(std::move(layer));
  }
  for (const auto& block : g.decoder->blocks) {
    Layer layer;
    fold(block->conv->weight, block->conv->bias, block->norm, 1, m_dtype, layer.weight, layer.bias);
    if (block->options.dropoutAtInference()) layer.dropout = block->options.dropout();
    m_up.push_back(std::move(layer));
  }
}

torch::Tensor FrozenUNet::forward(const torch::Tensor& input) const {
  const auto n = static_cast<int64_t>(m_down.size());
  const int64_t factor = int64_t{1} << n;
  TORCH_CHECK(input.dim() == 4 && input.size(1) == m_down.front().weight.size(1),
              "FrozenUNet: expected input [N, ", m_down.front().weight.size(1), ", H, W], got ",
              input.sizes());
  TORCH_CHECK(input.size(2) % factor == 0 && input.size(3) % factor == 0 && input.size(2) > 0,
              "FrozenUNet: height and width must be multiples of 2^numDowns = ", factor, ", got ",
              input.size(2), "x", input.size(3));
  torch::InferenceMode inference;
  // Encoder: [LeakyReLU in place, so the skip carries the activated map as in UNetEncoder] -> conv.
  std::vector<torch::Tensor> features;
  features.reserve(m_down.size());
  torch::Tensor h = input.to(m_dtype).contiguous(torch::MemoryFormat::ChannelsLast);
  for (int64_t level = 0; level < n; ++level) {
    if (level > 0) torch::leaky_relu_(h, 0.2);
    const auto& layer = m_down[static_cast<size_t>(level)];
    h = torch::conv2d(h, layer.weight, layer.bias, 2, 1);
    features.push_back(h);
  }
  // Decoder: ReLU -> transposed conv (+ folded norm) [-> dropout], the innermost level on the bottleneck.
  h = torch::relu(features.back());
  for (int64_t level = n - 1; level >= 0; --level) {
    const auto& layer = m_up[static_cast<size_t>(level)];
    if (level < n - 1) {
      h = torch::cat({features[static_cast<size_t>(level)], h}, 1);
      torch::relu_(h);
    }
    h = transposedConv(h, layer.weight, layer.bias);
    if (layer.dropout > 0.0) h = torch::dropout(h, layer.dropout, true);
  }
  if (m_tanhOutput) h = torch::tanh(h);
  return h.to(torch::kFloat).contiguous();
}

}  // namespace colorproxy
