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

bool RunSnapshot::isBookkeepingColumn(const std::string& column) {
  return column == "lr" || column == "learning_rate" || column == "images_per_s" || column == "eta_s" ||
         column == "elapsed_s" || column == "epochs" || column == "total_iterations";
}

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
    const MetricsTable table = folder.readMetrics();
    const int64_t epochs = snap.summary.status.epochs;
    const int64_t total = snap.summary.status.totalIterations;
    for (const MetricsRow& row : table.rows) {
      if (row.kind == "iter") {
        IterationStats s;
        s.epoch = row.epoch;
        s.epochs = epochs;
        s.iteration = row.iteration;
        s.totalIterations = total;
        s.elapsedSeconds = row.wallTime;
        for (const auto& [name, value] : row.values) {
          if (name == "lr" || name == "learning_rate")
            s.learningRate = value;
          else if (name == "images_per_s")
            s.imagesPerSecond = value;
          else if (!isBookkeepingColumn(name))
            s.losses[name] = value;
        }
        snap.iterations.push_back(s);
      } else if (row.kind == "epoch") {
        EpochReport r;
        r.epoch = row.epoch;
        r.epochs = epochs;
        r.elapsedSeconds = row.wallTime;
        for (const auto& [name, value] : row.values)
          if (!isBookkeepingColumn(name)) r.metrics[name] = value;
        snap.epochs.push_back(r);
      }
    }
    for (const PreviewFile& p : folder.previews())
      snap.previews.push_back({int(p.epoch), QString::fromStdString(p.file.string())});
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
  // Feed in chunks, like the live worker does, so the plots take the same path.
  constexpr int kChunk = 4096;
  for (int i = 0; i < iterations.size(); i += kChunk) monitor->addIterations(iterations.mid(i, kChunk));
  for (const auto& e : epochs) monitor->addEpoch(e);
  for (const auto& [epoch, file] : previews) monitor->addPreviewFile(epoch, file);
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
