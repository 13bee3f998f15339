#pragma once
#include "datasets/datasetoverview.h"
#include "wizards/pretrainpage.h"

namespace colorproxy {

class DatasetForm;
class DatasetSummaryView;
class PathEdit;

/// Pretraining ▸ Dataset: the folder, its detected format and split counts, which split trains and
/// which validates, and an optional cap on the number of images.
class PretrainDatasetPage : public PretrainPage {
  Q_OBJECT

 public:
  explicit PretrainDatasetPage(QWidget* parent = nullptr);

  PathEdit* pathEdit() const;
  DatasetSummaryView* summary() const;
  /// Sets the folder and starts scanning it.
  void setDatasetPath(const QString& path);

 protected:
  void load(const ColorizationConfig& config) override;
  void apply(ColorizationConfig& config) const override;
  bool ready(QString* reason) const override;
  bool nothingEntered() const override;

 private:
  void onScanned(const DatasetOverview& overview);

  DatasetForm* m_form = nullptr;
};

}  // namespace colorproxy
