#pragma once
#include <QGraphicsView>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>

class QGraphicsPixmapItem;
class QGraphicsSimpleTextItem;

namespace colorproxy {

/// A zoomable, pannable image (drag to pan, wheel to zoom, double-click to fit). The image is drawn
/// stretched over a fixed scene rectangle, so masks at the network's size line up with the full-size
/// photo. Several views share zoom and pan through a ViewSync.
class SyncedImageView : public QGraphicsView {
  Q_OBJECT

 public:
  explicit SyncedImageView(QWidget* parent = nullptr);

  /// Shows `image` stretched over `sceneSize` (nearest-neighbour when it is smaller, so mask pixels stay
  /// crisp). An empty `sceneSize` means the image's own size.
  void setImage(const QImage& image, const QSizeF& sceneSize = {});
  const QImage& image() const { return m_image; }
  /// Text shown when there is no image.
  void setPlaceholderText(const QString& text);

 Q_SIGNALS:
  void zoomRequested(double factor);
  void fitRequested();
  /// The mouse is over scene point `pos` (image coordinates of the scene rectangle); invalid when it left.
  void hovered(const QPointF& pos, bool inside);

 protected:
  void wheelEvent(QWheelEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void drawForeground(QPainter* painter, const QRectF& rect) override;
  void changeEvent(QEvent* event) override;

 private:
  QImage m_image;
  QGraphicsPixmapItem* m_item = nullptr;
  QString m_placeholder;
};

/// Keeps a group of views on one transform and one scroll position: zooming or panning any of them
/// moves all. Views of equal size show exactly the same part of their scenes.
class ViewSync : public QObject {
  Q_OBJECT

 public:
  explicit ViewSync(QObject* parent = nullptr);
  void addView(SyncedImageView* view);
  const QList<QPointer<SyncedImageView>>& views() const { return m_views; }

  /// Current scale (view pixels per scene unit).
  double scale() const;
  /// Scales every view to `scale` around the centre of what they show.
  void setScale(double scale);
  /// Zooms by `factor` around the mouse in `source` (or its centre).
  void zoomBy(SyncedImageView* source, double factor);
  /// Fits the whole scene into the views (and keeps fitting on resize until the user zooms).
  void fit();
  bool isFitting() const { return m_fitting; }

 private:
  void propagate(SyncedImageView* source);
  bool eventFilter(QObject* watched, QEvent* event) override;

  QList<QPointer<SyncedImageView>> m_views;
  bool m_syncing = false;
  bool m_fitting = true;
};

}  // namespace colorproxy
