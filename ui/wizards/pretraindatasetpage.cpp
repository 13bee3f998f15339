#include "wizards/pretraindatasetpage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/appsettings.h"
#include "datasets/datasetsummaryview.h"
#include "widgets/datasetformatbox.h"
#include "widgets/pathedit.h"

namespace colorproxy {

PretrainDatasetPage::PretrainDatasetPage(QWidget* parent)
    : PretrainPage({QStringLiteral("dataPath"), QStringLiteral("dataFormat"), QStringLiteral("trainSplit"),
                    QStringLiteral("valSplit"), QStringLiteral("valFraction"), QStringLiteral("maxImages"),
                    QStringLiteral("maxValImages"), QStringLiteral("badFilePolicy")},
                   parent) {
  setTitle(tr("Dataset"));
  setSubTitle(
      tr("Colorization needs no labels: any folder of colour photos works, as do COCO, Pascal VOC "
         "and CamVid folders. Grayscale images are left out — they have no colour to learn."));
  m_path = new PathEdit(PathEdit::Mode::Folder, this);
  m_path->setDialogTitle(tr("Choose a dataset folder"));
  m_path->setPlaceholderText(tr("Folder of images, or a COCO / VOC / CamVid root"));
  m_path->setRecent(AppSettings::recentDatasets());
  m_format = new DatasetFormatBox(true, this);
  m_summary = new DatasetSummaryView(this);
  m_trainSplit = new QComboBox(this);
  m_valSplit = new QComboBox(this);
  m_valFraction = new QDoubleSpinBox(this);
  m_valFraction->setRange(0.0, 0.9);
  m_valFraction->setSingleStep(0.05);
  m_valFraction->setDecimals(2);
  m_maxImages = new QSpinBox(this);
  m_maxImages->setRange(0, 10'000'000);
  m_maxImages->setSpecialValueText(tr("all"));

  auto* form = new QFormLayout;
  form->addRow(tr("&Folder:"), m_path);
  form->addRow(tr("F&ormat:"), m_format);
  form->addRow(m_summary);
  form->addRow(tr("&Training split:"), m_trainSplit);
  form->addRow(tr("&Validation split:"), m_valSplit);
  form->addRow(tr("&Hold-out share:"), m_valFraction);
  form->addRow(QString(),
               explanation(tr("Used when validation images come from the training split: this "
                              "share is held out to score PSNR/SSIM and draw previews each epoch."),
                           this));
  form->addRow(tr("&Image limit:"), m_maxImages);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);

  connect(m_path, &PathEdit::pathChanged, this, &PretrainDatasetPage::startScan);
  connect(m_format, &QComboBox::currentIndexChanged, this, &PretrainDatasetPage::startScan);
  connect(m_summary, &DatasetSummaryView::scanned, this, &PretrainDatasetPage::onScanned);
  connect(m_summary, &DatasetSummaryView::scanStarted, this, &PretrainDatasetPage::refresh);
  for (QComboBox* box : {m_trainSplit, m_valSplit})
    connect(box, &QComboBox::currentIndexChanged, this, &PretrainDatasetPage::refresh);
  connect(m_valFraction, &QDoubleSpinBox::valueChanged, this, &PretrainDatasetPage::refresh);
  connect(m_maxImages, &QSpinBox::valueChanged, this, &PretrainDatasetPage::refresh);
}

void PretrainDatasetPage::setDatasetPath(const QString& path) { m_path->setPath(path); }

void PretrainDatasetPage::load(const ColorizationConfig& c) {
  m_format->setFormat(QString::fromStdString(c.dataFormat));
  m_valFraction->setValue(c.valFraction);
  m_maxImages->setValue(int(c.maxImages));
  const QString path = QString::fromStdString(c.dataPath.string());
  if (!path.isEmpty() && path != m_summary->overview().path) m_path->setPath(path);
}

void PretrainDatasetPage::apply(ColorizationConfig& c) const {
  c.dataPath = m_path->path().toStdString();
  c.dataFormat = m_format->format().toStdString();
  c.trainSplit = m_trainSplit->currentData().toString().toStdString();
  c.valSplit = m_valSplit->currentData().toString().toStdString();
  c.valFraction = m_valFraction->value();
  c.maxImages = m_maxImages->value();
}

bool PretrainDatasetPage::ready(QString* reason) const {
  const DatasetOverview& o = m_summary->overview();
  if (m_summary->isScanning()) {
    *reason = QString();  // the summary already says "Scanning…"
    return false;
  }
  if (o.path != m_path->path() || m_path->path().isEmpty()) {
    *reason = tr("Choose a dataset folder.");
    return false;
  }
  if (!o.ok) {
    *reason = o.error;
    return false;
  }
  return true;
}

void PretrainDatasetPage::startScan() {
  const QString path = m_path->path();
  if (path.isEmpty()) {
    m_summary->clear();
  } else {
    m_summary->scan(path, m_format->format());
  }
  refresh();
}

void PretrainDatasetPage::onScanned(const DatasetOverview& o) {
  // Offer the dataset's own splits; keep the user's earlier choice when it still exists.
  const QString wantTrain = QString::fromStdString(config().trainSplit);
  const QString wantVal = QString::fromStdString(config().valSplit);
  {
    const QSignalBlocker b1(m_trainSplit), b2(m_valSplit);
    m_trainSplit->clear();
    m_valSplit->clear();
    m_trainSplit->addItem(tr("Reader's default (training split, or every image)"), QString());
    m_valSplit->addItem(tr("Reader's default (validation split, else a hold-out)"), QString());
    for (const auto& s : o.splits) {
      const QString text = tr("%1 (%2 images)").arg(s.name).arg(s.usable);
      m_trainSplit->addItem(text, s.name);
      m_valSplit->addItem(text, s.name);
    }
    m_trainSplit->setCurrentIndex(std::max(0, m_trainSplit->findData(wantTrain)));
    m_valSplit->setCurrentIndex(std::max(0, m_valSplit->findData(wantVal)));
  }
  if (o.ok) AppSettings::addRecentDataset(o.path);
  refresh();
}

}  // namespace colorproxy
