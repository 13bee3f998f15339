#include "wizards/finetunetaskpage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "wizards/finetunewizard.h"

namespace colorproxy {
namespace {
const DownstreamTask kTasks[] = {DownstreamTask::Classification, DownstreamTask::Segmentation};
constexpr int kTaskCount = 2;

int taskIndex(DownstreamTask task) {
  for (int i = 0; i < kTaskCount; ++i)
    if (kTasks[i] == task) return i;
  return 0;
}
}  // namespace

FinetuneTaskPage::FinetuneTaskPage(QWidget* parent)
    : FinetunePage({QStringLiteral("task"), QStringLiteral("head"), QStringLiteral("labelView"),
                    QStringLiteral("classWeights"), QStringLiteral("hidden"), QStringLiteral("dropout")},
                   parent) {
  setTitle(tr("Downstream task"));
  setSubTitle(
      tr("What the pretrained features are tested on. A randomly initialised baseline trains on the "
         "same splits, so the two can be compared."));
  auto* box = new QGroupBox(tr("Task"), this);
  auto* v = new QVBoxLayout(box);
  m_task = new QButtonGroup(this);
  const QStringList titles = {tr("&Multilabel classification"), tr("&Semantic segmentation")};
  const QStringList notes = {
      tr("The generator's encoder plus a dense head predicts which classes appear in an image (binary "
         "cross-entropy). Scored by mean average precision (mAP) and exact-match accuracy."),
      tr("The whole U-Net with a new 1×1 output layer labels every pixel (cross-entropy, void ignored). "
         "Scored by mean intersection-over-union (mIoU) and pixel accuracy.")};
  for (int i = 0; i < kTaskCount; ++i) {
    auto* radio = new QRadioButton(titles[i], box);
    m_task->addButton(radio, i);
    v->addWidget(radio);
    auto* note = explanation(notes[i], box);
    note->setContentsMargins(24, 0, 0, 6);
    v->addWidget(note);
  }

  m_head = new QComboBox(this);
  m_head->addItem(tr("Dense layers on the flattened bottleneck (the paper)"), QStringLiteral("dense"));
  m_head->addItem(tr("Global average pooling (fewer parameters)"), QStringLiteral("gap"));
  m_labelView = new QComboBox(this);
  m_labelView->addItem(tr("All classes of the dataset"), QStringLiteral("all"));
  m_labelView->addItem(tr("The 20 Pascal VOC classes (COCO names mapped)"), QStringLiteral("voc20"));
  m_classWeights = new QComboBox(this);
  m_classWeights->addItem(tr("None"), QStringLiteral("none"));
  m_classWeights->addItem(tr("Median frequency balancing"), QStringLiteral("median-frequency"));

  m_classificationBox = new QGroupBox(tr("Classification options"), this);
  auto* cf = new QFormLayout(m_classificationBox);
  cf->addRow(tr("&Head:"), m_head);
  cf->addRow(tr("&Labels:"), m_labelView);
  cf->addRow(QString(), explanation(tr("The paper classifies the 20 VOC classes; with COCO data the VOC view "
                                       "maps COCO's names onto them."),
                                    m_classificationBox));
  m_segmentationBox = new QGroupBox(tr("Segmentation options"), this);
  auto* sf = new QFormLayout(m_segmentationBox);
  sf->addRow(tr("Class &weights:"), m_classWeights);
  sf->addRow(QString(), explanation(tr("Weights rare classes up in the loss (SegNet's median frequency "
                                       "balancing); the paper uses none."),
                                    m_segmentationBox));

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(box);
  layout->addWidget(m_classificationBox);
  layout->addWidget(m_segmentationBox);
  layout->addStretch(1);

  connect(m_task, &QButtonGroup::idClicked, this, [this] {
    updateOptions();
    refresh();
  });
  for (QComboBox* c : {m_head, m_labelView, m_classWeights})
    connect(c, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
}

void FinetuneTaskPage::setTask(DownstreamTask task) {
  m_task->button(taskIndex(task))->setChecked(true);
  updateOptions();
  refresh();
}

DownstreamTask FinetuneTaskPage::task() const { return kTasks[std::max(0, m_task->checkedId())]; }

void FinetuneTaskPage::updateOptions() {
  const bool classification = task() == DownstreamTask::Classification;
  m_classificationBox->setVisible(classification);
  m_segmentationBox->setVisible(!classification);
}

void FinetuneTaskPage::loadPage() {
  const FinetuneConfig& c = config();
  m_task->button(taskIndex(c.task))->setChecked(true);
  m_head->setCurrentIndex(std::max(0, m_head->findData(QString::fromStdString(c.head))));
  m_labelView->setCurrentIndex(std::max(0, m_labelView->findData(QString::fromStdString(c.labelView))));
  m_classWeights->setCurrentIndex(
      std::max(0, m_classWeights->findData(QString::fromStdString(c.classWeights))));
  updateOptions();
}

void FinetuneTaskPage::applyPage() {
  FinetuneConfig& c = config();
  const DownstreamTask before = c.task;
  c.task = task();
  const bool classification = c.task == DownstreamTask::Classification;
  // Options of the other task would only produce problems ("applies to segmentation only"): reset them.
  c.head = m_head->currentData().toString().toStdString();
  c.labelView = classification ? m_labelView->currentData().toString().toStdString() : "all";
  c.classWeights = classification ? "none" : m_classWeights->currentData().toString().toStdString();
  if (before != c.task) {  // a new task brings its own paper schedules
    finetuneWizard()->baselinePhases() = FinetuneConfig::paperPhases(c.task, false);
    finetuneWizard()->pretrainedPhases() = FinetuneConfig::paperPhases(c.task, true);
  }
}

}  // namespace colorproxy
