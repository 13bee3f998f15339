#include "colorproxy/dist/local_launcher.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <csignal>

#include <cerrno>
#include <cstring>
#include <map>
#include <stdexcept>

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

int decodeStatus(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

}  // namespace

int LocalWorkersResult::exitCode() const {
  for (int code : exitCodes)
    if (code != 0) return code;
  return 0;
}

int freeLocalPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0)
    throw std::runtime_error(std::string("cannot open a socket to find a free port: ") +
                             std::strerror(errno));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
                  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
  const int err = errno;
  ::close(fd);
  if (!ok)
    throw std::runtime_error(std::string("cannot find a free TCP port on 127.0.0.1: ") + std::strerror(err));
  return ntohs(addr.sin_port);
}

LocalWorkersResult runLocalWorkers(const std::string& program, const std::vector<std::string>& args,
                                   int nproc, const std::function<void(int, int)>& onExit) {
  if (nproc < 1) throw std::invalid_argument("--nproc must be 1 or more (got " + std::to_string(nproc) + ")");
  LocalWorkersResult result;
  result.port = freeLocalPort();
  result.exitCodes.assign(size_t(nproc), 0);
  std::map<pid_t, int> running;  // pid -> rank
  std::string startError;
  // Ctrl-C reaches the whole foreground process group: the workers stop cleanly (each writes its part and
  // exits 130) while this launcher waits for them instead of dying first. The workers get the default
  // handling back.
  posix_spawnattr_t attr;
  ::posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGINT);
  ::posix_spawnattr_setsigdefault(&attr, &defaults);
  ::posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  const auto previousInt = std::signal(SIGINT, SIG_IGN);
  for (int rank = 0; rank < nproc; ++rank) {
    std::vector<std::string> argvStrings = {program};
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<std::string> envStrings = workerEnvironment(rank, nproc, result.port);
    auto argv = pointers(argvStrings);
    auto envp = pointers(envStrings);
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, program.c_str(), nullptr, &attr, argv.data(), envp.data());
    if (rc != 0) {
      startError =
          "cannot start worker " + std::to_string(rank) + " ('" + program + "'): " + std::strerror(rc);
      result.exitCodes[size_t(rank)] = 127;
      break;
    }
    running[pid] = rank;
  }
  if (!startError.empty())  // the ones started would wait for the missing rank until their timeout
    for (const auto& [pid, rank] : running) ::kill(pid, SIGTERM);
  while (!running.empty()) {
    int status = 0;
    const pid_t pid = ::waitpid(-1, &status, 0);
    if (pid < 0) {
      if (errno == EINTR) continue;
      break;
    }
    const auto it = running.find(pid);
    if (it == running.end()) continue;  // not one of ours
    const int code = decodeStatus(status);
    result.exitCodes[size_t(it->second)] = code;
    if (onExit) onExit(it->second, code);
    running.erase(it);
  }
  ::posix_spawnattr_destroy(&attr);
  std::signal(SIGINT, previousInt == SIG_ERR ? SIG_DFL : previousInt);
  if (!startError.empty()) throw std::runtime_error(startError);
  return result;
}

}  // namespace colorproxy
