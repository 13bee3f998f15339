#pragma once
#include <QStringList>
#include <QWizard>

#include "colorproxy/pretrain/colorization_config.h"

namespace colorproxy {

class PretrainDatasetPage;
class PretrainModelPage;
class PretrainHyperparameterPage;
class PretrainDevicePage;
class PretrainReviewPage;

/// Train ▸ New pretraining: dataset → pretext and model size → hyperparameters → device and threads →
/// review of the config.json to be written. Accepting it means "start this run".
class PretrainWizard : public QWizard {
  Q_OBJECT

 public:
  enum PageId { DatasetPageId, ModelPageId, HyperparameterPageId, DevicePageId, ReviewPageId };

  /// Starts from `initial` (e.g. the defaults, or a previous run's config).
  explicit PretrainWizard(const ColorizationConfig& initial = ColorizationConfig(),
                          QWidget* parent = nullptr);

  ColorizationConfig& config() { return m_config; }
  const ColorizationConfig& config() const { return m_config; }
  /// Processes on this machine that train the run (the device page; 1 = not data-parallel).
  int processes() const;

  /// The engine's validation problems that mention one of `keys` (all problems when `keys` is empty).
  QStringList problemsFor(const QStringList& keys) const;

  PretrainDatasetPage* datasetPage() const { return m_datasetPage; }
  PretrainModelPage* modelPage() const { return m_modelPage; }
  PretrainHyperparameterPage* hyperparameterPage() const { return m_hyperPage; }
  PretrainDevicePage* devicePage() const { return m_devicePage; }
  PretrainReviewPage* reviewPage() const { return m_reviewPage; }

 private:
  ColorizationConfig m_config;
  PretrainDatasetPage* m_datasetPage;
  PretrainModelPage* m_modelPage;
  PretrainHyperparameterPage* m_hyperPage;
  PretrainDevicePage* m_devicePage;
  PretrainReviewPage* m_reviewPage;
};

}  // namespace colorproxy
