#include "compare/syncedimageview.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace colorproxy {

SyncedImageView::SyncedImageView(QWidget* parent) : QGraphicsView(parent) {
  setScene(new QGraphicsScene(this));
  m_item = scene()->addPixmap(QPixmap());
  m_item->setTransformationMode(Qt::FastTransformation);
  setDragMode(QGraphicsView::ScrollHandDrag);
  setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
  setResizeAnchor(QGraphicsView::AnchorViewCenter);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setAlignment(Qt::AlignCenter);
  setMouseTracking(true);
  setMinimumSize(80, 60);
  setBackgroundBrush(palette().base());
  setFrameShape(QFrame::NoFrame);
}

void SyncedImageView::setImage(const QImage& image, const QSizeF& sceneSize) {
  m_image = image;
  m_item->setPixmap(QPixmap::fromImage(image));
  const QSizeF size = sceneSize.isEmpty() ? QSizeF(image.size()) : sceneSize;
  if (!image.isNull() && !size.isEmpty()) {
    m_item->setTransform(QTransform::fromScale(size.width() / image.width(), size.height() / image.height()));
    // Smooth when the image is shown smaller than its pixels (a photo), crisp when enlarged (a mask).
    m_item->setTransformationMode(size.width() < image.width() ? Qt::SmoothTransformation
                                                               : Qt::FastTransformation);
  }
  scene()->setSceneRect(QRectF(QPointF(0, 0), image.isNull() ? QSizeF(1, 1) : size));
  viewport()->update();
}

void SyncedImageView::setPlaceholderText(const QString& text) {
  m_placeholder = text;
  viewport()->update();
}

void SyncedImageView::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps == 0) return;
  Q_EMIT zoomRequested(std::pow(1.25, steps));
  event->accept();
}

void SyncedImageView::mouseDoubleClickEvent(QMouseEvent* event) {
  Q_EMIT fitRequested();
  event->accept();
}

void SyncedImageView::mouseMoveEvent(QMouseEvent* event) {
  QGraphicsView::mouseMoveEvent(event);
  const QPointF p = mapToScene(event->position().toPoint());
  Q_EMIT hovered(p, !m_image.isNull() && sceneRect().contains(p));
}

void SyncedImageView::leaveEvent(QEvent* event) {
  QGraphicsView::leaveEvent(event);
  Q_EMIT hovered(QPointF(), false);
}

void SyncedImageView::drawForeground(QPainter* painter, const QRectF& rect) {
  QGraphicsView::drawForeground(painter, rect);
  if (!m_image.isNull() || m_placeholder.isEmpty()) return;
  painter->save();
  painter->resetTransform();
  painter->setPen(palette().color(QPalette::PlaceholderText));
  painter->drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                    m_placeholder);
  painter->restore();
}

void SyncedImageView::changeEvent(QEvent* event) {
  QGraphicsView::changeEvent(event);
  if (event->type() == QEvent::PaletteChange) setBackgroundBrush(palette().base());  // follow the theme
}

ViewSync::ViewSync(QObject* parent) : QObject(parent) {}

void ViewSync::addView(SyncedImageView* view) {
  m_views << view;
  view->viewport()->installEventFilter(this);
  connect(view, &SyncedImageView::zoomRequested, this, [this, view](double f) { zoomBy(view, f); });
  connect(view, &SyncedImageView::fitRequested, this, &ViewSync::fit);
  for (QScrollBar* bar : {view->horizontalScrollBar(), view->verticalScrollBar()})
    connect(bar, &QScrollBar::valueChanged, this, [this, view] { propagate(view); });
}

double ViewSync::scale() const {
  for (const auto& v : m_views)
    if (v) return v->transform().m11();
  return 1.0;
}

void ViewSync::setScale(double s) {
  m_fitting = false;
  SyncedImageView* first = nullptr;
  for (const auto& v : m_views) {
    if (!v) continue;
    const QPointF centre = v->mapToScene(v->viewport()->rect().center());
    v->setTransform(QTransform::fromScale(s, s));
    v->centerOn(centre);
    if (!first) first = v;
  }
  if (first) propagate(first);
}

void ViewSync::zoomBy(SyncedImageView* source, double factor) {
  const double s = std::clamp(scale() * factor, 0.02, 64.0);
  factor = s / scale();
  m_fitting = false;
  {
    // The source zooms around the mouse (its transformation anchor), the others follow its position.
    const bool was = m_syncing;
    m_syncing = true;
    source->scale(factor, factor);
    m_syncing = was;
  }
  propagate(source);
}

void ViewSync::fit() {
  m_fitting = true;
  double s = 0.0;
  for (const auto& v : m_views) {
    if (!v) continue;
    const QRectF r = v->sceneRect();
    const QSize vp = v->viewport()->size();
    if (r.isEmpty() || vp.isEmpty()) continue;
    const double fitScale = std::min(vp.width() / r.width(), vp.height() / r.height());
    s = s == 0.0 ? fitScale : std::min(s, fitScale);
  }
  if (s <= 0.0) return;
  const bool was = m_syncing;
  m_syncing = true;
  for (const auto& v : m_views) {
    if (!v) continue;
    v->setTransform(QTransform::fromScale(s, s));
    v->centerOn(v->sceneRect().center());
  }
  m_syncing = was;
}

void ViewSync::propagate(SyncedImageView* source) {
  if (m_syncing || !source) return;
  m_syncing = true;
  const QTransform t = source->transform();
  const int h = source->horizontalScrollBar()->value(), v = source->verticalScrollBar()->value();
  for (const auto& view : m_views) {
    if (!view || view == source) continue;
    if (view->transform() != t) view->setTransform(t);
    view->horizontalScrollBar()->setValue(h);
    view->verticalScrollBar()->setValue(v);
  }
  m_syncing = false;
}

bool ViewSync::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::Resize && m_fitting) {
    for (const auto& v : m_views)
      if (v && v->viewport() == watched) {
        QMetaObject::invokeMethod(
            this,
            [this] {
              if (m_fitting) fit();
            },
            Qt::QueuedConnection);
        break;
      }
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace colorproxy
