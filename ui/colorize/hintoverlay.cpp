#include "colorize/hintoverlay.h"

#include <algorithm>
#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "colorize/beforeafterview.h"
#include "colorize/hintcolours.h"
#include "colorize/hintpoints.h"

namespace colorproxy {
namespace {
constexpr double kMarkerRadius = 7.0;
constexpr double kReach = 10.0;       ///< a press this close to a point grabs it (view pixels)
constexpr double kSplitReach = 12.0;  ///< ... and this close to the split handle drags the split
}  // namespace

HintOverlay::HintOverlay(BeforeAfterView* view, HintPoints* points)
    : QWidget(view), m_view(view), m_points(points) {
  setAttribute(Qt::WA_TransparentForMouseEvents);
  setAttribute(Qt::WA_NoSystemBackground);
  setGeometry(view->rect());
  view->installEventFilter(this);
  connect(points, &HintPoints::changed, this, qOverload<>(&QWidget::update));
  connect(points, &HintPoints::selectionChanged, this, qOverload<>(&QWidget::update));
  setVisible(false);
}

void HintOverlay::setActive(bool on) {
  m_active = on;
  setVisible(on);
  m_view->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
  if (!on) m_view->unsetCursor();
}

void HintOverlay::setPhoto(const QImage& photo) {
  m_photo = photo;
  update();
}

QPointF HintOverlay::toView(QPointF photo, int which) const {
  const QRect r = m_view->imageRect(which);
  if (r.isEmpty() || m_photo.isNull()) return {-1e9, -1e9};
  return {r.left() + photo.x() * r.width() / m_photo.width(),
          r.top() + photo.y() * r.height() / m_photo.height()};
}

QPointF HintOverlay::photoAt(QPointF pos) const {
  if (m_photo.isNull()) return {-1, -1};
  const bool sideBySide = m_view->mode() == BeforeAfterView::Mode::SideBySide;
  for (int which = 0; which < (sideBySide ? 2 : 1); ++which) {
    const QRect r = m_view->imageRect(which);
    if (r.isEmpty() || !QRectF(r).contains(pos)) continue;
    const double x = (pos.x() - r.left()) * m_photo.width() / r.width();
    const double y = (pos.y() - r.top()) * m_photo.height() / r.height();
    return {std::clamp(x, 0.0, m_photo.width() - 0.01), std::clamp(y, 0.0, m_photo.height() - 0.01)};
  }
  return {-1, -1};
}

QPointF HintOverlay::viewPosition(int index) const {
  if (index < 0 || index >= m_points->count()) return {-1, -1};
  const ColorHint& h = m_points->points()[size_t(index)];
  return toView({h.x, h.y}, m_view->mode() == BeforeAfterView::Mode::SideBySide ? 1 : 0);
}

int HintOverlay::pointAt(QPointF pos) const {
  const bool sideBySide = m_view->mode() == BeforeAfterView::Mode::SideBySide;
  int best = -1;
  double bestDistance = kReach;
  for (int i = m_points->count() - 1; i >= 0; --i) {
    const ColorHint& h = m_points->points()[size_t(i)];
    for (int which = 0; which < (sideBySide ? 2 : 1); ++which) {
      const QPointF d = toView({h.x, h.y}, which) - pos;
      const double distance = std::hypot(d.x(), d.y());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
  }
  return best;
}

bool HintOverlay::nearSplitHandle(QPointF pos) const {
  if (m_view->mode() != BeforeAfterView::Mode::Split) return false;
  const QRect r = m_view->imageRect(0);
  const double splitX = r.left() + m_view->split() * r.width();
  return std::abs(pos.x() - splitX) <= kSplitReach;
}

bool HintOverlay::eventFilter(QObject* watched, QEvent* event) {
  if (watched != m_view) return false;
  switch (event->type()) {
    case QEvent::Resize:
      setGeometry(m_view->rect());
      return false;
    default:
      break;
  }
  if (!m_active || m_photo.isNull()) return false;
  switch (event->type()) {
    case QEvent::MouseButtonPress:
      return mousePress(static_cast<QMouseEvent*>(event));
    case QEvent::MouseMove:
      return mouseMove(static_cast<QMouseEvent*>(event));
    case QEvent::MouseButtonRelease:
      return mouseRelease(static_cast<QMouseEvent*>(event));
    case QEvent::MouseButtonDblClick:
      return pointAt(static_cast<QMouseEvent*>(event)->position()) >= 0;  // no zoom reset on a point
    case QEvent::KeyPress:
      return keyPress(static_cast<QKeyEvent*>(event));
    default:
      return false;
  }
}

bool HintOverlay::mousePress(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || (event->modifiers() & Qt::ShiftModifier)) return false;
  const QPointF pos = event->position();
  m_view->setFocus(Qt::MouseFocusReason);
  const int hit = pointAt(pos);
  if (hit >= 0) {
    m_points->select(hit);
    m_dragging = hit;
    m_moved = false;
    m_before = m_points->points();
    m_selectedBefore = hit;
    const ColorHint& h = m_points->points()[size_t(hit)];
    m_grabOffset = photoAt(pos) - QPointF(h.x, h.y);
    return true;
  }
  if (nearSplitHandle(pos)) return false;  // the view drags its split
  const QPointF at = photoAt(pos);
  if (at.x() < 0) return false;
  Q_EMIT placeRequested(at);
  return true;
}

bool HintOverlay::mouseMove(QMouseEvent* event) {
  if (m_dragging < 0 || !(event->buttons() & Qt::LeftButton)) return m_dragging >= 0;
  const QPointF at = photoAt(event->position());
  if (at.x() < 0) return true;  // off the photo: the point waits at the edge
  std::vector<ColorHint> moved = m_points->points();
  if (m_dragging >= int(moved.size())) return true;
  ColorHint& h = moved[size_t(m_dragging)];
  h.x = std::clamp(at.x() - m_grabOffset.x(), 0.0, m_photo.width() - 0.01);
  h.y = std::clamp(at.y() - m_grabOffset.y(), 0.0, m_photo.height() - 0.01);
  m_moved = true;
  m_points->setLive(moved);
  return true;
}

bool HintOverlay::mouseRelease(QMouseEvent* event) {
  if (m_dragging < 0 || event->button() != Qt::LeftButton) return false;
  m_dragging = -1;
  if (m_moved) m_points->commit(m_before, m_selectedBefore, tr("Move a colour point"));
  m_moved = false;
  return true;
}

bool HintOverlay::keyPress(QKeyEvent* event) {
  if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_points->selected() >= 0) {
    m_points->remove(m_points->selected());
    return true;
  }
  if (event->key() == Qt::Key_Escape && m_points->selected() >= 0) {
    m_points->select(-1);
    return true;
  }
  return false;
}

void HintOverlay::paintEvent(QPaintEvent*) {
  if (m_photo.isNull() || m_points->count() == 0) return;
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  const bool sideBySide = m_view->mode() == BeforeAfterView::Mode::SideBySide;
  for (int i = 0; i < m_points->count(); ++i) {
    const ColorHint& h = m_points->points()[size_t(i)];
    const QColor fill = labColour(lightnessAt(m_photo, {h.x, h.y}), h.a, h.b);
    const bool selected = i == m_points->selected();
    for (int which = 0; which < (sideBySide ? 2 : 1); ++which) {
      const QPointF at = toView({h.x, h.y}, which);
      painter.setBrush(fill);
      painter.setPen(QPen(Qt::black, selected ? 4.0 : 2.5));
      painter.drawEllipse(at, kMarkerRadius, kMarkerRadius);
      painter.setPen(QPen(selected ? QColor(255, 210, 0) : Qt::white, selected ? 2.0 : 1.2));
      painter.drawEllipse(at, kMarkerRadius, kMarkerRadius);
    }
  }
}

}  // namespace colorproxy
