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

#include "dist/worker_spawn.h"

namespace colorproxy {

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
    const pid_t pid = spawnLocalRank(program, args, rank, nproc, result.port, &attr, startError);
    if (pid == 0) {
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
    const int code = exitCodeOf(status);
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
