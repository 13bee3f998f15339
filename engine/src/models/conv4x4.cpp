#include "models/conv4x4.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <vector>

#include <ATen/Parallel.h>
#include <ATen/autocast_mode.h>

namespace colorproxy {
namespace {

constexpr int64_t kConvSide = 4;
// Output pixels over the whole batch up to which the GEMM wins (bf16, 1 and 2 threads, batch 1 to 16:
// forward 1.3-9x at <= 256, even at 1024; weight gradient 1.3-20x at <= 1024, even at 4096).
constexpr int64_t kGemmForwardMaxPixels = 256;
constexpr int64_t kGemmWeightGradMaxPixels = 1024;
// Below this the im2col matrix is too thin for the product to pay (the U-Net's first and last layers).
constexpr int64_t kGemmMinInChannels = 16;
// The flipped-kernel input gradient needs enough channels in the gradient it convolves.
constexpr int64_t kFlipMinOutChannels = 16;

std::atomic<bool> g_picking{true};

int64_t outSize(int64_t in, int64_t stride, int64_t padding) {
  return (in + 2 * padding - kConvSide) / stride + 1;
}

// What the rule reads of a pass's input: its sizes, dtype and device (the dtype may be the one autocast is
// about to cast it to, so the decision needs no cast).
struct PassInput {
  c10::IntArrayRef sizes;
  at::ScalarType dtype;
  bool cpu;
};

PassInput passInput(const torch::Tensor& x) { return {x.sizes(), x.scalar_type(), x.is_cpu()}; }

bool isBf16Cpu4x4(const PassInput& x, const torch::Tensor& w) {
  return g_picking.load(std::memory_order_relaxed) && w.defined() && x.cpu && x.sizes.size() == 4 &&
         w.dim() == 4 && x.dtype == at::kBFloat16 && w.scalar_type() == at::kBFloat16 &&
         w.size(2) == kConvSide && w.size(3) == kConvSide && x.sizes[1] == w.size(1);
}

int64_t outputPixels(const PassInput& x, int64_t stride, int64_t padding) {
  return x.sizes[0] * outSize(x.sizes[2], stride, padding) * outSize(x.sizes[3], stride, padding);
}

ConvPassAlgorithm gemmUpTo(const PassInput& x, const torch::Tensor& w, int64_t stride, int64_t padding,
                           int64_t maxPixels) {
  if (!isBf16Cpu4x4(x, w)) return ConvPassAlgorithm::OneDnn;
  // One input channel (the generator's L input): oneDNN runs it 1.2x (forward) and 2.4x (weight gradient)
  // slower than the GEMM at 256 px and writes NCHW, which costs two 4 MB layout copies per step at ngf 64.
  if (w.size(1) == 1) return ConvPassAlgorithm::Gemm;
  if (w.size(1) < kGemmMinInChannels) return ConvPassAlgorithm::OneDnn;
  const int64_t pixels = outputPixels(x, stride, padding);
  return pixels > 0 && pixels <= maxPixels ? ConvPassAlgorithm::Gemm : ConvPassAlgorithm::OneDnn;
}

bool flippedInputGradient(const PassInput& x, const torch::Tensor& w, int64_t stride, int64_t padding) {
  return stride == 1 && padding >= 0 && padding < kConvSide && isBf16Cpu4x4(x, w) &&
         w.size(0) >= kFlipMinOutChannels;
}

// Whether any pass of this convolution differs from oneDNN's (else conv4x4 is plain conv2d).
bool anyPassPicked(const PassInput& x, const torch::Tensor& w, int64_t stride, int64_t padding) {
  return gemmUpTo(x, w, stride, padding, kGemmForwardMaxPixels) == ConvPassAlgorithm::Gemm ||
         gemmUpTo(x, w, stride, padding, kGemmWeightGradMaxPixels) == ConvPassAlgorithm::Gemm ||
         flippedInputGradient(x, w, stride, padding);
}

// x [N, C, H, W] -> [N*Ho*Wo, 16*C]: one row per output pixel (n, y, x), columns in the order (kh, kw, c)
// of a channels-last weight, so the weight needs no copy.
torch::Tensor im2col(const torch::Tensor& x, int64_t stride, int64_t padding) {
  const int64_t n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
  torch::Tensor padded;
  if (padding > 0) {
    // (torch::zeros drops the options' memory format: empty + zero_ keeps it.)
    padded = torch::empty({n, c, h + 2 * padding, w + 2 * padding},
                          x.options().memory_format(torch::MemoryFormat::ChannelsLast))
                 .zero_();
    padded.narrow(2, padding, h).narrow(3, padding, w).copy_(x);
  } else {
    padded = x.contiguous(torch::MemoryFormat::ChannelsLast);
    // Size-1 dimensions let "channels-last contiguous" carry any stride there; the copy below needs the plain
    // [n][h][w][c] strides.
    if (padded.stride(1) != 1 || padded.stride(3) != c || padded.stride(2) != w * c ||
        padded.stride(0) != h * w * c) {
      auto dense = torch::empty({n, c, h, w}, x.options().memory_format(torch::MemoryFormat::ChannelsLast));
      dense.permute({0, 2, 3, 1}).copy_(x.permute({0, 2, 3, 1}));
      padded = dense;
    }
  }
  const int64_t ho = outSize(h, stride, padding), wo = outSize(w, stride, padding);
  // In channels-last memory the kernel row (kh) of an output pixel is one run of 4 * c elements of the padded
  // image, so each row of the matrix is four memcpys (ATen's strided copy of the same view ran ~1.5 ns an
  // element, 1.5 ms for the generator's first layer at batch 4).
  auto cols = torch::empty({n * ho * wo, kConvSide * kConvSide * c}, x.options());
  const int64_t hp = padded.size(2), wp = padded.size(3);
  const size_t runBytes = static_cast<size_t>(kConvSide * c) * padded.element_size();
  const auto* src = static_cast<const char*>(padded.data_ptr());
  auto* dst = static_cast<char*>(cols.data_ptr());
  const int64_t elementBytes = padded.element_size();
  at::parallel_for(0, n * ho, 1, [&](int64_t begin, int64_t end) {
    for (int64_t row = begin; row < end; ++row) {
      const int64_t img = row / ho, y = row % ho;
      for (int64_t xo = 0; xo < wo; ++xo) {
        char* out = dst + ((row * wo + xo) * kConvSide * kConvSide * c) * elementBytes;
        for (int64_t kh = 0; kh < kConvSide; ++kh) {
          const int64_t offset = ((img * hp + y * stride + kh) * wp + xo * stride) * c;
          std::memcpy(out + kh * kConvSide * c * elementBytes, src + offset * elementBytes, runBytes);
        }
      }
    }
  });
  return cols;
}

// w [Cout, Cin, 4, 4] -> wt [Cin, Cout, 4, 4] with wt[i][o][h][w] = w[o][i][3-h][3-w], channels-last. For a
// channels-last bf16 kernel this is sixteen tiled Cout x Cin transposes (0.5 ms for D's 512x256 layer against
// 3-5 ms for flip + transpose + copy, once per pass); other kernels take that generic route.
torch::Tensor flipTranspose(const torch::Tensor& w) {
  const auto cl = torch::MemoryFormat::ChannelsLast;
  if (w.scalar_type() != at::kBFloat16 || !w.is_contiguous(cl))
    return w.flip({2, 3}).transpose(0, 1).contiguous(cl);
  const int64_t co = w.size(0), ci = w.size(1);
  auto wt = torch::empty({ci, co, kConvSide, kConvSide}, w.options().memory_format(cl));
  const auto* src = reinterpret_cast<const uint16_t*>(w.data_ptr());  // [co][kh][kw][ci]
  auto* dst = reinterpret_cast<uint16_t*>(wt.data_ptr());             // [ci][kh'][kw'][co]
  constexpr int64_t kTaps = kConvSide * kConvSide, kTile = 32;
  at::parallel_for(0, ci, kTile, [&](int64_t begin, int64_t end) {
    for (int64_t i0 = begin; i0 < end; i0 += kTile) {
      const int64_t i1 = std::min(end, i0 + kTile);
      for (int64_t tap = 0; tap < kTaps; ++tap) {
        const int64_t flipped = kTaps - 1 - tap;  // (3-h, 3-w) in row-major tap order
        for (int64_t o0 = 0; o0 < co; o0 += kTile) {
          const int64_t o1 = std::min(co, o0 + kTile);
          // Through a small buffer: the rows of both sides lie a power of two apart (8 KB for 256 channels),
          // so touching them column by column evicts each line before its next element is used.
          uint16_t tile[kTile][kTile];
          for (int64_t o = o0; o < o1; ++o)
            std::memcpy(tile[o - o0], src + (o * kTaps + flipped) * ci + i0, sizeof(uint16_t) * (i1 - i0));
          for (int64_t i = i0; i < i1; ++i) {
            uint16_t* out = dst + (i * kTaps + tap) * co;
            for (int64_t o = o0; o < o1; ++o) out[o] = tile[o - o0][i - i0];
          }
        }
      }
    }
  });
  return wt;
}

// Sums the four taps that reach each output pixel of the stride-2, padding-1 adjoint: cols holds, for every
// input pixel (n, p, q), the 16 taps' [C] vectors in (kh, kw) order. Output row Y = 2m + a receives tap kh
// from input row p with 2p - 1 + kh = Y: (kh 1, p m) and (kh 3, p m-1) for even Y, (kh 2, p m) and
// (kh 0, p m+1) for odd Y; columns likewise. Accumulates in fp32 in a fixed order, rounds once.
inline float bf16ToFloat(uint16_t v) {
  const uint32_t bits = static_cast<uint32_t>(v) << 16;
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

// Round to nearest even, NaN kept NaN (what c10::BFloat16 does), in a form GCC vectorises.
inline uint16_t floatToBf16(float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof bits);
  const uint32_t rounded = (bits + 0x7FFFu + ((bits >> 16) & 1u)) >> 16;
  return f != f ? uint16_t{0x7FC0} : static_cast<uint16_t>(rounded);
}

void gatherAdjointTaps(const torch::Tensor& cols, torch::Tensor& out, int64_t n, int64_t h, int64_t w,
                       int64_t c) {
  static constexpr int64_t kTap[2][2] = {{1, 3}, {2, 0}};
  static constexpr int64_t kShift[2][2] = {{0, -1}, {0, 1}};
  const auto* src = reinterpret_cast<const uint16_t*>(cols.data_ptr());
  auto* dst = reinterpret_cast<uint16_t*>(out.data_ptr());  // channels-last [n][2h][2w][c]
  at::parallel_for(0, n * 2 * h, 1, [&](int64_t begin, int64_t end) {
    for (int64_t row = begin; row < end; ++row) {
      const int64_t img = row / (2 * h), outY = row % (2 * h), a = outY & 1, m = outY >> 1;
      for (int64_t outX = 0; outX < 2 * w; ++outX) {
        const int64_t b = outX & 1, q = outX >> 1;
        const uint16_t* taps[4];
        int count = 0;
        for (int i = 0; i < 2; ++i) {
          const int64_t p = m + kShift[a][i];
          if (p < 0 || p >= h) continue;
          for (int j = 0; j < 2; ++j) {
            const int64_t x = q + kShift[b][j];
            if (x < 0 || x >= w) continue;
            taps[count++] =
                src + ((((img * h + p) * w + x) * kConvSide + kTap[a][i]) * kConvSide + kTap[b][j]) * c;
          }
        }
        uint16_t* o = dst + (row * 2 * w + outX) * c;
        // Interior pixels have all four taps; the borders one or two (stride 2, padding 1: never none).
        if (count == 4) {
          for (int64_t k = 0; k < c; ++k)
            o[k] =
                floatToBf16(((bf16ToFloat(taps[0][k]) + bf16ToFloat(taps[1][k])) + bf16ToFloat(taps[2][k])) +
                            bf16ToFloat(taps[3][k]));
        } else {
          for (int64_t k = 0; k < c; ++k) {
            float sum = 0.0f;
            for (int t = 0; t < count; ++t) sum += bf16ToFloat(taps[t][k]);
            o[k] = floatToBf16(sum);
          }
        }
      }
    }
  });
}

// The adjoint of conv2d(., w, stride 2, padding 1) applied to x: the U-Net's transposed convolution and
// the strided layers' input gradient. GEMM when the small side has few pixels, oneDNN otherwise.
bool gemmAdjoint(const torch::Tensor& x, const torch::Tensor& w) {
  // x plays the convolution's output: channels w.size(0); the GEMM's depth is that channel count.
  return g_picking.load(std::memory_order_relaxed) && x.defined() && w.defined() && x.is_cpu() &&
         x.dim() == 4 && w.dim() == 4 && x.scalar_type() == at::kBFloat16 &&
         w.scalar_type() == at::kBFloat16 && w.size(2) == kConvSide && w.size(3) == kConvSide &&
         x.size(1) == w.size(0) && w.size(0) >= kGemmMinInChannels &&
         x.size(0) * x.size(2) * x.size(3) <= kGemmForwardMaxPixels;
}

torch::Tensor inputGradient(const torch::Tensor& gy, const torch::Tensor& x, const torch::Tensor& w,
                            int64_t stride, int64_t padding) {
  if (stride == 2 && padding == 1 && x.size(2) == 2 * gy.size(2) && x.size(3) == 2 * gy.size(3) &&
      gemmAdjoint(gy, w))
    return conv4x4AdjointGemm(gy, w);
  if (flippedInputGradient(passInput(x), w, stride, padding)) {
    // dL/dx = conv(dL/dy, w flipped in space with in/out swapped, padding 3 - p): a forward pass.
    const auto wt = flipTranspose(w).contiguous(gy.suggest_memory_format());
    const int64_t p = kConvSide - 1 - padding;
    return at::convolution(gy, wt, c10::nullopt, {1, 1}, {p, p}, {1, 1}, false, {0, 0}, 1);
  }
  return std::get<0>(at::convolution_backward(gy, x, w, c10::nullopt, {stride, stride}, {padding, padding},
                                              {1, 1}, false, {0, 0}, 1, {true, false, false}));
}

// The 4x4 convolution with each pass by the rule; the weight and input arrive already in the pass's dtype.
class Conv4x4Function : public torch::autograd::Function<Conv4x4Function> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                               const torch::Tensor& w, const torch::Tensor& bias, int64_t stride,
                               int64_t padding) {
    auto y = conv4x4Forward(x, w, stride, padding);
    const bool hasBias = bias.numel() > 0;
    if (hasBias) y.add_(bias.to(y.scalar_type()).view({1, -1, 1, 1}));
    ctx->save_for_backward({x, w});
    ctx->saved_data["stride"] = stride;
    ctx->saved_data["padding"] = padding;
    ctx->saved_data["hasBias"] = hasBias;
    return y;
  }

