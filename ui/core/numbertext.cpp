#include "core/numbertext.h"

#include <cmath>

#include <QLocale>

namespace colorproxy {
namespace {
const QString kUndefined = QStringLiteral("–");
}  // namespace

QString decimalText(double v, int decimals) {
  return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : kUndefined;
}

QString signedDecimalText(double v, int decimals) {
  if (!std::isfinite(v)) return kUndefined;
  const QLocale locale;
  const QString magnitude = locale.toString(std::abs(v), 'f', decimals);
  // A value that rounds to zero gets no sign.
  if (magnitude == locale.toString(0.0, 'f', decimals)) return magnitude;
  return (v > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

QString significantText(double v, int digits) {
  return std::isfinite(v) ? QLocale().toString(v, 'g', digits) : kUndefined;
}

QString percentText(double part, double whole, int decimals) {
  if (whole == 0.0 || !std::isfinite(part / whole)) return kUndefined;
  const QLocale locale;
  return locale.toString(100.0 * part / whole, 'f', decimals) + locale.percent();
}

QString durationText(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return QStringLiteral("—");
  const qint64 total = qint64(std::llround(seconds));
  const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
  if (h > 0)
    return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
  return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

}  // namespace colorproxy
