#include "colorize/abgamutsquare.h"

#include <algorithm>
#include <cmath>

#include <QMouseEvent>
#include <QPainter>

#include "colorproxy/color/lab_conversion.h"

namespace colorproxy {
namespace {
constexpr double kGamutSlack = 1e-3;
}  // namespace

AbGamutSquare::AbGamutSquare(QWidget* parent) : QWidget(parent) {
  setMinimumSize(96, 96);
  setMaximumSize(128, 128);
  setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
  setCursor(Qt::CrossCursor);
  setToolTip(
      tr("Any colour at the point's lightness: a (green to red) runs right, b (blue to yellow) up; "
         "colours a screen cannot show at this lightness are dimmed"));
}

QRect AbGamutSquare::plane() const {
  const int side = std::min(width(), height()) - 2;
  return QRect((width() - side) / 2, (height() - side) / 2, side, side);
}

QPointF AbGamutSquare::positionOf(double a, double b) const {
  const QRect p = plane();
  return {p.left() + (a + kRange) / (2 * kRange) * p.width(),
          p.top() + (kRange - b) / (2 * kRange) * p.height()};
}

QPointF AbGamutSquare::abAt(QPointF position) const {
  const QRect p = plane();
  const double a = (position.x() - p.left()) / p.width() * 2 * kRange - kRange;
  const double b = kRange - (position.y() - p.top()) / p.height() * 2 * kRange;
  return {std::clamp(a, -kRange, kRange), std::clamp(b, -kRange, kRange)};
}

void AbGamutSquare::setLightness(double l) {
  l = std::clamp(l, 0.0, 100.0);
  if (std::abs(l - m_lightness) < 0.5 && !m_image.isNull()) return;
  m_lightness = l;
  render();
  update();
}

void AbGamutSquare::setColour(double a, double b) {
  m_a = a;
  m_b = b;
  update();
}

void AbGamutSquare::setMarkerVisible(bool on) {
  m_marker = on;
  update();
}

void AbGamutSquare::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  render();
}

void AbGamutSquare::render() {
  const QRect p = plane();
  if (p.isEmpty()) return;
  m_image = QImage(p.size(), QImage::Format_RGB32);
  for (int y = 0; y < p.height(); ++y) {
    auto* line = reinterpret_cast<QRgb*>(m_image.scanLine(y));
    const double b = kRange - (y + 0.5) / p.height() * 2 * kRange;
    for (int x = 0; x < p.width(); ++x) {
      const double a = (x + 0.5) / p.width() * 2 * kRange - kRange;
      const cv::Vec3d rgb = labToRgb({m_lightness, a, b});
      const bool inGamut = rgb[0] >= -kGamutSlack && rgb[0] <= 1 + kGamutSlack && rgb[1] >= -kGamutSlack &&
                           rgb[1] <= 1 + kGamutSlack && rgb[2] >= -kGamutSlack && rgb[2] <= 1 + kGamutSlack;
      // Out of gamut: the clipped colour, faded towards grey.
      const double fade = inGamut ? 1.0 : 0.35;
      const auto level = [fade](double v) {
        return int(std::lround(255.0 * (0.5 + fade * (std::clamp(v, 0.0, 1.0) - 0.5))));
      };
      line[x] = qRgb(level(rgb[0]), level(rgb[1]), level(rgb[2]));
    }
  }
}

void AbGamutSquare::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  const QRect p = plane();
  if (!m_image.isNull()) painter.drawImage(p.topLeft(), m_image);
  painter.setPen(QColor(0, 0, 0, 60));
  painter.drawLine(QPointF(p.center().x() + 0.5, p.top()), QPointF(p.center().x() + 0.5, p.bottom()));
  painter.drawLine(QPointF(p.left(), p.center().y() + 0.5), QPointF(p.right(), p.center().y() + 0.5));
  painter.setPen(palette().color(QPalette::Mid));
  painter.drawRect(p.adjusted(0, 0, -1, -1));
  if (!m_marker || !isEnabled()) return;
  painter.setRenderHint(QPainter::Antialiasing);
  const QPointF at = positionOf(m_a, m_b);
  painter.setBrush(Qt::NoBrush);
  painter.setPen(QPen(Qt::black, 3));
  painter.drawEllipse(at, 6, 6);
  painter.setPen(QPen(Qt::white, 1.5));
  painter.drawEllipse(at, 6, 6);
}

void AbGamutSquare::pickAt(QPointF position, bool final) {
  const QPointF ab = abAt(position);
  m_a = ab.x();
  m_b = ab.y();
  update();
  Q_EMIT picked(m_a, m_b, final);
}

void AbGamutSquare::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) pickAt(event->position(), false);
}

void AbGamutSquare::mouseMoveEvent(QMouseEvent* event) {
  if (event->buttons() & Qt::LeftButton) pickAt(event->position(), false);
}

void AbGamutSquare::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) pickAt(event->position(), true);
}

}  // namespace colorproxy
