#include "datasets/datasetspage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "datasets/datasetsummaryview.h"
#include "main/appsettings.h"
#include "widgets/pathedit.h"

namespace colorproxy {

DatasetsPage::DatasetsPage(QWidget* parent) : QWidget(parent) {
  auto* heading = new QLabel(tr("<h2>Datasets</h2>"), this);
  auto* intro = new QLabel(tr("Open a folder of photos, or a COCO, Pascal VOC 2012 or CamVid dataset. The "
                              "format is detected from the folder layout; splits, counts, classes and "
                              "unusable files are listed below."),
                           this);
  intro->setWordWrap(true);
  m_path = new PathEdit(PathEdit::Mode::Folder, this);
  m_path->setDialogTitle(tr("Open a dataset folder"));
  m_path->setPlaceholderText(tr("Dataset folder"));
  m_path->setRecent(AppSettings::recentDatasets());
  m_format = new QComboBox(this);
  m_format->addItem(tr("Detect automatically"), QStringLiteral("auto"));
  m_format->addItem(tr("Image folder"), QStringLiteral("folder"));
  m_format->addItem(tr("COCO"), QStringLiteral("coco"));
  m_format->addItem(tr("Pascal VOC 2012"), QStringLiteral("voc"));
  m_format->addItem(tr("CamVid"), QStringLiteral("camvid"));
  m_summary = new DatasetSummaryView(this);
  m_pretrain = new QPushButton(tr("Pretrain a colorizer on this dataset…"), this);
  m_pretrain->setEnabled(false);

  auto* row = new QHBoxLayout;
  row->addWidget(new QLabel(tr("Folder:"), this));
  row->addWidget(m_path, 1);
  row->addWidget(m_format);
  auto* actions = new QHBoxLayout;
  actions->addStretch(1);
  actions->addWidget(m_pretrain);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(heading);
  layout->addWidget(intro);
  layout->addLayout(row);
  layout->addWidget(m_summary, 1);
  layout->addLayout(actions);

  connect(m_path, &PathEdit::pathChanged, this, &DatasetsPage::rescan);
  connect(m_format, &QComboBox::currentIndexChanged, this, &DatasetsPage::rescan);
  connect(m_summary, &DatasetSummaryView::scanStarted, this, [this] { m_pretrain->setEnabled(false); });
  connect(m_summary, &DatasetSummaryView::scanned, this, [this](const DatasetOverview& o) {
    m_pretrain->setEnabled(o.ok);
    if (o.ok) {
      AppSettings::addRecentDataset(o.path);
      m_path->setRecent(AppSettings::recentDatasets());
      Q_EMIT datasetOpened(o.path);
    }
  });
  connect(m_pretrain, &QPushButton::clicked, this, [this] { Q_EMIT pretrainRequested(currentPath()); });
}

void DatasetsPage::openDataset(const QString& path) { m_path->setPath(path); }

QString DatasetsPage::currentPath() const { return m_path->path(); }

void DatasetsPage::rescan() {
  if (m_path->path().isEmpty()) {
    m_summary->clear();
    return;
  }
  m_summary->scan(m_path->path(), m_format->currentData().toString());
}

}  // namespace colorproxy
