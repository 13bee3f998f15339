#include "colorize/scaledimagecache.h"

#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/imgproc.hpp>

#include "core/workpool.h"

namespace colorproxy {

ScaledImageCache::ScaledImageCache(QObject* parent) : QObject(parent) {
  connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &ScaledImageCache::onFinished);
}

ScaledImageCache::~ScaledImageCache() { m_watcher.waitForFinished(); }

QImage ScaledImageCache::scale(const QImage& image, QSize size) {
  if (image.size() == size) return image;
  // OpenCV, not QImage::scaled: Qt splits smooth scaling and format conversion of large images over its
  // GUI thread pool, and the GUI thread's own small conversions then queue behind a 24 MP job (seconds).
  const QImage src =
      image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
  const cv::Mat in(src.height(), src.width(), CV_8UC4, const_cast<uchar*>(src.constBits()),
                   static_cast<size_t>(src.bytesPerLine()));
  QImage out(size, QImage::Format_RGB32);
  cv::Mat dst(out.height(), out.width(), CV_8UC4, out.bits(), static_cast<size_t>(out.bytesPerLine()));
  cv::resize(in, dst, dst.size(), 0, 0, size.width() < image.width() ? cv::INTER_AREA : cv::INTER_NEAREST);
  return out;
}

void ScaledImageCache::setImage(const QImage& image) {
  m_image = image;
  m_pixmap = QPixmap();
  m_wanted = QSize();
}

QPixmap ScaledImageCache::pixmap(QSize size) {
  if (m_image.isNull() || size.isEmpty()) return {};
  if (isReady(size)) return m_pixmap;
  m_wanted = size;
  if (qint64(m_image.width()) * m_image.height() <= kSyncPixels) {
    m_pixmap = QPixmap::fromImage(scale(m_image, size));
    return m_pixmap;
  }
  start();
  return m_pixmap;
}

void ScaledImageCache::start() {
  if (m_watcher.isRunning()) return;  // onFinished starts the next one if the wish changed meanwhile
  m_making = m_wanted;
  m_makingKey = m_image.cacheKey();
  m_watcher.setFuture(QtConcurrent::run(workPool(), &ScaledImageCache::scale, m_image, m_making));
}

void ScaledImageCache::onFinished() {
  const QImage result = m_watcher.result();
  if (m_makingKey != m_image.cacheKey()) {  // made for an image shown no more
    if (m_wanted.isValid()) start();
    return;
  }
  m_pixmap = QPixmap::fromImage(result);
  if (m_making != m_wanted && m_wanted.isValid()) start();
  Q_EMIT ready();
}

}  // namespace colorproxy
