#include "wizards/finetunedatasetpage.h"

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
#include "wizards/finetunewizard.h"

namespace colorproxy {

FinetuneDatasetPage::FinetuneDatasetPage(QWidget* parent)
    : FinetunePage({QStringLiteral("dataPath"), QStringLiteral("dataFormat"), QStringLiteral("trainSplit"),
                    QStringLiteral("valSplit"), QStringLiteral("testSplit"), QStringLiteral("valFraction"),
                    QStringLiteral("maxImages"), QStringLiteral("maxValImages"),
                    QStringLiteral("maxTestImages"), QStringLiteral("badFilePolicy")},
                   parent) {
  setTitle(tr("Labelled dataset"));
  m_path = new PathEdit(PathEdit::Mode::Folder, this);
  m_path->setDialogTitle(tr("Choose a labelled dataset"));
  m_path->setPlaceholderText(tr("COCO (YOLO labels or masks), Pascal VOC 2012 or CamVid root"));
  m_path->setRecent(AppSettings::recentDatasets());
  m_format = new DatasetFormatBox(false, this);
  m_summary = new DatasetSummaryView(this);
  m_train = new QComboBox(this);
  m_val = new QComboBox(this);
  m_test = new QComboBox(this);
  m_valFraction = new QDoubleSpinBox(this);
  m_valFraction->setRange(0.0, 0.9);
  m_valFraction->setDecimals(2);
  m_valFraction->setSingleStep(0.05);
  m_maxImages = new QSpinBox(this);
  m_maxImages->setRange(0, 10'000'000);
  m_maxImages->setSpecialValueText(tr("all"));
  auto* form = new QFormLayout;
  form->addRow(tr("&Folder:"), m_path);
  form->addRow(tr("F&ormat:"), m_format);
  form->addRow(m_summary);
  form->addRow(tr("&Training split:"), m_train);
  form->addRow(tr("&Validation split:"), m_val);
  form->addRow(tr("T&est split:"), m_test);
  form->addRow(tr("&Hold-out share:"), m_valFraction);
  form->addRow(QString(), explanation(tr("When no validation split is left over, this share of the training "
                                         "split is held out to pick the learning curves' validation points."),
                                      this));
  form->addRow(tr("&Image limit:"), m_maxImages);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);

  connect(m_path, &PathEdit::pathChanged, this, &FinetuneDatasetPage::startScan);
  connect(m_format, &QComboBox::currentIndexChanged, this, &FinetuneDatasetPage::startScan);
  connect(m_summary, &DatasetSummaryView::scanStarted, this, [this] { refresh(); });
  connect(m_summary, &DatasetSummaryView::scanned, this, [this](const DatasetOverview& o) {
    fillSplits(o);
    if (o.ok) AppSettings::addRecentDataset(o.path);
    refresh();
  });
  for (QComboBox* c : {m_train, m_val, m_test})
    connect(c, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
  connect(m_valFraction, &QDoubleSpinBox::valueChanged, this, [this] { refresh(); });
  connect(m_maxImages, &QSpinBox::valueChanged, this, [this] { refresh(); });
}

void FinetuneDatasetPage::setDatasetPath(const QString& path) { m_path->setPath(path); }

void FinetuneDatasetPage::initializePage() {
  setSubTitle(config().task == "segmentation"
                  ? tr("Segmentation needs masks: CamVid, Pascal VOC SegmentationClass, or COCO masks.")
                  : tr("Classification needs image labels: COCO (YOLO label files or instances JSON) or "
                       "Pascal VOC annotations."));
  FinetunePage::initializePage();
}

void FinetuneDatasetPage::loadPage() {
  const FinetuneConfig& c = config();
  m_format->setFormat(QString::fromStdString(c.dataFormat));
  m_valFraction->setValue(c.valFraction);
  m_maxImages->setValue(int(c.maxImages));
  const QString path = QString::fromStdString(c.dataPath.string());
  if (!path.isEmpty() && path != m_summary->overview().path) m_path->setPath(path);
}

void FinetuneDatasetPage::applyPage() {
  FinetuneConfig& c = config();
  c.dataPath = m_path->path().toStdString();
  c.dataFormat = m_format->format().toStdString();
  c.trainSplit = m_train->currentData().toString().toStdString();
  c.valSplit = m_val->currentData().toString().toStdString();
  c.testSplit = m_test->currentData().toString().toStdString();
  c.valFraction = m_valFraction->value();
  c.maxImages = m_maxImages->value();
}

bool FinetuneDatasetPage::ready(QString* reason) const {
  const DatasetOverview& o = m_summary->overview();
  if (m_summary->isScanning()) return false;
  if (m_path->path().isEmpty() || o.path != m_path->path()) {
    *reason = tr("Choose a labelled dataset folder.");
    return false;
  }
  if (!o.ok) {
    *reason = o.error;
    return false;
  }
  int labelled = 0, masked = 0;
  for (const auto& s : o.splits) {
    labelled += s.withLabels;
    masked += s.withMasks;
  }
  if (config().task == "segmentation" && masked == 0) {
    *reason = tr("%1 has no segmentation masks. Choose CamVid, Pascal VOC (SegmentationClass) or COCO with "
                 "masks, or go back and pick classification.")
                  .arg(o.path);
    return false;
  }
  if (config().task == "classification" && labelled == 0) {
    *reason = tr("%1 has no image labels. Choose COCO or Pascal VOC, or go back and pick segmentation.")
                  .arg(o.path);
    return false;
  }
  return true;
}

void FinetuneDatasetPage::startScan() {
  if (m_path->path().isEmpty()) {
    m_summary->clear();
  } else {
    // Fine-tuning sees lightness only, so grayscale images count as usable here.
    m_summary->scan(m_path->path(), m_format->format(), true);
  }
  refresh();
}

void FinetuneDatasetPage::fillSplits(const DatasetOverview& o) {
  const FinetuneConfig& c = config();
  const QSignalBlocker b1(m_train), b2(m_val), b3(m_test);
  const QList<QPair<QComboBox*, QString>> boxes = {{m_train, QString::fromStdString(c.trainSplit)},
                                                   {m_val, QString::fromStdString(c.valSplit)},
                                                   {m_test, QString::fromStdString(c.testSplit)}};
  const QStringList defaults = {tr("Default (train)"), tr("Default (val, else a hold-out of train)"),
                                tr("Default (test, else val)")};
  for (int i = 0; i < boxes.size(); ++i) {
    QComboBox* box = boxes[i].first;
    box->clear();
    box->addItem(defaults[i], QString());
    for (const auto& s : o.splits) box->addItem(tr("%1 (%2 images)").arg(s.name).arg(s.usable), s.name);
    box->setCurrentIndex(std::max(0, box->findData(boxes[i].second)));
  }
}

}  // namespace colorproxy
