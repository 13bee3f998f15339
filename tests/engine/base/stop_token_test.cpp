#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "colorproxy/base/stop_token.h"

using colorproxy::StopToken;

TEST(StopToken, CheckpointPassesUntilStopRequested) {
  StopToken token;
  EXPECT_TRUE(token.checkpoint());
  token.requestStop();
  EXPECT_TRUE(token.stopRequested());
  EXPECT_FALSE(token.checkpoint());
}

TEST(StopToken, PauseBlocksUntilResume) {
  StopToken token;
  token.pause();
  std::atomic<bool> passed{false};
  std::thread worker([&] {
    token.checkpoint();
    passed = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(passed.load());
  token.resume();
  worker.join();
  EXPECT_TRUE(passed.load());
}

TEST(StopToken, StopWakesAPausedWorker) {
  StopToken token;
  token.pause();
  bool result = true;
  std::thread worker([&] { result = token.checkpoint(); });
  token.requestStop();
  worker.join();
  EXPECT_FALSE(result);
}
