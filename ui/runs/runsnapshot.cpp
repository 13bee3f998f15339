#include "runs/runsnapshot.h"

#include <QDir>
#include <QFileInfo>

#include <exception>
#include <optional>

#include "monitor/trainingmonitor.h"
#include "results/verdicttext.h"

namespace colorproxy {

namespace {

// What the monitor shows of report.json: a pretraining run's final metrics, an experiment's verdicts.
void readReport(const RunFolder& folder, RunSnapshot& snap) {
  snap.hasReport = QFileInfo::exists(QString::fromStdString(folder.reportJsonFile().string()));
  if (!snap.hasReport || !snap.summary.kind) return;
  try {
    switch (*snap.summary.kind) {
      case RunKind::Pretraining: {
        QStringList parts;
        const std::optional<PretrainingReport> report = folder.readPretrainingReport();  // outlives the loop
        if (report)
          for (const auto& [name, value] : report->finalMetrics)
            parts << QStringLiteral("%1 %2").arg(QString::fromStdString(name)).arg(value, 0, 'g', 4);
        snap.reportLine = parts.join(QStringLiteral(", "));
        break;
      }
      case RunKind::Finetune:
        folder.readFinetuneReport();  // its metrics are on the Compare and Labels pages
        break;
      case RunKind::Experiment:
        snap.experiment = ExperimentResultFile::read(snap.dir);
        if (snap.experiment->ok())
          for (const auto& rows : curvesByTask(snap.experiment->tasks))
            snap.verdicts << VerdictText::curveSummary(rows);
        else
          snap.verdicts << RunSnapshot::tr("report.json could not be parsed");
        break;
    }
  } catch (const std::exception&) {
    const QString problem = RunSnapshot::tr("report.json could not be parsed");
    if (*snap.summary.kind == RunKind::Experiment)
      snap.verdicts << problem;
    else
      snap.reportLine = problem;
  }
}

// An experiment logs no curves of its own: its fine-tuning runs' curves stand for it (baseline and
// pretrained of each task as groups of one plot, as the monitor showed them live).
void readFinetuneRuns(const RunFolder& folder, RunSnapshot& snap) {
  const std::vector<RunSummary> children = listRuns(folder.dir() / "runs");  // newest first
  for (auto it = children.rbegin(); it != children.rend(); ++it) {
    if (it->kind != RunKind::Finetune) continue;
    try {
      snap.finetuneRuns.push_back(RunHistory::read(RunFolder(it->dir), *it));
    } catch (const std::exception& e) {
      snap.verdicts << QString::fromStdString(e.what());
    }
  }
}

}  // namespace

QString RunSnapshot::stateText(RunState state) {
  switch (state) {
    case RunState::Running:
      return tr("running");
    case RunState::Completed:
      return tr("completed");
    case RunState::Stopped:
      return tr("stopped");
    case RunState::Failed:
      return tr("failed");
  }
  return QString::fromStdString(toString(state));
}

QString RunSnapshot::kindText(const RunSummary& run) {
  if (!run.kind) return QString::fromStdString(run.kindTag);
  switch (*run.kind) {
    case RunKind::Pretraining:
      return tr("colorization");
    case RunKind::Finetune:
      if (run.task == DownstreamTask::Segmentation) return tr("fine-tuning (segmentation)");
      if (run.task == DownstreamTask::Classification) return tr("fine-tuning (classification)");
      return tr("fine-tuning");
    case RunKind::Experiment:
      return tr("experiment");
  }
  return QString::fromStdString(run.kindTag);
}

double RunSnapshot::progress() const {
  const RunStatus& st = summary.status;
  if (st.state == RunState::Completed) return 1.0;
  if (summary.kind != RunKind::Experiment && st.totalIterations > 0)
    return double(st.iteration) / double(st.totalIterations);
  return st.epochs > 0 ? double(st.epoch) / double(st.epochs) : 0.0;
}

RunSnapshot RunSnapshot::load(const QString& dir) {
  RunSnapshot snap;
  snap.dir = dir;
  try {
    const RunFolder folder(dir.toStdString());
    for (const QString& file : ProbeResultFile::find(dir)) snap.probes << ProbeResultFile::read(file);
    if (!folder.isRun() && !snap.probes.isEmpty()) {
      snap.probeOnly = true;
      snap.summary.name = QFileInfo(dir).fileName().toStdString();
      return snap;
    }
    if (!folder.isRun()) {
      snap.error = tr("%1 is not a run folder (it has no config.json).").arg(dir);
      return snap;
    }
    snap.summary = folder.summary();
    if (!snap.summary.error.empty()) snap.error = QString::fromStdString(snap.summary.error);
    readReport(folder, snap);
    snap.history = RunHistory::read(folder, snap.summary);
    if (snap.summary.kind == RunKind::Experiment) readFinetuneRuns(folder, snap);
  } catch (const std::exception& e) {
    snap.error = QString::fromStdString(e.what());
  }
  return snap;
}

void RunSnapshot::showIn(TrainingMonitor* monitor) const {
  const QString name = QString::fromStdString(summary.name);
  // An experiment shows its fine-tuning runs, laid out as fine-tuning.
  const std::optional<RunKind> layout = finetuneRuns.isEmpty() ? summary.kind : RunKind::Finetune;
  monitor->beginSession(name.isEmpty() ? dir : name, layout, false);
  if (!error.isEmpty()) {
    monitor->showFailed(error);
    return;
  }
  if (probeOnly) {
    monitor->setProgressFraction(1.0);
    // Each probe file has its Markdown report beside it (probe.md, probe-segmentation.md).
    QStringList reports;
    for (const QString& file : ProbeResultFile::findOwn(dir))
      reports << file.left(file.size() - int(qstrlen(".json"))) + QStringLiteral(".md");
    monitor->showReport(tr("Representation probes: %1").arg(reports.join(QStringLiteral(", "))));
    monitor->showProbeResults(probes, true);
    monitor->addLog(tr("Reopened %1").arg(dir));
    return;
  }
  monitor->addHistory(history);
  for (const RunHistory& run : finetuneRuns) monitor->addHistory(run);
  monitor->setProgressFraction(progress());
  const RunStatus& st = summary.status;
  QStringList lines;
  lines << tr("Status: %1").arg(stateText(st.state));
  if (!st.message.empty()) lines.last() += QStringLiteral(" — ") + QString::fromStdString(st.message);
  if (summary.kind == RunKind::Experiment) {
    // An experiment's runs are in its runs/ folder; here: how far it got and what it found.
    // Compact (the header sits above the curves, on small screens too): the state and the count on one line,
    // the tasks' verdicts on the next.
    lines.last() += QStringLiteral(" · ") + tr("Runs %1 of %2").arg(st.epoch).arg(st.epochs);
    if (!verdicts.isEmpty()) lines << verdicts.join(QStringLiteral(" · "));
    if (hasReport)
      lines << tr("Report, tables and figures: %1").arg(QDir(dir).filePath(QStringLiteral("report.md")));
  } else {
    lines << tr("Epoch %1 of %2, iteration %3 of %4")
                 .arg(st.epoch)
                 .arg(st.epochs)
                 .arg(st.iteration)
                 .arg(st.totalIterations);
    if (!reportLine.isEmpty()) lines << tr("Report: %1").arg(reportLine);
  }
  monitor->showReport(lines.join(QLatin1Char('\n')));
  // An experiment that wrote its report (readable or not): the result tab comes forward.
  if (experiment && hasReport) monitor->showExperimentResult(*experiment);
  monitor->showProbeResults(probes, !(experiment && hasReport));
  monitor->addLog(tr("Reopened %1").arg(dir));
}

}  // namespace colorproxy
