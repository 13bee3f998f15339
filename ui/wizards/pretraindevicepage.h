#pragma once
#include "widgets/processesrow.h"
#include "wizards/pretrainpage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace colorproxy {

class PathEdit;

/// Pretraining ▸ Device and output: device, processes (with synchronised batch norm when there are
/// several), threads, bf16, loader workers, where the run folder goes and its name.
class PretrainDevicePage : public PretrainPage {
  Q_OBJECT

 public:
  explicit PretrainDevicePage(QWidget* parent = nullptr);

  QSpinBox* threadsBox() const { return m_threads; }
  QSpinBox* processesBox() const { return m_processesRow->spinBox(); }
  /// Processes on this machine that train the run data-parallel (1 = an ordinary run).
  int processes() const;
  /// Synchronised batch norm over the processes (enabled with more than one).
  QCheckBox* syncBatchNormBox() const { return m_processesRow->syncBox(); }
  PathEdit* runsDirEdit() const { return m_runsDir; }
  QLineEdit* runNameEdit() const { return m_runName; }

 protected:
  void load(const ColorizationConfig& config) override;
  void apply(ColorizationConfig& config) const override;

 private:
  QComboBox* m_device = nullptr;
  QSpinBox* m_threads = nullptr;
  ProcessesRow* m_processesRow = nullptr;
  QCheckBox* m_bf16 = nullptr;
  QCheckBox* m_channelsLast = nullptr;
  QSpinBox* m_workers = nullptr;
  PathEdit* m_runsDir = nullptr;
  QLineEdit* m_runName = nullptr;
  QSpinBox* m_previews = nullptr;
};

}  // namespace colorproxy
