#include "core/workpool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace colorproxy {

QThreadPool* workPool() {
  // Lives until the program ends (like the global pool); its threads expire when idle.
  static QThreadPool* pool = [] {
    auto* p = new QThreadPool;
    p->setObjectName(QStringLiteral("colorproxy-work"));
    // Jobs still running when the application object goes (a dataset being indexed as the window
    // closes) are waited for then, before static destructors take the image codecs away from under them
    // (that crashed). Pages set their jobs' cancel flags when destroyed, so the wait is short.
    qAddPostRoutine([] {
      pool->clear();
      pool->waitForDone();
    });
    return p;
  }();
  return pool;
}

}  // namespace colorproxy
