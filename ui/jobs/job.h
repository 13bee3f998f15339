#pragma once
#include <filesystem>
#include <functional>

#include <QString>

#include "colorproxy/base/stop_token.h"
#include "colorproxy/io/run_kind.h"
#include "colorproxy/train/observer.h"
#include "jobs/jobresult.h"

namespace colorproxy {

/// Implemented by the observer a job runs with in the GUI: a job that runs several trainings in a row (an
/// experiment) announces each one, so the monitor shows it like a job of its own (`kind` chooses the
/// layout; stages of one `session` share the plots). Jobs reach it with dynamic_cast on their observer.
class JobStages {
 public:
  virtual ~JobStages() = default;
  virtual void beginStage(const QString& name, RunKind kind, const QString& session) = 0;
};

/// A unit of background work: any engine call that reports through an observer and honours a stop token.
struct Job {
  QString name;                         ///< shown in the queue and the monitor title
  RunKind kind = RunKind::Pretraining;  ///< what the job trains (lets the monitor choose its layout)
  /// Jobs with the same non-empty session share the monitor's plots (baseline then pretrained on one
  /// plot); a job with another session clears them.
  QString session;
  /// A run folder whose history (curves, previews) the monitor shows before the job's own iterations: the
  /// run a resume job continues. Read on the worker thread before `run` starts.
  QString historyDir;
  std::function<JobResult(TrainingObserver&, StopToken&)> run;
};

/// The start of the GUI's result of a training run that wrote `runDir`. A run that failed (`error` set)
/// throws it with the run folder instead (the job runner reports it); a stopped one gets a summary saying
/// where it stopped and that it can be resumed; a finished one is left to the caller to summarise.
JobResult trainingJobResult(const std::string& error, const std::filesystem::path& runDir, bool stopped,
                            int64_t epoch, int64_t iteration);

/// A job named "Resuming <folder>" that continues the stopped run or experiment in `dir` through
/// `resume(dir, observer, stop)`.
Job makeResumeJob(
    const QString& dir, RunKind kind,
    std::function<JobResult(const std::filesystem::path&, TrainingObserver&, StopToken&)> resume);

}  // namespace colorproxy
