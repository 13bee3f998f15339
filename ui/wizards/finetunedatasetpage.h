#pragma once
#include "datasets/datasetoverview.h"
#include "wizards/finetunepage.h"

namespace colorproxy {

class DatasetForm;
class DatasetSummaryView;

/// Fine-tuning ▸ Dataset: a labelled dataset (labels for classification, masks for segmentation), its
/// detected format and counts, and which splits train, validate and test.
class FinetuneDatasetPage : public FinetunePage {
  Q_OBJECT

 public:
  explicit FinetuneDatasetPage(QWidget* parent = nullptr);
  void setDatasetPath(const QString& path);
  DatasetSummaryView* summary() const;

 protected:
  void initializePage() override;
  void loadPage() override;
  void applyPage() override;
  bool ready(QString* reason) const override;
  bool nothingEntered() const override;

 private:
  DatasetForm* m_form = nullptr;
};

}  // namespace colorproxy
