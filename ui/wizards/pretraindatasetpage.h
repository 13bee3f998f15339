#pragma once
#include "datasets/datasetoverview.h"
#include "wizards/pretrainpage.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace colorproxy {

class DatasetFormatBox;
class DatasetSummaryView;
class PathEdit;

/// Pretraining ▸ Dataset: the folder, its detected format and split counts, which split trains and
/// which validates, and an optional cap on the number of images.
class PretrainDatasetPage : public PretrainPage {
  Q_OBJECT

 public:
  explicit PretrainDatasetPage(QWidget* parent = nullptr);

  PathEdit* pathEdit() const { return m_path; }
  DatasetSummaryView* summary() const { return m_summary; }
  /// Sets the folder and starts scanning it.
  void setDatasetPath(const QString& path);

 protected:
  void load(const ColorizationConfig& config) override;
  void apply(ColorizationConfig& config) const override;
  bool ready(QString* reason) const override;

 private:
  void startScan();
  void onScanned(const DatasetOverview& overview);

  PathEdit* m_path = nullptr;
  DatasetFormatBox* m_format = nullptr;
  DatasetSummaryView* m_summary = nullptr;
  QComboBox* m_trainSplit = nullptr;
  QComboBox* m_valSplit = nullptr;
  QDoubleSpinBox* m_valFraction = nullptr;
  QSpinBox* m_maxImages = nullptr;
};

}  // namespace colorproxy
