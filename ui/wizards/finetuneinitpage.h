#pragma once
#include "wizards/finetunepage.h"

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace colorproxy {

class PathEdit;

/// Fine-tuning ▸ Initialisation: random (baseline), from a colorization run (pretrained), or both side
/// by side. A pretrained run fixes the network's sizes (they must match its generator).
class FinetuneInitPage : public FinetunePage {
  Q_OBJECT

 public:
  explicit FinetuneInitPage(QWidget* parent = nullptr);

  /// 0 baseline, 1 pretrained, 2 both.
  void setMode(int mode);
  void setPretrainedPath(const QString& path);
  /// Re-reads the colorization runs in the runs folder.
  void refreshRuns();
  QComboBox* runsBox() const { return m_runs; }

 protected:
  void loadPage() override;
  void applyPage() override;
  bool ready(QString* reason) const override;

 private:
  /// Baseline, pretrained or both.
  QGroupBox* createModeBox();
  /// Which colorization run the pretrained network starts from.
  void createPretrainedBox();
  /// Image size and generator shape.
  QGroupBox* createSizeBox();
  void readPretrainedSizes();

  QButtonGroup* m_mode = nullptr;
  QComboBox* m_runs = nullptr;
  PathEdit* m_path = nullptr;
  QLabel* m_runInfo = nullptr;
  QSpinBox* m_imageSize = nullptr;
  QSpinBox* m_ngf = nullptr;
  QSpinBox* m_numDowns = nullptr;
  QWidget* m_pretrainedBox = nullptr;
  QString m_sizesError;
};

}  // namespace colorproxy
