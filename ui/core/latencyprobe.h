#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QVector>

class QTimer;

namespace colorproxy {

/// Measures how late the GUI thread's event loop serves a repeating timer: each tick records
/// (time since the previous tick − interval). A responsive UI keeps the p99 lateness low.
class LatencyProbe : public QObject {
  Q_OBJECT

 public:
  explicit LatencyProbe(int intervalMs = 10, QObject* parent = nullptr);

  void start();
  void stop();
  void reset();
  /// Keeps only the newest `maxSamples` (0 = keep all), for a rolling read-out.
  void setWindow(int maxSamples) { m_window = maxSamples; }
  bool isRunning() const;
  int sampleCount() const { return m_samples.size(); }
  /// Lateness percentile in milliseconds (q in 0..100); 0 without samples.
  double percentileMs(double q) const;
  double maxMs() const;
  const QVector<double>& samplesMs() const { return m_samples; }

  /// The q-th percentile of `values` by linear interpolation between closest ranks (numpy's default).
  static double percentile(QVector<double> values, double q);

 private:
  void tick();

  QTimer* m_timer;
  QElapsedTimer m_clock;
  qint64 m_lastNs = 0;
  int m_intervalMs;
  QVector<double> m_samples;
  int m_window = 0;
};

}  // namespace colorproxy
