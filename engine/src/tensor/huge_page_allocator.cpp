#include "tensor/huge_page_allocator.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>
#include <vector>

#include <sys/mman.h>

#include <c10/core/CPUAllocator.h>
#include <c10/util/Exception.h>

namespace colorproxy {
namespace {

constexpr size_t kHugePage = size_t{2} << 20;
constexpr size_t kSmallest = size_t{1} << 20;  // below this, LibTorch's allocator

size_t roundUp(size_t n) { return (n + kHugePage - 1) / kHugePage * kHugePage; }

// A 2 MiB-aligned anonymous mapping of `size` bytes (a multiple of 2 MiB), advised for huge pages.
void* mapAligned(size_t size) {
  void* raw = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const auto start = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
  if (aligned > start) munmap(raw, aligned - start);
  const uintptr_t end = start + size + kHugePage;
  if (end > aligned + size) munmap(reinterpret_cast<void*>(aligned + size), end - (aligned + size));
  madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);
  return reinterpret_cast<void*>(aligned);
}

class HugePageCpuAllocator final : public c10::Allocator {
 public:
  HugePageCpuAllocator(c10::Allocator* fallback, size_t cacheBytes)
      : m_fallback(fallback), m_fallbackDeleter(fallback->raw_deleter()), m_cacheBytes(cacheBytes) {
    TORCH_CHECK(m_fallbackDeleter, "HugePageCpuAllocator: LibTorch's CPU allocator has no raw deleter");
  }

  c10::DataPtr allocate(size_t n) const override {
    if (n < kSmallest) return m_fallback->allocate(n);
    const size_t size = roundUp(n);
    void* p = nullptr;
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      auto it = m_free.find(size);
      if (it != m_free.end() && !it->second.empty()) {
        p = it->second.back();
        it->second.pop_back();
        m_stats.cachedBytes -= static_cast<int64_t>(size);
        m_stats.reused += 1;
      }
      m_stats.liveBytes += static_cast<int64_t>(size);
    }
    const bool fresh = !p;
    std::vector<std::pair<void*, size_t>> evicted;
    if (fresh) p = mapAligned(size);
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      if (!p) m_stats.liveBytes -= static_cast<int64_t>(size);
      TORCH_CHECK(p, "out of memory: could not map ", size, " bytes for a tensor");
      if (fresh) m_stats.mapped += 1;
      m_sizes[p] = size;
      // Cached blocks never raise the footprint above the largest live total seen: a new peak of live
      // memory first spends the cache (largest blocks first).
      m_liveHighWater = std::max(m_liveHighWater, m_stats.liveBytes);
      while (m_stats.liveBytes + m_stats.cachedBytes > m_liveHighWater && !m_free.empty()) {
        auto largest = std::prev(m_free.end());
        if (largest->second.empty()) {
          m_free.erase(largest);
          continue;
        }
        evicted.emplace_back(largest->second.back(), largest->first);
        largest->second.pop_back();
        m_stats.cachedBytes -= static_cast<int64_t>(largest->first);
      }
    }
    for (const auto& [block, bytes] : evicted) munmap(block, bytes);
    // Context = data, as raw_allocate (oneDNN's scratch memory) requires.
    return {p, p, &release, c10::Device(c10::DeviceType::CPU)};
  }

  c10::DeleterFnPtr raw_deleter() const override { return &release; }

  HugePageAllocatorStats stats() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_stats;
  }

  static HugePageCpuAllocator* instance;

 private:
  // Frees a pointer of either allocator: raw_deallocate hands back small blocks too.
  static void release(void* p) {
    if (p) instance->giveBack(p);
  }

  void giveBack(void* p) const {
    size_t size = 0;
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      const auto it = m_sizes.find(p);
      if (it != m_sizes.end()) {
        size = it->second;
        m_sizes.erase(it);
        m_stats.liveBytes -= static_cast<int64_t>(size);
        if (static_cast<size_t>(m_stats.cachedBytes) + size <= m_cacheBytes &&
            m_stats.liveBytes + m_stats.cachedBytes + static_cast<int64_t>(size) <= m_liveHighWater) {
          m_free[size].push_back(p);
          m_stats.cachedBytes += static_cast<int64_t>(size);
          return;
        }
      }
    }
    if (size == 0) {
      m_fallbackDeleter(p);  // a small block handed back through raw_deallocate
    } else {
      munmap(p, size);
    }
  }

  c10::Allocator* m_fallback;
  c10::DeleterFnPtr m_fallbackDeleter;
  size_t m_cacheBytes;
  mutable std::mutex m_mutex;
  mutable std::map<size_t, std::vector<void*>> m_free;
  mutable std::unordered_map<void*, size_t> m_sizes;  // live large blocks
  mutable HugePageAllocatorStats m_stats;
  mutable int64_t m_liveHighWater = 0;
};

HugePageCpuAllocator* HugePageCpuAllocator::instance = nullptr;
std::once_flag g_installOnce;

}  // namespace

void useHugePageCpuAllocator(size_t cacheBytes) {
  std::call_once(g_installOnce, [cacheBytes] {
    // Never destroyed: tensors may outlive every other object and come back here when freed.
    HugePageCpuAllocator::instance = new HugePageCpuAllocator(c10::GetCPUAllocator(), cacheBytes);
    c10::SetCPUAllocator(HugePageCpuAllocator::instance, /*priority=*/1);
  });
}

HugePageAllocatorStats hugePageAllocatorStats() {
  if (!HugePageCpuAllocator::instance) return {};
  HugePageAllocatorStats s = HugePageCpuAllocator::instance->stats();
  s.installed = true;
  return s;
}

}  // namespace colorproxy
