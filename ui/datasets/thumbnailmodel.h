#pragma once
#include <deque>
#include <functional>
#include <memory>

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>
#include <QVector>

namespace colorproxy {

struct Dataset;
struct Sample;

/// The samples of a dataset as a list model for a QListView in icon mode, with thumbnails decoded lazily:
/// data() asks for a thumbnail only when the view paints that row, decoding (at reduced size) runs on a
/// small thread pool, newest requests first, and finished thumbnails live in a QCache. So a folder of tens
/// of thousands of photos scrolls without waiting for the disk: rows show a placeholder until ready.
class ThumbnailModel : public QAbstractListModel {
  Q_OBJECT

 public:
  enum Role { PathRole = Qt::UserRole, SplitRole, SampleIndexRole };
  /// One visible row: a sample of a split.
  struct Entry {
    int split = 0;
    int sample = 0;
  };
  using Predicate = std::function<bool(int split, int sample)>;

  explicit ThumbnailModel(QObject* parent = nullptr);
  ~ThumbnailModel() override;

  void setDataset(std::shared_ptr<const Dataset> dataset);
  const Dataset* dataset() const { return m_dataset.get(); }
  /// Shows the samples of split `split` (-1: all) whose file name contains `text` (any case) and that
  /// `accept` accepts (when set).
  void setFilter(int split, const QString& text, Predicate accept = {});
  const Entry& entry(int row) const { return m_rows[row]; }
  const Sample& sample(int row) const;

  /// The largest thumbnail side in pixels (default 128×96).
  QSize thumbnailSize() const { return m_thumbSize; }

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

  /// Counters for tests and measurements.
  int decodedCount() const { return m_decoded; }
  int requestedCount() const { return m_requested; }
  int cachedCount() const { return m_cache.count(); }
  bool isIdle() const { return m_inFlight == 0 && m_queue.empty(); }
  /// Whether row `row`'s thumbnail is decoded and in the cache.
  bool isCached(int row) const;
  /// Thumbnail decoding off the GUI thread, fitted into `size`; a null image when unreadable.
  static QImage decodeThumbnail(const QString& path, const QSize& size);

 private:
  void request(const QString& path) const;
  void startNext() const;
  void onDecoded(const QString& path, const QImage& image);

  std::shared_ptr<const Dataset> m_dataset;
  QVector<Entry> m_rows;
  QHash<QString, int> m_rowOfPath;
  QSize m_thumbSize{128, 96};
  QPixmap m_placeholder;
  QPixmap m_broken;
  mutable QThreadPool m_pool;
  mutable QCache<QString, QPixmap> m_cache;
  mutable QSet<QString> m_pending;  ///< queued or decoding
  mutable std::deque<QString> m_queue;
  mutable int m_inFlight = 0;
  mutable int m_requested = 0;
  int m_decoded = 0;
};

}  // namespace colorproxy
