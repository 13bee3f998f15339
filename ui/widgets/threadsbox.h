#pragma once
#include <QSpinBox>

namespace colorproxy {

/// How many threads a training uses: 0 (shown as "All cores (n)") up to four per core.
class ThreadsBox : public QSpinBox {
  Q_OBJECT

 public:
  explicit ThreadsBox(QWidget* parent = nullptr);
};

}  // namespace colorproxy
