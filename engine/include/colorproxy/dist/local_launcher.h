#pragma once
// Starts the ranks of a data-parallel job on this machine (`colorproxy-cli --nproc N`), as torchrun does.
#include <functional>
#include <string>
#include <vector>

namespace colorproxy {

/// Exit status of each local worker, in rank order.
struct LocalWorkersResult {
  std::vector<int> exitCodes;  ///< 0..255; 128 + signal for a worker ended by a signal
  int port = 0;                ///< the rendezvous port chosen
  /// The job's exit code: 0 when every worker succeeded, else the first failing rank's code.
  int exitCode() const;
};

/// A TCP port on 127.0.0.1 that was free a moment ago (the kernel's choice for port 0).
int freeLocalPort();

/// Runs `program` with `args` as `nproc` processes, each with RANK, WORLD_SIZE, LOCAL_RANK,
/// LOCAL_WORLD_SIZE, MASTER_ADDR=127.0.0.1 and MASTER_PORT (a free port) set, and waits for all of them.
/// `onExit(rank, code)` is called as each worker ends (from the calling thread). Throws
/// std::runtime_error when a worker cannot be started (the ones started are waited for first).
LocalWorkersResult runLocalWorkers(const std::string& program, const std::vector<std::string>& args,
                                   int nproc, const std::function<void(int rank, int code)>& onExit = {});

}  // namespace colorproxy
