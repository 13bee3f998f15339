#include "models/conv_transpose_4x2.h"

#include <stdexcept>

#include "models/conv4x4.h"

#include <ATen/autocast_mode.h>

namespace colorproxy {
namespace {

constexpr int64_t kKernel = 4;

// Runs a tensor through autocast's lower precision when the caller's autocast region is on: the custom
// function below is invisible to autocast, so it would otherwise run in fp32.
torch::Tensor autocastInput(const torch::Tensor& t) {
  if (!at::autocast::is_cpu_enabled() || !t.is_floating_point()) return t;
  return t.to(at::autocast::get_autocast_cpu_dtype());
}

// y = C^T x, where C is the stride-2 4x4 convolution whose weight is `w` read as a Conv2d weight
// ([in_T, out_T, 4, 4] = [out_C, in_C, 4, 4]). Forward and both gradients are regular oneDNN
// convolution passes: forward = C's input gradient, dL/dx = C(dL/dy), dL/dw = C's weight gradient with
// input dL/dy and output gradient x.
class AdjointConvTranspose : public torch::autograd::Function<AdjointConvTranspose> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                               const torch::Tensor& w, const torch::Tensor& bias) {
    auto y = conv4x4Adjoint(x, w);
    const bool hasBias = bias.numel() > 0;
    if (hasBias) y.add_(bias.to(y.scalar_type()).view({1, -1, 1, 1}));
    ctx->save_for_backward({x, w});
    ctx->saved_data["hasBias"] = hasBias;
    return y;
  }

  static torch::autograd::tensor_list backward(torch::autograd::AutogradContext* ctx,
                                               torch::autograd::tensor_list grads) {
    const auto saved = ctx->get_saved_variables();
    const auto& x = saved[0];
    const auto& w = saved[1];
    // oneDNN wants both operands in one layout; the incoming gradient may differ from the forward's.
    const auto gy = grads[0].contiguous(x.suggest_memory_format());
    torch::Tensor gx, gw, gb;
    // Both passes by the faster algorithm for the shape (the inner levels' run 3-20x faster as GEMMs).
    if (ctx->needs_input_grad(0)) gx = conv4x4Forward(gy, w, 2, 1);
    if (ctx->needs_input_grad(1)) gw = conv4x4WeightGrad(gy, x, w, 2, 1);
    if (ctx->saved_data["hasBias"].toBool() && ctx->needs_input_grad(2))
      gb = gy.sum({0, 2, 3}, false, torch::kFloat);
    return {gx, gw, gb};
  }
};

// The 4x4/2 transposed convolution as one 3x3 convolution with 4x the output channels followed by
// pixel shuffle. Output pixel (2m + a, 2n + b) only sees input rows m-1..m (a = 0, kernel rows 3, 1) or
// m..m+1 (a = 1, kernel rows 2, 0), and likewise for columns; row index 4 selects a zero.
torch::Tensor subPixelWeight(const torch::Tensor& w) {
  static const std::vector<int64_t> kTaps = {3, 1, 4, 4, 2, 0};  // (phase, 3x3 offset) -> kernel row
  const auto taps = torch::tensor(kTaps, torch::kLong);
  const auto padded = torch::constant_pad_nd(w, {0, 1, 0, 1});             // [in, out, 5, 5], index 4 = 0
  const auto picked = padded.index_select(2, taps).index_select(3, taps);  // [in, out, 6, 6]
  const int64_t in = w.size(0), out = w.size(1);
  return picked.view({in, out, 2, 3, 2, 3}).permute({1, 2, 4, 0, 3, 5}).reshape({out * 4, in, 3, 3});
}

}  // namespace

TransposedConvAlgorithm parseTransposedConvAlgorithm(const std::string& name) {
  if (name == "native") return TransposedConvAlgorithm::Native;
  if (name == "adjoint") return TransposedConvAlgorithm::Adjoint;
  if (name == "subpixel") return TransposedConvAlgorithm::SubPixel;
  throw std::invalid_argument("unknown transposed-convolution algorithm '" + name +
                              "': use native, adjoint or subpixel");
}

std::string toString(TransposedConvAlgorithm algorithm) {
  switch (algorithm) {
    case TransposedConvAlgorithm::Native:
      return "native";
    case TransposedConvAlgorithm::Adjoint:
      return "adjoint";
    case TransposedConvAlgorithm::SubPixel:
      return "subpixel";
  }
  return "?";
}

ConvTranspose4x2Options::ConvTranspose4x2Options(int64_t inChannels, int64_t outChannels)
    : inChannels_(inChannels), outChannels_(outChannels) {}

ConvTranspose4x2Impl::ConvTranspose4x2Impl(ConvTranspose4x2Options options_) : options(options_) { reset(); }

void ConvTranspose4x2Impl::reset() {
  TORCH_CHECK(options.inChannels() > 0 && options.outChannels() > 0,
              "ConvTranspose4x2: channel counts must be positive, got in=", options.inChannels(),
              " out=", options.outChannels());
  weight = register_parameter("weight",
                              torch::empty({options.inChannels(), options.outChannels(), kKernel, kKernel}));
  if (options.bias()) {
    bias = register_parameter("bias", torch::empty({options.outChannels()}));
  } else {
    bias = register_parameter("bias", torch::Tensor(), /*requires_grad=*/false);
  }
  // The default initialisation of torch::nn::ConvTranspose2d (kaiming-uniform with a = sqrt(5)); the
  // networks re-initialise with N(0, 0.02) anyway.
  torch::NoGradGuard noGrad;
  torch::nn::init::kaiming_uniform_(weight, std::sqrt(5.0));
  if (bias.defined()) {
    const double fanIn = static_cast<double>(options.outChannels() * kKernel * kKernel);
    const double bound = 1.0 / std::sqrt(fanIn);
    bias.uniform_(-bound, bound);
  }
}

void ConvTranspose4x2Impl::pretty_print(std::ostream& stream) const {
  stream << "colorproxy::ConvTranspose4x2(" << options.inChannels() << ", " << options.outChannels()
         << ", kernel_size=4, stride=2, padding=1, bias=" << std::boolalpha << options.bias()
         << ", algorithm=" << toString(options.algorithm()) << ")";
}

torch::Tensor ConvTranspose4x2Impl::forward(const torch::Tensor& input) {
  TORCH_CHECK(input.dim() == 4 && input.size(1) == options.inChannels(),
              "ConvTranspose4x2: expected input [N, ", options.inChannels(), ", H, W], got ", input.sizes());
  switch (options.algorithm()) {
    case TransposedConvAlgorithm::Native:
      return torch::conv_transpose2d(input, weight, bias, 2, 1);
    case TransposedConvAlgorithm::Adjoint: {
      const auto x = autocastInput(input);
      // Autograd functions take defined tensors only: "no bias" travels as an empty one.
      return AdjointConvTranspose::apply(x, weight.to(x.scalar_type()),
                                         bias.defined() ? bias : torch::empty({0}, weight.options()));
    }
    case TransposedConvAlgorithm::SubPixel: {
      auto y = torch::pixel_shuffle(torch::conv2d(input, subPixelWeight(weight), {}, 1, 1), 2);
      if (bias.defined()) y = y + bias.to(y.scalar_type()).view({1, -1, 1, 1});
      return y;
    }
  }
  TORCH_CHECK(false, "ConvTranspose4x2: unknown algorithm");
}

}  // namespace colorproxy
