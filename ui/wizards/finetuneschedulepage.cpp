#include "wizards/finetuneschedulepage.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/numbertext.h"
#include "widgets/decimalspinbox.h"
#include "widgets/phasetable.h"
#include "wizards/finetunewizard.h"

namespace colorproxy {

FinetuneSchedulePage::FinetuneSchedulePage(QWidget* parent)
    : FinetunePage({QStringLiteral("phase"), QStringLiteral("phases"), QStringLiteral("batchSize"),
                    QStringLiteral("beta1"), QStringLiteral("beta2")},
                   parent) {
  setTitle(tr("Training schedule"));
  setSubTitle(
      tr("Each phase trains for some epochs at one learning rate with some parts frozen. The paper "
         "first trains the new head on frozen pretrained weights, then fine-tunes everything."));
  m_baselineBox = new QGroupBox(tr("Baseline (random initialisation)"), this);
  m_baseline = new PhaseTable(m_baselineBox);
  (new QVBoxLayout(m_baselineBox))->addWidget(m_baseline);
  m_pretrainedBox = new QGroupBox(tr("Pretrained (colorization initialisation)"), this);
  m_pretrained = new PhaseTable(m_pretrainedBox);
  (new QVBoxLayout(m_pretrainedBox))->addWidget(m_pretrained);
  auto* paper = new QPushButton(tr("Use the paper's schedules"), this);
  m_batchSize = new QSpinBox(this);
  m_batchSize->setRange(0, 4096);
  m_batchSize->setSpecialValueText(tr("the paper's (32 classification, 16 segmentation)"));
  m_beta1 = new DecimalSpinBox(this);
  m_beta1->setRange(0.0, 0.999);
  m_beta1->setDecimals(3);
  m_beta1->setSingleStep(0.05);
  auto* form = new QFormLayout;
  form->addRow(tr("Batch si&ze:"), m_batchSize);
  form->addRow(tr("Adam β&1:"), m_beta1);
  form->addRow(
      QString(),
      explanation(tr("%1 as Keras' default, which the paper's code uses.").arg(decimalText(0.9, 1)), this));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_baselineBox);
  layout->addWidget(m_pretrainedBox);
  layout->addWidget(paper, 0, Qt::AlignLeft);
  layout->addLayout(form);
  layout->addStretch(1);
  connect(m_baseline, &PhaseTable::changed, this, [this] { refresh(); });
  connect(m_pretrained, &PhaseTable::changed, this, [this] { refresh(); });
  connect(m_batchSize, &QSpinBox::valueChanged, this, [this] { refresh(); });
  connect(m_beta1, &QDoubleSpinBox::valueChanged, this, [this] { refresh(); });
  connect(paper, &QPushButton::clicked, this, [this] {
    m_baseline->setPhases(FinetuneConfig::paperPhases(config().task, false));
    m_pretrained->setPhases(FinetuneConfig::paperPhases(config().task, true));
    refresh();
  });
}

void FinetuneSchedulePage::loadPage() {
  FinetuneWizard* w = finetuneWizard();
  m_baselineBox->setVisible(w->initMode() != FinetuneWizard::InitMode::Pretrained);
  m_pretrainedBox->setVisible(w->initMode() != FinetuneWizard::InitMode::Baseline);
  m_baseline->setPhases(w->baselinePhases());
  m_pretrained->setPhases(w->pretrainedPhases());
  m_batchSize->setValue(int(config().batchSize));
  m_beta1->setValue(config().beta1);
}

void FinetuneSchedulePage::applyPage() {
  FinetuneWizard* w = finetuneWizard();
  w->baselinePhases() = m_baseline->phases();
  w->pretrainedPhases() = m_pretrained->phases();
  config().batchSize = m_batchSize->value();
  config().beta1 = m_beta1->value();
}

bool FinetuneSchedulePage::ready(QString* reason) const {
  for (const auto* table : {m_baseline, m_pretrained}) {
    if (!table->parentWidget()->isVisibleTo(this)) continue;
    if (table->phases().empty()) {
      *reason = tr("Every schedule needs at least one phase (or press \"Use the paper's schedules\").");
      return false;
    }
  }
  return true;
}

}  // namespace colorproxy
