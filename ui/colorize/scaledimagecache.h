#pragma once
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSize>

namespace colorproxy {

/// A smoothly scaled copy of a (camera-size) image for display, made on a worker thread so that the GUI
/// thread never spends a second scaling 24 megapixels: pixmap() returns the copy when it is ready, else
/// the last one made (another size, drawn stretched meanwhile) or nothing, and ready() follows once the
/// copy at the wanted size exists. Small images are scaled at once.
class ScaledImageCache : public QObject {
  Q_OBJECT

 public:
  /// Images up to this many pixels are scaled on the caller's thread (a few milliseconds at most).
  static constexpr qint64 kSyncPixels = 2'000'000;

  explicit ScaledImageCache(QObject* parent = nullptr);
  ~ScaledImageCache() override;

  void setImage(const QImage& image);
  const QImage& image() const { return m_image; }
  /// The copy at `size` if ready; else starts making it and returns the previous copy (maybe null).
  QPixmap pixmap(QSize size);
  /// True when the copy at `size` is ready.
  bool isReady(QSize size) const { return !m_pixmap.isNull() && m_pixmap.size() == size; }

 Q_SIGNALS:
  void ready();

 private:
  void start();
  void onFinished();
  static QImage scale(const QImage& image, QSize size);

  QImage m_image;  ///< Format_RGB32 is scaled without a conversion
  QPixmap m_pixmap;
  QSize m_wanted;
  QSize m_making;          ///< the size the running job makes
  qint64 m_makingKey = 0;  ///< the cacheKey of the image it scales
  QFutureWatcher<QImage> m_watcher;
};

}  // namespace colorproxy
