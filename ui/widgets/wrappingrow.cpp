#include "widgets/wrappingrow.h"

#include <QEvent>
#include <QResizeEvent>

namespace colorproxy {

WrappingRow::WrappingRow(QWidget* parent) : QWidget(parent) {
  m_firstBox = new QWidget(this);
  m_secondBox = new QWidget(this);
  m_first = new QHBoxLayout(m_firstBox);
  m_second = new QHBoxLayout(m_secondBox);
  m_first->setContentsMargins(0, 0, 0, 0);
  m_second->setContentsMargins(0, 0, 0, 0);
  m_outer = new QBoxLayout(QBoxLayout::LeftToRight, this);
  m_outer->setContentsMargins(0, 0, 0, 0);
  // The row reports its own minimum (the wider group), not the layout's sum of both.
  m_outer->setSizeConstraint(QLayout::SetNoConstraint);
  m_outer->addWidget(m_firstBox);
  m_outer->addWidget(m_secondBox, 1);
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void WrappingRow::setFirstGrows(bool on) {
  m_outer->setStretch(0, on ? 1 : 0);
  m_outer->setStretch(1, on ? 0 : 1);
}

bool WrappingRow::fitsOnOneLine(int width) const {
  return m_firstBox->minimumSizeHint().width() + m_outer->spacing() +
             m_secondBox->minimumSizeHint().width() <=
         width;
}

int WrappingRow::rowHeight(bool wrapped) const {
  const int a = m_firstBox->sizeHint().height(), b = m_secondBox->sizeHint().height();
  return wrapped ? a + m_outer->spacing() + b : std::max(a, b);
}

// Heights follow the current arrangement (a layout asking for height-for-width would get nothing from the
// row's own layout, which has none): the width decides the arrangement, the arrangement the height.
QSize WrappingRow::minimumSizeHint() const {
  return {std::max(m_firstBox->minimumSizeHint().width(), m_secondBox->minimumSizeHint().width()),
          rowHeight(m_wrapped)};
}

QSize WrappingRow::sizeHint() const {
  return {m_firstBox->sizeHint().width() + m_outer->spacing() + m_secondBox->sizeHint().width(),
          rowHeight(m_wrapped)};
}

void WrappingRow::arrange(int width) {
  const bool wrap = !fitsOnOneLine(width);
  if (wrap == m_wrapped) return;
  m_wrapped = wrap;
  m_outer->setDirection(wrap ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
  // Place the groups now: the layout already handled this resize in the old direction, and waiting for its
  // posted re-layout left the second group outside the row (hidden) until the next event-loop pass.
  m_outer->setGeometry(rect());
  updateGeometry();  // the height changes with the direction
}

void WrappingRow::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  arrange(event->size().width());
}

bool WrappingRow::event(QEvent* event) {
  // A group's controls changed (text, visibility, font): it may fit on one line again, or no longer.
  if (event->type() == QEvent::LayoutRequest) arrange(width());
  return QWidget::event(event);
}

}  // namespace colorproxy
