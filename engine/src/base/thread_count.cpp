#include "colorproxy/base/thread_count.h"

#include <thread>

namespace colorproxy {

int resolveThreadCount(int requested) {
  if (requested > 0) return requested;
  const unsigned cores = std::thread::hardware_concurrency();  // 0 when the machine does not say
  return cores > 0 ? static_cast<int>(cores) : 1;
}

}  // namespace colorproxy
