// The huge-page CPU allocator: alignment, reuse by size, the reuse budget, small tensors left to
// LibTorch, and tensors from before the switch freed safely.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include "tensor/huge_page_allocator.h"

namespace colorproxy {
namespace {

constexpr int64_t kMiB = int64_t{1} << 20;

TEST(HugePageAllocatorTest, LargeTensorsAreAlignedReusedAndBudgeted) {
  const auto before = torch::full({5 * kMiB}, 7, torch::kUInt8);  // from LibTorch's own allocator
  useHugePageCpuAllocator(64 * kMiB);
  useHugePageCpuAllocator(1);  // idempotent: the first budget stays
  const HugePageAllocatorStats start = hugePageAllocatorStats();
  ASSERT_TRUE(start.installed);

  void* first = nullptr;
  {
    auto t = torch::empty({3 * kMiB}, torch::kUInt8);
    first = t.data_ptr();
    EXPECT_EQ(reinterpret_cast<uintptr_t>(first) % (2 * kMiB), 0u);
    t.fill_(3);
    EXPECT_EQ(t.sum().item<int64_t>(), 9 * kMiB);
    EXPECT_EQ(hugePageAllocatorStats().liveBytes - start.liveBytes, 4 * kMiB);  // rounded to 2 MiB
  }
  const HugePageAllocatorStats freed = hugePageAllocatorStats();
  EXPECT_EQ(freed.liveBytes, start.liveBytes);
  {
    auto again = torch::empty({4 * kMiB - 5}, torch::kUInt8);  // the same rounded size: reused
    EXPECT_EQ(again.data_ptr(), first);
    EXPECT_EQ(hugePageAllocatorStats().reused, freed.reused + 1);
  }
  {
    const auto small = torch::ones({1000});  // LibTorch's allocator
    EXPECT_EQ(hugePageAllocatorStats().liveBytes, start.liveBytes);
    EXPECT_EQ(small.sum().item<float>(), 1000.0f);
  }
  {
    // 40 blocks of 4 MiB freed together: at most the 64 MiB budget stays mapped.
    std::vector<torch::Tensor> many;
    for (int i = 0; i < 40; ++i) many.push_back(torch::ones({kMiB}));
    for (const auto& t : many) EXPECT_EQ(t[kMiB - 1].item<float>(), 1.0f);
  }
  EXPECT_LE(hugePageAllocatorStats().cachedBytes, 64 * kMiB);
  EXPECT_GE(hugePageAllocatorStats().cachedBytes, 60 * kMiB);
  EXPECT_EQ(before.sum().item<int64_t>(), 35 * kMiB);
}

}  // namespace
}  // namespace colorproxy
