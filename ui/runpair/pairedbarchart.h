#pragma once
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;

namespace colorproxy {

/// Grouped bars of a baseline and a pretrained value per category (per-class IoU, AP or probability),
/// with the difference written above each pair and optional shaded categories (e.g. the true labels).
class PairedBarChart : public QWidget {
  Q_OBJECT

 public:
  explicit PairedBarChart(QWidget* parent = nullptr);

  void setValueLabel(const QString& label);
  void setSeriesNames(const QString& baseline, const QString& pretrained);
  /// One value per category (NaN = undefined, drawn as no bar); `pretrained` may be empty (one run only).
  void setData(const QStringList& categories, const QVector<double>& baseline,
               const QVector<double>& pretrained);
  /// Writes pretrained − baseline above each pair (green gain, red loss).
  void setShowDeltas(bool on);
  /// Shades the categories marked true and names them in the legend.
  void setHighlighted(const QVector<bool>& marks, const QString& legendText);
  /// Draws a dashed horizontal line at `value` (NaN: none), e.g. the 0.5 decision threshold.
  void setThreshold(double value, const QString& label = {});
  void clear();

  QCustomPlot* plot() const { return m_plot; }
  /// The delta texts currently shown, in category order ("" where undefined); for tests.
  QStringList deltaTexts() const { return m_deltaTexts; }
  /// The names written under the axis (empty where skipped for lack of room).
  QStringList tickLabels() const { return m_tickLabels; }
  /// The hover read-out at category coordinate `x` (1 = the first): its name and both values.
  QString readoutAt(double x) const;

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  /// Class names at 40°, or upright (90°) when there are too many for the width to slant them apart, and
  /// only every k-th when even upright ones would overlap.
  /// Returns whether the names changed.
  bool updateTickLabels();
  void rebuild();

  QCustomPlot* m_plot;
  QString m_valueLabel;
  QString m_baselineName, m_pretrainedName;
  QStringList m_categories;
  QVector<double> m_baseline, m_pretrained;
  QVector<bool> m_marks;
  QString m_marksLegend;
  double m_threshold;
  QString m_thresholdLabel;
  bool m_showDeltas = true;
  QStringList m_deltaTexts;
  QStringList m_tickLabels;
};

}  // namespace colorproxy
