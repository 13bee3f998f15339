#pragma once
#include "datasets/datasetoverview.h"
#include "wizards/finetunepage.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace colorproxy {

class DatasetFormatBox;
class DatasetSummaryView;
class PathEdit;

/// Fine-tuning ▸ Dataset: a labelled dataset (labels for classification, masks for segmentation), its
/// detected format and counts, and which splits train, validate and test.
class FinetuneDatasetPage : public FinetunePage {
  Q_OBJECT

 public:
  explicit FinetuneDatasetPage(QWidget* parent = nullptr);
  void setDatasetPath(const QString& path);
  DatasetSummaryView* summary() const { return m_summary; }

 protected:
  void initializePage() override;
  void loadPage() override;
  void applyPage() override;
  bool ready(QString* reason) const override;

 private:
  void startScan();
  void fillSplits(const DatasetOverview& overview);

  PathEdit* m_path = nullptr;
  DatasetFormatBox* m_format = nullptr;
  DatasetSummaryView* m_summary = nullptr;
  QComboBox* m_train = nullptr;
  QComboBox* m_val = nullptr;
  QComboBox* m_test = nullptr;
  QDoubleSpinBox* m_valFraction = nullptr;
  QSpinBox* m_maxImages = nullptr;
};

}  // namespace colorproxy
