#include "jobs/finetunejobs.h"

#include <stdexcept>

#include <QStringList>

#include "colorproxy/train/finetune_trainer.h"
#include "core/numbertext.h"
#include "jobs/colorizationjobs.h"

namespace colorproxy {

JobResult FinetuneJobs::toJobResult(const FinetuneResult& r) {
  if (!r.error.empty()) {
    std::string message = r.error;
    if (!r.runDir.empty()) message += " (run folder: " + r.runDir.string() + ")";
    throw std::runtime_error(message);
  }
  JobResult result;
  result.runDir = QString::fromStdString(r.runDir.string());
  result.stopped = r.stopped;
  if (r.stopped) {
    result.summary = tr("Stopped after epoch %1 (iteration %2); resume it from the Runs page.")
                         .arg(r.epoch)
                         .arg(r.iteration);
  } else {
    result.summary = tr("Finished %1 epoch(s) in %2 s.").arg(r.epoch).arg(decimalText(r.seconds, 0));
  }
  const QString test = ColorizationJobs::describeMetrics(r.testMetrics);
  if (!test.isEmpty()) result.summary += QLatin1Char(' ') + tr("Test: %1.").arg(test);
  return result;
}

Job FinetuneJobs::finetune(const FinetuneConfig& config, const QString& session) {
  Job job;
  job.name = tr("Fine-tuning %1 (%2)")
                 .arg(QString::fromStdString(config.runName), QString::fromStdString(config.task));
  job.kind = QStringLiteral("finetune");
  job.session = session;
  job.run = [config](TrainingObserver& observer, StopToken& stop) {
    return toJobResult(runFinetune(config, observer, stop));
  };
  return job;
}

Job FinetuneJobs::resume(const QString& runDir) {
  return makeResumeJob(runDir, QStringLiteral("finetune"),
                       [](const std::filesystem::path& dir, TrainingObserver& observer, StopToken& stop) {
                         return toJobResult(resumeFinetune(dir, observer, stop));
                       });
}

}  // namespace colorproxy
