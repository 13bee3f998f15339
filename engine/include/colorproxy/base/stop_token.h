#pragma once
// Cooperative stop and pause for long-running engine work. The owner (GUI, CLI signal handler) calls
// requestStop()/pause()/resume() from any thread; the worker calls checkpoint() between batches.
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace colorproxy {

/// Thread-safe stop/pause flag shared by a job's owner and its worker.
class StopToken {
 public:
  void requestStop();
  void pause();
  void resume();
  bool stopRequested() const { return m_stop.load(std::memory_order_acquire); }
  bool paused() const { return m_paused.load(std::memory_order_acquire); }

  /// Blocks while paused; returns false when a stop was requested (the worker should then wind down).
  bool checkpoint();

 private:
  std::atomic<bool> m_stop{false};
  std::atomic<bool> m_paused{false};
  std::mutex m_mutex;
  std::condition_variable m_cv;
};

}  // namespace colorproxy
