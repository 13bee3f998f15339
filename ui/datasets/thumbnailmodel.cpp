#include "datasets/thumbnailmodel.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

#include "colorproxy/data/dataset.h"
#include "colorproxy/data/pixel_limit.h"

namespace colorproxy {
namespace {
constexpr int kDecodeThreads = 2;
constexpr std::size_t kMaxQueued = 256;  // older requests are for rows long scrolled past
constexpr int kCacheThumbnails = 3000;

QPixmap makeTile(const QSize& size, const QColor& fill, const QString& text) {
  QPixmap p(size);
  p.fill(fill);
  if (!text.isEmpty()) {
    QPainter painter(&p);
    painter.setPen(QColor(160, 40, 40));
    painter.drawText(p.rect(), Qt::AlignCenter, text);
  }
  return p;
}
}  // namespace

ThumbnailModel::ThumbnailModel(QObject* parent) : QAbstractListModel(parent) {
  m_pool.setMaxThreadCount(kDecodeThreads);
  m_cache.setMaxCost(kCacheThumbnails);
  m_placeholder = makeTile(m_thumbSize, QColor(128, 128, 128, 60), QString());
  m_broken = makeTile(m_thumbSize, QColor(240, 220, 220), tr("unreadable"));
}

ThumbnailModel::~ThumbnailModel() {
  m_queue.clear();
  m_pool.waitForDone();  // queued results addressed to this object die with it
}

void ThumbnailModel::setDataset(std::shared_ptr<const Dataset> dataset) {
  m_dataset = std::move(dataset);
  m_queue.clear();
  m_pending.clear();
  m_cache.clear();
  setFilter(-1, QString());
}

const Sample& ThumbnailModel::sample(int row) const {
  const Entry& e = m_rows[row];
  return m_dataset->splits[e.split].samples[e.sample];
}

void ThumbnailModel::setFilter(int split, const QString& text, Predicate accept) {
  beginResetModel();
  m_rows.clear();
  m_rowOfPath.clear();
  // What was waiting is for rows that may no longer be shown: drop it (it is asked again when painted).
  // Decodes already running finish and land in the cache.
  for (const QString& p : m_queue) m_pending.remove(p);
  m_queue.clear();
  if (m_dataset) {
    for (int s = 0; s < int(m_dataset->splits.size()); ++s) {
      if (split >= 0 && s != split) continue;
      const auto& samples = m_dataset->splits[s].samples;
      for (int i = 0; i < int(samples.size()); ++i) {
        if (!text.isEmpty() &&
            !QString::fromStdString(samples[i].image.filename().string()).contains(text, Qt::CaseInsensitive))
          continue;
        if (accept && !accept(s, i)) continue;
        m_rowOfPath.insert(QString::fromStdString(samples[i].image.string()), int(m_rows.size()));
        m_rows.push_back({s, i});
      }
    }
  }
  endResetModel();
}

bool ThumbnailModel::isCached(int row) const {
  return row >= 0 && row < m_rows.size() &&
         m_cache.contains(QString::fromStdString(sample(row).image.string()));
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= m_rows.size()) return {};
  const Sample& s = sample(index.row());
  switch (role) {
    case Qt::DisplayRole:
      return QString::fromStdString(s.image.filename().string());
    case Qt::ToolTipRole: {
      QString tip = QString::fromStdString(s.image.string());
      if (s.width > 0) tip += QStringLiteral("\n%1 × %2 px").arg(s.width).arg(s.height);
      return tip + QStringLiteral("\n") +
             tr("Split: %1").arg(QString::fromStdString(m_dataset->splits[m_rows[index.row()].split].name));
    }
    case Qt::DecorationRole: {
      const QString path = QString::fromStdString(s.image.string());
      if (QPixmap* p = m_cache.object(path)) return *p;
      request(path);
      return m_placeholder;
    }
    case Qt::SizeHintRole:
      return QSize(m_thumbSize.width() + 12, m_thumbSize.height() + 28);
    case PathRole:
      return QString::fromStdString(s.image.string());
    case SplitRole:
      return m_rows[index.row()].split;
    case SampleIndexRole:
      return m_rows[index.row()].sample;
    default:
      return {};
  }
}

QImage ThumbnailModel::decodeThumbnail(const QString& path, const QSize& size) {
  QImageReader reader(path);
  reader.setAutoTransform(true);
  const QSize full = reader.size();
  if (full.isValid() && std::uint64_t(full.width()) * std::uint64_t(full.height()) > maxImagePixels())
    return {};  // above the pixel limit: never decoded (the Datasets page lists the file as too large)
  // Reduced-size decoding: JPEG scales in the DCT, so a 12-megapixel photo costs a fraction of a full decode.
  if (full.isValid()) reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
  QImage image = reader.read();
  if (image.isNull()) return {};
  if (image.width() > size.width() || image.height() > size.height())
    image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  return image;
}

void ThumbnailModel::request(const QString& path) const {
  if (m_pending.contains(path)) return;
  m_pending.insert(path);
  ++m_requested;
  m_queue.push_front(path);  // newest first: the rows on screen now
  while (m_queue.size() > kMaxQueued) {
    m_pending.remove(m_queue.back());
    m_queue.pop_back();
  }
  startNext();
}

void ThumbnailModel::startNext() const {
  while (m_inFlight < kDecodeThreads && !m_queue.empty()) {
    const QString path = m_queue.front();
    m_queue.pop_front();
    ++m_inFlight;
    auto* self = const_cast<ThumbnailModel*>(this);
    m_pool.start([self, path, size = m_thumbSize] {
      const QImage image = decodeThumbnail(path, size);
      QMetaObject::invokeMethod(
          self, [self, path, image] { self->onDecoded(path, image); }, Qt::QueuedConnection);
    });
  }
}

void ThumbnailModel::onDecoded(const QString& path, const QImage& image) {
  --m_inFlight;
  ++m_decoded;
  m_pending.remove(path);
  m_cache.insert(path, new QPixmap(image.isNull() ? m_broken : QPixmap::fromImage(image)), 1);
  const auto it = m_rowOfPath.constFind(path);
  if (it != m_rowOfPath.constEnd()) {
    const QModelIndex i = index(*it);
    Q_EMIT dataChanged(i, i, {Qt::DecorationRole});
  }
  startNext();
}

}  // namespace colorproxy
