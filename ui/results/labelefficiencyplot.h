#pragma once
#include <QStringList>
#include <QWidget>
#include <vector>

#include "colorproxy/io/experiment_results.h"

class QCPErrorBars;
class QCPGraph;
class QCustomPlot;

namespace colorproxy {

/// One task's label-efficiency curve: its primary metric against the label fraction (one category per
/// fraction, labelled with the fraction and its image count), the baseline and the pretrained network as
/// two series with their 95 % intervals as error bars, and the trivial predictor as a dashed line. A
/// single fraction shows one point per arm.
class LabelEfficiencyPlot : public QWidget {
  Q_OBJECT

 public:
  explicit LabelEfficiencyPlot(QWidget* parent = nullptr);

  /// The task's rows, one per fraction, sorted by fraction (curvesByTask gives them so).
  void setRows(const std::vector<const ExperimentTaskResult*>& rows);

  QCustomPlot* plot() const { return m_plot; }
  QCPGraph* baselineGraph() const { return m_baseline; }
  QCPGraph* pretrainedGraph() const { return m_pretrained; }
  QCPErrorBars* baselineErrors() const { return m_baselineErrors; }
  QCPErrorBars* pretrainedErrors() const { return m_pretrainedErrors; }
  /// The trivial predictor: a flat dashed segment over each fraction's category (one line across the
  /// plot when every fraction has the same value).
  QCPGraph* trivialGraph() const { return m_trivial; }
  /// The x axis' category labels, in fraction order.
  QStringList categoryLabels() const { return m_categories; }

 private:
  QCustomPlot* m_plot;
  QCPGraph* m_baseline;
  QCPGraph* m_pretrained;
  QCPGraph* m_trivial;
  QCPErrorBars* m_baselineErrors;
  QCPErrorBars* m_pretrainedErrors;
  QStringList m_categories;
};

}  // namespace colorproxy
