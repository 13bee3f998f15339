#include "models/byte_dropout.h"

#include <atomic>
#include <cmath>

namespace colorproxy {
namespace {
std::atomic<bool> g_byteDropout{true};
}  // namespace

void setByteDropout(bool on) { g_byteDropout.store(on, std::memory_order_relaxed); }

bool byteDropoutExact(double p) {
  const double levels = (1.0 - p) * 256.0;
  return p > 0.0 && p < 1.0 && std::abs(levels - std::round(levels)) < 1e-9;
}

torch::Tensor byteDropout(const torch::Tensor& x, double p, bool train) {
  if (!train || p <= 0.0) return x;
  if (!x.device().is_cpu() || !x.is_floating_point() || !byteDropoutExact(p) ||
      !g_byteDropout.load(std::memory_order_relaxed))
    return torch::dropout(x, p, train);
  return x * byteDropoutMask(x, p);
}

torch::Tensor byteDropoutMask(const torch::Tensor& like, double p, c10::optional<at::Generator> generator) {
  TORCH_CHECK(byteDropoutExact(p) && like.device().is_cpu() && like.is_floating_point(),
              "byteDropoutMask: needs a drop probability that is a multiple of 1/256 and a CPU float tensor");
  const double keep = 1.0 - p;
  const double threshold = std::round(keep * 256.0);
  // Byte b in 0..255 keeps its element when b < threshold (probability threshold / 256 = 1 - p). The mask
  // is built in the tensor's dtype, where 0..256 are exact: clamp(threshold - b, 0, 1) is 1 below the
  // threshold and 0 from it on, scaled in place (no bool tensor in between).
  const torch::Tensor bytes =
      torch::empty(like.sizes(),
                   like.options().dtype(torch::kByte).memory_format(like.suggest_memory_format()))
          .random_(0, 256, std::move(generator));
  return bytes.to(like.scalar_type()).neg_().add_(threshold).clamp_(0, 1).mul_(1.0 / keep);
}

}  // namespace colorproxy
