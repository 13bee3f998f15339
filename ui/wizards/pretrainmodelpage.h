#pragma once
#include "wizards/pretrainpage.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace colorproxy {

/// Pretraining ▸ Pretext and model: gan / classification / l2, whether the generator learns to take
/// colour points (hints), a size preset (paper, CPU-friendly, tiny) and the network sizes it implies,
/// editable.
class PretrainModelPage : public PretrainPage {
  Q_OBJECT

 public:
  explicit PretrainModelPage(QWidget* parent = nullptr);

  void setPretext(const QString& pretext);
  /// Applies a named preset's model and optimisation settings ("paper", "cpu-small", "tiny").
  void applyPreset(const QString& name);
  QString pretext() const;
  QSpinBox* imageSizeBox() const { return m_imageSize; }
  QSpinBox* numDownsBox() const { return m_numDowns; }
  QCheckBox* hintsBox() const { return m_hints; }

 protected:
  void load(const ColorizationConfig& config) override;
  void apply(ColorizationConfig& config) const override;

 private:
  /// The three pretext tasks, each with what it learns.
  QGroupBox* createPretextBox();
  /// Preset, image sizes and the generator's and discriminator's shape.
  QGroupBox* createSizeBox();
  void updateGanWidgets();
  void markCustom();

  QButtonGroup* m_pretext = nullptr;
  QCheckBox* m_hints = nullptr;
  QComboBox* m_preset = nullptr;
  QLabel* m_presetInfo = nullptr;
  QSpinBox* m_imageSize = nullptr;
  QSpinBox* m_loadSize = nullptr;
  QSpinBox* m_ngf = nullptr;
  QSpinBox* m_numDowns = nullptr;
  QSpinBox* m_ndf = nullptr;
  QComboBox* m_discriminator = nullptr;
  QComboBox* m_ganMode = nullptr;
  QWidget* m_ganBox = nullptr;
  bool m_applyingPreset = false;
};

}  // namespace colorproxy
