#include "dist/job_board.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <torch/csrc/distributed/c10d/TCPStore.hpp>

namespace colorproxy {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kBeat = std::chrono::milliseconds(500);
constexpr auto kPoll = std::chrono::milliseconds(100);

std::string beatKey(int rank) { return "colorproxy/jobs/beat/" + std::to_string(rank); }
std::string haltKey(int rank) { return "colorproxy/jobs/halt/" + std::to_string(rank); }
std::string postKey(const std::string& key) { return "colorproxy/jobs/post/" + key; }

std::vector<uint8_t> bytes(const std::string& s) { return std::vector<uint8_t>(s.begin(), s.end()); }
std::string text(const std::vector<uint8_t>& b) { return std::string(b.begin(), b.end()); }

c10::intrusive_ptr<c10d::TCPStore> connect(const DistEnv& env, bool server, bool counted) {
  c10d::TCPStoreOptions o;
  o.port = std::uint16_t(env.masterPort);
  o.isServer = server;
  if (counted) o.numWorkers = size_t(env.worldSize);
  o.waitWorkers = counted;
  o.timeout = std::chrono::milliseconds(int64_t(env.timeoutSeconds) * 1000);
  return c10::make_intrusive<c10d::TCPStore>(env.masterAddr, o);
}

}  // namespace

struct JobBoard::Impl {
  c10::intrusive_ptr<c10d::TCPStore> store;  // the main thread's connection (rank 0: also the server)
  std::thread heart;
  std::mutex mutex;
  std::condition_variable wake;
  bool stopping = false;
};

JobBoard::JobBoard(const DistEnv& env) : m_env(env), m_impl(std::make_unique<Impl>()) {
  try {
    m_impl->store = connect(env, env.rank == 0, true);
  } catch (const std::exception& e) {
    throw std::runtime_error("job queue (rank " + std::to_string(env.rank) + " of " +
                             std::to_string(env.worldSize) + "): could not meet the other ranks at " +
                             env.masterAddr + ":" + std::to_string(env.masterPort) + " within " +
                             std::to_string(env.timeoutSeconds) + " s (" + e.what() +
                             "). Start all processes with the same MASTER_ADDR and MASTER_PORT; "
                             "COLORPROXY_DIST_TIMEOUT sets the wait in seconds");
  }
  m_impl->store->add(beatKey(env.rank), 1);
  // The heartbeat has a connection of its own: a store connection serves one thread.
  auto beatStore = connect(env, false, false);
  m_impl->heart = std::thread([this, beatStore, key = beatKey(env.rank)] {
    std::unique_lock<std::mutex> lock(m_impl->mutex);
    while (!m_impl->wake.wait_for(lock, kBeat, [this] { return m_impl->stopping; })) {
      try {
        beatStore->add(key, 1);
      } catch (const std::exception&) {
        return;  // rank 0 (the store) is gone: the main thread finds out when it next asks
      }
    }
  });
}

JobBoard::~JobBoard() {
  {
    std::lock_guard<std::mutex> lock(m_impl->mutex);
    m_impl->stopping = true;
  }
  m_impl->wake.notify_all();
  if (m_impl->heart.joinable()) m_impl->heart.join();
}

void JobBoard::post(const std::string& key, const std::string& value) {
  m_impl->store->set(postKey(key), bytes(value));
}

void JobBoard::halt(const std::string& reason) {
  try {
    m_impl->store->set(haltKey(rank()), bytes(reason.empty() ? "failed" : reason));
  } catch (const std::exception&) {
    // Nobody is left to tell.
  }
}

std::optional<std::string> JobBoard::waitFor(const std::string& key, int from) {
  const auto limit = std::chrono::seconds(m_env.timeoutSeconds);
  const std::string k = postKey(key), halt = haltKey(from), beat = beatKey(from);
  int64_t lastBeat = -1;
  auto lastChange = Clock::now();
  try {
    while (true) {
      if (m_impl->store->check({k})) return text(m_impl->store->get(k));
      if (m_impl->store->check({halt})) {
        m_haltReason = text(m_impl->store->get(halt));
        return std::nullopt;
      }
      const int64_t b = m_impl->store->add(beat, 0);
      if (b != lastBeat) {
        lastBeat = b;
        lastChange = Clock::now();
      } else if (Clock::now() - lastChange > limit) {
        throw std::runtime_error("no heartbeat for " + std::to_string(m_env.timeoutSeconds) + " s");
      }
      std::this_thread::sleep_for(kPoll);
    }
  } catch (const std::exception& e) {
    throw std::runtime_error(
        "job queue: rank " + std::to_string(rank()) + " of " + std::to_string(size()) +
        " gave up waiting for rank " + std::to_string(from) + " (" + e.what() +
        "): that rank failed, was killed or lost its network, or rank 0 (which holds the queue) ended. "
        "The finished runs are kept; resume the experiment to run the rest (COLORPROXY_DIST_TIMEOUT sets "
        "the wait in seconds)");
  }
}

}  // namespace colorproxy
