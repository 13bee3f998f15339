#include "jobs/job.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace colorproxy {

Job makeResumeJob(
    const QString& dir, const QString& kind,
    std::function<JobResult(const std::filesystem::path&, TrainingObserver&, StopToken&)> resume) {
  Job job;
  job.name = QCoreApplication::translate("Job", "Resuming %1").arg(QFileInfo(dir).fileName());
  job.kind = kind;
  const std::filesystem::path path = dir.toStdString();
  job.run = [path, resume = std::move(resume)](TrainingObserver& observer, StopToken& stop) {
    return resume(path, observer, stop);
  };
  return job;
}

}  // namespace colorproxy
