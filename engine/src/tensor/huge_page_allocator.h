#pragma once
// LibTorch's CPU allocator for large tensors on transparent huge pages, with freed blocks kept for reuse.
// Training allocates and frees the same large activations every step; through malloc each of them is
// mapped and faulted in again 4 KiB at a time (on a virtual machine a page fault costs microseconds: in
// the unet_256 batch-4 step that was ~48 000 faults, ~1 s per step). 2 MiB pages cut the faults 512-fold
// and the reuse list removes most of the rest.
#include <cstddef>
#include <cstdint>

namespace colorproxy {

/// Counters of the huge-page allocator (process-wide).
struct HugePageAllocatorStats {
  int64_t mapped = 0;       ///< blocks mapped from the kernel so far
  int64_t reused = 0;       ///< allocations served from the reuse list
  int64_t cachedBytes = 0;  ///< bytes held in the reuse list now
  int64_t liveBytes = 0;    ///< bytes of large blocks in use now
  bool installed = false;
};

/// Makes large CPU tensors (>= 1 MiB) come from 2 MiB-aligned anonymous mappings advised for
/// transparent huge pages; freed blocks are kept for reuse by the same rounded size, up to `cacheBytes`
/// in total and never above the largest live total seen (so the peak footprint is that of live tensors).
/// Smaller tensors keep LibTorch's allocator. Idempotent (the first call's budget stays); tensors allocated
/// before keep their own deleter, so installing at any time is safe. Thread-safe.
void useHugePageCpuAllocator(size_t cacheBytes = size_t{256} << 20);
/// The allocator's counters.
HugePageAllocatorStats hugePageAllocatorStats();

}  // namespace colorproxy
