#pragma once
// A run folder on disk (see ARCHITECTURE.md): runs/<yyyymmdd-hhmmss>-<name>/ with config.json,
// metrics.csv, checkpoints/, previews/epoch-NNN.png, report.md / report.json and status.json.
// Used by the trainers to write and by the GUI's Runs page and monitor to read.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "colorproxy/io/experiment_report.h"
#include "colorproxy/io/finetune_report.h"
#include "colorproxy/io/metrics_log.h"
#include "colorproxy/io/pretraining_report.h"
#include "colorproxy/io/run_config.h"
#include "colorproxy/io/run_kind.h"
#include "colorproxy/io/run_status.h"

namespace colorproxy {

/// One saved preview grid.
struct PreviewFile {
  int64_t epoch = 0;
  std::filesystem::path file;
};

/// What the Runs page lists for one run.
struct RunSummary {
  std::filesystem::path dir;
  std::string name;                    ///< folder name, e.g. 20240131-142502-colorization
  std::optional<RunKind> kind;         ///< nothing when unreadable or of a kind this version does not know
  std::optional<DownstreamTask> task;  ///< the downstream task of a fine-tuning run
  std::string kindTag;                 ///< config.json "task" as written, e.g. "finetune-segmentation"
  RunStatus status;
  std::string createdAt;             ///< config.json "createdAt"
  std::string primaryMetric;         ///< e.g. "val_psnr" (config.json "primaryMetric")
  std::optional<double> bestMetric;  ///< best epoch value of primaryMetric so far
  int64_t bestEpoch = 0;
  std::string error;  ///< set when the folder could not be read; the other fields may be empty
};

/// Paths and readers of one run folder.
class RunFolder {
 public:
  explicit RunFolder(std::filesystem::path dir);

  /// Makes runs/<yyyymmdd-hhmmss>-<name> (with -2, -3, ... when taken) and its sub-folders.
  /// `name` is sanitised to [A-Za-z0-9._-]. Throws std::runtime_error naming the folder on failure.
  static RunFolder create(const std::filesystem::path& runsDir, const std::string& name);

  const std::filesystem::path& dir() const { return m_dir; }
  std::string name() const;
  std::filesystem::path configFile() const;                    ///< config.json
  std::filesystem::path metricsFile() const;                   ///< metrics.csv
  std::filesystem::path statusFile() const;                    ///< status.json
  std::filesystem::path reportJsonFile() const;                ///< report.json
  std::filesystem::path reportMarkdownFile() const;            ///< report.md
  std::filesystem::path checkpointsDir() const;                ///< checkpoints/
  std::filesystem::path latestCheckpoint() const;              ///< checkpoints/latest.pt
  std::filesystem::path epochCheckpoint(int64_t epoch) const;  ///< checkpoints/epoch-NNN.pt
  std::filesystem::path previewsDir() const;                   ///< previews/
  std::filesystem::path previewFile(int64_t epoch) const;      ///< previews/epoch-NNN.png

  /// True when the folder holds a config.json (i.e. looks like a run).
  bool isRun() const;
  /// config.json as text; throws std::runtime_error naming the file when unreadable.
  std::string readConfigText() const;
  /// config.json, typed; throws std::runtime_error naming the file when missing or malformed.
  RunConfig readConfig() const;
  /// The kind of run the folder holds (from config.json); nothing when it is not a run folder or of a
  /// kind this version does not know. Never throws.
  std::optional<RunKind> kind() const;
  /// report.json of a pretraining, fine-tuning or experiment run: nothing while the run has not written
  /// one; throws std::runtime_error naming the file when it is malformed or of another kind.
  std::optional<PretrainingReport> readPretrainingReport() const;
  std::optional<FinetuneReport> readFinetuneReport() const;
  std::optional<ExperimentReport> readExperimentReport() const;
  RunStatus readStatus() const;
  MetricsTable readMetrics() const;
  /// Saved preview grids, by epoch.
  std::vector<PreviewFile> previews() const;
  /// Saved per-epoch checkpoints, by epoch.
  std::vector<std::pair<int64_t, std::filesystem::path>> epochCheckpoints() const;
  /// Everything the Runs page shows; never throws (problems go to RunSummary::error).
  RunSummary summary() const;

 private:
  std::filesystem::path m_dir;
};

/// Every run folder directly under `runsDir`, newest first (by folder name). A missing folder gives none.
std::vector<RunSummary> listRuns(const std::filesystem::path& runsDir);

}  // namespace colorproxy
