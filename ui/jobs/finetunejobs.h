#pragma once
#include <QCoreApplication>
#include <QString>

#include "colorproxy/finetune/finetune_config.h"
#include "jobs/job.h"

namespace colorproxy {
struct FinetuneResult;

/// Builders of background jobs over the engine's fine-tuning trainer.
class FinetuneJobs {
  Q_DECLARE_TR_FUNCTIONS(FinetuneJobs)

 public:
  /// One fine-tuning run; jobs sharing `session` share the monitor's plots. With `processes` > 1 it trains
  /// data-parallel on this machine: this process is rank 0 (the monitor follows it), colorproxy-cli
  /// processes next to the GUI's executable the others.
  static Job finetune(const FinetuneConfig& config, const QString& session, int processes = 1);
  /// Continues the stopped or interrupted fine-tuning run in `runDir` exactly where it stopped, in as many
  /// processes as it had.
  static Job resume(const QString& runDir);
  /// Turns the engine's result into the GUI's; a result with an error throws it (the runner reports it).
  static JobResult toJobResult(const FinetuneResult& result);
};

}  // namespace colorproxy
