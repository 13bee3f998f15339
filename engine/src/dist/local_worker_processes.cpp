#include "colorproxy/dist/local_worker_processes.h"

#include <sys/wait.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <iterator>
#include <stdexcept>

#include "dist/worker_spawn.h"

namespace colorproxy {

LocalWorkerProcesses::LocalWorkerProcesses(const std::string& program, const std::vector<std::string>& args,
                                           int nproc, int port)
    : m_nproc(nproc), m_port(port) {
  std::string error;
  for (int rank = 1; rank < nproc; ++rank) {
    const pid_t pid = spawnLocalRank(program, args, rank, nproc, port, nullptr, error);
    if (pid == 0) {
      for (const pid_t p : m_pids) ::kill(p, SIGTERM);
      for (const pid_t p : m_pids) ::waitpid(p, nullptr, 0);
      m_pids.clear();
      throw std::runtime_error(error);
    }
    m_pids.push_back(pid);
    m_codes.push_back(0);
  }
}

LocalWorkerProcesses::~LocalWorkerProcesses() {
  for (const auto& [name, old] : m_savedVariables) {
    if (old)
      ::setenv(name.c_str(), old->c_str(), 1);
    else
      ::unsetenv(name.c_str());
  }
  for (const pid_t p : m_pids)
    if (p > 0) ::kill(p, SIGTERM);
  for (const pid_t p : m_pids)
    if (p > 0) ::waitpid(p, nullptr, 0);
}

DistEnv LocalWorkerProcesses::rankZero() const {
  DistEnv env;
  env.rank = 0;
  env.worldSize = m_nproc;
  env.localRank = 0;
  env.localWorldSize = m_nproc;
  env.masterAddr = "127.0.0.1";
  env.masterPort = m_port;
  env.launcher = "local";
  if (const char* t = std::getenv("COLORPROXY_DIST_TIMEOUT"); t && std::atoi(t) > 0)
    env.timeoutSeconds = std::atoi(t);
  return env;
}

void LocalWorkerProcesses::joinAsRankZero() {
  const DistEnv env = rankZero();
  const std::pair<const char*, std::string> variables[] = {
      {"RANK", "0"},
      {"WORLD_SIZE", std::to_string(env.worldSize)},
      {"LOCAL_RANK", "0"},
      {"LOCAL_WORLD_SIZE", std::to_string(env.localWorldSize)},
      {"MASTER_ADDR", env.masterAddr},
      {"MASTER_PORT", std::to_string(env.masterPort)}};
  for (const auto& [name, value] : variables) {
    const char* old = std::getenv(name);
    if (m_savedVariables.size() < std::size(variables))
      m_savedVariables.emplace_back(name, old ? std::optional<std::string>(old) : std::nullopt);
    ::setenv(name, value.c_str(), 1);
  }
}

std::vector<int> LocalWorkerProcesses::wait() {
  for (std::size_t i = 0; i < m_pids.size(); ++i) {
    if (m_pids[i] <= 0) continue;
    int status = 0;
    pid_t got;
    do {
      got = ::waitpid(m_pids[i], &status, 0);
    } while (got < 0 && errno == EINTR);
    m_codes[i] = got == m_pids[i] ? exitCodeOf(status) : 1;
    m_pids[i] = 0;
  }
  return m_codes;
}

}  // namespace colorproxy
