#include "colorproxy/io/resume_check.h"

#include <cerrno>
#include <csignal>
#include <stdexcept>

#include <unistd.h>

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

// "a pretraining run", "a fine-tuning run", "an experiment": what a folder of `kind` is called.
std::string described(RunKind kind) {
  switch (kind) {
    case RunKind::Pretraining:
      return "a pretraining run";
    case RunKind::Finetune:
      return "a fine-tuning run";
    case RunKind::Experiment:
      return "an experiment";
  }
  return "a run";
}

}  // namespace

void checkResumable(const RunFolder& run, RunKind kind) {
  const std::string dir = "'" + run.dir().string() + "'";
  if (!run.isRun()) throw std::runtime_error(dir + " is not a run folder (it has no config.json)");
  const RunConfig config = run.readConfig();
  if (config.kind != kind)
    throw std::runtime_error(dir + " is not " + described(kind) + " folder (its config.json says \"" +
                             config.kindTag + "\")");
  if (fs::exists(run.statusFile())) {
    const RunStatus status = run.readStatus();
    if (status.state == RunState::Completed && kind != RunKind::Pretraining)
      throw std::runtime_error(dir + " has already finished; there is nothing to resume");
    // Two processes training one run folder would overwrite each other's checkpoints. A process that no
    // longer exists (killed, e.g. one rank of a data-parallel job) left "running" behind: resumable.
    const bool gone = status.pid > 0 && ::kill(pid_t(status.pid), 0) != 0 && errno == ESRCH;
    if (status.state == RunState::Running && status.pid != int64_t(::getpid()) && !gone)
      throw std::runtime_error(dir + " is being trained right now by process " + std::to_string(status.pid) +
                               "; stop it first (or wait for it to finish)");
  }
}

}  // namespace colorproxy
