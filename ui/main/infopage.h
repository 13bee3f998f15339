#pragma once
#include <QWidget>

namespace colorproxy {

/// A page that explains what a section will show and what it needs first (e.g. Colorize needs a
/// finished pretraining run). Used for the sections whose tools arrive later.
class InfoPage : public QWidget {
  Q_OBJECT

 public:
  InfoPage(const QString& iconPath, const QString& title, const QString& body, QWidget* parent = nullptr);
};

}  // namespace colorproxy
