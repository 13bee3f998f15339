#pragma once
#include <QString>
#include <QVector>
#include <QWidget>

#include "runpair/finetunerun.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace colorproxy {

/// Picks the baseline and pretrained runs to compare: an experiment (or runs) folder, whose
/// baseline/pretrained pairs are listed by seed, or two run folders chosen one by one.
class RunPairSelector : public QWidget {
  Q_OBJECT

 public:
  /// `task`: "segmentation" or "classification" (only runs of that task are listed).
  explicit RunPairSelector(const QString& task, QWidget* parent = nullptr);

  /// Lists the pairs found in `folder` and selects the first; false (and problem() emitted unless
  /// `quiet`) when there is none.
  bool openFolder(const QString& folder, bool quiet = false);
  /// On first use: reopens the folder opened last time, else looks in the runs folder; quietly.
  void openLastFolder();
  /// Selects two run folders directly (`pretrainedDir` may be empty when single runs are allowed).
  void openRuns(const QString& baselineDir, const QString& pretrainedDir);
  /// Also offers single runs: a folder without pairs lists its runs one by one, and cancelling the second
  /// folder dialog opens the first run alone (pairSelected then has an empty pretrained folder).
  void setAllowSingle(bool on) { m_allowSingle = on; }

  QString folder() const { return m_folder; }
  const QVector<RunPair>& pairs() const { return m_pairs; }
  QComboBox* pairBox() const { return m_pairBox; }

 Q_SIGNALS:
  void pairSelected(const QString& baselineDir, const QString& pretrainedDir);
  void problem(const QString& message);

 private:
  void chooseFolder();
  void chooseRuns();
  QString startDir() const;
  void remember(const QString& dir);

  QString m_task;
  bool m_allowSingle = false;
  QString m_folder;
  QVector<RunPair> m_pairs;
  QPushButton* m_folderButton;
  QPushButton* m_runsButton;
  QComboBox* m_pairBox;
  QLabel* m_pathLabel;
};

}  // namespace colorproxy
