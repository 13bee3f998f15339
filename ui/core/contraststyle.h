#pragma once
#include <QProxyStyle>

namespace colorproxy {

/// Fusion with check box and radio button indicators outlined in the text colour on dark palettes: Fusion
/// draws their frames a shade darker than the window, which vanishes on a dark window (an unchecked box
/// or a radio button could not be seen). Light palettes are drawn exactly as Fusion draws them.
class ContrastStyle : public QProxyStyle {
  Q_OBJECT

 public:
  ContrastStyle();

  void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
};

}  // namespace colorproxy
