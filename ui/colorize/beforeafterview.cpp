#include "colorize/beforeafterview.h"

#include <algorithm>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace colorproxy {
namespace {
constexpr int kGap = 8;
constexpr double kMaxUpscale = 4.0;

QRect fitRect(const QSize& image, const QRect& area) {
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
}

void BeforeAfterView::setImages(const QImage& before, const QImage& after) {
  m_before = before;
  m_after = after;
  m_beforeCache = QPixmap();
  m_afterCache = QPixmap();
  update();
}

void BeforeAfterView::setBefore(const QImage& before) {
  m_before = before;
  m_beforeCache = QPixmap();
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
  m_beforeCache = QPixmap();
  m_afterCache = QPixmap();
  update();
}

void BeforeAfterView::setPlaceholderText(const QString& text) {
  m_placeholder = text;
  update();
}

QRect BeforeAfterView::imageRect(int which) const {
  const QImage& reference = m_after.isNull() ? m_before : m_after;
  const QRect area = rect().adjusted(kGap, kGap, -kGap, -kGap);
  if (m_mode == Mode::Split) return fitRect(reference.size(), area);
  const int half = (area.width() - kGap) / 2;
  const QRect left(area.left(), area.top(), half, area.height() - 2 * fontMetrics().height());
  const QRect right(area.left() + half + kGap, area.top(), half, left.height());
  return fitRect(reference.size(), which == 0 ? left : right);
}

QPixmap BeforeAfterView::scaled(const QImage& image, QSize size, QPixmap& cache) const {
  if (image.isNull() || size.isEmpty()) return {};
  if (cache.size() != size) {
    const QImage s =
        image.size() == size
            ? image
            : image.scaled(size, Qt::IgnoreAspectRatio,
                           size.width() < image.width() ? Qt::SmoothTransformation : Qt::FastTransformation);
    cache = QPixmap::fromImage(s);
  }
  return cache;
}

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
    if (!m_before.isNull()) painter.drawPixmap(left, scaled(m_before, left.size(), m_beforeCache));
    if (!m_after.isNull()) painter.drawPixmap(right, scaled(m_after, right.size(), m_afterCache));
    painter.setPen(palette().color(QPalette::Text));
    const int y = std::max(left.bottom(), right.bottom()) + 4;
    painter.drawText(QRect(left.left(), y, left.width(), fontMetrics().height() + 4), Qt::AlignCenter,
                     tr("Before"));
    painter.drawText(QRect(right.left(), y, right.width(), fontMetrics().height() + 4), Qt::AlignCenter,
                     m_after.isNull() ? tr("Colorizing…") : tr("After"));
    return;
  }
  const QRect target = imageRect(0);
  const int splitX = target.left() + int(std::lround(m_split * target.width()));
  if (!m_after.isNull()) {
    painter.save();
    painter.setClipRect(QRect(QPoint(splitX, target.top()), target.bottomRight()));
    painter.drawPixmap(target, scaled(m_after, target.size(), m_afterCache));
    painter.restore();
  }
  if (!m_before.isNull()) {
    painter.save();
    painter.setClipRect(QRect(target.topLeft(), QPoint(splitX - 1, target.bottom())));
    painter.drawPixmap(target, scaled(m_before, target.size(), m_beforeCache));
    painter.restore();
  }
  drawCaption(painter, target, tr("Before"), Qt::AlignLeft);
  drawCaption(painter, target, m_after.isNull() ? tr("Colorizing…") : tr("After"), Qt::AlignRight);
  // The handle: a line with a round knob, dark-outlined so it shows on light and dark photos.
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(QColor(0, 0, 0, 120), 3));
  painter.drawLine(splitX, target.top(), splitX, target.bottom());
  painter.setPen(QPen(Qt::white, 1));
  painter.drawLine(splitX, target.top(), splitX, target.bottom());
  const QPointF knob(splitX, target.center().y());
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

void BeforeAfterView::resizeEvent(QResizeEvent* event) {
  m_beforeCache = QPixmap();
  m_afterCache = QPixmap();
  QWidget::resizeEvent(event);
}

void BeforeAfterView::splitAt(int x) {
  const QRect target = imageRect(0);
  if (m_mode != Mode::Split || target.isEmpty()) return;
  setSplit((x - target.left()) / double(target.width()));
}

void BeforeAfterView::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) splitAt(event->position().toPoint().x());
  QWidget::mousePressEvent(event);
}

void BeforeAfterView::mouseMoveEvent(QMouseEvent* event) {
  if (event->buttons() & Qt::LeftButton) splitAt(event->position().toPoint().x());
  QWidget::mouseMoveEvent(event);
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