  static torch::autograd::tensor_list backward(torch::autograd::AutogradContext* ctx,
                                               torch::autograd::tensor_list grads) {
    const auto saved = ctx->get_saved_variables();
    const auto& x = saved[0];
    const auto& w = saved[1];
    const int64_t stride = ctx->saved_data["stride"].toInt();
    const int64_t padding = ctx->saved_data["padding"].toInt();
    // oneDNN wants both operands in one layout; the incoming gradient may differ from the forward's.
    const auto gy = grads[0].to(x.scalar_type()).contiguous(x.suggest_memory_format());
    torch::Tensor gx, gw, gb;
    if (ctx->needs_input_grad(0)) gx = inputGradient(gy, x, w, stride, padding);
    if (ctx->needs_input_grad(1)) gw = conv4x4WeightGrad(x, gy, w, stride, padding);
    if (ctx->saved_data["hasBias"].toBool() && ctx->needs_input_grad(2))
      gb = gy.sum({0, 2, 3}, false, torch::kFloat);
    return {gx, gw, gb, torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor flippedTransposedKernel(const torch::Tensor& w) {
  TORCH_CHECK(w.dim() == 4 && w.size(2) == kConvSide && w.size(3) == kConvSide,
              "flippedTransposedKernel: expected [Cout, Cin, 4, 4], got ", w.sizes());
  return flipTranspose(w);
}

void setConvPassPicking(bool on) { g_picking.store(on, std::memory_order_relaxed); }
bool convPassPicking() { return g_picking.load(std::memory_order_relaxed); }

ConvPassAlgorithm forwardAlgorithm(const torch::Tensor& x, const torch::Tensor& w, int64_t stride,
                                   int64_t padding) {
  return gemmUpTo(passInput(x), w, stride, padding, kGemmForwardMaxPixels);
}

ConvPassAlgorithm weightGradAlgorithm(const torch::Tensor& x, const torch::Tensor& w, int64_t stride,
                                      int64_t padding) {
  return gemmUpTo(passInput(x), w, stride, padding, kGemmWeightGradMaxPixels);
}

torch::Tensor conv4x4ForwardGemm(const torch::Tensor& x, const torch::Tensor& w, int64_t stride,
                                 int64_t padding) {
  TORCH_CHECK(x.dim() == 4 && w.dim() == 4 && w.size(2) == kConvSide && w.size(3) == kConvSide &&
                  x.size(1) == w.size(1),
              "conv4x4ForwardGemm: expected x [N, C, H, W] and w [Cout, C, 4, 4], got ", x.sizes(), " and ",
              w.sizes());
  const int64_t n = x.size(0), co = w.size(0);
  const int64_t ho = outSize(x.size(2), stride, padding), wo = outSize(x.size(3), stride, padding);
  const auto cols = im2col(x, stride, padding);
  const auto wm = w.permute({0, 2, 3, 1}).reshape({co, -1});  // a view when w is channels-last
  // The product goes straight into a channels-last tensor of its own (not a view of the product: a custom
  // autograd function's output that is a view may not be modified in place, as the next layer's ReLU is).
  auto y = torch::empty({n, co, ho, wo}, x.options().memory_format(torch::MemoryFormat::ChannelsLast));
  auto rows = y.permute({0, 2, 3, 1}).view({n * ho * wo, co});
  at::mm_out(rows, cols, wm.t());
  return y;
}

torch::Tensor conv4x4WeightGradGemm(const torch::Tensor& x, const torch::Tensor& gy, int64_t stride,
                                    int64_t padding) {
  TORCH_CHECK(x.dim() == 4 && gy.dim() == 4 && gy.size(0) == x.size(0) &&
                  gy.size(2) == outSize(x.size(2), stride, padding) &&
                  gy.size(3) == outSize(x.size(3), stride, padding),
              "conv4x4WeightGradGemm: output gradient ", gy.sizes(), " does not match input ", x.sizes());
  const int64_t ci = x.size(1), co = gy.size(1);
  const auto cols = im2col(x, stride, padding);
  const auto rows = gy.permute({0, 2, 3, 1}).reshape({-1, co});  // a view when gy is channels-last
  return at::mm(rows.t(), cols).view({co, kConvSide, kConvSide, ci}).permute({0, 3, 1, 2});
}

torch::Tensor conv4x4AdjointGemm(const torch::Tensor& x, const torch::Tensor& w) {
  TORCH_CHECK(x.dim() == 4 && w.dim() == 4 && w.size(2) == kConvSide && w.size(3) == kConvSide &&
                  x.size(1) == w.size(0) && x.scalar_type() == at::kBFloat16 &&
                  w.scalar_type() == at::kBFloat16,
              "conv4x4AdjointGemm: expected bf16 x [N, C, H, W] and w [C, Cout, 4, 4], got ", x.sizes(), " ",
              x.scalar_type(), " and ", w.sizes(), " ", w.scalar_type());
  const int64_t n = x.size(0), c = x.size(1), h = x.size(2), wd = x.size(3), co = w.size(1);
  const auto rows = x.permute({0, 2, 3, 1}).reshape({-1, c});                        // (n, p, q) x C
  const auto wm = w.permute({0, 2, 3, 1}).reshape({c, kConvSide * kConvSide * co});  // C x (kh, kw, co)
  const auto cols = at::mm(rows, wm).contiguous();
  auto out =
      torch::empty({n, co, 2 * h, 2 * wd}, x.options().memory_format(torch::MemoryFormat::ChannelsLast));
  gatherAdjointTaps(cols, out, n, h, wd, co);
  return out;
}

torch::Tensor conv4x4Adjoint(const torch::Tensor& x, const torch::Tensor& w) {
  if (gemmAdjoint(x, w)) return conv4x4AdjointGemm(x, w);
  // convolution_backward only reads the input's shape and layout for an input gradient.
  const auto shapeOnly = torch::empty({x.size(0), w.size(1), 2 * x.size(2), 2 * x.size(3)},
                                      x.options().memory_format(x.suggest_memory_format()));
  return std::get<0>(at::convolution_backward(x, shapeOnly, w, c10::nullopt, {2, 2}, {1, 1}, {1, 1}, false,
                                              {0, 0}, 1, {true, false, false}));
}

torch::Tensor conv4x4Forward(const torch::Tensor& x, const torch::Tensor& w, int64_t stride,
                             int64_t padding) {
  if (forwardAlgorithm(x, w, stride, padding) == ConvPassAlgorithm::Gemm)
    return conv4x4ForwardGemm(x, w, stride, padding);
  return at::convolution(x, w, c10::nullopt, {stride, stride}, {padding, padding}, {1, 1}, false, {0, 0}, 1);
}

torch::Tensor conv4x4WeightGrad(const torch::Tensor& x, const torch::Tensor& gy, const torch::Tensor& w,
                                int64_t stride, int64_t padding) {
  if (weightGradAlgorithm(x, w, stride, padding) == ConvPassAlgorithm::Gemm)
    return conv4x4WeightGradGemm(x, gy, stride, padding);
  return std::get<1>(at::convolution_backward(gy, x, w, c10::nullopt, {stride, stride}, {padding, padding},
                                              {1, 1}, false, {0, 0}, 1, {false, true, false}));
}

torch::Tensor conv4x4(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                      int64_t stride, int64_t padding) {
  const bool autocast = at::autocast::is_cpu_enabled() && x.is_cpu() && x.is_floating_point();
  const auto dtype = autocast ? at::autocast::get_autocast_cpu_dtype() : x.scalar_type();
  // What autocast does for conv2d: both operands in its dtype, the weight's cast cached for the region.
  const torch::Tensor w = autocast ? at::autocast::cached_cast(dtype, weight, c10::DeviceType::CPU) : weight;
  // Decided before casting x: where oneDNN runs every pass, conv2d casts (the D's fp32 input) once itself.
  if (!anyPassPicked({x.sizes(), dtype, x.is_cpu()}, w, stride, padding))
    return torch::conv2d(x, weight, bias, stride, padding);
  const torch::Tensor xin = autocast ? x.to(dtype) : x;
  // Autograd functions take defined tensors only: "no bias" travels as an empty one.
  return Conv4x4Function::apply(xin, w, bias.defined() ? bias : torch::empty({0}, weight.options()), stride,
                                padding);
}

torch::Tensor conv4x4(torch::nn::Conv2dImpl& conv, const torch::Tensor& x) {
  const auto& o = conv.options;
  const auto* padding = c10::get_if<torch::ExpandingArray<2>>(&o.padding());
  const bool plain = (*o.kernel_size())[0] == kConvSide && (*o.kernel_size())[1] == kConvSide &&
                     (*o.stride())[0] == (*o.stride())[1] && (*o.dilation())[0] == 1 &&
                     (*o.dilation())[1] == 1 && o.groups() == 1 &&
                     c10::get_if<torch::enumtype::kZeros>(&o.padding_mode()) != nullptr &&
                     padding != nullptr && (**padding)[0] == (**padding)[1];
  if (!plain) return conv.forward(x);
  return conv4x4(x, conv.weight, conv.bias, (*o.stride())[0], (**padding)[0]);
}

}  // namespace colorproxy
