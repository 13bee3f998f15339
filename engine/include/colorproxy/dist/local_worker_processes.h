#pragma once
// The other ranks of a data-parallel job whose rank 0 is this process (the GUI trains rank 0 on its own
// worker thread, so its monitor sees the run as any other; ranks 1..N-1 are colorproxy-cli processes).
#include <sys/types.h>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "colorproxy/dist/dist_env.h"

namespace colorproxy {

/// Ranks 1..nproc-1 of a job on this machine, running in the background.
class LocalWorkerProcesses {
 public:
  /// Starts `program` with `args` as ranks 1..nproc-1 of a job of `nproc` ranks rendezvousing at
  /// 127.0.0.1:`port` (each with RANK, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT
  /// set). Throws std::runtime_error naming the program when one cannot be started (those started are
  /// ended first).
  LocalWorkerProcesses(const std::string& program, const std::vector<std::string>& args, int nproc, int port);
  /// Ends (SIGTERM) and reaps the workers still running.
  ~LocalWorkerProcesses();
  LocalWorkerProcesses(const LocalWorkerProcesses&) = delete;
  LocalWorkerProcesses& operator=(const LocalWorkerProcesses&) = delete;

  /// Rank 0's place in the job (this process).
  DistEnv rankZero() const;
  /// Sets this process's RANK=0, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR and MASTER_PORT,
  /// so that a trainer started now joins the job as rank 0 (the trainers read the launcher's variables);
  /// the destructor restores what they were. Call from the thread that starts the trainer, with no other
  /// trainer running in the process.
  void joinAsRankZero();
  /// Waits for every worker; their exit codes for ranks 1..nproc-1 (128 + signal when killed).
  std::vector<int> wait();

 private:
  std::vector<pid_t> m_pids;  // rank r at index r - 1; 0 once reaped
  std::vector<int> m_codes;
  std::vector<std::pair<std::string, std::optional<std::string>>> m_savedVariables;  // name, old value
  int m_nproc;
  int m_port;
};

}  // namespace colorproxy
