#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include "core/latencyprobe.h"

using colorproxy::LatencyProbe;

TEST(LatencyProbe, PercentileInterpolatesBetweenRanks) {
  // numpy.percentile([1, 2, 3, 4], [0, 50, 90, 100]) = 1, 2.5, 3.7, 4
  const QVector<double> v = {4, 1, 3, 2};
  EXPECT_DOUBLE_EQ(LatencyProbe::percentile(v, 0), 1.0);
  EXPECT_DOUBLE_EQ(LatencyProbe::percentile(v, 50), 2.5);
  EXPECT_NEAR(LatencyProbe::percentile(v, 90), 3.7, 1e-12);
  EXPECT_DOUBLE_EQ(LatencyProbe::percentile(v, 100), 4.0);
  EXPECT_DOUBLE_EQ(LatencyProbe::percentile({}, 50), 0.0);
  EXPECT_DOUBLE_EQ(LatencyProbe::percentile({7}, 99), 7.0);
}

TEST(LatencyProbe, SeesABlockedEventLoop) {
  LatencyProbe probe(5);
  probe.start();
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < 60) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
  QThread::msleep(120);  // the GUI thread is busy: the next tick comes late by about this much
  t.restart();
  while (t.elapsed() < 40) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
  probe.stop();
  ASSERT_GE(probe.sampleCount(), 2);
  EXPECT_GE(probe.maxMs(), 100.0);
}

TEST(LatencyProbe, WindowKeepsNewestSamples) {
  LatencyProbe probe(1);
  probe.setWindow(3);
  probe.start();
  QElapsedTimer t;
  t.start();
  while (probe.sampleCount() < 3 || t.elapsed() < 30)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
  probe.stop();
  EXPECT_EQ(probe.sampleCount(), 3);
}
