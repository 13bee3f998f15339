#pragma once
// Exclusive (self) time per ATen operator in the calling thread, through RecordFunction observers, and
// the arithmetic of the convolutions it saw. Used by `bench train --profile`.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <ATen/record_function.h>

namespace colorproxy {

/// Per-operator self time (time in the operator minus time in the operators it called) while alive.
/// One profiler per thread at a time; operators run in other threads (autograd workers) are not seen.
class OperatorProfiler {
 public:
  /// Self time and calls of one operator name.
  struct Entry {
    double seconds = 0.0;
    int64_t calls = 0;
  };

  OperatorProfiler();
  ~OperatorProfiler();
  OperatorProfiler(const OperatorProfiler&) = delete;
  OperatorProfiler& operator=(const OperatorProfiler&) = delete;

  /// Self time per operator name ("aten::mkldnn_convolution", "autograd::engine::evaluate_function: ...").
  const std::map<std::string, Entry>& operators() const { return m_operators; }
  /// Floating-point operations of the convolutions run (forward: 2 N Cout Hout Wout Cin/groups kh kw;
  /// convolution_backward: that times the number of gradients it computed).
  double convolutionFlop() const { return m_convolutionFlop; }

 private:
  struct Frame {
    double start = 0.0;
    double children = 0.0;
  };
  static std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction& fn);
  static void onEnd(const at::RecordFunction& fn, at::ObserverContext* context);
  void countConvolution(const at::RecordFunction& fn);

  at::CallbackHandle m_handle = 0;
  std::vector<Frame> m_stack;
  std::map<std::string, Entry> m_operators;
  double m_convolutionFlop = 0.0;
};

}  // namespace colorproxy
