#pragma once
// Engine-internal: starting one local rank of a data-parallel job (posix_spawn with the job's variables).
#include <spawn.h>
#include <sys/types.h>

#include <string>
#include <vector>

namespace colorproxy {

/// Starts `program args...` as rank `rank` of `nproc` on 127.0.0.1:`port`, with this process's environment
/// minus any job variables plus the rank's; returns its pid, or 0 with `error` set.
pid_t spawnLocalRank(const std::string& program, const std::vector<std::string>& args, int rank, int nproc,
                     int port, const posix_spawnattr_t* attr, std::string& error);

/// A wait status as an exit code: the code, or 128 + the signal that ended the process.
int exitCodeOf(int status);

}  // namespace colorproxy
