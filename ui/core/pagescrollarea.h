#pragma once
#include <QScrollArea>

namespace colorproxy {

/// Holds a main-window page: the page fills the view and shrinks with it down to its minimum size; only
/// below that do scroll bars appear. Unlike a resizable QScrollArea it does not grow a page with wrapped
/// text to its preferred height, so photo views and plots take what room there is on small screens.
class PageScrollArea : public QScrollArea {
  Q_OBJECT

 public:
  explicit PageScrollArea(QWidget* page, QWidget* parent = nullptr);

 protected:
  void resizeEvent(QResizeEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void fitPage();
};

}  // namespace colorproxy
