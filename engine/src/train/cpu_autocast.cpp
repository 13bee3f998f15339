#include "train/cpu_autocast.h"

#include <ATen/autocast_mode.h>

namespace colorproxy {

CpuAutocast::CpuAutocast(bool on) : m_on(on) {
  if (!m_on) return;
  m_wasEnabled = at::autocast::is_cpu_enabled();
  m_previousDtype = at::autocast::get_autocast_cpu_dtype();
  at::autocast::set_cpu_enabled(true);
  at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
  at::autocast::increment_nesting();
}

CpuAutocast::~CpuAutocast() {
  if (!m_on) return;
  if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
  at::autocast::set_cpu_enabled(m_wasEnabled);
  at::autocast::set_autocast_cpu_dtype(m_previousDtype);
}

void toChannelsLast(torch::nn::Module& module) {
  torch::NoGradGuard noGrad;
  for (auto& p : module.parameters())
    if (p.dim() == 4) p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
}

}  // namespace colorproxy
