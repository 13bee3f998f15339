#include "widgets/deltatext.h"

#include <cmath>

#include "core/theme.h"

namespace colorproxy {

QString metricText(double v, int decimals) {
  return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

QString signedMetricText(double v, int decimals) {
  if (!std::isfinite(v)) return QStringLiteral("–");
  const QString magnitude = QString::number(std::abs(v), 'f', decimals);
  // A value that rounds to zero gets no sign.
  if (magnitude.toDouble() == 0.0) return magnitude;
  return (v > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

QColor deltaColour(double v, const QPalette& palette, double tolerance) {
  if (!std::isfinite(v) || std::abs(v) <= tolerance) return palette.color(QPalette::Text);
  const bool dark = isDark(palette);
  if (v > 0) return dark ? QColor(90, 210, 130) : QColor(0, 140, 60);
  return dark ? QColor(255, 120, 110) : QColor(200, 30, 30);
}

}  // namespace colorproxy
