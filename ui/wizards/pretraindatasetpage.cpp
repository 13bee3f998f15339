#include "wizards/pretraindatasetpage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include "core/appsettings.h"
#include "datasets/datasetsummaryview.h"
#include "widgets/pathedit.h"
#include "wizards/datasetform.h"

namespace colorproxy {

PretrainDatasetPage::PretrainDatasetPage(QWidget* parent)
    : PretrainPage(
          {QStringLiteral("dataPath"), QStringLiteral("dataFormat"), QStringLiteral("trainSplit"),
           QStringLiteral("valSplit"), QStringLiteral("valFraction"), QStringLiteral("maxImages"),
           QStringLiteral("maxValImages"), QStringLiteral("badFilePolicy"), QStringLiteral("probeData")},
          parent) {
  setTitle(tr("Dataset"));
  setSubTitle(
      tr("Colorization needs no labels: any folder of colour photos works, as do COCO, Pascal VOC "
         "and CamVid folders. Grayscale images are left out — they have no colour to learn."));
  m_form = new DatasetForm(
      true, false,
      {{tr("&Training split:"), tr("Reader's default (training split, or every image)")},
       {tr("&Validation split:"), tr("Reader's default (validation split, else a hold-out)")}},
      tr("Used when validation images come from the training split: this "
         "share is held out to score PSNR/SSIM and draw previews each epoch."),
      this);
  m_form->pathEdit()->setDialogTitle(tr("Choose a dataset folder"));
  m_form->pathEdit()->setPlaceholderText(tr("Folder of images, or a COCO / VOC / CamVid root"));
  auto* probeBox = new QGroupBox(tr("Feature probe while pretraining (labelled dataset, optional)"), this);
  m_probe = new PathEdit(PathEdit::Mode::Folder, probeBox);
  m_probe->setDialogTitle(tr("Choose a labelled dataset for the feature probe"));
  m_probe->setPlaceholderText(tr("None: no probe"));
  m_probe->setRecent(AppSettings::recentDatasets());
  auto* probeForm = new QFormLayout(probeBox);
  probeForm->addRow(tr("&Probe dataset:"), m_probe);
  probeForm->addRow(QString(),
                    explanation(tr("After every epoch a k-NN probe classifies this dataset's images by the "
                                   "encoder's bottleneck features and writes its test mAP to metrics.csv "
                                   "(probe_knn_mAP); the monitor draws it beside SSIM. Use a dataset with "
                                   "image labels (COCO, Pascal VOC, YOLO). It changes no weights."),
                                probeBox));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_form);
  layout->addWidget(probeBox);

  connect(m_form, &DatasetForm::scanned, this, &PretrainDatasetPage::onScanned);
  connect(m_form, &DatasetForm::changed, this, &PretrainDatasetPage::refresh);
  connect(m_probe, &PathEdit::pathChanged, this, &PretrainDatasetPage::refresh);
}

void PretrainDatasetPage::setDatasetPath(const QString& path) { m_form->pathEdit()->setPath(path); }

PathEdit* PretrainDatasetPage::pathEdit() const { return m_form->pathEdit(); }

DatasetSummaryView* PretrainDatasetPage::summary() const { return m_form->summary(); }

void PretrainDatasetPage::load(const ColorizationConfig& c) {
  m_form->load(QString::fromStdString(c.dataPath.string()), QString::fromLatin1(toString(c.dataFormat)),
               c.valFraction, int(c.maxImages));
  m_probe->setPath(QString::fromStdString(c.probeData.string()));
}

void PretrainDatasetPage::apply(ColorizationConfig& c) const {
  c.dataPath = m_form->path().toStdString();
  c.dataFormat = parseDatasetFormat(m_form->format().toStdString());
  c.trainSplit = m_form->split(0).toStdString();
  c.valSplit = m_form->split(1).toStdString();
  c.valFraction = m_form->valFraction();
  c.maxImages = m_form->maxImages();
  c.probeData = m_probe->path().trimmed().toStdString();
}

bool PretrainDatasetPage::ready(QString* reason) const {
  return m_form->ready(reason, tr("Choose a dataset folder."));
}

void PretrainDatasetPage::onScanned(const DatasetOverview& o) {
  // Offer the dataset's own splits; keep the user's earlier choice when it still exists.
  m_form->fillSplits(
      o, {QString::fromStdString(config().trainSplit), QString::fromStdString(config().valSplit)});
  if (o.ok) AppSettings::addRecentDataset(o.path);
  refresh();
}

bool PretrainDatasetPage::nothingEntered() const { return m_form->path().trimmed().isEmpty(); }

}  // namespace colorproxy
