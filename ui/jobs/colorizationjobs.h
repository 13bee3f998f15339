#pragma once
#include <QCoreApplication>
#include <QString>

#include "colorproxy/pretrain/colorization_config.h"
#include "jobs/job.h"

namespace colorproxy {
struct RunResult;
}

namespace colorproxy {

/// Builders of background jobs over the engine's colorization trainer.
class ColorizationJobs {
  Q_DECLARE_TR_FUNCTIONS(ColorizationJobs)

 public:
  /// A new pretraining run with `config`.
  static Job pretrain(const ColorizationConfig& config);
  /// Continues the run in `runDir` from its latest checkpoint.
  static Job resume(const QString& runDir);
  /// A one-line summary of a result's final metrics ("val_psnr 21.3, val_ssim 0.83").
  static QString describeMetrics(const std::map<std::string, double>& metrics);
  /// Turns the engine's result into the GUI's; a result with an error throws it (the runner reports it).
  static JobResult toJobResult(const RunResult& result);
};

}  // namespace colorproxy
