#pragma once
#include "wizards/finetunepage.h"

class QButtonGroup;
class QComboBox;
class QWidget;

namespace colorproxy {

/// Fine-tuning ▸ Task: multilabel classification or semantic segmentation, with the task's options.
class FinetuneTaskPage : public FinetunePage {
  Q_OBJECT

 public:
  explicit FinetuneTaskPage(QWidget* parent = nullptr);
  void setTask(DownstreamTask task);
  DownstreamTask task() const;

 protected:
  void loadPage() override;
  void applyPage() override;

 private:
  void updateOptions();

  QButtonGroup* m_task = nullptr;
  QComboBox* m_head = nullptr;
  QComboBox* m_labelView = nullptr;
  QComboBox* m_classWeights = nullptr;
  QWidget* m_classificationBox = nullptr;
  QWidget* m_segmentationBox = nullptr;
};

}  // namespace colorproxy
