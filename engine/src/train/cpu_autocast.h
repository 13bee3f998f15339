#pragma once
// bfloat16 autocast and channels-last for the trainer's non-GAN pretexts (GanStep has its own, private
// copies; these are the same few lines for the classification and L2 steps and for validation).
#include <torch/torch.h>

namespace colorproxy {

/// CPU bfloat16 autocast for one forward region; the region must end before the optimiser step
/// (autocast caches low-precision weight copies until the outermost region exits).
class CpuAutocast {
 public:
  explicit CpuAutocast(bool on);
  ~CpuAutocast();
  CpuAutocast(const CpuAutocast&) = delete;
  CpuAutocast& operator=(const CpuAutocast&) = delete;

 private:
  bool m_on;
  bool m_wasEnabled = false;
  at::ScalarType m_previousDtype = at::kBFloat16;
};

/// Converts a module's 4-D parameters to channels-last in place.
void toChannelsLast(torch::nn::Module& module);

}  // namespace colorproxy
