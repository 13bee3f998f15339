#pragma once
#include <QCoreApplication>
#include <QString>
#include <vector>

#include "colorproxy/io/experiment_results.h"

namespace colorproxy {

/// An experiment folder's report.json as the GUI shows it (read through the engine's typed reader), or
/// why it could not be read, in the user's words.
struct ExperimentResultFile {
  Q_DECLARE_TR_FUNCTIONS(ExperimentResultFile)

 public:
  QString dir;
  std::vector<ExperimentTaskResult> tasks;  ///< per task and label fraction; empty when `problem` says why
  QString problem;

  bool ok() const { return problem.isEmpty() && !tasks.empty(); }

  /// Reads `dir`/report.json; never throws. Safe off the GUI thread.
  static ExperimentResultFile read(const QString& dir);
};

/// The report's rows grouped into one label-efficiency curve per task (tasks in the order they first
/// appear), each sorted by label fraction.
std::vector<std::vector<const ExperimentTaskResult*>> curvesByTask(
    const std::vector<ExperimentTaskResult>& tasks);

}  // namespace colorproxy
