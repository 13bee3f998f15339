#include "core/latencyprobe.h"

#include <algorithm>
#include <cmath>

#include <QTimer>

namespace colorproxy {

LatencyProbe::LatencyProbe(int intervalMs, QObject* parent)
    : QObject(parent), m_timer(new QTimer(this)), m_intervalMs(intervalMs) {
  m_timer->setTimerType(Qt::PreciseTimer);
  m_timer->setInterval(intervalMs);
  connect(m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
}

void LatencyProbe::start() {
  m_clock.start();
  m_lastNs = m_clock.nsecsElapsed();
  m_timer->start();
}

void LatencyProbe::stop() { m_timer->stop(); }

void LatencyProbe::reset() { m_samples.clear(); }

bool LatencyProbe::isRunning() const { return m_timer->isActive(); }

void LatencyProbe::tick() {
  const qint64 now = m_clock.nsecsElapsed();
  const double lateMs = double(now - m_lastNs) / 1e6 - m_intervalMs;
  m_lastNs = now;
  m_samples.push_back(std::max(0.0, lateMs));
  if (m_window > 0 && m_samples.size() > m_window) m_samples.remove(0, m_samples.size() - m_window);
}

double LatencyProbe::percentile(QVector<double> values, double q) {
  if (values.isEmpty()) return 0.0;
  std::sort(values.begin(), values.end());
  const double rank = std::clamp(q, 0.0, 100.0) / 100.0 * double(values.size() - 1);
  const int lo = int(std::floor(rank));
  const int hi = std::min(lo + 1, int(values.size()) - 1);
  return values[lo] + (rank - lo) * (values[hi] - values[lo]);
}

double LatencyProbe::percentileMs(double q) const { return percentile(m_samples, q); }

double LatencyProbe::maxMs() const {
  return m_samples.isEmpty() ? 0.0 : *std::max_element(m_samples.begin(), m_samples.end());
}

}  // namespace colorproxy
