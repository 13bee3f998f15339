#pragma once
#include "wizards/finetunepage.h"

class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;

namespace colorproxy {

class PhaseTable;

/// Fine-tuning ▸ Schedule: the phases (epochs, learning rate, frozen parts) of the baseline and of the
/// pretrained run, preset to the paper's, and the batch size.
class FinetuneSchedulePage : public FinetunePage {
  Q_OBJECT

 public:
  explicit FinetuneSchedulePage(QWidget* parent = nullptr);
  PhaseTable* baselineTable() const { return m_baseline; }
  PhaseTable* pretrainedTable() const { return m_pretrained; }

 protected:
  void loadPage() override;
  void applyPage() override;
  bool ready(QString* reason) const override;

 private:
  QGroupBox* m_baselineBox = nullptr;
  QGroupBox* m_pretrainedBox = nullptr;
  PhaseTable* m_baseline = nullptr;
  PhaseTable* m_pretrained = nullptr;
  QSpinBox* m_batchSize = nullptr;
  QDoubleSpinBox* m_beta1 = nullptr;
};

}  // namespace colorproxy
