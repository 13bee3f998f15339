#pragma once
#include <QImage>
#include <QWidget>

namespace colorproxy {

/// Paints one image scaled to fit (aspect ratio kept, never enlarged past 4× unless told otherwise), with
/// a placeholder text when there is no image. A left click emits clicked().
class ImageView : public QWidget {
  Q_OBJECT

 public:
  explicit ImageView(QWidget* parent = nullptr);
  void setImage(const QImage& image);
  const QImage& image() const { return m_image; }
  void setPlaceholderText(const QString& text);
  QSize sizeHint() const override;
  /// The largest enlargement (default 4).
  void setMaxScale(double scale);

 Q_SIGNALS:
  void clicked();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  QImage m_image;
  QString m_placeholder;
  double m_maxScale = 4.0;
};

}  // namespace colorproxy
