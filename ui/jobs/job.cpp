#include "jobs/job.h"

#include <stdexcept>

#include <QCoreApplication>
#include <QFileInfo>

namespace colorproxy {

// Expected failures come back in the engine's result; the job runner turns an exception into
// failed(message).
JobResult trainingJobResult(const std::string& error, const std::filesystem::path& runDir, bool stopped,
                            int64_t epoch, int64_t iteration) {
  if (!error.empty()) {
    std::string message = error;
    if (!runDir.empty()) message += " (run folder: " + runDir.string() + ")";
    throw std::runtime_error(message);
  }
  JobResult result;
  result.runDir = QString::fromStdString(runDir.string());
  result.stopped = stopped;
  if (stopped)
    result.summary = QCoreApplication::translate(
                         "Job", "Stopped after epoch %1 (iteration %2); resume it from the Runs page.")
                         .arg(epoch)
                         .arg(iteration);
  return result;
}

Job makeResumeJob(
    const QString& dir, RunKind kind,
    std::function<JobResult(const std::filesystem::path&, TrainingObserver&, StopToken&)> resume) {
  Job job;
  job.name = QCoreApplication::translate("Job", "Resuming %1").arg(QFileInfo(dir).fileName());
  job.kind = kind;
  // An experiment's history is in its runs; a single run's is in its folder.
  if (kind != RunKind::Experiment) job.historyDir = dir;
  const std::filesystem::path path = dir.toStdString();
  job.run = [path, resume = std::move(resume)](TrainingObserver& observer, StopToken& stop) {
    return resume(path, observer, stop);
  };
  return job;
}

}  // namespace colorproxy
