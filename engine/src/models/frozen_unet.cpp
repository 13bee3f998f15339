#include "models/frozen_unet.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

#include "models/byte_dropout.h"

namespace colorproxy {
namespace {

constexpr size_t kMaxPackedShapes = 4;  // input shapes whose packed weights are kept (~2 bytes/parameter)

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

// The weight and bias (double precision) of a convolution followed by an optional batch norm. `outDim` is
// the weight dimension holding the output channels (0 for Conv2d, 1 for ConvTranspose2d).
std::pair<torch::Tensor, torch::Tensor> fold(const torch::Tensor& weight, const torch::Tensor& bias,
                                             const torch::nn::BatchNorm2d& norm, int64_t outDim) {
  auto w = weight.detach().to(torch::kDouble);
  torch::Tensor b = bias.defined() && bias.numel() > 0 ? bias.detach().to(torch::kDouble) : torch::Tensor();
  if (norm) {
    const auto [scale, shift] = foldedNorm(norm);
    std::vector<int64_t> shape(4, 1);
    shape[static_cast<size_t>(outDim)] = -1;
    w = w * scale.view(shape);
    b = b.defined() ? b * scale + shift : shift;
  }
  return {w, b};
}

// A 4x4 stride-2 padding-1 transposed convolution, weight [in, out, 4, 4], as one 2x2 convolution with
// padding 1 and 4 * out channels: output pixel (2m + a, 2n + b) is phase block a * 2 + b of that
// convolution's pixel (m + a, n + b). Phase a = 0 reads input rows m - 1, m through kernel rows 3, 1;
// a = 1 reads rows m, m + 1 through kernel rows 2, 0 (columns alike).
torch::Tensor phaseWeight(const torch::Tensor& w) {
  const auto taps = torch::tensor(std::vector<int64_t>{3, 1, 2, 0}, torch::kLong).to(w.device());
  const auto picked = w.index_select(2, taps).index_select(3, taps);  // [in, out, (a, r), (b, c)]
  const int64_t in = w.size(0), out = w.size(1);
  return picked.view({in, out, 2, 2, 2, 2}).permute({2, 4, 1, 0, 3, 5}).reshape({4 * out, in, 2, 2});
}

// Writes the phases `y` [N, 4 C, H + 1, W + 1] into `out` [N, C, 2H, 2W] (both channels-last; `out` may
// be a channel slice of a larger tensor).
void interleavePhases(const torch::Tensor& y, const torch::Tensor& out) {
  const int64_t n = out.size(0), c = out.size(1), h = out.size(2) / 2, w = out.size(3) / 2;
  const auto o6 = out.permute({0, 2, 3, 1}).view({n, h, 2, w, 2, c});
  const auto y6 = y.permute({0, 2, 3, 1}).view({n, h + 1, w + 1, 2, 2, c});
  for (int64_t a = 0; a < 2; ++a)
    for (int64_t b = 0; b < 2; ++b)
      o6.select(4, b).select(2, a).copy_(y6.select(4, b).select(3, a).narrow(1, a, h).narrow(2, b, w));
}

// The 4x4 stride-2 transposed convolution with ConvTranspose2d weight [in, out, 4, 4], computed as the
// input gradient of the strided convolution it is the adjoint of (oneDNN; LibTorch 1.13's own transposed
// convolution on CPU is a slow non-oneDNN kernel). The path without prepacked weights.
torch::Tensor transposedConv(const torch::Tensor& x, const torch::Tensor& w, const torch::Tensor& bias) {
  const auto shapeOnly = torch::empty({x.size(0), w.size(1), 2 * x.size(2), 2 * x.size(3)},
                                      x.options().memory_format(torch::MemoryFormat::ChannelsLast));
  auto y = std::get<0>(at::convolution_backward(x, shapeOnly, w, c10::nullopt, {2, 2}, {1, 1}, {1, 1}, false,
                                                {0, 0}, 1, {true, false, false}));
  if (bias.defined()) y.add_(bias.view({1, -1, 1, 1}));
  return y;
}

}  // namespace

FrozenUNet::FrozenUNet(const UNetGenerator& generator, torch::ScalarType dtype, bool prepack,
                       FrozenNormalization normalization)
    : m_dtype(dtype), m_prepack(prepack), m_normalization(normalization) {
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
  m_firstUp = static_cast<size_t>(g.decoder->firstLevel());
  m_head = Layer();
  const auto cl = torch::MemoryFormat::ChannelsLast;
  const bool perImage = m_normalization == FrozenNormalization::PerImageStatistics;
  // Per-image statistics: the convolution stays unfolded and the norm's affine part is kept.
  const auto keepNorm = [&](Layer& layer, const torch::nn::BatchNorm2d& norm) {
    if (!perImage || !norm) return;
    const auto channels = norm->options.num_features();
    layer.normWeight = norm->options.affine() ? norm->weight.detach().to(torch::kFloat).clone()
                                              : torch::ones({channels}, torch::kFloat);
    layer.normBias = norm->options.affine() ? norm->bias.detach().to(torch::kFloat).clone()
                                            : torch::zeros({channels}, torch::kFloat);
    layer.normWeight = layer.normWeight.to(norm->running_mean.device());
    layer.normBias = layer.normBias.to(norm->running_mean.device());
    layer.normEps = norm->options.eps();
  };
  const torch::nn::BatchNorm2d none{nullptr};
  for (const auto& block : g.encoder->blocks) {
    const auto [w, b] = fold(block->conv->weight, block->conv->bias, perImage ? none : block->norm, 0);
    Layer layer;
    keepNorm(layer, block->norm);
    layer.weight = w.to(m_dtype).contiguous(cl);
    if (b.defined()) layer.bias = b.to(m_dtype).contiguous();
    m_down.push_back(std::move(layer));
  }
  m_prepack = m_prepack && g.encoder->blocks.front()->conv->weight.is_cpu() && PackedConv2d::available();
  for (const auto& block : g.decoder->blocks) {
    const auto [w, b] = fold(block->conv->weight, block->conv->bias, perImage ? none : block->norm, 1);
    Layer layer;
    keepNorm(layer, block->norm);
    layer.weight = (m_prepack ? phaseWeight(w) : w).to(m_dtype).contiguous(cl);
    if (b.defined()) layer.bias = (m_prepack ? b.repeat({4}) : b).to(m_dtype).contiguous();
    layer.trainingDropout = block->options.dropout();
    if (block->options.dropoutAtInference()) layer.dropout = block->options.dropout();
    m_up.push_back(std::move(layer));
  }
  if (g.decoder->head) {
    m_head.weight = g.decoder->head->weight.detach().to(m_dtype).contiguous(cl);
    m_head.bias = g.decoder->head->bias.detach().to(m_dtype).contiguous();
  }
  const std::lock_guard<std::mutex> lock(m_packMutex);
  m_packed.clear();
}

std::shared_ptr<const FrozenUNet::Packed> FrozenUNet::packedFor(const torch::Tensor& input) const {
  if (!m_prepack) return nullptr;
  const std::array<int64_t, 3> key{input.size(0), input.size(2), input.size(3)};
  const std::lock_guard<std::mutex> lock(m_packMutex);
  if (m_packFailed) return nullptr;
  if (const auto it = m_packed.find(key); it != m_packed.end()) return it->second;
  auto packed = std::make_shared<Packed>();
  try {
    int64_t h = key[1], w = key[2];
    for (const auto& layer : m_down) {
      packed->down.emplace_back(layer.weight, layer.bias, 2, 1,
                                std::vector<int64_t>{key[0], layer.weight.size(1), h, w});
      h /= 2, w /= 2;
    }
    // Decoder level l reads the map of encoder level l's output size.
    for (size_t i = 0; i < m_up.size(); ++i) {
      const auto& layer = m_up[i];
      const size_t level = m_firstUp + i;
      const int64_t hl = key[1] >> (level + 1), wl = key[2] >> (level + 1);
      packed->up.emplace_back(layer.weight, layer.bias, 1, 1,
                              std::vector<int64_t>{key[0], layer.weight.size(1), hl, wl});
    }
  } catch (const c10::Error&) {
    m_packFailed = true;  // oneDNN cannot pack this dtype here: the same weights through conv2d
    return nullptr;
  }
  if (m_packed.size() >= kMaxPackedShapes) m_packed.clear();
  m_packed.emplace(key, packed);
  return packed;
}

torch::Tensor FrozenUNet::down(size_t level, const torch::Tensor& x, const Packed* packed) const {
  if (packed) return packed->down[level].forward(x);
  const auto& layer = m_down[level];
  return torch::conv2d(x, layer.weight, layer.bias, 2, 1).contiguous(torch::MemoryFormat::ChannelsLast);
}

void FrozenUNet::up(size_t level, const torch::Tensor& x, const Packed* packed,
                    const torch::Tensor& out) const {
  const auto& layer = m_up[level - m_firstUp];
  if (!m_prepack) {
    out.copy_(transposedConv(x, layer.weight, layer.bias));
    return;
  }
  const torch::Tensor phases =
      packed ? packed->up[level - m_firstUp].forward(x)
             : torch::conv2d(x, layer.weight, layer.bias, 1, 1).contiguous(torch::MemoryFormat::ChannelsLast);
  interleavePhases(phases, out);
}

void FrozenUNet::normalizePerImage(const Layer& layer, const torch::Tensor& x) {
  if (!layer.normWeight.defined()) return;
  // A train-mode BatchNorm on a batch of one image: statistics over that image's H x W, biased variance.
  const torch::Tensor f = x.to(torch::kFloat);
  const auto [var, mean] = torch::var_mean(f, {2, 3}, /*unbiased=*/false, /*keepdim=*/true);
  const torch::Tensor scale = torch::rsqrt(var + layer.normEps) * layer.normWeight.view({1, -1, 1, 1});
  x.copy_((f - mean) * scale + layer.normBias.view({1, -1, 1, 1}));
}

torch::Tensor FrozenUNet::forward(const torch::Tensor& input) const { return run(input, nullptr); }

torch::Tensor FrozenUNet::forwardWithDropout(const torch::Tensor& input, std::uint64_t seed) const {
  at::Generator sampler = at::detail::createCPUGenerator(seed);
  return run(input, &sampler);
}

bool FrozenUNet::hasDropout() const {
  for (const auto& layer : m_up)
    if (layer.trainingDropout > 0.0) return true;
  return false;
}

torch::Tensor FrozenUNet::run(const torch::Tensor& input, at::Generator* sampler) const {
  const auto n = m_down.size();
  const int64_t factor = int64_t{1} << n;
  TORCH_CHECK(input.dim() == 4 && input.size(1) == m_down.front().weight.size(1),
              "FrozenUNet: expected input [N, ", m_down.front().weight.size(1), ", H, W], got ",
              input.sizes());
  TORCH_CHECK(input.size(2) % factor == 0 && input.size(3) % factor == 0 && input.size(2) > 0,
              "FrozenUNet: height and width must be multiples of 2^numDowns = ", factor, ", got ",
              input.size(2), "x", input.size(3));
  torch::InferenceMode inference;
  const auto cl = torch::MemoryFormat::ChannelsLast;
  const auto packed = packedFor(input);
  // Encoder: [LeakyReLU in place, so the skip carries the activated map as in UNetEncoder] -> conv.
  std::vector<torch::Tensor> features;
  features.reserve(n);
  torch::Tensor h = input.to(m_dtype).contiguous(cl);
  for (size_t level = 0; level < n; ++level) {
    if (level > 0) torch::leaky_relu_(h, 0.2);
    h = down(level, h, packed.get());
    normalizePerImage(m_down[level], h);
    features.push_back(h);
  }
  // Decoder: ReLU -> transposed conv (+ folded norm) [-> dropout], the innermost level on the bottleneck;
  // each level writes straight into the concatenation with the next level's skip.
  h = torch::relu(features.back());
  for (size_t level = n; level-- > m_firstUp;) {
    const auto& layer = m_up[level - m_firstUp];
    const int64_t channels = m_prepack ? layer.weight.size(0) / 4 : layer.weight.size(1);
    const int64_t skipChannels = level > 0 ? features[level - 1].size(1) : 0;
    torch::Tensor next = torch::empty({h.size(0), skipChannels + channels, 2 * h.size(2), 2 * h.size(3)},
                                      h.options().memory_format(cl));
    const torch::Tensor out = next.narrow(1, skipChannels, channels);
    up(level, h, packed.get(), out);
    normalizePerImage(layer, out);
    if (sampler && byteDropoutExact(layer.trainingDropout)) {
      out.mul_(byteDropoutMask(out, layer.trainingDropout, *sampler));
    } else if (sampler && layer.trainingDropout > 0.0) {
      const double keep = 1.0 - layer.trainingDropout;
      const auto mask =
          torch::empty(out.sizes(), out.options().dtype(torch::kFloat)).bernoulli_(keep, *sampler);
      out.mul_((mask / keep).to(out.scalar_type()));
    } else if (layer.dropout > 0.0) {
      out.copy_(torch::dropout(out, layer.dropout, true));
    }
    if (level > 0) {
      next.narrow(1, 0, skipChannels).copy_(features[level - 1]);
      torch::relu_(next);
    }
    h = next;
  }
  // Quarter resolution: h is level 1's activated concatenation, which the 1x1 head reads.
  if (m_head.weight.defined()) h = torch::conv2d(h, m_head.weight, m_head.bias);
  if (m_tanhOutput) h = torch::tanh(h);
  return h.to(torch::kFloat).contiguous();
}

}  // namespace colorproxy
