#pragma once
#include <QDialog>

namespace colorproxy {

/// Help ▸ About: version, what the program does, the papers it follows, and third-party licences.
class AboutDialog : public QDialog {
  Q_OBJECT

 public:
  explicit AboutDialog(QWidget* parent = nullptr);
};

}  // namespace colorproxy
