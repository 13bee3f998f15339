#pragma once
// Helpers shared by the GUI tests: waiting on the event loop, answering message boxes, small datasets.
#include <functional>
#include <string>

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QString>
#include <QTimer>

#include <opencv2/imgcodecs.hpp>

#include "support/test_support.h"

namespace colorproxy::test {

/// Runs the event loop until `done` or the deadline; false on timeout (a hang fails instead of blocking).
inline bool waitFor(const std::function<bool()>& done, int timeoutMs = 120000) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > timeoutMs) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  }
  return true;
}

/// Answers the next message box that opens with `button` (polls until one is up, for up to 10 s).
inline void answerNextMessageBox(QMessageBox::StandardButton button) {
  auto* timer = new QTimer(qApp);
  auto* clock = new QElapsedTimer;
  clock->start();
  timer->setInterval(20);
  QObject::connect(timer, &QTimer::timeout, [timer, clock, button] {
    if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
      if (QAbstractButton* b = box->button(button)) b->click();
    } else if (clock->elapsed() < 10000) {
      return;
    }
    timer->stop();
    timer->deleteLater();
    delete clock;
  });
  timer->start();
}

/// A folder of `count` colourful 48×40 JPEGs (a tiny photo dataset for colorization).
inline QString makePhotoFolder(const std::filesystem::path& dir, int count) {
  std::filesystem::create_directories(dir);
  for (int i = 0; i < count; ++i)
    cv::imwrite((dir / ("photo" + std::to_string(i) + ".jpg")).string(),
                makeColourImage(48, 40, unsigned(i + 1)));
  return QString::fromStdString(dir.string());
}

}  // namespace colorproxy::test
