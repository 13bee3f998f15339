#pragma once
// The lifecycle state of a run, kept in <run>/status.json and rewritten as the run progresses.
#include <cstdint>
#include <filesystem>
#include <string>

namespace colorproxy {

/// Where a run is in its life.
enum class RunState { Running, Completed, Stopped, Failed };

/// "running", "completed", "stopped", "failed".
std::string toString(RunState state);
/// Inverse of toString; throws std::invalid_argument for other text.
RunState runStateFromString(const std::string& text);

/// Contents of status.json.
struct RunStatus {
  RunState state = RunState::Running;
  std::string message;    ///< why it stopped or failed (empty while running / when completed)
  std::string updatedAt;  ///< local time, ISO 8601
  int64_t epoch = 0;      ///< epochs finished
  int64_t epochs = 0;     ///< epochs planned
  int64_t iteration = 0;  ///< iterations finished
  int64_t totalIterations = 0;
  int64_t pid = 0;  ///< process writing the run; a "running" run whose process is gone reads as failed
};

/// Writes `status` to `file` atomically (updatedAt and pid are filled in when empty / zero).
void writeRunStatus(const std::filesystem::path& file, RunStatus status);
/// Reads status.json. A "running" status whose process no longer exists comes back as Failed with a
/// message saying so. Throws std::runtime_error naming the file when it is missing or malformed.
RunStatus readRunStatus(const std::filesystem::path& file);

}  // namespace colorproxy
