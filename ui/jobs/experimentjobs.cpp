#include "jobs/experimentjobs.h"
#include "core/numbertext.h"

#include <stdexcept>

#include <QDateTime>
#include <QFileInfo>
#include <QStringList>

#include "colorproxy/experiment/experiment_runner.h"
#include "colorproxy/io/run_kind.h"
#include "results/experimentresultfile.h"
#include "results/verdicttext.h"

namespace colorproxy {
namespace {

// Passes the trainings' reports on to the job's observer and announces each training as a stage.
class StageRelay : public ExperimentObserver {
 public:
  StageRelay(TrainingObserver& inner, QString session) : m_inner(inner), m_session(std::move(session)) {
    m_stages = dynamic_cast<JobStages*>(&inner);
  }
  void onIteration(const IterationStats& s) override { m_inner.onIteration(s); }
  void onEpoch(const EpochReport& r) override { m_inner.onEpoch(r); }
  void onPreview(const PreviewImages& p) override { m_inner.onPreview(p); }
  void onLog(const std::string& line) override { m_inner.onLog(line); }
  void onStageStarted(const ExperimentStage& stage) override {
    const QString task = QString::fromStdString(stage.task);
    const QString name = QString::fromStdString(stage.name);
    const bool pretraining = stage.task == configTaskTag(RunKind::Pretraining);
    if (m_stages)
      m_stages->beginStage(
          ExperimentJobs::tr("Experiment run %1/%2 — %3").arg(stage.index).arg(stage.count).arg(name),
          pretraining ? RunKind::Pretraining : RunKind::Finetune, m_session + QLatin1Char('-') + task);
    m_inner.onLog(
        ExperimentJobs::tr("Run %1 of %2: %3").arg(stage.index).arg(stage.count).arg(name).toStdString());
  }
  void onStageFinished(const ExperimentStage& stage, bool ok, double seconds) override {
    m_inner.onLog(
        (ok ? ExperimentJobs::tr("%1 finished in %2 s") : ExperimentJobs::tr("%1 did not finish (%2 s)"))
            .arg(QString::fromStdString(stage.name))
            .arg(decimalText(seconds, 0))
            .toStdString());
  }

 private:
  TrainingObserver& m_inner;
  JobStages* m_stages = nullptr;
  QString m_session;
};

}  // namespace

JobResult ExperimentJobs::toJobResult(const ExperimentResult& r) {
  if (!r.error.empty()) {
    std::string message = r.error;
    if (!r.dir.empty()) message += " (experiment folder: " + r.dir.string() + ")";
    throw std::runtime_error(message);
  }
  JobResult result;
  result.runDir = QString::fromStdString(r.dir.string());
  result.stopped = r.stopped;
  if (r.stopped) {
    result.summary = tr("Stopped; the runs finished so far are kept in %1; resume it from the Runs page.")
                         .arg(result.runDir);
    return result;
  }
  // The verdicts in the user's language, from the report just written (as a reopened experiment shows them).
  QStringList lines;
  const ExperimentResultFile file = ExperimentResultFile::read(result.runDir);
  if (file.ok())
    for (const auto& rows : curvesByTask(file.tasks)) lines << VerdictText::curveSummary(rows);
  else
    lines << file.problem;
  for (const auto& figure : r.labelEfficiencyFigures)
    lines << tr("Label-efficiency figure: %1").arg(QString::fromStdString(figure.string()));
  lines << tr("Report: %1").arg(QString::fromStdString(r.reportMarkdown.string()));
  result.summary = lines.join(QLatin1Char('\n'));
  return result;
}

Job ExperimentJobs::experiment(const ExperimentConfig& config) {
  Job job;
  job.name = tr("Experiment %1").arg(QString::fromStdString(config.name));
  job.kind = RunKind::Experiment;
  job.session = QStringLiteral("experiment-%1").arg(QDateTime::currentMSecsSinceEpoch());
  const QString session = job.session;
  job.run = [config, session](TrainingObserver& observer, StopToken& stop) {
    StageRelay relay(observer, session);
    return toJobResult(runExperiment(config, relay, stop));
  };
  return job;
}

Job ExperimentJobs::resume(const QString& experimentDir) {
  const QString session = QStringLiteral("experiment-%1").arg(QDateTime::currentMSecsSinceEpoch());
  Job job =
      makeResumeJob(experimentDir, RunKind::Experiment,
                    [session](const std::filesystem::path& dir, TrainingObserver& observer, StopToken& stop) {
                      StageRelay relay(observer, session);
                      return toJobResult(resumeExperiment(dir, relay, stop));
                    });
  job.session = session;
  return job;
}

}  // namespace colorproxy
