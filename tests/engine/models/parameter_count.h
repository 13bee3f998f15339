#pragma once
// Test helper: the trainable parameter count of a module, summed from its tensors (the independent side
// of the model_size formulas' checks).
#include <cstdint>

#include <torch/torch.h>

namespace colorproxy::test {

inline int64_t countParameters(const torch::nn::Module& m) {
  int64_t n = 0;
  for (const auto& p : m.parameters()) n += p.numel();
  return n;
}

}  // namespace colorproxy::test
