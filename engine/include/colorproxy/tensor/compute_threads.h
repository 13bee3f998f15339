#pragma once
// Torch-free control of the compute (ATen/OpenMP) thread count, for front ends that must not include torch.
// ATen's count is per thread: call this at the start of every worker thread that runs tensor work.

namespace colorproxy {

/// Sets the compute threads of the calling thread's work: `threads` > 0 as given, 0 = all cores.
/// Returns the count set.
int setComputeThreads(int threads);

}  // namespace colorproxy
