#pragma once
#include <QComboBox>

namespace colorproxy {

/// Where a training runs: automatically (CUDA when available, else the CPU), the CPU or a CUDA GPU. Item
/// data is the config's name ("auto", "cpu", "cuda").
class DeviceBox : public QComboBox {
  Q_OBJECT

 public:
  explicit DeviceBox(QWidget* parent = nullptr);
};

}  // namespace colorproxy
