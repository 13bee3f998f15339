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
    std::string op;  ///< the operator's name (the row's key without shapes)
  };

  /// byShape: one row per operator and input shapes ("aten::mm [256, 1024] bf16, [1024, 8192] bf16"),
  /// to find the layer a slow operator runs for.
  explicit OperatorProfiler(bool byShape = false);
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
    std::string key;  ///< byShape: the row's key, taken while the inputs are readable
  };
  static std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction& fn);
  static void onEnd(const at::RecordFunction& fn, at::ObserverContext* context);
  void countConvolution(const at::RecordFunction& fn);

  at::CallbackHandle m_handle = 0;
  std::vector<Frame> m_stack;
  std::map<std::string, Entry> m_operators;
  double m_convolutionFlop = 0.0;
  bool m_byShape = false;
};

}  // namespace colorproxy
