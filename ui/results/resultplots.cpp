#include "results/resultplots.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QEvent>

#include <qcustomplot.h>

namespace colorproxy {

QCPErrorBars* addIntervalBars(QCustomPlot* plot, QCPGraph* graph, const QColor& colour, double penWidth,
                              double whiskerWidth) {
  auto* bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
  bars->setDataPlottable(graph);
  bars->setErrorType(QCPErrorBars::etValueError);
  bars->setPen(QPen(colour, penWidth));
  bars->setWhiskerWidth(whiskerWidth);
  bars->removeFromLegend();
  return bars;
}

namespace {

constexpr int kMaxLegendColumns = 3;

// Re-flows the legend whenever its plot changes size (before the plot lays itself out and replots).
class LegendFitter : public QObject {
 public:
  explicit LegendFitter(QCustomPlot* plot) : QObject(plot), m_plot(plot) { plot->installEventFilter(this); }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (watched == m_plot && event->type() == QEvent::Resize) fitLegendToWidth(m_plot);
    return false;
  }

 private:
  QCustomPlot* m_plot;
};

}  // namespace

void placeLegendBelowAxes(QCustomPlot* plot, const QFont& font) {
  plot->legend->setVisible(true);
  plot->legend->setFont(font);
  // A row under the axes needs no box; a frame drawn on the widget's last pixel row was cut off.
  plot->legend->setBorderPen(Qt::NoPen);
  plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
  plot->legend->setWrap(kMaxLegendColumns);
  plot->axisRect()->insetLayout()->take(plot->legend);
  plot->plotLayout()->addElement(1, 0, plot->legend);
  plot->plotLayout()->setRowStretchFactor(1, 0.001);
  plot->legend->setMargins(QMargins(4, 2, 4, 4));
  new LegendFitter(plot);
}

int fitLegendToWidth(QCustomPlot* plot) {
  QCPLegend* legend = plot->legend;
  const int available = plot->width();
  int columns = kMaxLegendColumns;
  // Entries of one column share its width, so fewer columns can only be narrower: take the most that fit.
  for (; columns > 1; --columns) {
    legend->setWrap(columns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    if (legend->minimumOuterSizeHint().width() <= available) break;
  }
  if (columns == 1) {
    legend->setWrap(1);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
  }
  return columns;
}

std::pair<double, double> intervalErrors(double mean, double low, double high) {
  if (!std::isfinite(mean) || !std::isfinite(low) || !std::isfinite(high)) {
    const double none = std::numeric_limits<double>::quiet_NaN();
    return {none, none};
  }
  return {std::max(0.0, mean - low), std::max(0.0, high - mean)};
}

}  // namespace colorproxy
