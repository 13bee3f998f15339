#include "colorproxy/base/stop_token.h"

namespace colorproxy {

void StopToken::requestStop() {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stop.store(true, std::memory_order_release);
  }
  m_cv.notify_all();
}

void StopToken::pause() {
  std::lock_guard<std::mutex> lock(m_mutex);
  m_paused.store(true, std::memory_order_release);
}

void StopToken::resume() {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_paused.store(false, std::memory_order_release);
  }
  m_cv.notify_all();
}

bool StopToken::checkpoint() {
  if (m_paused.load(std::memory_order_acquire)) {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_cv.wait(lock, [this] { return !m_paused.load() || m_stop.load(); });
  }
  return !m_stop.load(std::memory_order_acquire);
}

}  // namespace colorproxy
