#include "colorize/beforeafterview.h"

#include "colorize/scaledimagecache.h"
#include "core/numbertext.h"

#include <algorithm>
#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

namespace colorproxy {
namespace {
constexpr int kGap = 8;
constexpr double kMaxUpscale = 4.0;

QRect fitInto(const QSize& image, const QRect& area) {
  if (image.isEmpty() || area.isEmpty()) return {};
  const double scale =
      std::min({area.width() / double(image.width()), area.height() / double(image.height()), kMaxUpscale});
  const QSize size(std::max(1, int(image.width() * scale)), std::max(1, int(image.height() * scale)));
  return QRect(
      area.topLeft() + QPoint((area.width() - size.width()) / 2, (area.height() - size.height()) / 2), size);
}
}  // namespace

BeforeAfterView::BeforeAfterView(QWidget* parent) : QWidget(parent) {
  setMinimumSize(200, 150);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(false);
  m_beforeCache = new ScaledImageCache(this);
  m_afterCache = new ScaledImageCache(this);
  for (ScaledImageCache* cache : {m_beforeCache, m_afterCache})
    connect(cache, &ScaledImageCache::ready, this, qOverload<>(&QWidget::update));
}

const QImage& BeforeAfterView::reference() const { return m_before.isNull() ? m_after : m_before; }

void BeforeAfterView::setImages(const QImage& before, const QImage& after) {
  const QSize old = reference().size();
  const QSize now = before.isNull() ? after.size() : before.size();
  if (old != now) {  // another photo: fit it (a re-colorization of the same one keeps the zoom)
    m_zoom = 1.0;
    m_center = {0.5, 0.5};
  }
  m_before = before;
  m_after = after;
  m_beforeCache->setImage(before);
  m_afterCache->setImage(after);
  update();
}

void BeforeAfterView::setBefore(const QImage& before) {
  m_before = before;
  m_beforeCache->setImage(before);
  update();
}

void BeforeAfterView::clear() { setImages({}, {}); }

void BeforeAfterView::setSplit(double fraction) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  if (qFuzzyCompare(fraction + 1.0, m_split + 1.0)) return;
  m_split = fraction;
  update();
  Q_EMIT splitChanged(m_split);
}

void BeforeAfterView::setMode(Mode mode) {
  if (mode == m_mode) return;
  m_mode = mode;
  update();
}

void BeforeAfterView::setDropHighlight(bool on) {
  if (on == m_dropHighlight) return;
  m_dropHighlight = on;
  update();
}

void BeforeAfterView::setPlaceholderText(const QString& text) {
  m_placeholder = text;
  update();
}

QRect BeforeAfterView::area(int which) const {
  const QRect all = rect().adjusted(kGap, kGap, -kGap, -kGap);
  if (m_mode == Mode::Split) return all;
  const int half = (all.width() - kGap) / 2;
  const int height = all.height() - 2 * fontMetrics().height();
  return which == 0 ? QRect(all.left(), all.top(), half, height)
                    : QRect(all.left() + half + kGap, all.top(), half, height);
}

QRect BeforeAfterView::fitRect(int which) const {
  const QImage& reference = this->reference();
  return fitInto(reference.size(), area(which));
}

QRect BeforeAfterView::imageRect(int which) const {
  const QRect fit = fitRect(which);
  if (m_zoom <= 1.0 || fit.isEmpty()) return fit;
  const QSizeF size(fit.width() * m_zoom, fit.height() * m_zoom);
  const QPointF topLeft =
      QPointF(area(which).center()) - QPointF(m_center.x() * size.width(), m_center.y() * size.height());
  return QRectF(topLeft, size).toAlignedRect();
}

void BeforeAfterView::clampCenter() {
  const QRect fit = fitRect(0);
  if (fit.isEmpty()) return;
  const QRect a = area(0);
  const double w = fit.width() * m_zoom, h = fit.height() * m_zoom;
  // Where the zoomed image is larger than the view, no empty margin may show beside it.
  const double mx = w > a.width() ? a.width() / (2.0 * w) : 0.5;
  const double my = h > a.height() ? a.height() / (2.0 * h) : 0.5;
  m_center.setX(std::clamp(m_center.x(), mx, 1.0 - mx));
  m_center.setY(std::clamp(m_center.y(), my, 1.0 - my));
}

