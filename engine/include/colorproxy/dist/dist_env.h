#pragma once
// Where this process stands in a data-parallel job, read from the launcher's environment variables.
#include <string>

namespace colorproxy {

/// This process's place in a data-parallel job: rank, world size and the rendezvous address.
struct DistEnv {
  int rank = 0;                          ///< 0 .. worldSize - 1; rank 0 writes the run folder
  int worldSize = 1;                     ///< processes in the job; 1 = not distributed
  int localRank = 0;                     ///< rank among the processes of this machine
  int localWorldSize = 1;                ///< processes on this machine (shares the cores between them)
  std::string masterAddr = "127.0.0.1";  ///< host of rank 0's rendezvous store
  int masterPort = 29500;                ///< its TCP port
  int timeoutSeconds = 300;  ///< a collective or the rendezvous waiting longer than this fails the run
  std::string launcher;      ///< "torchrun" (RANK, WORLD_SIZE, ...), "slurm" or "" (single process)

  bool distributed() const { return worldSize > 1; }
  /// e.g. "rank 1 of 4 (local 1 of 2), rendezvous 10.0.0.1:29500, via torchrun"
  std::string describe() const;
};

/// Reads RANK, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT (torchrun and
/// `--nproc`), else SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID, SLURM_NTASKS_PER_NODE (srun; the
/// rendezvous host defaults to the first node of SLURM_STEP_NODELIST / SLURM_JOB_NODELIST), and
/// COLORPROXY_DIST_TIMEOUT (seconds). Without them: one process. Throws std::invalid_argument naming the
/// variable, its value and what was expected.
DistEnv distEnvFromEnvironment();

/// The first host name of a SLURM node list: "node[03-05,9],gpu1" -> "node03", "a,b" -> "a".
std::string firstSlurmHost(const std::string& nodeList);

}  // namespace colorproxy
