#pragma once
// The colour the result pages give a baseline-vs-pretrained difference (its text: core/numbertext.h).
#include <QColor>
#include <QPalette>

namespace colorproxy {

/// Green for a gain (`v` > `tolerance`), red for a loss (`v` < −`tolerance`), the palette's text colour
/// otherwise; lighter shades on a dark palette.
QColor deltaColour(double v, const QPalette& palette, double tolerance = 1e-9);

}  // namespace colorproxy
