#pragma once
// How the result pages write a metric and a baseline-vs-pretrained difference: fixed decimals, a real
// minus sign, "–" for an undefined value, and a gain/loss colour that stays readable on light and dark
// palettes.
#include <QColor>
#include <QPalette>
#include <QString>

namespace colorproxy {

/// `v` with `decimals` decimals; "–" when it is NaN or infinite.
QString metricText(double v, int decimals = 3);
/// `v` with an explicit sign ("+0.012", "−0.004", "0.000"); "–" when undefined.
QString signedMetricText(double v, int decimals = 3);
/// Green for a gain (`v` > `tolerance`), red for a loss (`v` < −`tolerance`), the palette's text colour
/// otherwise; lighter shades on a dark palette.
QColor deltaColour(double v, const QPalette& palette, double tolerance = 1e-9);

}  // namespace colorproxy
