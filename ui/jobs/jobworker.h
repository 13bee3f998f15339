#pragma once
#include <memory>
#include <mutex>

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

#include "colorproxy/train/observer.h"
#include "jobs/job.h"
#include "jobs/jobresult.h"
#include "jobs/previewframe.h"
#include "jobs/runhistory.h"

Q_DECLARE_METATYPE(colorproxy::IterationStats)
Q_DECLARE_METATYPE(colorproxy::EpochReport)
Q_DECLARE_METATYPE(colorproxy::RunKind)

namespace colorproxy {

/// Runs jobs on the thread it lives on and turns the engine's observer calls into (queued) Qt signals.
/// Iterations are batched: at most one `iterations` signal per batch interval, so a fast trainer
/// cannot flood the GUI's event queue; epochs, previews, logs and the end of a job flush the batch first.
class JobWorker : public QObject, public TrainingObserver, public JobStages {
  Q_OBJECT

 public:
  explicit JobWorker(QObject* parent = nullptr);

  /// Minimum time between two `iterations` signals (default 50 ms).
  void setBatchIntervalMs(int ms) { m_batchIntervalMs = ms; }

  /// Runs `job` to its end on the calling thread; emits jobFinished or jobFailed, never throws.
  void runJob(int jobId, const Job& job, const std::shared_ptr<StopToken>& token);

  void onIteration(const IterationStats& stats) override;
  void onEpoch(const EpochReport& report) override;
  void onPreview(const PreviewImages& images) override;
  void onLog(const std::string& line) override;
  void beginStage(const QString& name, RunKind kind, const QString& session) override;

 Q_SIGNALS:
  void jobStarted(int jobId);
  /// The history of the run the job continues (Job::historyDir), before any of its iterations.
  void historyLoaded(int jobId, const colorproxy::RunHistory& history);
  void stageStarted(int jobId, const QString& name, colorproxy::RunKind kind, const QString& session);
  void iterations(int jobId, const QVector<colorproxy::IterationStats>& batch);
  void epochReported(int jobId, const colorproxy::EpochReport& report);
  void previewReady(int jobId, const colorproxy::PreviewFrame& frame);
  void logLine(int jobId, const QString& line);
  void jobFinished(int jobId, const colorproxy::JobResult& result);
  void jobFailed(int jobId, const QString& message);

 private:
  void flushIterations();

  std::mutex m_mutex;  // observer calls may come from a trainer's helper threads
  int m_jobId = -1;
  QVector<IterationStats> m_pending;
  QElapsedTimer m_sinceFlush;
  int m_batchIntervalMs = 50;
};

}  // namespace colorproxy
