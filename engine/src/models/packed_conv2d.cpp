#include "models/packed_conv2d.h"

#include <ATen/core/dispatch/Dispatcher.h>

namespace colorproxy {
namespace {

// The operators through the dispatcher's boxed calls: their context type is a TorchScript custom class
// whose C++ declaration LibTorch does not install.
const c10::optional<c10::OperatorHandle>& prepackOp() {
  static const c10::optional<c10::OperatorHandle> op =
      c10::Dispatcher::singleton().findSchema({"mkldnn_prepacked::conv2d_prepack", ""});
  return op;
}

const c10::optional<c10::OperatorHandle>& runOp() {
  static const c10::optional<c10::OperatorHandle> op =
      c10::Dispatcher::singleton().findSchema({"mkldnn_prepacked::conv2d_run", ""});
  return op;
}

}  // namespace

bool PackedConv2d::available() { return prepackOp().has_value() && runOp().has_value(); }

PackedConv2d::PackedConv2d(const torch::Tensor& weight, const torch::Tensor& bias, int64_t stride,
                           int64_t padding, at::IntArrayRef inputSize) {
  TORCH_CHECK(available(), "PackedConv2d: this LibTorch has no oneDNN prepacked convolution");
  TORCH_CHECK(weight.dim() == 4 && inputSize.size() == 4, "PackedConv2d: expected a 4-D weight and input");
  torch::jit::Stack stack{weight,
                          bias.defined() ? c10::IValue(bias) : c10::IValue(),
                          std::vector<int64_t>{stride, stride},
                          std::vector<int64_t>{padding, padding},
                          std::vector<int64_t>{1, 1},
                          int64_t{1},
                          inputSize.vec(),
                          std::string("none")};
  prepackOp()->callBoxed(&stack);
  m_context = std::move(stack.at(0));
}

torch::Tensor PackedConv2d::forward(const torch::Tensor& x) const {
  torch::jit::Stack stack{x, m_context};
  runOp()->callBoxed(&stack);
  torch::Tensor y = stack.at(0).toTensor();
  // oneDNN keeps the input's layout, and a 1-channel input reads as contiguous.
  return y.is_contiguous(torch::MemoryFormat::ChannelsLast) ? y
                                                            : y.contiguous(torch::MemoryFormat::ChannelsLast);
}

}  // namespace colorproxy
