#pragma once
// The colours the result pages give the two arms (baseline and pretrained) and their difference (its
// text: core/numbertext.h).
#include <QColor>
#include <QPalette>

namespace colorproxy {

/// Green for a gain (`v` > `tolerance`), red for a loss (`v` < −`tolerance`), the palette's text colour
/// otherwise; lighter shades on a dark palette.
QColor deltaColour(double v, const QPalette& palette, double tolerance = 1e-9);

/// The baseline's (random initialisation) colour in every plot: blue.
QColor baselineColour();
/// The pretrained network's colour in every plot: vermilion (told apart from blue also by colour-blind eyes).
QColor pretrainedColour();

}  // namespace colorproxy
