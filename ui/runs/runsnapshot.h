#pragma once
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

#include "colorproxy/io/run_folder.h"
#include "colorproxy/train/observer.h"
#include "jobs/runhistory.h"
#include "results/experimentresultfile.h"
#include "results/proberesultfile.h"

namespace colorproxy {

class TrainingMonitor;

/// Everything needed to show a finished (or interrupted) run in the monitor, read off the GUI thread:
/// its history (curves and previews), report and status.
struct RunSnapshot {
  Q_DECLARE_TR_FUNCTIONS(RunSnapshot)

 public:
  QString dir;
  QString error;  ///< set when the folder could not be read
  RunSummary summary;
  bool hasReport = false;  ///< the run wrote its report.json
  QString reportLine;      ///< a pretraining run's final metrics ("val_psnr 21.3, val_ssim 0.84"), one line
  RunHistory history;      ///< curves and previews
  QVector<RunHistory> finetuneRuns;  ///< an experiment's fine-tuning runs (oldest first), shown in its place
  QStringList verdicts;              ///< an experiment's verdicts, one line per task (from report.json)
  /// An experiment's report for the monitor's result tab (or why it cannot be shown); nothing for others.
  std::optional<ExperimentResultFile> experiment;
  /// Representation probe results in the folder (its probe.json and probe-segmentation.json, an
  /// experiment's under probes/<task>/).
  QVector<ProbeResultFile> probes;
  /// The folder holds probe results only (`colorproxy-cli probe --out DIR`): no config.json, no curves.
  bool probeOnly = false;

  /// Reads `dir` (a run folder, or a folder holding only probe results); never throws (problems go to
  /// `error`).
  static RunSnapshot load(const QString& dir);
  /// Shows the snapshot in `monitor` as a non-live session.
  void showIn(TrainingMonitor* monitor) const;
  /// The share of the run done (0 .. 1): a finished run is complete, an experiment counts its runs.
  double progress() const;

  /// A run state in the user's language ("completed", "stopped", ...).
  static QString stateText(RunState state);
  /// What kind of run it is, in the user's language ("colorization", "fine-tuning (segmentation)", ...).
  static QString kindText(const RunSummary& run);
};

}  // namespace colorproxy

Q_DECLARE_METATYPE(colorproxy::RunSnapshot)
