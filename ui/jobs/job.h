#pragma once
#include <functional>

#include <QString>

#include "colorproxy/train/observer.h"
#include "colorproxy/train/stop_token.h"
#include "jobs/jobresult.h"

namespace colorproxy {

/// A unit of background work: any engine call that reports through an observer and honours a stop token.
struct Job {
  QString name;  ///< shown in the queue and the monitor title
  QString kind;  ///< "pretrain", "finetune", ... (lets the monitor choose its layout)
  /// Jobs with the same non-empty session share the monitor's plots (baseline then pretrained on one
  /// plot); a job with another session clears them.
  QString session;
  std::function<JobResult(TrainingObserver&, StopToken&)> run;
};

}  // namespace colorproxy
