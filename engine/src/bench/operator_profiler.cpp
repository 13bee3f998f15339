#include "bench/operator_profiler.h"

#include <chrono>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include <ATen/autocast_mode.h>

namespace colorproxy {
namespace {

thread_local OperatorProfiler* t_profiler = nullptr;

double nowSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// 2 * N * Cout * Hout * Wout * (Cin / groups) * kh * kw for a convolution with these input, weight and
// output sizes (weight [Cout, Cin/groups, kh, kw]).
double forwardFlop(c10::IntArrayRef output, c10::IntArrayRef weight) {
  if (output.size() != 4 || weight.size() != 4) return 0.0;
  double flop = 2.0;
  for (int64_t d : output) flop *= static_cast<double>(d);
  return flop * static_cast<double>(weight[1] * weight[2] * weight[3]);
}

// "aten::mm [256, 1024] bf16, [1024, 8192] bf16 nhwc": the operator and its tensor inputs' sizes, dtypes and
// (when not plainly contiguous) channels-last or strided layout.
std::string keyWithShapes(const at::RecordFunction& fn) {
  std::ostringstream key;
  key << fn.name();
  const char* separator = " ";
  for (const auto& v : fn.inputs()) {
    if (!v.isTensor() || !v.toTensor().defined()) continue;
    const auto& t = v.toTensor();
    key << separator << t.sizes() << " "
        << (t.scalar_type() == at::kBFloat16 ? "bf16" : c10::toString(t.scalar_type()));
    if (!t.is_contiguous())
      key << (t.dim() == 4 && t.is_contiguous(at::MemoryFormat::ChannelsLast) ? " nhwc" : " strided");
    separator = ", ";
  }
  return key.str();
}

}  // namespace

OperatorProfiler::OperatorProfiler(bool byShape) : m_byShape(byShape) {
  if (t_profiler) throw std::logic_error("OperatorProfiler: one profiler per thread at a time");
  t_profiler = this;
  m_handle = at::addThreadLocalCallback(at::RecordFunctionCallback(&onStart, &onEnd).needsInputs(true));
}

OperatorProfiler::~OperatorProfiler() {
  at::removeCallback(m_handle);
  t_profiler = nullptr;
}

std::unique_ptr<at::ObserverContext> OperatorProfiler::onStart(const at::RecordFunction& fn) {
  if (!t_profiler) return nullptr;
  t_profiler->countConvolution(fn);
  std::string key;
  if (t_profiler->m_byShape) key = keyWithShapes(fn);
  t_profiler->m_stack.push_back({nowSeconds(), 0.0, std::move(key)});
  return nullptr;
}

void OperatorProfiler::onEnd(const at::RecordFunction& fn, at::ObserverContext*) {
  OperatorProfiler* self = t_profiler;
  if (!self || self->m_stack.empty()) return;
  const Frame frame = self->m_stack.back();
  self->m_stack.pop_back();
  const double elapsed = nowSeconds() - frame.start;
  auto& entry = self->m_operators[frame.key.empty() ? std::string(fn.name()) : frame.key];
  if (entry.op.empty()) entry.op = fn.name();
  entry.seconds += elapsed - frame.children;
  entry.calls += 1;
  if (!self->m_stack.empty()) self->m_stack.back().children += elapsed;
}

void OperatorProfiler::countConvolution(const at::RecordFunction& fn) {
  const char* name = fn.name();
  const auto inputs = fn.inputs();
  if (std::strcmp(name, "aten::convolution") == 0) {
    // (input, weight, bias, stride, padding, dilation, transposed, output_padding, groups): the output
    // size follows from the input's; count it from the forward's own arithmetic.
    if (inputs.size() < 9 || !inputs[0].isTensor() || !inputs[1].isTensor()) return;
    const auto& x = inputs[0].toTensor();
    const auto& w = inputs[1].toTensor();
    if (x.dim() != 4 || w.dim() != 4) return;
    const bool transposed = inputs[6].isBool() && inputs[6].toBool();
    // conv2d(x, w, {}, 2, 1) passes one value for both dimensions.
    const auto pair = [](const c10::IValue& v) {
      auto list = v.toIntVector();
      if (list.size() == 1) list.push_back(list[0]);
      return list;
    };
    const auto stride = pair(inputs[3]), padding = pair(inputs[4]), dilation = pair(inputs[5]);
    if (stride.size() != 2 || padding.size() != 2 || dilation.size() != 2 || stride[0] < 1 || stride[1] < 1)
      return;
    if (transposed) {
      // The same arithmetic as the convolution it is the adjoint of (input and output swapped).
      const double flop =
          2.0 * static_cast<double>(x.numel()) * static_cast<double>(w.size(1) * w.size(2) * w.size(3));
      m_convolutionFlop += flop / static_cast<double>(inputs[8].toInt());
      return;
    }
    std::vector<int64_t> out = {x.size(0), w.size(0), 0, 0};
    for (int d = 0; d < 2; ++d)
      out[2 + d] = (x.size(2 + d) + 2 * padding[d] - dilation[d] * (w.size(2 + d) - 1) - 1) / stride[d] + 1;
    m_convolutionFlop += forwardFlop(out, w.sizes());
  } else if (std::strcmp(name, "aten::mm") == 0) {
    // The training step has no dense layers: its matrix products are convolution passes run as GEMMs
    // (models/conv4x4), 2 * M * K * N each.
    // Under CPU autocast the functional mm is recorded twice: autocast's wrapper, then the real operator it
    // calls with autocast excluded (is_cpu_enabled() is false there); count the real one. mm.out (a third
    // input, the result) has no autocast wrapper.
    if (inputs.size() == 2 && at::autocast::is_cpu_enabled()) return;
    if (inputs.size() < 2 || !inputs[0].isTensor() || !inputs[1].isTensor()) return;
    const auto& a = inputs[0].toTensor();
    const auto& b = inputs[1].toTensor();
    if (a.dim() != 2 || b.dim() != 2) return;
    m_convolutionFlop += 2.0 * static_cast<double>(a.size(0)) * static_cast<double>(a.size(1)) *
                         static_cast<double>(b.size(1));
  } else if (std::strcmp(name, "aten::convolution_backward") == 0) {
    // (grad_output, input, weight, bias_sizes, stride, padding, dilation, transposed, output_padding,
    // groups, output_mask): each requested input or weight gradient costs one forward's arithmetic.
    if (inputs.size() < 11 || !inputs[0].isTensor() || !inputs[1].isTensor() || !inputs[2].isTensor()) return;
    const auto& gy = inputs[0].toTensor();
    const auto& x = inputs[1].toTensor();
    const auto& w = inputs[2].toTensor();
    if (w.dim() != 4) return;
    const bool transposed = inputs[7].isBool() && inputs[7].toBool();
    const auto mask = inputs[10].toBoolList();
    const int gradients = (mask.size() > 0 && mask.get(0) ? 1 : 0) + (mask.size() > 1 && mask.get(1) ? 1 : 0);
    const double forward = transposed ? 2.0 * static_cast<double>(x.numel()) *
                                            static_cast<double>(w.size(1) * w.size(2) * w.size(3))
                                      : forwardFlop(gy.sizes(), w.sizes());
    m_convolutionFlop += forward * gradients;
  }
}

}  // namespace colorproxy
