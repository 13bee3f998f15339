#include "results/resultplots.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

void placeLegendBelowAxes(QCustomPlot* plot, const QFont& font) {
  plot->legend->setVisible(true);
  plot->legend->setFont(font);
  plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
  plot->legend->setWrap(3);
  plot->axisRect()->insetLayout()->take(plot->legend);
  plot->plotLayout()->addElement(1, 0, plot->legend);
  plot->plotLayout()->setRowStretchFactor(1, 0.001);
  plot->legend->setMargins(QMargins(4, 2, 4, 2));
}

std::pair<double, double> intervalErrors(double mean, double low, double high) {
  if (!std::isfinite(mean) || !std::isfinite(low) || !std::isfinite(high)) {
    const double none = std::numeric_limits<double>::quiet_NaN();
    return {none, none};
  }
  return {std::max(0.0, mean - low), std::max(0.0, high - mean)};
}

}  // namespace colorproxy
