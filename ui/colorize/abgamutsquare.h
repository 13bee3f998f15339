#pragma once
#include <QImage>
#include <QWidget>

namespace colorproxy {

/// A free colour choice for a colour point: the Lab a-b plane (a right, b up, -110..110) at one lightness,
/// with the colours sRGB cannot show at that lightness dimmed. Clicking or dragging picks (a, b); the
/// marker shows the current colour.
class AbGamutSquare : public QWidget {
  Q_OBJECT

 public:
  static constexpr double kRange = 110.0;  ///< |a|, |b| shown

  explicit AbGamutSquare(QWidget* parent = nullptr);

  void setLightness(double l);
  double lightness() const { return m_lightness; }
  void setColour(double a, double b);
  double a() const { return m_a; }
  double b() const { return m_b; }
  void setMarkerVisible(bool on);
  /// The widget position of (a, b), and back.
  QPointF positionOf(double a, double b) const;
  QPointF abAt(QPointF position) const;

  QSize sizeHint() const override { return {128, 128}; }

 Q_SIGNALS:
  /// The user picked (a, b); `final` when the mouse button is released (a drag sends many before it).
  void picked(double a, double b, bool final);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  QRect plane() const;
  void render();
  void pickAt(QPointF position, bool final);

  QImage m_image;
  double m_lightness = 50.0;
  double m_a = 0.0;
  double m_b = 0.0;
  bool m_marker = false;
};

}  // namespace colorproxy
