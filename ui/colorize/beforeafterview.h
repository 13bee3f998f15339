#pragma once
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace colorproxy {

/// Shows a photo before and after colorization: either overlaid with a draggable vertical split (the
/// left part shows "before", the right part "after"), or side by side. Images are scaled to fit; the
/// scaled copies are cached so dragging the split stays smooth on large photos.
class BeforeAfterView : public QWidget {
  Q_OBJECT

 public:
  enum class Mode { Split, SideBySide };

  explicit BeforeAfterView(QWidget* parent = nullptr);

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
  /// Where the image (split mode) or each image (side by side: left, right) is drawn.
  QRect imageRect(int which = 0) const;

  QSize sizeHint() const override { return {640, 480}; }

 Q_SIGNALS:
  void splitChanged(double fraction);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void splitAt(int x);
  QPixmap scaled(const QImage& image, QSize size, QPixmap& cache) const;
  void drawCaption(QPainter& painter, const QRect& rect, const QString& text, Qt::Alignment align) const;

  QImage m_before;
  QImage m_after;
  double m_split = 0.5;
  Mode m_mode = Mode::Split;
  QString m_placeholder;
  mutable QPixmap m_beforeCache;
  mutable QPixmap m_afterCache;
};

}  // namespace colorproxy
