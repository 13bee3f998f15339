#include "dist/worker_spawn.h"

#include <sys/wait.h>

#include <cstring>

extern char** environ;

namespace colorproxy {
namespace {

const char* const kJobVariables[] = {"RANK",        "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE",
                                     "MASTER_ADDR", "MASTER_PORT"};

// This process's environment without the job variables, plus one worker's.
std::vector<std::string> workerEnvironment(int rank, int nproc, int port) {
  std::vector<std::string> out;
  for (char** e = environ; *e; ++e) {
    const std::string entry = *e;
    bool ours = false;
    for (const char* name : kJobVariables) ours = ours || entry.rfind(std::string(name) + "=", 0) == 0;
    if (!ours) out.push_back(entry);
  }
  out.push_back("RANK=" + std::to_string(rank));
  out.push_back("WORLD_SIZE=" + std::to_string(nproc));
  out.push_back("LOCAL_RANK=" + std::to_string(rank));
  out.push_back("LOCAL_WORLD_SIZE=" + std::to_string(nproc));
  out.push_back("MASTER_ADDR=127.0.0.1");
  out.push_back("MASTER_PORT=" + std::to_string(port));
  return out;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

}  // namespace

pid_t spawnLocalRank(const std::string& program, const std::vector<std::string>& args, int rank, int nproc,
                     int port, const posix_spawnattr_t* attr, std::string& error) {
  std::vector<std::string> argvStrings = {program};
  argvStrings.insert(argvStrings.end(), args.begin(), args.end());
  std::vector<std::string> envStrings = workerEnvironment(rank, nproc, port);
  auto argv = pointers(argvStrings);
  auto envp = pointers(envStrings);
  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, program.c_str(), nullptr, attr, argv.data(), envp.data());
  if (rc != 0) {
    error = "cannot start worker " + std::to_string(rank) + " ('" + program + "'): " + std::strerror(rc);
    return 0;
  }
  return pid;
}

int exitCodeOf(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

}  // namespace colorproxy
