#include "datasets/datasetspage.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/appsettings.h"
#include "core/workpool.h"
#include "datasets/datasetbrowser.h"
#include "datasets/datasetstatsview.h"
#include "datasets/datasetsummaryview.h"
#include "datasets/maskpalette.h"
#include "widgets/datasetformatbox.h"
#include "widgets/pathedit.h"
#include "widgets/wrappingrow.h"

namespace colorproxy {
namespace {
/// The first local folder among dropped URLs (a dropped file stands for the folder holding it).
QString droppedFolder(const QMimeData* mime) {
  if (!mime || !mime->hasUrls()) return {};
  for (const QUrl& url : mime->urls()) {
    if (!url.isLocalFile()) continue;
    const QFileInfo info(url.toLocalFile());
    if (info.isDir()) return info.absoluteFilePath();
    if (info.isFile()) return info.absolutePath();
  }
  return {};
}
}  // namespace

DatasetsPage::DatasetsPage(QWidget* parent) : QWidget(parent) {
  setAcceptDrops(true);
  auto* heading = new QLabel(tr("<h2>Datasets</h2>"), this);
  auto* intro =
      new QLabel(tr("Open a folder of photos, or a COCO, Pascal VOC 2012 or CamVid dataset (or drop "
                    "it here). The format is detected from the folder layout; browse the images "
                    "with their labels and masks, and see the statistics and unusable files."),
                 this);
  intro->setWordWrap(true);
  m_path = new PathEdit(PathEdit::Mode::Folder, this);
  m_path->setDialogTitle(tr("Open a dataset folder"));
  m_path->setPlaceholderText(tr("Dataset folder"));
  m_path->setRecent(AppSettings::recentDatasets());
  m_format = new DatasetFormatBox(true, this);
  m_headline = new QLabel(this);
  m_headline->setWordWrap(true);
  m_browser = new DatasetBrowser(this);
  m_stats = new DatasetStatsView(this);
  m_summary = new DatasetSummaryView(this);
  m_tabs = new QTabWidget(this);
  m_tabs->addTab(m_browser, tr("&Browse"));
  m_tabs->addTab(m_stats, tr("S&tatistics"));
  m_tabs->addTab(m_summary, tr("Su&mmary"));
  m_pretrain = new QPushButton(tr("Pretrain a colorizer on this dataset…"), this);
  m_pretrain->setEnabled(false);

  // The pretrain button goes under the folder row where both do not fit (long translations, 1.5x scale).
  auto* row = new WrappingRow(this);
  row->first()->addWidget(new QLabel(tr("Folder:"), this));
  row->first()->addWidget(m_path, 1);
  row->first()->addWidget(m_format);
  row->second()->addStretch(1);  // wrapped under the folder row, the button stays at the right
  row->second()->addWidget(m_pretrain);
  row->setFirstGrows(true);  // the folder field takes the room, the button keeps its size
  auto* title = new QHBoxLayout;
  title->addWidget(heading);
  title->addWidget(intro, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(title);
  layout->addWidget(row);
  layout->addWidget(m_headline);
  layout->addWidget(m_tabs, 1);

  connect(m_path, &PathEdit::pathChanged, this, &DatasetsPage::rescan);
  connect(m_format, &QComboBox::currentIndexChanged, this, &DatasetsPage::rescan);
  connect(m_summary, &DatasetSummaryView::scanStarted, this, [this] {
    m_pretrain->setEnabled(false);
    m_headline->setText(tr("Scanning %1 …").arg(m_path->path()));
  });
  connect(m_summary, &DatasetSummaryView::scanned, this, &DatasetsPage::onScanned);
  connect(&m_indexer, &QFutureWatcher<std::shared_ptr<const DatasetIndex>>::finished, this,
          &DatasetsPage::onIndexed);
  connect(m_pretrain, &QPushButton::clicked, this, [this] { Q_EMIT pretrainRequested(currentPath()); });
}

void DatasetsPage::onScanned(const DatasetOverview& o) {
  m_pretrain->setEnabled(o.ok);
  ++m_generation;
  if (!o.ok || !o.dataset) {
    m_headline->setText(QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(o.error.toHtmlEscaped()));
    m_browser->clear();
    m_stats->clear();
    return;
  }
  m_headline->setText(tr("<b>Format:</b> %1 (%2) — %3 in %4, %5")
                          .arg(o.format, o.layout.toHtmlEscaped(),
                               tr("<b>%n</b> usable image(s)", nullptr, int(o.usableCount())),
                               tr("%n split(s)", nullptr, int(o.splits.size())),
                               tr("%n problem file(s)", nullptr, int(o.problemCount))));
  m_browser->setDataset(o.dataset);
  m_stats->setDataset(o.dataset, maskPalette(*o.dataset));
  // Reading every mask (statistics, class filter) runs in the background; the grid is usable meanwhile.
  const auto dataset = o.dataset;
  if (m_indexCancel) m_indexCancel->store(true);  // a superseded index frees its pool thread soon
  m_indexCancel = std::make_shared<std::atomic<bool>>(false);
  m_indexer.setProperty("generation", m_generation);
  m_indexer.setFuture(QtConcurrent::run(
      workPool(), [dataset, cancel = m_indexCancel] { return DatasetIndex::build(*dataset, cancel.get()); }));
  AppSettings::addRecentDataset(o.path);
  m_path->setRecent(AppSettings::recentDatasets());
  Q_EMIT datasetOpened(o.path);
}

void DatasetsPage::onIndexed() {
  if (m_indexer.property("generation").toInt() != m_generation) return;  // another dataset since
  const auto index = m_indexer.result();
  m_stats->setStats(index->stats);
  m_browser->setIndex(index);
  Q_EMIT indexed();
}

DatasetsPage::~DatasetsPage() {
  if (m_indexCancel) m_indexCancel->store(true);  // the index job may outlive the page; it stops soon
}

void DatasetsPage::openDataset(const QString& path) { m_path->setPath(path); }

QString DatasetsPage::currentPath() const { return m_path->path(); }

void DatasetsPage::rescan() {
  if (m_indexCancel) m_indexCancel->store(true);
  if (m_path->path().isEmpty()) {
    ++m_generation;
    m_summary->clear();
    m_browser->clear();
    m_stats->clear();
    m_headline->clear();
    return;
  }
  m_summary->scan(m_path->path(), m_format->format());
}

void DatasetsPage::dragEnterEvent(QDragEnterEvent* event) {
  if (!droppedFolder(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void DatasetsPage::dropEvent(QDropEvent* event) {
  const QString folder = droppedFolder(event->mimeData());
  if (folder.isEmpty()) return;
  event->acceptProposedAction();
  openDataset(folder);
}

}  // namespace colorproxy