void BeforeAfterView::setZoom(double zoom, QPointF anchor) {
  const QImage& reference = this->reference();
  const QRect fit = fitRect(0);
  if (reference.isNull() || fit.isEmpty()) return;
  // At most 16 screen pixels per photo pixel.
  const double maxZoom = std::max(1.0, 16.0 * reference.width() / fit.width());
  zoom = std::clamp(zoom, 1.0, maxZoom);
  int which = 0;
  if (anchor.x() < 0) anchor = area(0).center();
  if (m_mode == Mode::SideBySide && area(1).contains(anchor.toPoint())) which = 1;
  const QRect before = imageRect(which);
  const QPointF p((anchor.x() - before.left()) / before.width(),
                  (anchor.y() - before.top()) / before.height());
  m_zoom = zoom;
  const QSizeF size(fitRect(which).width() * zoom, fitRect(which).height() * zoom);
  const QPointF topLeft = anchor - QPointF(p.x() * size.width(), p.y() * size.height());
  const QPointF c = QPointF(area(which).center()) - topLeft;
  m_center = QPointF(c.x() / size.width(), c.y() / size.height());
  clampCenter();
  update();
}

void BeforeAfterView::showActualPixels() {
  const QImage& reference = this->reference();
  const QRect fit = fitRect(0);
  if (reference.isNull() || fit.isEmpty()) return;
  setZoom(double(reference.width()) / fit.width());
}

void BeforeAfterView::resetZoom() {
  m_zoom = 1.0;
  m_center = {0.5, 0.5};
  update();
}

void BeforeAfterView::drawImage(QPainter& painter, const QImage& image, ScaledImageCache* cache,
                                const QRect& target, const QRect& clip) const {
  if (image.isNull() || target.isEmpty()) return;
  painter.save();
  painter.setClipRect(clip);
  if (m_zoom <= 1.0) {
    // The smooth copy at this size, or (while it is being made) the last one stretched; nothing at all
    // only for the moment between a new camera-size photo and its first copy.
    const QPixmap pixmap = cache->pixmap(target.size());
    if (!pixmap.isNull()) painter.drawPixmap(target, pixmap);
  } else {
    // Only the visible part, straight from the full-resolution image: pixels stay sharp when enlarged.
    const QRect visible = target.intersected(clip);
    const double sx = image.width() / double(target.width()), sy = image.height() / double(target.height());
    const QRectF source((visible.left() - target.left()) * sx, (visible.top() - target.top()) * sy,
                        visible.width() * sx, visible.height() * sy);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, sx > 1.0);
    painter.drawImage(QRectF(visible), image, source);
  }
  painter.restore();
}

double BeforeAfterView::scale() const {
  const QImage& reference = this->reference();
  if (reference.isNull()) return 0.0;
  return imageRect(0).width() / double(reference.width());
}

QString BeforeAfterView::scaleText() const { return tr("%1 %").arg(decimalText(100.0 * scale(), 0)); }

void BeforeAfterView::drawCaption(QPainter& painter, const QRect& rect, const QString& text,
                                  Qt::Alignment align) const {
  const QFontMetrics fm = painter.fontMetrics();
  const QSize box(fm.horizontalAdvance(text) + 12, fm.height() + 6);
  QPoint at = rect.topLeft() + QPoint(6, 6);
  if (align & Qt::AlignRight) at.setX(rect.right() - box.width() - 6);
  const QRect r(at, box);
  painter.setPen(Qt::NoPen);
  painter.setBrush(QColor(0, 0, 0, 150));
  painter.drawRoundedRect(r, 4, 4);
  painter.setPen(Qt::white);
  painter.drawText(r, Qt::AlignCenter, text);
}

void BeforeAfterView::paintEvent(QPaintEvent*) {
  paintContent();  // its painter ends before the highlight's begins
  if (!m_dropHighlight) return;
  QPainter painter(this);
  QColor fill = palette().color(QPalette::Highlight);
  fill.setAlpha(40);
  painter.fillRect(rect(), fill);
  painter.setPen(QPen(palette().color(QPalette::Highlight), 3, Qt::DashLine));
  painter.drawRect(rect().adjusted(2, 2, -3, -3));
}

