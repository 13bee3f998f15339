#pragma once
#include "wizards/pretrainpage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace colorproxy {

/// Pretraining ▸ Hyperparameters: optimiser, schedule, batch, seed and pretext-specific weights, each with
/// the paper's / pix2pix's default and a one-line explanation.
class PretrainHyperparameterPage : public PretrainPage {
  Q_OBJECT

 public:
  explicit PretrainHyperparameterPage(QWidget* parent = nullptr);

  QSpinBox* epochsBox() const { return m_epochs; }
  QSpinBox* epochsDecayBox() const { return m_epochsDecay; }
  QSpinBox* batchSizeBox() const { return m_batchSize; }
  QCheckBox* quarterSizeBox() const { return m_quarterSize; }

 protected:
  void initializePage() override;
  void load(const ColorizationConfig& config) override;
  void apply(ColorizationConfig& config) const override;

 private:
  /// The fields, each refreshing the page when it changes.
  void createFields();
  /// The fields in a form with what each one does; the GAN and classification rows as groups.
  QWidget* createForm();
  void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& note);

  QDoubleSpinBox* m_lr = nullptr;
  QDoubleSpinBox* m_beta1 = nullptr;
  QSpinBox* m_epochs = nullptr;
  QSpinBox* m_epochsDecay = nullptr;
  QSpinBox* m_batchSize = nullptr;
  QSpinBox* m_seed = nullptr;
  QCheckBox* m_flip = nullptr;
  QComboBox* m_abDivisor = nullptr;
  QDoubleSpinBox* m_lambdaL1 = nullptr;
  QDoubleSpinBox* m_temperature = nullptr;
  QDoubleSpinBox* m_rebalance = nullptr;
  QCheckBox* m_quarterSize = nullptr;  ///< classificationStride 4
  QWidget* m_ganRows = nullptr;
  QWidget* m_classificationRows = nullptr;
};

}  // namespace colorproxy
