#include <gtest/gtest.h>

#include <thread>

#include "colorproxy/base/thread_count.h"

using colorproxy::resolveThreadCount;

TEST(ThreadCount, PositiveRequestsAreKept) {
  EXPECT_EQ(resolveThreadCount(1), 1);
  EXPECT_EQ(resolveThreadCount(3), 3);
}

TEST(ThreadCount, ZeroOrNegativeMeansEveryCore) {
  const unsigned cores = std::thread::hardware_concurrency();
  const int expected = cores > 0 ? int(cores) : 1;
  EXPECT_EQ(resolveThreadCount(0), expected);
  EXPECT_EQ(resolveThreadCount(-2), expected);
  EXPECT_GE(resolveThreadCount(0), 1);
}
