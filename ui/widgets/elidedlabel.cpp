#include "widgets/elidedlabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace colorproxy {

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent) : QWidget(parent), m_text(text) {
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  updateToolTip();
}

void ElidedLabel::setText(const QString& text) {
  if (text == m_text) return;
  m_text = text;
  updateGeometry();
  updateToolTip();
  update();
}

void ElidedLabel::setAlignment(Qt::Alignment alignment) {
  m_alignment = alignment;
  update();
}

QString ElidedLabel::shownText() const {
  return fontMetrics().elidedText(m_text, Qt::ElideRight, contentsRect().width());
}

QSize ElidedLabel::sizeHint() const {
  const QFontMetrics metrics = fontMetrics();
  const QMargins margins = contentsMargins();
  return {metrics.horizontalAdvance(m_text) + 1 + margins.left() + margins.right(),
          metrics.height() + margins.top() + margins.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const {
  // A few characters and the ellipsis: enough to recognise the text, never the page's width.
  const QFontMetrics metrics = fontMetrics();
  const QMargins margins = contentsMargins();
  const int start = metrics.horizontalAdvance(m_text.left(3) + QChar(0x2026)) + 1;
  return {std::min(start, sizeHint().width()) + margins.left() + margins.right(),
          metrics.height() + margins.top() + margins.bottom()};
}

void ElidedLabel::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  style()->drawItemText(&painter, contentsRect(), int(m_alignment), palette(), isEnabled(), shownText(),
                        foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  updateToolTip();
}

void ElidedLabel::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
    updateGeometry();
    updateToolTip();
  }
}

void ElidedLabel::updateToolTip() { setToolTip(isElided() ? m_text : QString()); }

}  // namespace colorproxy
