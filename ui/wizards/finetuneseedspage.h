#pragma once
#include "widgets/processesrow.h"
#include "wizards/finetunepage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace colorproxy {

class PathEdit;

/// Fine-tuning ▸ Seeds and execution: which seeds to repeat the comparison with (small datasets vary a
/// lot between seeds), device, threads and where the run folders go.
class FinetuneSeedsPage : public FinetunePage {
  Q_OBJECT

 public:
  explicit FinetuneSeedsPage(QWidget* parent = nullptr);
  QLineEdit* seedsEdit() const { return m_seeds; }
  PathEdit* runsDirEdit() const { return m_runsDir; }
  QLineEdit* runNameEdit() const { return m_runName; }
  QSpinBox* processesBox() const { return m_processesRow->spinBox(); }
  QCheckBox* syncBatchNormBox() const { return m_processesRow->syncBox(); }

  /// Parses "1, 2, 3" or "1-3" into seeds; empty with `error` set when the text is not understood.
  static QList<quint64> parseSeeds(const QString& text, QString* error);

 protected:
  void loadPage() override;
  void applyPage() override;
  bool ready(QString* reason) const override;

 private:
  QLineEdit* m_seeds = nullptr;
  QLabel* m_plan = nullptr;
  QComboBox* m_device = nullptr;
  QSpinBox* m_threads = nullptr;
  ProcessesRow* m_processesRow = nullptr;
  QCheckBox* m_bf16 = nullptr;
  PathEdit* m_runsDir = nullptr;
  QLineEdit* m_runName = nullptr;
  QString m_seedError;
};

}  // namespace colorproxy
