#pragma once
#include <QCoreApplication>
#include <QString>

#include "colorproxy/pretrain/colorization_config.h"
#include "jobs/job.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace colorproxy {
struct RunResult;
}

namespace colorproxy {

/// Builders of background jobs over the engine's colorization trainer.
class ColorizationJobs {
  Q_DECLARE_TR_FUNCTIONS(ColorizationJobs)

 public:
  /// A new pretraining run with `config`, data-parallel in `processes` processes on this machine when more
  /// than one: this process trains rank 0 (so the monitor follows it), colorproxy-cli processes next to
  /// the GUI's executable the others.
  static Job pretrain(const ColorizationConfig& config, int processes = 1);
  /// Continues the run in `runDir` from its latest checkpoint, in as many processes as it had.
  static Job resume(const QString& runDir);
  /// A one-line summary of a result's final metrics ("val_psnr 21.3, val_ssim 0.83").
  static QString describeMetrics(const std::map<std::string, double>& metrics);
  /// Turns the engine's result into the GUI's; a result with an error throws it (the runner reports it).
  static JobResult toJobResult(const RunResult& result);

  /// Runs `train` in this process as rank 0 of `processes`, the other ranks running `colorproxy-cli`
  /// with `args` (plus --config FILE holding `settingsJson` when not empty). Throws when the command-line
  /// tool is missing; a rank that fails becomes the result's error. Shared by pretraining and fine-tuning.
  template <typename Result>
  static Result runDataParallel(const std::function<Result()>& train, const std::vector<std::string>& args,
                                const std::string& settingsJson, int processes);
  /// How many processes the run in `runDir` trained in (its config.json's distributed.worldSize; 1 when
  /// absent): a resumed run continues in as many, since each one's share of an epoch depends on the count.
  static int recordedProcesses(const std::filesystem::path& runDir);
};

}  // namespace colorproxy
