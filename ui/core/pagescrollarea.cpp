#include "core/pagescrollarea.h"

#include <QEvent>
#include <QScrollBar>

namespace colorproxy {

PageScrollArea::PageScrollArea(QWidget* page, QWidget* parent) : QScrollArea(parent) {
  setFrameShape(QFrame::NoFrame);
  setWidgetResizable(false);
  setWidget(page);
  // The page's own background, not the viewport's (Base) colour.
  viewport()->setAutoFillBackground(false);
  page->setAutoFillBackground(false);
  page->installEventFilter(this);
}

void PageScrollArea::fitPage() {
  QWidget* page = widget();
  if (!page) return;
  const QSize minimum = page->minimumSizeHint().expandedTo(page->minimumSize());
  QSize room = maximumViewportSize();  // without scroll bars
  // A scroll bar in one direction takes room from the other.
  if (minimum.width() > room.width()) room.rheight() -= horizontalScrollBar()->sizeHint().height();
  if (minimum.height() > room.height()) room.rwidth() -= verticalScrollBar()->sizeHint().width();
  const QSize size = room.expandedTo(minimum);
  if (page->size() != size) page->resize(size);
}

void PageScrollArea::resizeEvent(QResizeEvent* event) {
  QScrollArea::resizeEvent(event);
  fitPage();
}

bool PageScrollArea::eventFilter(QObject* watched, QEvent* event) {
  if (watched == widget() && event->type() == QEvent::LayoutRequest) fitPage();
  return QScrollArea::eventFilter(watched, event);
}

}  // namespace colorproxy
