#include "jobs/colorizationjobs.h"
#include "core/numbertext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryFile>

#include <algorithm>
#include <stdexcept>

#include "colorproxy/dist/local_launcher.h"
#include "colorproxy/dist/local_worker_processes.h"
#include "colorproxy/finetune/finetune_trainer.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/pretrain/colorization_trainer.h"

namespace colorproxy {
JobResult ColorizationJobs::toJobResult(const RunResult& r) {
  JobResult result = trainingJobResult(r.error, r.runDir, r.stopped, r.epoch, r.iteration);
  if (!r.stopped)
    result.summary = tr("Finished %n epoch(s), %1 iterations.", nullptr, int(r.epoch)).arg(r.iteration);
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

template <typename Result>
Result ColorizationJobs::runDataParallel(const std::function<Result()>& train,
                                         const std::vector<std::string>& args,
                                         const std::string& settingsJson, int processes) {
  const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("colorproxy-cli"));
  if (!QFileInfo(cli).isExecutable())
    throw std::runtime_error(tr("Training in %1 processes needs colorproxy-cli next to this program (%2); "
                                "choose 1 process, or install the command-line tool.")
                                 .arg(processes)
                                 .arg(cli)
                                 .toStdString());
  std::vector<std::string> workerArgs = args;
  QTemporaryFile settings(QDir::temp().filePath(QStringLiteral("colorproxy-settings-XXXXXX.json")));
  if (!settingsJson.empty()) {
    // The other processes read the same settings (run name and folder included) from a file.
    if (!settings.open() || settings.write(QByteArray::fromStdString(settingsJson)) < 0 || !settings.flush())
      throw std::runtime_error(
          tr("Cannot write the settings for the other processes in %1.").arg(QDir::tempPath()).toStdString());
    workerArgs.insert(workerArgs.end(), {"--config", settings.fileName().toStdString()});
  }
  LocalWorkerProcesses workers(cli.toStdString(), workerArgs, processes, freeLocalPort());
  workers.joinAsRankZero();  // the job runner trains one job at a time
  Result result = train();
  // After a failure of this rank the others would wait for it until their timeout: they are ended (the
  // destructor) instead of waited for.
  if (result.error.empty()) {
    const std::vector<int> codes = workers.wait();
    for (std::size_t i = 0; i < codes.size(); ++i)
      if (codes[i] != 0 && codes[i] != 130 && result.error.empty())
        result.error = tr("process %1 of %2 ended with exit code %3; see its messages in the terminal.")
                           .arg(i + 1)
                           .arg(processes)
                           .arg(codes[i])
                           .toStdString();
  }
  return result;
}

template RunResult ColorizationJobs::runDataParallel<RunResult>(const std::function<RunResult()>&,
                                                                const std::vector<std::string>&,
                                                                const std::string&, int);
template FinetuneResult ColorizationJobs::runDataParallel<FinetuneResult>(
    const std::function<FinetuneResult()>&, const std::vector<std::string>&, const std::string&, int);

int ColorizationJobs::recordedProcesses(const std::filesystem::path& runDir) {
  QFile file(QString::fromStdString(RunFolder(runDir).configFile().string()));
  if (!file.open(QIODevice::ReadOnly)) return 1;
  return std::max(1, QJsonDocument::fromJson(file.readAll())
                         .object()
                         .value(QStringLiteral("distributed"))
                         .toObject()
                         .value(QStringLiteral("worldSize"))
                         .toInt(1));
}

Job ColorizationJobs::pretrain(const ColorizationConfig& config, int processes) {
  Job job;
  job.name = tr("Pretraining (%1) — %2")
                 .arg(QString::fromStdString(config.pretext), QString::fromStdString(config.runName));
  if (processes > 1) job.name += QLatin1Char(' ') + tr("(%1 processes)").arg(processes);
  job.kind = RunKind::Pretraining;
  job.run = [config, processes](TrainingObserver& observer, StopToken& stop) {
    if (processes <= 1) return toJobResult(runColorization(config, observer, stop));
    return toJobResult(runDataParallel<RunResult>([&] { return runColorization(config, observer, stop); },
                                                  {"pretrain"}, config.toJsonString(), processes));
  };
  return job;
}

Job ColorizationJobs::resume(const QString& runDir) {
  return makeResumeJob(
      runDir, RunKind::Pretraining,
      [](const std::filesystem::path& dir, TrainingObserver& observer, StopToken& stop) {
        const int processes = recordedProcesses(dir);
        if (processes <= 1) return toJobResult(resumeColorization(dir, observer, stop));
        return toJobResult(runDataParallel<RunResult>([&] { return resumeColorization(dir, observer, stop); },
                                                      {"pretrain", "--resume", dir.string()}, {}, processes));
      });
}

}  // namespace colorproxy
