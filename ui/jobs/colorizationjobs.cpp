#include "jobs/colorizationjobs.h"
#include "core/numbertext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include "colorproxy/pretrain/colorization_trainer.h"

namespace colorproxy {
JobResult ColorizationJobs::toJobResult(const RunResult& r) {
  JobResult result = trainingJobResult(r.error, r.runDir, r.stopped, r.epoch, r.iteration);
  if (!r.stopped) result.summary = tr("Finished %1 epoch(s), %2 iterations.").arg(r.epoch).arg(r.iteration);
  const QString metrics = ColorizationJobs::describeMetrics(r.finalMetrics);
  if (!metrics.isEmpty()) result.summary += QLatin1Char(' ') + tr("Final metrics: %1.").arg(metrics);
  return result;
}

QString ColorizationJobs::describeMetrics(const std::map<std::string, double>& metrics) {
  QStringList parts;
  for (const auto& [name, value] : metrics)
    parts << QStringLiteral("%1 %2").arg(QString::fromStdString(name), significantText(value));
  return parts.join(QStringLiteral(", "));
}

Job ColorizationJobs::pretrain(const ColorizationConfig& config) {
  Job job;
  job.name = tr("Pretraining (%1) — %2")
                 .arg(QString::fromStdString(config.pretext), QString::fromStdString(config.runName));
  job.kind = RunKind::Pretraining;
  job.run = [config](TrainingObserver& observer, StopToken& stop) {
    return toJobResult(runColorization(config, observer, stop));
  };
  return job;
}

Job ColorizationJobs::resume(const QString& runDir) {
  return makeResumeJob(runDir, RunKind::Pretraining,
                       [](const std::filesystem::path& dir, TrainingObserver& observer, StopToken& stop) {
                         return toJobResult(resumeColorization(dir, observer, stop));
                       });
}

}  // namespace colorproxy
