#include "jobs/finetunejobs.h"

#include <QStringList>

#include "colorproxy/finetune/finetune_trainer.h"
#include "core/numbertext.h"
#include "jobs/colorizationjobs.h"

namespace colorproxy {

JobResult FinetuneJobs::toJobResult(const FinetuneResult& r) {
  JobResult result = trainingJobResult(r.error, r.runDir, r.stopped, r.epoch, r.iteration);
  if (!r.stopped)
    result.summary = tr("Finished %1 epoch(s) in %2 s.").arg(r.epoch).arg(decimalText(r.seconds, 0));
  const QString test = ColorizationJobs::describeMetrics(r.testMetrics);
  if (!test.isEmpty()) result.summary += QLatin1Char(' ') + tr("Test: %1.").arg(test);
  return result;
}

Job FinetuneJobs::finetune(const FinetuneConfig& config, const QString& session) {
  Job job;
  job.name = tr("Fine-tuning %1 (%2)")
                 .arg(QString::fromStdString(config.runName), QString::fromStdString(toString(config.task)));
  job.kind = RunKind::Finetune;
  job.session = session;
  job.run = [config](TrainingObserver& observer, StopToken& stop) {
    return toJobResult(runFinetune(config, observer, stop));
  };
  return job;
}

Job FinetuneJobs::resume(const QString& runDir) {
  return makeResumeJob(runDir, RunKind::Finetune,
                       [](const std::filesystem::path& dir, TrainingObserver& observer, StopToken& stop) {
                         return toJobResult(resumeFinetune(dir, observer, stop));
                       });
}

}  // namespace colorproxy
