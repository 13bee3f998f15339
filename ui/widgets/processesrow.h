#pragma once
#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace colorproxy {

/// "Processes on this machine" for a data-parallel run, with its "Synchronised batch norm" box beside it
/// (enabled only with more than one process). The wizards' execution pages hold one; they pass the box's
/// text and tooltip, which say what the batch norms of their network are.
class ProcessesRow : public QWidget {
  Q_OBJECT

 public:
  ProcessesRow(const QString& syncText, const QString& syncToolTip, QWidget* parent = nullptr);

  QSpinBox* spinBox() const { return m_processes; }
  QCheckBox* syncBox() const { return m_sync; }
  int processes() const;
  void setProcesses(int processes);
  /// Checked and more than one process: one process has no other batches to share statistics with, so a
  /// run's config.json never claims it then.
  bool syncBatchNorm() const;
  void setSyncBatchNorm(bool on);

 Q_SIGNALS:
  void changed();

 private:
  QSpinBox* m_processes = nullptr;
  QCheckBox* m_sync = nullptr;
};

}  // namespace colorproxy
