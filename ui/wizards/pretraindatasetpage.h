#pragma once
#include "datasets/datasetoverview.h"
#include "wizards/pretrainpage.h"

namespace colorproxy {

class DatasetForm;
class DatasetSummaryView;
class PathEdit;

/// Pretraining ▸ Dataset: the folder, its detected format and split counts, which split trains and
/// which validates, an optional cap on the number of images, and an optional labelled dataset that a
/// k-NN feature probe scores the encoder on while it trains.
class PretrainDatasetPage : public PretrainPage {
  Q_OBJECT

 public:
  explicit PretrainDatasetPage(QWidget* parent = nullptr);

  PathEdit* pathEdit() const;
  DatasetSummaryView* summary() const;
  /// The labelled dataset of the feature probe (empty: no probe).
  PathEdit* probeEdit() const { return m_probe; }
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
  PathEdit* m_probe = nullptr;
};

}  // namespace colorproxy
