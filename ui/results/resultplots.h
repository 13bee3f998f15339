#pragma once
// Pieces shared by the result plots (label efficiency, probes): 95 % intervals as vertical error bars,
// and the legend in a row of its own under the axes, where it never covers a point or an error bar.
#include <utility>

#include <QColor>
#include <QFont>

class QCustomPlot;
class QCPGraph;
class QCPErrorBars;

namespace colorproxy {

/// Vertical error bars on `graph` in `colour` (pen width and whisker width in pixels), left out of the
/// legend. Their data is set with QCPErrorBars::setData(minus, plus).
QCPErrorBars* addIntervalBars(QCustomPlot* plot, QCPGraph* graph, const QColor& colour, double penWidth,
                              double whiskerWidth);

/// Moves `plot`'s legend (shown, in `font`, columns first, without a frame) under the axes, with as many
/// entries to a row (3 at most) as fit the plot's width; kept fitting as the plot is resized.
void placeLegendBelowAxes(QCustomPlot* plot, const QFont& font);
/// Re-flows the legend placed by placeLegendBelowAxes to the plot's current width (call after adding or
/// removing plottables; resizing does it by itself). Returns the entries per row chosen.
int fitLegendToWidth(QCustomPlot* plot);

/// The distances from `mean` down to `low` and up to `high` (both NaN when the interval is undefined).
std::pair<double, double> intervalErrors(double mean, double low, double high);

}  // namespace colorproxy
