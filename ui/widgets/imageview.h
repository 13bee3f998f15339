#pragma once
#include <QImage>
#include <QWidget>

namespace colorproxy {

/// Paints one image scaled to fit (aspect ratio kept, never enlarged past 4×), with a placeholder text
/// when there is no image.
class ImageView : public QWidget {
  Q_OBJECT

 public:
  explicit ImageView(QWidget* parent = nullptr);
  void setImage(const QImage& image);
  const QImage& image() const { return m_image; }
  void setPlaceholderText(const QString& text);
  QSize sizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QImage m_image;
  QString m_placeholder;
};

}  // namespace colorproxy
