#pragma once
// Engine-internal: the notice board of a job queue spread over the ranks of a data-parallel job (an
// experiment's independent runs): c10d's TCPStore on rank 0 holds what each rank posts, and a heartbeat
// per rank tells a dead rank from a slow one, however long its runs take. The c10d headers stay in
// job_board.cpp.
#include <memory>
#include <optional>
#include <string>

#include "colorproxy/dist/dist_env.h"

namespace colorproxy {

/// Key/value messages between the ranks of a job, with no time limit on a rank that is alive: waiting
/// for a key fails only when the rank expected to post it stops beating (no heartbeat for
/// env.timeoutSeconds: killed, crashed, network lost) or posts that it halted.
class JobBoard {
 public:
  /// Meets the other ranks at env.masterAddr:masterPort (rank 0 hosts the store), waiting up to
  /// env.timeoutSeconds for all of them; starts this rank's heartbeat. Throws std::runtime_error saying
  /// who could not be met and what to check.
  explicit JobBoard(const DistEnv& env);
  ~JobBoard();
  JobBoard(const JobBoard&) = delete;
  JobBoard& operator=(const JobBoard&) = delete;

  int rank() const { return m_env.rank; }
  int size() const { return m_env.worldSize; }
  const DistEnv& env() const { return m_env; }

  /// Posts `value` under `key` (each key is posted once, by one rank).
  void post(const std::string& key, const std::string& value);
  /// Tells the other ranks that this rank stops posting: `reason` is "stopped" (a stop request) or the
  /// error that ended it.
  void halt(const std::string& reason);
  /// Waits for `key`, which rank `from` posts. Returns std::nullopt when `from` halted first (its reason
  /// in haltReason()); throws std::runtime_error naming the rank when it shows no sign of life for
  /// env.timeoutSeconds.
  std::optional<std::string> waitFor(const std::string& key, int from);
  /// Why the rank that waitFor() last gave up on halted.
  const std::string& haltReason() const { return m_haltReason; }

 private:
  struct Impl;
  DistEnv m_env;
  std::unique_ptr<Impl> m_impl;
  std::string m_haltReason;
};

}  // namespace colorproxy
