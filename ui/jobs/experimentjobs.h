#pragma once
#include <QCoreApplication>
#include <QString>

#include "colorproxy/experiment/experiment_config.h"
#include "jobs/job.h"

namespace colorproxy {
struct ExperimentResult;

/// Builders of background jobs over the engine's experiment runner: pretrain once (or reuse a model), then
/// baseline and pretrained fine-tuning for every task and seed, then the report. Each training is announced
/// to the monitor as a stage (JobStages): pretraining in the pretraining layout, then each task's runs of
/// every seed on one plot.
class ExperimentJobs {
  Q_DECLARE_TR_FUNCTIONS(ExperimentJobs)

 public:
  static Job experiment(const ExperimentConfig& config);
  /// Continues the stopped experiment in `experimentDir`: finished runs are kept, the interrupted one
  /// continues exactly, the rest start.
  static Job resume(const QString& experimentDir);
  /// The engine's result as the GUI's: the experiment folder and one line per task with its verdict; an
  /// error throws (the runner reports it).
  static JobResult toJobResult(const ExperimentResult& result);
};

}  // namespace colorproxy
