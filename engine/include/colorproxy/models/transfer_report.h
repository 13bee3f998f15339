#pragma once
// What a weight transfer from a colorization generator did, by tensor name (plain C++, for reports).
#include <string>
#include <vector>

namespace colorproxy {

/// Tensor names (parameters and batch-norm buffers) sorted into what happened to them.
struct TransferReport {
  std::vector<std::string> transferred;  ///< copied from the generator
  std::vector<std::string> created;      ///< tensors of the new model that keep their fresh init (new head)
  std::vector<std::string> skipped;      ///< generator tensors the new model does not use
};

}  // namespace colorproxy
