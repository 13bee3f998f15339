#include "colorize/hintcolours.h"

#include <algorithm>
#include <cmath>

#include "colorproxy/color/lab_conversion.h"

namespace colorproxy {
namespace {
cv::Vec3d labOfPixel(const QImage& image, QPointF p) {
  const int x = std::clamp(int(p.x()), 0, image.width() - 1);
  const int y = std::clamp(int(p.y()), 0, image.height() - 1);
  const QColor c = image.pixelColor(x, y);
  return rgbToLab({c.redF(), c.greenF(), c.blueF()});
}
}  // namespace

double lightnessAt(const QImage& photo, QPointF p) { return photo.isNull() ? 50.0 : labOfPixel(photo, p)[0]; }

QPointF abAt(const QImage& image, QSize photoSize, QPointF p) {
  if (image.isNull() || photoSize.isEmpty()) return {0.0, 0.0};
  const QPointF scaled(p.x() * image.width() / photoSize.width(),
                       p.y() * image.height() / photoSize.height());
  const cv::Vec3d lab = labOfPixel(image, scaled);
  return {lab[1], lab[2]};
}

QColor labColour(double l, double a, double b) {
  const cv::Vec3d rgb = labToRgb({l, a, b});
  return QColor::fromRgbF(float(std::clamp(rgb[0], 0.0, 1.0)), float(std::clamp(rgb[1], 0.0, 1.0)),
                          float(std::clamp(rgb[2], 0.0, 1.0)));
}

}  // namespace colorproxy
