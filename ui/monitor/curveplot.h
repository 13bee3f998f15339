#pragma once
#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include "monitor/emasmoother.h"

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QSlider;
class QTimer;
class QMouseEvent;
class QToolButton;

namespace colorproxy {

/// A live line plot of named series, grouped by run (e.g. "baseline" and "pretrained" on one plot).
/// Points are appended cheaply; the plot redraws at most `maxReplotsPerSecond` times. Keeps the raw
/// points for CSV export and for recomputing the optional EMA smoothing. Zoom (wheel), pan (drag),
/// fit (double-click or the button), hover read-out, click a legend entry to hide/show a series.
/// Runs that differ only in a trailing seed ("segmentation-baseline-seed1", "…-seed2") form one family:
/// one colour and one legend entry ("baseline · CE (3 seeds)") for all of them, so an experiment's dozen
/// runs read as its arms instead of a legend that covers the curves.
class CurvePlot : public QWidget {
  Q_OBJECT

 public:
  enum class Axis { Left, Right };

  CurvePlot(const QString& xLabel, const QString& yLabel, QWidget* parent = nullptr);

  /// Appends (x, y) to `series` of `group`. A point at or before the series' last x replaces the points
  /// from x on (a resumed run logs again the iterations after its checkpoint).
  void addPoint(const QString& group, const QString& series, double x, double y, Axis axis = Axis::Left);
  void clear();

  void setLeftAxisLabel(const QString& label);
  /// Integer ticks on the x axis (for epochs).
  void setIntegerX(bool on);
  /// A marker on every point (per-epoch curves: one epoch is one point, invisible as a line alone).
  void setPointMarkers(bool on);
  bool pointMarkers() const { return m_markers; }
  void setRightAxisLabel(const QString& label);
  void setSmoothing(double weight);  ///< 0 (off) .. 0.99
  double smoothing() const { return m_smoothing; }
  void setSmoothingControlVisible(bool visible);
  void setLogScale(bool on);
  void setMaxReplotsPerSecond(int rate);

  QStringList groups() const { return m_groups; }
  /// The family a run belongs to: its name without a trailing seed ("-seed3", "_s2", " seed 1"), or the
  /// name itself.
  static QString familyOf(const QString& group);
  /// The texts of the legend's entries, top to bottom.
  QStringList legendTexts() const;
  int seriesCount() const { return m_series.size(); }
  /// Raw points of one series (empty when unknown).
  QVector<QPointF> rawPoints(const QString& group, const QString& series) const;
  /// The values currently drawn for one series (smoothed when smoothing is on).
  QVector<QPointF> drawnPoints(const QString& group, const QString& series) const;
  /// The text of the hover read-out for the data nearest to `x`.
  QString readoutAt(double x) const;
  /// How many times the plot has actually been redrawn (for checking the throttle).
  int replotCount() const { return m_replots; }
  bool followsData() const { return m_follow; }
  QCustomPlot* plot() const { return m_plot; }

  /// Writes every raw point as CSV: group,series,x,y,smoothed. Returns false with `error` filled on failure.
  bool exportCsv(const QString& path, QString* error = nullptr) const;
  /// Renders the plot to a PNG at the given size (the widget's size when 0).
  bool exportPng(const QString& path, int width = 0, int height = 0) const;

 public Q_SLOTS:
  /// Rescales to show all data and follows new points again.
  void fitToData();
  /// Redraws now if anything changed (the throttle normally calls this).
  void replotNow();

 private:
  /// The plot, its legend (a click hides a curve) and the cursor line.
  void createPlot(const QString& xLabel, const QString& yLabel);
  /// Smoothing, log scale, fit and export.
  QHBoxLayout* createToolRow();
  struct Series {
    QString group;
    QString name;
    QString unit;   ///< what gets one colour: the run's family when it has several runs, else the run
    QString label;  ///< the run and series, for the hover read-out
    Axis axis = Axis::Left;
    QVector<double> xs;
    QVector<double> ys;
    EmaSmoother smoother;
    QCPGraph* graph = nullptr;
  };
  static QString keyOf(const QString& group, const QString& series);
  Series& seriesFor(const QString& group, const QString& series, Axis axis);
  void restyle();
  /// Recomputes the drawn (smoothed) values of `s` from its raw points.
  void resmooth(Series& s);
  void rebuildSmoothed();
  void scheduleReplot();
  void onMouseMove(QMouseEvent* event);
  void promptExportCsv();
  void promptExportPng();

  QCustomPlot* m_plot = nullptr;
  QCPItemStraightLine* m_cursor = nullptr;
  QWidget* m_smoothingBox = nullptr;
  QSlider* m_smoothingSlider = nullptr;
  QLabel* m_smoothingValue = nullptr;
  QCheckBox* m_logBox = nullptr;
  QToolButton* m_exportButton = nullptr;
  QTimer* m_replotTimer = nullptr;
  QHash<QString, Series> m_series;
  QStringList m_order;  // series keys in creation order (stable colours and CSV order)
  QStringList m_groups;
  double m_smoothing = 0.0;
  bool m_follow = true;
  bool m_dirty = false;
  bool m_hasRight = false;
  bool m_markers = false;
  int m_replots = 0;
};

}  // namespace colorproxy
