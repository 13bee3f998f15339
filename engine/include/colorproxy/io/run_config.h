#pragma once
// config.json of a run folder, read once for everyone: the kind of run, when it started, its primary
// metric, and the raw settings for those who need the full configuration.
#include <filesystem>
#include <optional>
#include <string>

#include "colorproxy/io/run_kind.h"

namespace colorproxy {

/// What a run's config.json says that readers need.
struct RunConfig {
  std::optional<RunKind> kind;         ///< nothing when config.json names a kind this version does not know
  std::optional<DownstreamTask> task;  ///< the downstream task of a fine-tuning run
  std::string kindTag;                 ///< config.json "task" as written (shown in listings)
  std::string name;                    ///< the run's name from its settings (runName / name), may be empty
  std::string createdAt;               ///< local time, ISO 8601
  std::string primaryMetric;           ///< e.g. "val_psnr"; empty for experiments
  bool primaryMetricHigherIsBetter = true;
  std::string settingsJson;  ///< the "settings" object as JSON text ("{}" when absent)
  std::string text;          ///< the whole file, for display
};

/// Reads `file` (a config.json). Throws std::runtime_error naming the file when it is missing or not a
/// JSON object.
RunConfig readRunConfig(const std::filesystem::path& file);

}  // namespace colorproxy
