#include "wizards/finetunedatasetpage.h"

#include <QVBoxLayout>

#include "core/appsettings.h"
#include "datasets/datasetsummaryview.h"
#include "widgets/pathedit.h"
#include "wizards/datasetform.h"
#include "wizards/finetunewizard.h"

namespace colorproxy {

FinetuneDatasetPage::FinetuneDatasetPage(QWidget* parent)
    : FinetunePage({QStringLiteral("dataPath"), QStringLiteral("dataFormat"), QStringLiteral("trainSplit"),
                    QStringLiteral("valSplit"), QStringLiteral("testSplit"), QStringLiteral("valFraction"),
                    QStringLiteral("maxImages"), QStringLiteral("maxValImages"),
                    QStringLiteral("maxTestImages"), QStringLiteral("badFilePolicy")},
                   parent) {
  setTitle(tr("Labelled dataset"));
  m_form = new DatasetForm(false, true,
                           {{tr("&Training split:"), tr("Default (train)")},
                            {tr("&Validation split:"), tr("Default (val, else a hold-out of train)")},
                            {tr("T&est split:"), tr("Default (test, else val)")}},
                           tr("When no validation split is left over, this share of the training "
                              "split is held out to pick the learning curves' validation points."),
                           this);
  m_form->pathEdit()->setDialogTitle(tr("Choose a labelled dataset"));
  m_form->pathEdit()->setPlaceholderText(tr("COCO (YOLO labels or masks), Pascal VOC 2012 or CamVid root"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_form);

  connect(m_form, &DatasetForm::changed, this, [this] { refresh(); });
  connect(m_form, &DatasetForm::scanned, this, [this](const DatasetOverview& o) {
    const FinetuneConfig& c = config();
    m_form->fillSplits(o, {QString::fromStdString(c.trainSplit), QString::fromStdString(c.valSplit),
                           QString::fromStdString(c.testSplit)});
    if (o.ok) AppSettings::addRecentDataset(o.path);
    refresh();
  });
}

void FinetuneDatasetPage::setDatasetPath(const QString& path) { m_form->pathEdit()->setPath(path); }

DatasetSummaryView* FinetuneDatasetPage::summary() const { return m_form->summary(); }

void FinetuneDatasetPage::initializePage() {
  setSubTitle(config().task == DownstreamTask::Segmentation
                  ? tr("Segmentation needs masks: CamVid, Pascal VOC SegmentationClass, or COCO masks.")
                  : tr("Classification needs image labels: COCO (YOLO label files or instances JSON) or "
                       "Pascal VOC annotations."));
  FinetunePage::initializePage();
}

void FinetuneDatasetPage::loadPage() {
  const FinetuneConfig& c = config();
  m_form->load(QString::fromStdString(c.dataPath.string()), QString::fromLatin1(toString(c.dataFormat)),
               c.valFraction, int(c.maxImages));
}

void FinetuneDatasetPage::applyPage() {
  FinetuneConfig& c = config();
  c.dataPath = m_form->path().toStdString();
  c.dataFormat = parseDatasetFormat(m_form->format().toStdString());
  c.trainSplit = m_form->split(0).toStdString();
  c.valSplit = m_form->split(1).toStdString();
  c.testSplit = m_form->split(2).toStdString();
  c.valFraction = m_form->valFraction();
  c.maxImages = m_form->maxImages();
}

bool FinetuneDatasetPage::ready(QString* reason) const {
  if (!m_form->ready(reason, tr("Choose a labelled dataset folder."))) return false;
  const DatasetOverview& o = m_form->summary()->overview();
  int labelled = 0, masked = 0;
  for (const auto& s : o.splits) {
    labelled += s.withLabels;
    masked += s.withMasks;
  }
  if (config().task == DownstreamTask::Segmentation && masked == 0) {
    *reason = tr("%1 has no segmentation masks. Choose CamVid, Pascal VOC (SegmentationClass) or COCO with "
                 "masks, or go back and pick classification.")
                  .arg(o.path);
    return false;
  }
  if (config().task == DownstreamTask::Classification && labelled == 0) {
    *reason = tr("%1 has no image labels. Choose COCO or Pascal VOC, or go back and pick segmentation.")
                  .arg(o.path);
    return false;
  }
  return true;
}

bool FinetuneDatasetPage::nothingEntered() const { return m_form->path().trimmed().isEmpty(); }

}  // namespace colorproxy
