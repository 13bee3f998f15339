#include "runs/runsnapshot.h"

#include <QDir>
#include <QFileInfo>

#include <exception>
#include <optional>

#include "monitor/trainingmonitor.h"

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
      case RunKind::Experiment: {
        const std::optional<ExperimentReport> report = folder.readExperimentReport();  // outlives the loop
        if (report)
          for (const ExperimentTaskReport& t : report->tasks)
            if (!t.verdict.empty()) snap.verdicts << QString::fromStdString(t.verdict);
        break;
      }
    }
  } catch (const std::exception&) {
    const QString problem = RunSnapshot::tr("report.json could not be parsed");
    if (*snap.summary.kind == RunKind::Experiment)
      snap.verdicts << problem;
    else
      snap.reportLine = problem;
  }
}

}  // namespace

RunSnapshot RunSnapshot::load(const QString& dir) {
  RunSnapshot snap;
  snap.dir = dir;
  try {
    const RunFolder folder(dir.toStdString());
    if (!folder.isRun()) {
      snap.error = tr("%1 is not a run folder (it has no config.json).").arg(dir);
      return snap;
    }
    snap.summary = folder.summary();
    if (!snap.summary.error.empty()) snap.error = QString::fromStdString(snap.summary.error);
    readReport(folder, snap);
    snap.history = RunHistory::read(folder, snap.summary);
  } catch (const std::exception& e) {
    snap.error = QString::fromStdString(e.what());
  }
  return snap;
}

void RunSnapshot::showIn(TrainingMonitor* monitor) const {
  const QString name = QString::fromStdString(summary.name);
  monitor->beginSession(name.isEmpty() ? dir : name, QString::fromStdString(summary.kindTag), false);
  if (!error.isEmpty()) {
    monitor->showFailed(error);
    return;
  }
  monitor->addHistory(history);
  const RunStatus& st = summary.status;
  QStringList lines;
  lines << tr("Status: %1").arg(QString::fromStdString(toString(st.state)));
  if (!st.message.empty()) lines.last() += QStringLiteral(" — ") + QString::fromStdString(st.message);
  if (summary.kind == RunKind::Experiment) {
    // An experiment's runs are in its runs/ folder; here: how far it got and what it found.
    lines << tr("Runs %1 of %2").arg(st.epoch).arg(st.epochs);
    lines << verdicts;
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
  monitor->addLog(tr("Reopened %1").arg(dir));
}

}  // namespace colorproxy
