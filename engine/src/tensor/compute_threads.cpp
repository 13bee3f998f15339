#include "colorproxy/tensor/compute_threads.h"

#include <ATen/Parallel.h>

#include "colorproxy/base/thread_count.h"

namespace colorproxy {

int setComputeThreads(int threads) {
  const int n = resolveThreadCount(threads);
  at::set_num_threads(n);
  return n;
}

}  // namespace colorproxy
