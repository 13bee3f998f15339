#include "widgets/devicebox.h"

namespace colorproxy {

DeviceBox::DeviceBox(QWidget* parent) : QComboBox(parent) {
  addItem(tr("Automatic (CUDA when available, else CPU)"), QStringLiteral("auto"));
  addItem(tr("CPU"), QStringLiteral("cpu"));
  addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
}

}  // namespace colorproxy
