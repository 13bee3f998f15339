#pragma once
#include <QCoreApplication>
#include <QString>

#include "colorproxy/pretrain/colorization_config.h"
#include "jobs/job.h"

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

 private:
  /// Runs `train` in this process as rank 0 of `processes`, the other ranks running `colorproxy-cli`
  /// with `args` (plus --config FILE holding `config` when given).
  static RunResult runDataParallel(const std::function<RunResult()>& train,
                                   const std::vector<std::string>& args, const ColorizationConfig* config,
                                   int processes);
};

}  // namespace colorproxy
