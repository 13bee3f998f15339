#pragma once
#include <algorithm>
#include <vector>

#include <QList>
#include <QStringList>
#include <QVector>
#include <QWizard>

#include "colorproxy/finetune/finetune_config.h"
#include "jobs/job.h"

namespace colorproxy {

class FinetuneTaskPage;
class FinetuneDatasetPage;
class FinetuneInitPage;
class FinetuneSchedulePage;
class FinetuneSeedsPage;
class FinetuneReviewPage;

/// Train ▸ New fine-tuning: task → dataset → initialisation (baseline, pretrained from a colorization run,
/// or both side by side) → phase schedule → seeds → review. Accepting it queues one run per
/// (initialisation, seed), all in one monitor session so baseline and pretrained share the plots.
class FinetuneWizard : public QWizard {
  Q_OBJECT

 public:
  enum PageId { TaskPageId, DatasetPageId, InitPageId, SchedulePageId, SeedsPageId, ReviewPageId };
  enum class InitMode { Baseline, Pretrained, Both };

  explicit FinetuneWizard(const FinetuneConfig& initial = FinetuneConfig(), QWidget* parent = nullptr);

  /// Settings shared by every run (init, phases and seed are set per run by configs()).
  FinetuneConfig& config() { return m_config; }
  const FinetuneConfig& config() const { return m_config; }

  InitMode initMode() const { return m_mode; }
  void setInitMode(InitMode mode) { m_mode = mode; }
  /// Colorization run folder or checkpoint for the pretrained initialisation.
  QString pretrainedPath() const { return m_pretrainedPath; }
  void setPretrainedPath(const QString& path) { m_pretrainedPath = path; }
  std::vector<FinetunePhase>& baselinePhases() { return m_baselinePhases; }
  std::vector<FinetunePhase>& pretrainedPhases() { return m_pretrainedPhases; }
  /// Processes each run trains in, data-parallel on this machine (1: this process alone).
  int processes() const { return m_processes; }
  void setProcesses(int processes) { m_processes = std::max(1, processes); }
  QList<quint64>& seeds() { return m_seeds; }
  const QList<quint64>& seeds() const { return m_seeds; }

  /// One config per run, in queue order: for each seed, the baseline then the pretrained run.
  std::vector<FinetuneConfig> configs() const;
  /// The jobs to queue (one per config, sharing one monitor session).
  QVector<Job> jobs() const;
  /// Validation problems of every run's config that mention one of `keys` (all when empty), without repeats.
  QStringList problemsFor(const QStringList& keys) const;

  FinetuneTaskPage* taskPage() const { return m_taskPage; }
  FinetuneDatasetPage* datasetPage() const { return m_datasetPage; }
  FinetuneInitPage* initPage() const { return m_initPage; }
  FinetuneSchedulePage* schedulePage() const { return m_schedulePage; }
  FinetuneSeedsPage* seedsPage() const { return m_seedsPage; }
  FinetuneReviewPage* reviewPage() const { return m_reviewPage; }

 private:
  FinetuneConfig m_config;
  int m_processes = 1;
  InitMode m_mode = InitMode::Both;
  QString m_pretrainedPath;
  std::vector<FinetunePhase> m_baselinePhases;
  std::vector<FinetunePhase> m_pretrainedPhases;
  QList<quint64> m_seeds{1};
  FinetuneTaskPage* m_taskPage;
  FinetuneDatasetPage* m_datasetPage;
  FinetuneInitPage* m_initPage;
  FinetuneSchedulePage* m_schedulePage;
  FinetuneSeedsPage* m_seedsPage;
  FinetuneReviewPage* m_reviewPage;
};

}  // namespace colorproxy
