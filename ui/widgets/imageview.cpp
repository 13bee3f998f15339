#include "widgets/imageview.h"

#include <algorithm>

#include <QMouseEvent>
#include <QPainter>

namespace colorproxy {

ImageView::ImageView(QWidget* parent) : QWidget(parent) {
  setMinimumSize(120, 120);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageView::setImage(const QImage& image) {
  m_image = image;
  update();
}

void ImageView::setPlaceholderText(const QString& text) {
  m_placeholder = text;
  update();
}

void ImageView::setMaxScale(double scale) {
  m_maxScale = scale;
  update();
}

void ImageView::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) Q_EMIT clicked();
  QWidget::mouseReleaseEvent(event);
}

QSize ImageView::sizeHint() const { return m_image.isNull() ? QSize(320, 320) : m_image.size(); }

void ImageView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  if (m_image.isNull()) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    return;
  }
  const double scale =
      std::min({width() / double(m_image.width()), height() / double(m_image.height()), m_maxScale});
  const QSize size(int(m_image.width() * scale), int(m_image.height() * scale));
  const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
  // Upscaled previews stay sharp (nearest) so individual pixels of tiny validation images are visible.
  painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1.0);
  painter.drawImage(target, m_image);
}

}  // namespace colorproxy
