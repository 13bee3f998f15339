#pragma once
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace colorproxy {

class ScaledImageCache;

/// Shows a photo before and after colorization: either overlaid with a draggable vertical split (the
/// left part shows "before", the right part "after"), or side by side. Images are scaled to fit (the scaled
/// copies are made off the GUI thread and cached, so fitting, resizing and dragging the split stay smooth
/// on camera-size photos); the mouse wheel zooms in around the cursor down to single pixels of the
/// full-resolution result, the middle button (or Shift+drag, or any drag side by side) pans, a double
/// click fits again.
class BeforeAfterView : public QWidget {
  Q_OBJECT

 public:
  enum class Mode { Split, SideBySide };

  explicit BeforeAfterView(QWidget* parent = nullptr);

  /// `after` may be a smaller copy (a preview): it is drawn over the same place as `before`.
  void setImages(const QImage& before, const QImage& after);
  void setBefore(const QImage& before);
  const QImage& before() const { return m_before; }
  const QImage& after() const { return m_after; }
  void clear();

  /// Position of the split as a fraction of the image width (0 = all "after", 1 = all "before").
  double split() const { return m_split; }
  void setSplit(double fraction);
  Mode mode() const { return m_mode; }
  void setMode(Mode mode);
  void setPlaceholderText(const QString& text);
  /// Outlines the view in the highlight colour while photos are dragged over the page.
  void setDropHighlight(bool on);
  bool dropHighlight() const { return m_dropHighlight; }
  /// Where the image (split mode) or each image (side by side: left, right) is drawn.
  QRect imageRect(int which = 0) const;
  /// Magnification relative to fitting the view (1 = fit).
  double zoom() const { return m_zoom; }
  /// Screen pixels per photo pixel (1 = full resolution, what "1:1" shows).
  double scale() const;
  /// The scale as the view shows it: "100 %".
  QString scaleText() const;
  /// Zooms keeping the image point under widget position `anchor` in place (the centre by default).
  void setZoom(double zoom, QPointF anchor = QPointF(-1, -1));
  void resetZoom();
  /// Zooms so that one photo pixel is one screen pixel (full resolution), around the centre.
  void showActualPixels();

  QSize sizeHint() const override { return {640, 480}; }

 Q_SIGNALS:
  void splitChanged(double fraction);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;

 private:
  /// The image whose size sets the layout: "before" (the photo at full resolution) when there is one.
  const QImage& reference() const;
  void splitAt(int x);
  QRect area(int which) const;
  QRect fitRect(int which) const;
  void drawImage(QPainter& painter, const QImage& image, ScaledImageCache* cache, const QRect& target,
                 const QRect& clip) const;
  void clampCenter();
  void paintContent();
  void drawCaption(QPainter& painter, const QRect& rect, const QString& text, Qt::Alignment align) const;

  QImage m_before;
  QImage m_after;
  double m_split = 0.5;
  Mode m_mode = Mode::Split;
  double m_zoom = 1.0;
  QPointF m_center{0.5, 0.5};  ///< image point (0..1) shown at the centre of the view when zoomed
  QPoint m_panFrom;
  bool m_panning = false;
  QString m_placeholder;
  bool m_dropHighlight = false;
  ScaledImageCache* m_beforeCache = nullptr;
  ScaledImageCache* m_afterCache = nullptr;
};

}  // namespace colorproxy
