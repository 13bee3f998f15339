#include "jobs/jobworker.h"

#include <exception>

namespace colorproxy {

JobWorker::JobWorker(QObject* parent) : QObject(parent) {}

void JobWorker::runJob(int jobId, const Job& job, const std::shared_ptr<StopToken>& token) {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_jobId = jobId;
    m_pending.clear();
    m_sinceFlush.start();
  }
  Q_EMIT jobStarted(jobId);
  if (!job.historyDir.isEmpty()) {
    try {
      Q_EMIT historyLoaded(jobId, RunHistory::read(job.historyDir));
    } catch (const std::exception& e) {
      // The run itself may still resume (the trainer rewrites metrics.csv); only the old curves are missing.
      Q_EMIT logLine(jobId, tr("The earlier curves of %1 could not be read: %2")
                                .arg(job.historyDir, QString::fromStdString(e.what())));
    }
  }
  try {
    if (!job.run) throw std::invalid_argument("the job has nothing to run");
    JobResult result = job.run(*this, *token);
    if (token->stopRequested()) result.stopped = true;
    flushIterations();
    Q_EMIT jobFinished(jobId, result);
  } catch (const std::exception& e) {
    flushIterations();
    Q_EMIT jobFailed(jobId, QString::fromStdString(e.what()));
  } catch (...) {
    flushIterations();
    Q_EMIT jobFailed(jobId, tr("The job failed with an unknown error."));
  }
}

void JobWorker::onIteration(const IterationStats& stats) {
  bool due = false;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.push_back(stats);
    due = m_sinceFlush.elapsed() >= m_batchIntervalMs;
  }
  if (due) flushIterations();
}

void JobWorker::onEpoch(const EpochReport& report) {
  flushIterations();
  Q_EMIT epochReported(m_jobId, report);
}

void JobWorker::onPreview(const PreviewImages& images) {
  flushIterations();
  // The conversion (a copy per image) happens here, off the GUI thread.
  Q_EMIT previewReady(m_jobId, PreviewFrame::fromEngine(images));
}

void JobWorker::onLog(const std::string& line) {
  flushIterations();
  Q_EMIT logLine(m_jobId, QString::fromStdString(line));
}

void JobWorker::beginStage(const QString& name, RunKind kind, const QString& session) {
  flushIterations();
  Q_EMIT stageStarted(m_jobId, name, kind, session);
}

void JobWorker::flushIterations() {
  QVector<IterationStats> batch;
  int jobId = -1;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_pending.isEmpty()) return;
    batch.swap(m_pending);
    jobId = m_jobId;
    m_sinceFlush.restart();
  }
  Q_EMIT iterations(jobId, batch);
}

}  // namespace colorproxy
