#include "colorproxy/io/run_status.h"

#include <cerrno>
#include <ctime>
#include <stdexcept>

#include <signal.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/time_text.h"

namespace colorproxy {

std::string toString(RunState state) {
  switch (state) {
    case RunState::Running:
      return "running";
    case RunState::Completed:
      return "completed";
    case RunState::Stopped:
      return "stopped";
    case RunState::Failed:
      return "failed";
  }
  return "failed";
}

RunState runStateFromString(const std::string& text) {
  for (RunState s : {RunState::Running, RunState::Completed, RunState::Stopped, RunState::Failed})
    if (toString(s) == text) return s;
  throw std::invalid_argument("unknown run state '" + text +
                              "' (expected running, completed, stopped or failed)");
}

void writeRunStatus(const std::filesystem::path& file, RunStatus status) {
  if (status.updatedAt.empty()) status.updatedAt = localTimeIso(std::time(nullptr));
  if (status.pid == 0) status.pid = ::getpid();
  const nlohmann::json j = {{"state", toString(status.state)},
                            {"message", status.message},
                            {"updatedAt", status.updatedAt},
                            {"epoch", status.epoch},
                            {"epochs", status.epochs},
                            {"iteration", status.iteration},
                            {"totalIterations", status.totalIterations},
                            {"pid", status.pid}};
  writeFileAtomically(file, j.dump(2) + "\n");
}

RunStatus readRunStatus(const std::filesystem::path& file) {
  RunStatus s;
  try {
    const nlohmann::json j = nlohmann::json::parse(readTextFile(file));
    s.state = runStateFromString(j.at("state").get<std::string>());
    s.message = j.value("message", std::string());
    s.updatedAt = j.value("updatedAt", std::string());
    s.epoch = j.value("epoch", int64_t{0});
    s.epochs = j.value("epochs", int64_t{0});
    s.iteration = j.value("iteration", int64_t{0});
    s.totalIterations = j.value("totalIterations", int64_t{0});
    s.pid = j.value("pid", int64_t{0});
  } catch (const std::exception& e) {
    throw std::runtime_error("malformed run status '" + file.string() + "': " + e.what());
  }
  // A process that died (killed, crashed, power cut) cannot mark its run as failed itself.
  if (s.state == RunState::Running && s.pid > 0 && ::kill(static_cast<pid_t>(s.pid), 0) != 0 &&
      errno == ESRCH) {
    s.state = RunState::Failed;
    s.message = "the training process (pid " + std::to_string(s.pid) +
                ") ended without finishing (killed or crashed); resume the run to continue from its "
                "latest checkpoint";
  }
  return s;
}

}  // namespace colorproxy
