#pragma once
#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include "jobs/job.h"
#include "jobs/jobresult.h"
#include "jobs/jobworker.h"
#include "jobs/previewframe.h"

class QThread;

namespace colorproxy {

/// Owns one worker thread and a queue of jobs that run there one after another (so a baseline and a
/// pretrained run follow each other). Lives on the GUI thread; every signal arrives there.
/// Pause/resume/stop act on the running job through its StopToken and take effect between batches.
class JobRunner : public QObject {
  Q_OBJECT

 public:
  enum class State { Idle, Running, Paused, Stopping };
  Q_ENUM(State)

  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;  ///< stops and joins the worker thread (blocking)

  /// Queues `job`; it starts at once when nothing runs. Returns the job's id (> 0), or -1 after shutdown.
  int enqueue(Job job);

  State state() const { return m_state; }
  bool isBusy() const { return m_state != State::Idle || !m_queue.isEmpty(); }
  int currentJobId() const { return m_currentId; }
  QString currentJobName() const { return m_currentName; }
  QStringList queuedJobNames() const;
  /// True while the worker thread exists and runs (false after shutdown()).
  bool isThreadRunning() const;
  /// Forwarded to the worker; see JobWorker::setBatchIntervalMs.
  void setBatchIntervalMs(int ms);

 public Q_SLOTS:
  void pause();
  void resume();
  /// Stops the running job (it ends after the current batch); queued jobs still run afterwards.
  void stop();
  /// Drops the queue and stops the running job.
  void stopAll();
  /// Removes a queued (not yet started) job.
  bool cancelQueued(int jobId);
  /// Drops the queue, stops the running job and joins the thread. Blocks until the job has wound down.
  void shutdown();

 Q_SIGNALS:
  void jobStarted(int jobId, const QString& name, colorproxy::RunKind kind, const QString& session);
  /// A job that runs several trainings (an experiment) started the next one (see JobStages).
  void stageStarted(int jobId, const QString& name, colorproxy::RunKind kind, const QString& session);
  /// What the run a job resumes had logged before (see Job::historyDir); comes before its iterations.
  void historyLoaded(int jobId, const colorproxy::RunHistory& history);
  void iterations(int jobId, const QVector<colorproxy::IterationStats>& batch);
  void epochReported(int jobId, const colorproxy::EpochReport& report);
  void previewReady(int jobId, const colorproxy::PreviewFrame& frame);
  void logLine(int jobId, const QString& line);
  void jobFinished(int jobId, const colorproxy::JobResult& result);
  void jobFailed(int jobId, const QString& message);
  void stateChanged(colorproxy::JobRunner::State state);
  void queueChanged();
  /// Nothing runs and nothing is queued any more.
  void idle();

 private:
  struct Queued {
    int id;
    Job job;
  };
  void startNext();
  void setState(State state);
  void onWorkerStarted(int jobId);
  void onWorkerEnded(int jobId);

  QThread* m_thread = nullptr;
  JobWorker* m_worker = nullptr;  // lives on m_thread; deleted after the thread is joined
  QList<Queued> m_queue;
  std::shared_ptr<StopToken> m_token;
  State m_state = State::Idle;
  int m_nextId = 1;
  int m_currentId = -1;
  QString m_currentName;
  RunKind m_currentKind = RunKind::Pretraining;
  QString m_currentSession;
  bool m_shutDown = false;
};

}  // namespace colorproxy
