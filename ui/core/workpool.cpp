#include "core/workpool.h"

#include <QThreadPool>

namespace colorproxy {

QThreadPool* workPool() {
  // Lives until the program ends (like the global pool); its threads expire when idle.
  static QThreadPool* pool = [] {
    auto* p = new QThreadPool;
    p->setObjectName(QStringLiteral("colorproxy-work"));
    return p;
  }();
  return pool;
}

}  // namespace colorproxy