void BeforeAfterView::paintContent() {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  if (m_before.isNull() && m_after.isNull()) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    return;
  }
  if (m_mode == Mode::SideBySide) {
    const QRect left = imageRect(0);
    const QRect right = imageRect(1);
    drawImage(painter, m_before, m_beforeCache, left, area(0));
    drawImage(painter, m_after, m_afterCache, right, area(1));
    painter.setPen(palette().color(QPalette::Text));
    const int y = std::min(std::max(left.bottom(), right.bottom()), area(0).bottom()) + 4;
    painter.drawText(QRect(left.left(), y, left.width(), fontMetrics().height() + 4), Qt::AlignCenter,
                     tr("Before"));
    painter.drawText(QRect(right.left(), y, right.width(), fontMetrics().height() + 4), Qt::AlignCenter,
                     m_after.isNull() ? tr("Colorizing…") : tr("After"));
    return;
  }
  const QRect target = imageRect(0);
  const QRect shown = target.intersected(area(0));
  const int splitX = target.left() + int(std::lround(m_split * target.width()));
  drawImage(painter, m_after, m_afterCache, target, QRect(QPoint(splitX, shown.top()), shown.bottomRight()));
  drawImage(painter, m_before, m_beforeCache, target,
            QRect(shown.topLeft(), QPoint(splitX - 1, shown.bottom())));
  drawCaption(painter, shown, tr("Before"), Qt::AlignLeft);
  drawCaption(painter, shown, m_after.isNull() ? tr("Colorizing…") : tr("After"), Qt::AlignRight);
  if (m_zoom > 1.0) {
    const QString z = scaleText();
    const QFontMetrics fm = painter.fontMetrics();
    const QRect box(shown.center().x() - fm.horizontalAdvance(z) / 2 - 6, shown.top() + 6,
                    fm.horizontalAdvance(z) + 12, fm.height() + 6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 150));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, z);
  }
  if (splitX < shown.left() || splitX > shown.right()) return;  // the split is outside the zoomed part
  // The handle: a line with a round knob, dark-outlined so it shows on light and dark photos.
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(QColor(0, 0, 0, 120), 3));
  painter.drawLine(splitX, shown.top(), splitX, shown.bottom());
  painter.setPen(QPen(Qt::white, 1));
  painter.drawLine(splitX, shown.top(), splitX, shown.bottom());
  const QPointF knob(splitX, shown.center().y());
  painter.setPen(QPen(QColor(0, 0, 0, 140), 1.5));
  painter.setBrush(Qt::white);
  painter.drawEllipse(knob, 11, 11);
  painter.setBrush(QColor(60, 60, 60));
  painter.setPen(Qt::NoPen);
  for (int dir : {-1, 1}) {
    QPainterPath arrow;
    arrow.moveTo(knob + QPointF(dir * 7, 0));
    arrow.lineTo(knob + QPointF(dir * 2, -4));
    arrow.lineTo(knob + QPointF(dir * 2, 4));
    arrow.closeSubpath();
    painter.drawPath(arrow);
  }
}

void BeforeAfterView::splitAt(int x) {
  const QRect target = imageRect(0);
  if (m_mode != Mode::Split || target.isEmpty()) return;
  setSplit((x - target.left()) / double(target.width()));
}

void BeforeAfterView::mousePressEvent(QMouseEvent* event) {
  const QPoint pos = event->position().toPoint();
  const bool pan = event->button() == Qt::MiddleButton ||
                   (event->button() == Qt::LeftButton &&
                    (m_mode == Mode::SideBySide || (event->modifiers() & Qt::ShiftModifier)));
  if (pan && m_zoom > 1.0) {
    m_panning = true;
    m_panFrom = pos;
    setCursor(Qt::ClosedHandCursor);
  } else if (event->button() == Qt::LeftButton) {
    splitAt(pos.x());
  }
  QWidget::mousePressEvent(event);
}

void BeforeAfterView::mouseMoveEvent(QMouseEvent* event) {
  const QPoint pos = event->position().toPoint();
  if (m_panning) {
    const QRect target = imageRect(0);
    const QPoint delta = pos - m_panFrom;
    m_panFrom = pos;
    m_center -= QPointF(delta.x() / double(target.width()), delta.y() / double(target.height()));
    clampCenter();
    update();
  } else if (event->buttons() & Qt::LeftButton) {
    splitAt(pos.x());
  }
  QWidget::mouseMoveEvent(event);
}

void BeforeAfterView::mouseReleaseEvent(QMouseEvent* event) {
  if (m_panning) {
    m_panning = false;
    unsetCursor();
  }
  QWidget::mouseReleaseEvent(event);
}

void BeforeAfterView::mouseDoubleClickEvent(QMouseEvent* event) {
  resetZoom();
  QWidget::mouseDoubleClickEvent(event);
}

void BeforeAfterView::wheelEvent(QWheelEvent* event) {
  if (m_before.isNull() && m_after.isNull()) return;
  setZoom(m_zoom * std::pow(1.25, event->angleDelta().y() / 120.0), event->position());
  event->accept();
}

void BeforeAfterView::keyPressEvent(QKeyEvent* event) {
  if (m_mode == Mode::Split && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
    const double step = event->modifiers() & Qt::ShiftModifier ? 0.1 : 0.02;
    setSplit(m_split + (event->key() == Qt::Key_Left ? -step : step));
    return;
  }
  QWidget::keyPressEvent(event);
}

}  // namespace colorproxy
