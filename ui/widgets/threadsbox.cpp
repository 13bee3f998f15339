#include "widgets/threadsbox.h"

#include <algorithm>

#include <QThread>

namespace colorproxy {

ThreadsBox::ThreadsBox(QWidget* parent) : QSpinBox(parent) {
  const int cores = std::max(1, QThread::idealThreadCount());
  setRange(0, cores * 4);
  setSpecialValueText(tr("All cores (%1)").arg(cores));
}

}  // namespace colorproxy
