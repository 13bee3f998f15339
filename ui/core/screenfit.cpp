#include "core/screenfit.h"

#include <algorithm>

#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>

namespace colorproxy {
namespace {
// A typical title bar and borders, for windows not shown yet (their frame is unknown until then).
constexpr int kFrameWidth = 8;
constexpr int kFrameHeight = 36;

QSize frameExtra(const QWidget* widget) {
  if (!widget->isVisible()) return {kFrameWidth, kFrameHeight};
  const QRect frame = widget->frameGeometry();
  const QRect client = widget->geometry();
  return {frame.width() - client.width(), frame.height() - client.height()};
}
}  // namespace

QRect ScreenFit::availableGeometry(const QWidget* widget) {
  const QScreen* screen = widget ? widget->screen() : nullptr;
  if (!screen) screen = QGuiApplication::primaryScreen();
  return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 600);
}

QSize ScreenFit::clientRoom(const QWidget* widget) {
  const QSize room = availableGeometry(widget).size() - frameExtra(widget);
  return room.expandedTo(QSize(1, 1));
}

void ScreenFit::resizeToFit(QWidget* widget, QSize preferred) {
  widget->resize(preferred.boundedTo(clientRoom(widget)));
}

void ScreenFit::clampToScreen(QWidget* widget) {
  const QRect available = availableGeometry(widget);
  const QSize extra = frameExtra(widget);
  const QSize size = widget->size().boundedTo(clientRoom(widget));
  if (size != widget->size()) widget->resize(size);
  // Where the frame would start so that it fits: inside the available area, as near as possible to now.
  const QPoint frameTopLeft = widget->isVisible() ? widget->frameGeometry().topLeft() : widget->pos();
  const int x = std::clamp(frameTopLeft.x(), available.left(),
                           std::max(available.left(), available.right() + 1 - size.width() - extra.width()));
  const int y =
      std::clamp(frameTopLeft.y(), available.top(),
                 std::max(available.top(), available.bottom() + 1 - size.height() - extra.height()));
  if (QPoint(x, y) != frameTopLeft) widget->move(x, y);
}

QScrollArea* ScreenFit::scrollable(QWidget* content, QWidget* parent) {
  auto* scroll = new QScrollArea(parent);
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  // The page's own background, not the viewport's (Base) colour.
  scroll->viewport()->setAutoFillBackground(false);
  content->setAutoFillBackground(false);
  return scroll;
}

}  // namespace colorproxy
