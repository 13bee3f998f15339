#pragma once
// The paper's experiment as one blocking call: pretrain once (or reuse a colorization run), then for
// each task and seed fine-tune a random baseline and a pretrained network on the same splits and batch
// order, then write report.md / report.json / CSV / figures into runs/<yyyymmdd-hhmmss>-<name>/.
// Torch-free; runs on the caller's thread; honours the stop token between batches. Expected failures
// come back in ExperimentResult::error (the call does not throw).
//
// Folder: config.json, status.json, report.md, report.json, results.csv (per seed), summary.csv,
// per_class.csv, figures/loss-<task>.png, figures/examples-<task>.png, runs/ (the child runs:
// pretrain, <task>-baseline-seedN, <task>-pretrained-seedN), pretrain-images/ (links, when several
// pretraining folders are combined).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "colorproxy/base/stop_token.h"
#include "colorproxy/experiment/experiment_config.h"
#include "colorproxy/experiment/experiment_result.h"
#include "colorproxy/train/observer.h"

namespace colorproxy {

/// One run of an experiment, as announced to the observer.
struct ExperimentStage {
  int index = 0;     ///< 1-based
  int count = 0;     ///< runs in the experiment (pretraining included when it is trained)
  std::string name;  ///< the run's name: "pretrain", "segmentation-baseline-seed1", ...
  std::string task;  ///< "colorization", "segmentation" or "classification"
  std::string init;  ///< "random" or "pretrained" (empty for pretraining)
  std::uint64_t seed = 0;
};

/// A TrainingObserver that also hears when each run of an experiment starts and ends. Callbacks run
/// on the experiment's thread and must return quickly.
class ExperimentObserver : public TrainingObserver {
 public:
  virtual void onStageStarted(const ExperimentStage& /*stage*/) {}
  virtual void onStageFinished(const ExperimentStage& /*stage*/, bool /*ok*/, double /*seconds*/) {}
};

/// Runs the whole experiment (see the file comment).
ExperimentResult runExperiment(const ExperimentConfig& config, ExperimentObserver& observer, StopToken& stop);

/// Continues a stopped or failed experiment in `experimentDir` with its own settings: finished runs are
/// kept, an interrupted run continues exactly from its checkpoint, runs never started start now; then the
/// report is written as for an uninterrupted experiment. Problems (not an experiment folder, already
/// finished, being run by another process) come back in ExperimentResult::error.
ExperimentResult resumeExperiment(const std::filesystem::path& experimentDir, ExperimentObserver& observer,
                                  StopToken& stop);

/// The bundled sample data folder (resources/samples with photos/, camvid/ and coco128/), searched
/// upward from `start` (e.g. the current directory), then from `executable`'s folder (also
/// ../share/colorproxy/samples for an installed copy), then in the source tree and install prefix recorded
/// at configure time (recordedDataFolders()), so a build folder anywhere finds it. Nothing when not found.
std::optional<std::filesystem::path> findSampleData(const std::filesystem::path& start,
                                                    const std::filesystem::path& executable);

}  // namespace colorproxy
