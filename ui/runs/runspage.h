#pragma once
#include <QFutureWatcher>
#include <QWidget>

#include "runs/runsnapshot.h"

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace colorproxy {

class PathEdit;
class TrainingMonitor;

/// The Runs page: run folders under the runs folder (name, task, status, best metric, date); the selected
/// run's curves, previews and report in a monitor exactly as during training; resume and delete.
class RunsPage : public QWidget {
  Q_OBJECT

 public:
  explicit RunsPage(QWidget* parent = nullptr);

  QString runsDir() const;
  void setRunsDir(const QString& dir);
  int runCount() const;
  /// Shows the run in `dir` (also one outside the runs folder).
  void openRun(const QString& dir);
  QString openedRun() const { return m_opened; }
  TrainingMonitor* monitor() const { return m_monitor; }
  QTreeWidget* list() const { return m_list; }
  /// "Open in Compare" (segmentation runs and experiments) / "Open in Labels" (classification runs);
  /// hidden otherwise.
  QPushButton* inspectButton() const { return m_inspect; }
  /// "Open in Labels" beside inspectButton() for an experiment with both tasks; hidden otherwise.
  QPushButton* secondInspectButton() const { return m_inspectMore; }
  /// Whether a run opening is still being read.
  bool isLoading() const { return m_loader.isRunning(); }

 public Q_SLOTS:
  void refresh();

 Q_SIGNALS:
  void resumeRequested(const QString& runDir);
  void runOpened(const QString& runDir);
  /// The user wants the selected fine-tuning run or experiment on the Compare (task "segmentation") or
  /// Labels page (task "classification"), a run next to its baseline/pretrained partner.
  void inspectRequested(const QString& runDir, const QString& task);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  /// Column widths: each to its contents, the result and state shortened when the list is too narrow.
  void fitColumns();
  QString selectedDir() const;
  void updateButtons();
  void deleteSelected();

  PathEdit* m_dirEdit = nullptr;
  QTreeWidget* m_list = nullptr;
  QPushButton* m_open = nullptr;
  QPushButton* m_resume = nullptr;
  QPushButton* m_delete = nullptr;
  QPushButton* m_reveal = nullptr;
  QPushButton* m_inspect = nullptr;
  QPushButton* m_inspectMore = nullptr;
  QLabel* m_empty = nullptr;
  TrainingMonitor* m_monitor = nullptr;
  QFileSystemWatcher* m_watcher = nullptr;
  QTimer* m_refreshDelay = nullptr;
  QFutureWatcher<RunSnapshot> m_loader;
  QString m_opened;
};

}  // namespace colorproxy
