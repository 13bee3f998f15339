#include "jobs/finetunejobs.h"

#include <QStringList>

#include "colorproxy/finetune/finetune_trainer.h"
#include "core/numbertext.h"
#include "jobs/colorizationjobs.h"

namespace colorproxy {

JobResult FinetuneJobs::toJobResult(const FinetuneResult& r) {
  JobResult result = trainingJobResult(r.error, r.runDir, r.stopped, r.epoch, r.iteration);
  if (!r.stopped)
    result.summary =
        tr("Finished %n epoch(s) in %1 s.", nullptr, int(r.epoch)).arg(decimalText(r.seconds, 0));
  const QString test = ColorizationJobs::describeMetrics(r.testMetrics);
  if (!test.isEmpty()) result.summary += QLatin1Char(' ') + tr("Test: %1.").arg(test);
  return result;
}

Job FinetuneJobs::finetune(const FinetuneConfig& config, const QString& session, int processes) {
  Job job;
  job.name = tr("Fine-tuning %1 (%2)")
                 .arg(QString::fromStdString(config.runName), QString::fromStdString(toString(config.task)));
  if (processes > 1) job.name += QLatin1Char(' ') + ColorizationJobs::tr("(%1 processes)").arg(processes);
  job.kind = RunKind::Finetune;
  job.session = session;
  job.run = [config, processes](TrainingObserver& observer, StopToken& stop) {
    if (processes <= 1) return toJobResult(runFinetune(config, observer, stop));
    return toJobResult(ColorizationJobs::runDataParallel<FinetuneResult>(
        [&] { return runFinetune(config, observer, stop); }, {"finetune"}, config.toJsonString(), processes));
  };
  return job;
}

Job FinetuneJobs::resume(const QString& runDir) {
  return makeResumeJob(runDir, RunKind::Finetune,
                       [](const std::filesystem::path& dir, TrainingObserver& observer, StopToken& stop) {
                         const int processes = ColorizationJobs::recordedProcesses(dir);
                         if (processes <= 1) return toJobResult(resumeFinetune(dir, observer, stop));
                         return toJobResult(ColorizationJobs::runDataParallel<FinetuneResult>(
                             [&] { return resumeFinetune(dir, observer, stop); },
                             {"finetune", "--resume", dir.string()}, {}, processes));
                       });
}

}  // namespace colorproxy
