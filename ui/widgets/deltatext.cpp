#include "widgets/deltatext.h"

#include <cmath>

#include "core/theme.h"

namespace colorproxy {

QColor deltaColour(double v, const QPalette& palette, double tolerance) {
  if (!std::isfinite(v) || std::abs(v) <= tolerance) return palette.color(QPalette::Text);
  const bool dark = isDark(palette);
  if (v > 0) return dark ? QColor(90, 210, 130) : QColor(0, 140, 60);
  return dark ? QColor(255, 120, 110) : QColor(200, 30, 30);
}

QColor baselineColour() { return QColor(0, 114, 178); }

QColor pretrainedColour() { return QColor(213, 94, 0); }

}  // namespace colorproxy
