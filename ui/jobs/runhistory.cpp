#include "jobs/runhistory.h"

namespace colorproxy {

bool RunHistory::isBookkeepingColumn(const std::string& column) {
  return column == "lr" || column == "learning_rate" || column == "images_per_s" || column == "eta_s" ||
         column == "elapsed_s" || column == "epochs" || column == "total_iterations";
}

RunHistory RunHistory::read(const QString& dir) {
  const RunFolder folder(dir.toStdString());
  return read(folder, folder.summary());
}

RunHistory RunHistory::read(const RunFolder& folder, const RunSummary& summary) {
  RunHistory history;
  history.dir = QString::fromStdString(folder.dir().string());
  // The name the trainer gives its curves live: a fine-tuning run's configured name (baseline and
  // pretrained share one plot), a pretraining run's folder name.
  if (summary.kind == RunKind::Finetune)
    history.runName = QString::fromStdString(folder.readConfig().name);
  else if (summary.kind == RunKind::Pretraining)
    history.runName = QString::fromStdString(folder.name());
  const std::string runName = history.runName.toStdString();
  const int64_t epochs = summary.status.epochs;
  const int64_t total = summary.status.totalIterations;
  const MetricsTable table = folder.readMetrics();
  for (const MetricsRow& row : table.rows) {
    if (row.kind == "iter") {
      IterationStats s;
      s.runName = runName;
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
      history.iterations.push_back(s);
    } else if (row.kind == "epoch") {
      EpochReport r;
      r.runName = runName;
      r.epoch = row.epoch;
      r.epochs = epochs;
      r.elapsedSeconds = row.wallTime;
      for (const auto& [name, value] : row.values)
        if (!isBookkeepingColumn(name)) r.metrics[name] = value;
      history.epochs.push_back(r);
    }
  }
  for (const PreviewFile& p : folder.previews())
    history.previews.push_back({int(p.epoch), QString::fromStdString(p.file.string())});
  return history;
}

}  // namespace colorproxy
