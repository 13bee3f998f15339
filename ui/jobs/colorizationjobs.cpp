#include "jobs/colorizationjobs.h"
#include "core/numbertext.h"

#include <stdexcept>

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include "colorproxy/train/colorization_trainer.h"

namespace colorproxy {
// Expected failures come back in RunResult::error; the job runner turns an exception into failed(message).
JobResult ColorizationJobs::toJobResult(const RunResult& r) {
  if (!r.error.empty()) {
    std::string message = r.error;
    if (!r.runDir.empty()) message += " (run folder: " + r.runDir.string() + ")";
    throw std::runtime_error(message);
  }
  JobResult result;
  result.runDir = QString::fromStdString(r.runDir.string());
  result.stopped = r.stopped;
  const QString metrics = ColorizationJobs::describeMetrics(r.finalMetrics);
  if (r.stopped) {
    result.summary = tr("Stopped after epoch %1 (iteration %2); resume it from the Runs page.")
                         .arg(r.epoch)
                         .arg(r.iteration);
  } else {
    result.summary = tr("Finished %1 epoch(s), %2 iterations.").arg(r.epoch).arg(r.iteration);
  }
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
  job.kind = QStringLiteral("pretrain");
  job.run = [config](TrainingObserver& observer, StopToken& stop) {
    return toJobResult(runColorization(config, observer, stop));
  };
  return job;
}

Job ColorizationJobs::resume(const QString& runDir) {
  return makeResumeJob(runDir, QStringLiteral("pretrain"),
                       [](const std::filesystem::path& dir, TrainingObserver& observer, StopToken& stop) {
                         return toJobResult(resumeColorization(dir, observer, stop));
                       });
}

}  // namespace colorproxy
