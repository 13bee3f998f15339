#include "io/resume_checkpoint.h"

#include <stdexcept>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/checkpoint.h"

namespace fs = std::filesystem;

namespace colorproxy {

ResumeCheckpoint openResumeCheckpoint(const RunFolder& run) {
  std::vector<fs::path> candidates = {run.latestCheckpoint()};
  const auto epochs = run.epochCheckpoints();
  for (auto it = epochs.rbegin(); it != epochs.rend(); ++it) candidates.push_back(it->second);
  std::vector<std::string> failures;
  for (const auto& file : candidates) {
    std::error_code ec;
    if (!fs::exists(file, ec)) {
      if (file == run.latestCheckpoint()) failures.push_back(file.filename().string() + ": missing");
      continue;
    }
    try {
      CheckpointReader reader(file);
      (void)nlohmann::json::parse(reader.meta());
      ResumeCheckpoint out{file, reader.meta(), {}};
      if (!failures.empty()) {
        out.fallback =
            "resuming from " + file.filename().string() + ", the newest checkpoint that loads; skipped: ";
        for (std::size_t i = 0; i < failures.size(); ++i) out.fallback += (i ? "; " : "") + failures[i];
      }
      return out;
    } catch (const std::exception& e) {
      failures.push_back(file.filename().string() + ": " + std::string(e.what()).substr(0, 200));
    }
  }
  std::string msg = "'" + run.dir().string() + "' has no checkpoint to resume from";
  if (!failures.empty()) {
    msg += " (";
    for (std::size_t i = 0; i < failures.size(); ++i) msg += (i ? "; " : "") + failures[i];
    msg += ")";
  }
  throw std::runtime_error(msg + "; start a new run instead");
}

}  // namespace colorproxy
