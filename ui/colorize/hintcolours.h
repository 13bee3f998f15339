#pragma once
// Colours of colour points as the screen shows them.
#include <QColor>
#include <QImage>
#include <QPointF>

namespace colorproxy {

/// Lab L* (0..100) of `photo` at photo position `p` (clamped into the photo); 50 for a null photo.
double lightnessAt(const QImage& photo, QPointF p);
/// Lab (a, b) of `image` at position `p` of a photo of `photoSize` (`image` may be a smaller copy).
QPointF abAt(const QImage& image, QSize photoSize, QPointF p);
/// The sRGB colour of Lab (l, a, b), clipped to the gamut.
QColor labColour(double l, double a, double b);

}  // namespace colorproxy
