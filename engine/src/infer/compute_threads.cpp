#include "colorproxy/infer/compute_threads.h"

#include <algorithm>
#include <thread>

#include <ATen/Parallel.h>

namespace colorproxy {

int setComputeThreads(int threads) {
  const int n = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  at::set_num_threads(n);
  return n;
}

}  // namespace colorproxy
