#include "core/contraststyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

#include "core/theme.h"

namespace colorproxy {

ContrastStyle::ContrastStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                  const QWidget* widget) const {
  QProxyStyle::drawPrimitive(element, option, painter, widget);
  const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
  if ((!box && element != PE_IndicatorRadioButton) || !isDark(option->palette)) return;
  QColor outline = option->palette.color(
      (option->state & State_Enabled) ? QPalette::Active : QPalette::Disabled, QPalette::Text);
  outline.setAlpha((option->state & State_Enabled) ? 170 : 90);
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing, true);
  painter->setPen(QPen(outline, 1.0));
  painter->setBrush(Qt::NoBrush);
  const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
  if (box)
    painter->drawRoundedRect(r, 2.0, 2.0);
  else
    painter->drawEllipse(r);
  painter->restore();
}

}  // namespace colorproxy
