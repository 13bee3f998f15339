#include "core/pagescrollarea.h"

#include <algorithm>

#include <QEvent>
#include <QLayout>
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
  // Word-wrapped labels need more lines on a narrow page than the minimum size hint allows for: a page
  // sized to that hint squeezed its other widgets below their own minimum, drawing one over the next.
  QLayout* layout = page->layout();
  const auto minimumHeightAt = [&](int width) {
    int height = minimum.height();
    if (layout && layout->hasHeightForWidth())
      height = std::max(height, layout->totalMinimumHeightForWidth(width));
    return height;
  };
  QSize room = maximumViewportSize();  // without scroll bars
  // A scroll bar in one direction takes room from the other.
  bool horizontal = minimum.width() > room.width();
  if (horizontal) room.rheight() -= horizontalScrollBar()->sizeHint().height();
  int width = std::max(room.width(), minimum.width());
  int height = minimumHeightAt(width);
  if (height > room.height()) {
    room.rwidth() -= verticalScrollBar()->sizeHint().width();
    if (!horizontal && minimum.width() > room.width()) {
      horizontal = true;
      room.rheight() -= horizontalScrollBar()->sizeHint().height();
    }
    width = std::max(room.width(), minimum.width());
    height = minimumHeightAt(width);
  }
  const QSize size(width, std::max(height, room.height()));
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
