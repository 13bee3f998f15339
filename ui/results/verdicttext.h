#pragma once
#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <vector>

#include "colorproxy/io/experiment_results.h"

namespace colorproxy {

/// An experiment's three-way verdict in the user's language, built from the report's typed fields (the
/// engine's report.md keeps its English sentence): outcome names, fractions, the full sentence per task
/// and label fraction, and a one-line summary per task.
class VerdictText {
  Q_DECLARE_TR_FUNCTIONS(VerdictText)

 public:
  /// The outcome that counts: NotJudged when an arm did not beat the trivial predictor, whatever the
  /// statistics say.
  static TransferOutcome effectiveOutcome(const ExperimentTaskResult& task);
  /// "gain", "loss", "inconclusive", "not judged"; empty for Unrecorded.
  static QString outcomeName(TransferOutcome outcome);
  /// Green for a gain, red for a loss, the palette's text colour otherwise.
  static QColor outcomeColour(TransferOutcome outcome, const QPalette& palette);
  /// "segmentation" or "classification" (anything else as written).
  static QString taskName(const std::string& task);
  /// A metric name for people: "test_mIoU" → "test mIoU".
  static QString metricName(const std::string& metric);
  /// A label fraction (0 .. 1] as a percentage: "10 %", "12.5 %".
  static QString fractionText(double fraction);
  /// The fraction with its image count: "10 % · 37 images" (or only the fraction when not recorded).
  static QString fractionWithImages(const ExperimentTaskResult& task, const QString& separator);
  /// The plain sentence on the task's primary metric: gain, loss or inconclusive with the mean
  /// difference, its 95 % interval and both p-values, or that the network did not learn enough to judge
  /// transfer. A report written before three-way verdicts gives its own (English) sentence.
  static QString sentence(const ExperimentTaskResult& task);
  /// The verdicts of one task's curve (rows sorted by fraction) on one line: "segmentation: 10 %
  /// inconclusive, 100 % loss", or "classification: not judged" for one run on every image; a report
  /// written before three-way verdicts gives its own (English) sentence.
  static QString curveSummary(const std::vector<const ExperimentTaskResult*>& rows);
  /// A p-value: "p = 0.031" (three decimals), "p < 0.001" below that, "p = –" when undefined.
  static QString pValueText(double p);
};

}  // namespace colorproxy
