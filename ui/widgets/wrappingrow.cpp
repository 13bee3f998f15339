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
  QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
  policy.setHeightForWidth(true);
  setSizePolicy(policy);
}

bool WrappingRow::fitsOnOneLine(int width) const {
  return m_firstBox->minimumSizeHint().width() + m_outer->spacing() +
             m_secondBox->minimumSizeHint().width() <=
         width;
}

QSize WrappingRow::minimumSizeHint() const {
  const QSize a = m_firstBox->minimumSizeHint(), b = m_secondBox->minimumSizeHint();
  return {std::max(a.width(), b.width()), std::max(a.height(), b.height())};
}

QSize WrappingRow::sizeHint() const {
  const QSize a = m_firstBox->sizeHint(), b = m_secondBox->sizeHint();
  return {a.width() + m_outer->spacing() + b.width(), std::max(a.height(), b.height())};
}

int WrappingRow::heightForWidth(int width) const {
  const int a = m_firstBox->sizeHint().height(), b = m_secondBox->sizeHint().height();
  return fitsOnOneLine(width) ? std::max(a, b) : a + m_outer->spacing() + b;
}

void WrappingRow::arrange(int width) {
  const bool wrap = !fitsOnOneLine(width);
  if (wrap == m_wrapped) return;
  m_wrapped = wrap;
  m_outer->setDirection(wrap ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
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
