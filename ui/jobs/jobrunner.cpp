#include "jobs/jobrunner.h"

#include <QThread>

namespace colorproxy {

JobRunner::JobRunner(QObject* parent) : QObject(parent) {
  qRegisterMetaType<JobResult>();
  qRegisterMetaType<PreviewFrame>();
  qRegisterMetaType<IterationStats>();
  qRegisterMetaType<EpochReport>();
  qRegisterMetaType<RunKind>();
  qRegisterMetaType<QVector<IterationStats>>();
  qRegisterMetaType<RunHistory>();

  m_thread = new QThread(this);
  m_thread->setObjectName(QStringLiteral("colorproxy-job"));
  m_worker = new JobWorker;
  m_worker->moveToThread(m_thread);

  // Worker -> runner connections are queued (different threads), so everything below runs on our thread.
  connect(m_worker, &JobWorker::jobStarted, this, &JobRunner::onWorkerStarted);
  connect(m_worker, &JobWorker::historyLoaded, this, &JobRunner::historyLoaded);
  connect(m_worker, &JobWorker::iterations, this, &JobRunner::iterations);
  connect(m_worker, &JobWorker::epochReported, this, &JobRunner::epochReported);
  connect(m_worker, &JobWorker::previewReady, this, &JobRunner::previewReady);
  connect(m_worker, &JobWorker::logLine, this, &JobRunner::logLine);
  connect(m_worker, &JobWorker::stageStarted, this, &JobRunner::stageStarted);
  connect(m_worker, &JobWorker::jobFinished, this, [this](int id, const JobResult& result) {
    Q_EMIT jobFinished(id, result);
    onWorkerEnded(id);
  });
  connect(m_worker, &JobWorker::jobFailed, this, [this](int id, const QString& message) {
    Q_EMIT jobFailed(id, message);
    onWorkerEnded(id);
  });
  m_thread->start();
}

JobRunner::~JobRunner() { shutdown(); }

int JobRunner::enqueue(Job job) {
  if (m_shutDown) return -1;
  const int id = m_nextId++;
  m_queue.push_back({id, std::move(job)});
  Q_EMIT queueChanged();
  if (m_state == State::Idle) startNext();
  return id;
}

QStringList JobRunner::queuedJobNames() const {
  QStringList names;
  for (const auto& q : m_queue) names << q.job.name;
  return names;
}

bool JobRunner::isThreadRunning() const { return m_thread && m_thread->isRunning(); }

void JobRunner::setBatchIntervalMs(int ms) {
  // The worker reads this between jobs only; set it while idle.
  if (m_worker) m_worker->setBatchIntervalMs(ms);
}

void JobRunner::pause() {
  if (m_state != State::Running || !m_token) return;
  m_token->pause();
  setState(State::Paused);
}

void JobRunner::resume() {
  if (m_state != State::Paused || !m_token) return;
  m_token->resume();
  setState(State::Running);
}

void JobRunner::stop() {
  if (!m_token || m_state == State::Idle) return;
  m_token->requestStop();  // also wakes a paused job
  setState(State::Stopping);
}

void JobRunner::stopAll() {
  if (!m_queue.isEmpty()) {
    m_queue.clear();
    Q_EMIT queueChanged();
  }
  stop();
}

bool JobRunner::cancelQueued(int jobId) {
  for (int i = 0; i < m_queue.size(); ++i) {
    if (m_queue[i].id == jobId) {
      m_queue.removeAt(i);
      Q_EMIT queueChanged();
      return true;
    }
  }
  return false;
}

void JobRunner::shutdown() {
  if (m_shutDown) return;
  m_shutDown = true;
  m_queue.clear();
  if (m_token) m_token->requestStop();
  // quit() takes effect when the running job returns to the thread's event loop.
  m_thread->quit();
  m_thread->wait();
  delete m_worker;  // safe: its thread has ended
  m_worker = nullptr;
  m_token.reset();
  m_currentId = -1;
  setState(State::Idle);
}

void JobRunner::startNext() {
  if (m_shutDown || m_queue.isEmpty()) return;
  Queued next = m_queue.takeFirst();
  Q_EMIT queueChanged();
  m_token = std::make_shared<StopToken>();
  m_currentId = next.id;
  m_currentName = next.job.name;
  m_currentKind = next.job.kind;
  m_currentSession = next.job.session;
  setState(State::Running);
  JobWorker* worker = m_worker;
  auto token = m_token;
  QMetaObject::invokeMethod(
      m_worker, [worker, id = next.id, job = std::move(next.job), token] { worker->runJob(id, job, token); },
      Qt::QueuedConnection);
}

void JobRunner::setState(State state) {
  if (m_state == state) return;
  m_state = state;
  Q_EMIT stateChanged(state);
}

void JobRunner::onWorkerStarted(int jobId) {
  if (jobId == m_currentId) Q_EMIT jobStarted(jobId, m_currentName, m_currentKind, m_currentSession);
}

void JobRunner::onWorkerEnded(int jobId) {
  if (m_shutDown || jobId != m_currentId) return;
  m_token.reset();
  m_currentId = -1;
  m_currentName.clear();
  m_currentSession.clear();
  setState(State::Idle);
  if (!m_queue.isEmpty()) {
    startNext();
  } else {
    Q_EMIT idle();
  }
}

}  // namespace colorproxy
