#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

#include "jobs/jobrunner.h"

using namespace colorproxy;

namespace {

// Spins the event loop until `done` or a generous deadline (a hang fails the test instead of blocking).
template <typename Pred>
bool waitFor(Pred done, int timeoutMs = 20000) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > timeoutMs) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QThread::msleep(1);
  }
  return true;
}

// A fake trainer: `batches` batches, each reporting one iteration, checking the token between batches.
Job batchJob(const QString& name, int batches, std::atomic<int>* ran = nullptr, int sleepMs = 0,
             std::atomic<std::thread::id>* threadId = nullptr) {
  Job job;
  job.name = name;
  job.kind = RunKind::Pretraining;
  job.run = [=](TrainingObserver& observer, StopToken& stop) {
    if (threadId) *threadId = std::this_thread::get_id();
    JobResult result;
    for (int i = 1; i <= batches; ++i) {
      if (!stop.checkpoint()) break;
      if (sleepMs) std::this_thread::sleep_for(std::chrono::milliseconds(sleepMs));
      IterationStats s;
      s.runName = name.toStdString();
      s.iteration = i;
      s.totalIterations = batches;
      s.losses["G_L1"] = 1.0 / i;
      observer.onIteration(s);
      if (ran) ++*ran;
    }
    EpochReport r;
    r.epoch = 1;
    r.metrics["val_psnr"] = 20.0;
    observer.onEpoch(r);
    observer.onLog("done " + name.toStdString());
    result.summary = name;
    return result;
  };
  return job;
}

}  // namespace

TEST(JobRunner, RunsJobOnItsOwnThreadAndDeliversEverySignal) {
  JobRunner runner;
  QSignalSpy started(&runner, &JobRunner::jobStarted);
  QSignalSpy finished(&runner, &JobRunner::jobFinished);
  QSignalSpy epochs(&runner, &JobRunner::epochReported);
  QSignalSpy logs(&runner, &JobRunner::logLine);
  QVector<IterationStats> received;
  Qt::HANDLE receiverThread = nullptr;
  QObject::connect(&runner, &JobRunner::iterations, [&](int, const QVector<IterationStats>& batch) {
    received += batch;
    receiverThread = QThread::currentThreadId();
  });
  std::atomic<std::thread::id> jobThread{};
  const int id = runner.enqueue(batchJob(QStringLiteral("a"), 500, nullptr, 0, &jobThread));
  EXPECT_GT(id, 0);
  ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
  EXPECT_NE(jobThread.load(), std::this_thread::get_id());
  EXPECT_EQ(receiverThread, QThread::currentThreadId());  // signals arrive on the GUI thread
  ASSERT_EQ(received.size(), 500);                        // batched, but none lost, in order
  for (int i = 0; i < received.size(); ++i) EXPECT_EQ(received[i].iteration, i + 1);
  EXPECT_EQ(started.count(), 1);
  EXPECT_EQ(started.first().at(1).toString(), QStringLiteral("a"));
  EXPECT_EQ(epochs.count(), 1);
  ASSERT_EQ(logs.count(), 1);
  EXPECT_EQ(logs.first().at(1).toString(), QStringLiteral("done a"));
  const auto result = finished.first().at(1).value<JobResult>();
  EXPECT_FALSE(result.stopped);
  EXPECT_EQ(result.summary, QStringLiteral("a"));
  EXPECT_EQ(runner.state(), JobRunner::State::Idle);
}

TEST(JobRunner, BatchesIterationSignals) {
  JobRunner runner;
  runner.setBatchIntervalMs(60'000);  // nothing is due by time: only the epoch/end flushes deliver
  QSignalSpy batches(&runner, &JobRunner::iterations);
  QSignalSpy finished(&runner, &JobRunner::jobFinished);
  runner.enqueue(batchJob(QStringLiteral("a"), 300));
  ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
  ASSERT_EQ(batches.count(), 1);
  EXPECT_EQ(batches.first().at(1).value<QVector<IterationStats>>().size(), 300);
}

TEST(JobRunner, StopTakesEffectWithinOneBatch) {
  JobRunner runner;
  std::atomic<int> ran{0};
  QSignalSpy finished(&runner, &JobRunner::jobFinished);
  runner.enqueue(batchJob(QStringLiteral("long"), 1'000'000, &ran, 2));
  ASSERT_TRUE(waitFor([&] { return ran.load() >= 5; }));
  runner.stop();
  const int atStop = ran.load();
  EXPECT_EQ(runner.state(), JobRunner::State::Stopping);
  ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
  // The batch in flight when stop was requested may finish; no further one starts.
  EXPECT_LE(ran.load(), atStop + 1);
  EXPECT_TRUE(finished.first().at(1).value<JobResult>().stopped);
}

TEST(JobRunner, PauseHoldsBetweenBatchesAndResumeContinues) {
  JobRunner runner;
  std::atomic<int> ran{0};
  QSignalSpy finished(&runner, &JobRunner::jobFinished);
  runner.enqueue(batchJob(QStringLiteral("p"), 200, &ran, 2));
  ASSERT_TRUE(waitFor([&] { return ran.load() >= 3; }));
  runner.pause();
  EXPECT_EQ(runner.state(), JobRunner::State::Paused);
  QThread::msleep(30);  // let the batch in flight end at the pause point
  const int held = ran.load();
  QThread::msleep(100);
  EXPECT_EQ(ran.load(), held);
  runner.resume();
  EXPECT_EQ(runner.state(), JobRunner::State::Running);
  ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
  EXPECT_EQ(ran.load(), 200);
}

TEST(JobRunner, StopWakesAPausedJob) {
  JobRunner runner;
  std::atomic<int> ran{0};
  QSignalSpy finished(&runner, &JobRunner::jobFinished);
  runner.enqueue(batchJob(QStringLiteral("p"), 1'000'000, &ran, 1));
  ASSERT_TRUE(waitFor([&] { return ran.load() >= 2; }));
  runner.pause();
  runner.stop();
  ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
  EXPECT_TRUE(finished.first().at(1).value<JobResult>().stopped);
}

TEST(JobRunner, QueuedJobsRunOneAfterAnotherInOrder) {
  JobRunner runner;
  QStringList order;
  QObject::connect(&runner, &JobRunner::jobStarted,
                   [&](int, const QString& name, RunKind, const QString&) { order << name; });
  QSignalSpy finished(&runner, &JobRunner::jobFinished);
  QSignalSpy idle(&runner, &JobRunner::idle);
  runner.enqueue(batchJob(QStringLiteral("baseline"), 50, nullptr, 1));
  runner.enqueue(batchJob(QStringLiteral("pretrained"), 50, nullptr, 1));
  EXPECT_EQ(runner.queuedJobNames(), QStringList{QStringLiteral("pretrained")});
  ASSERT_TRUE(waitFor([&] { return finished.count() == 2; }));
  EXPECT_EQ(order, (QStringList{QStringLiteral("baseline"), QStringLiteral("pretrained")}));
  ASSERT_TRUE(waitFor([&] { return idle.count() == 1; }));
}

TEST(JobRunner, CancelQueuedAndStopAll) {
  JobRunner runner;
  QSignalSpy started(&runner, &JobRunner::jobStarted);
  QSignalSpy finished(&runner, &JobRunner::jobFinished);
  runner.enqueue(batchJob(QStringLiteral("first"), 1'000'000, nullptr, 1));
  const int second = runner.enqueue(batchJob(QStringLiteral("second"), 10));
  runner.enqueue(batchJob(QStringLiteral("third"), 10));
  EXPECT_TRUE(runner.cancelQueued(second));
  EXPECT_FALSE(runner.cancelQueued(second));
  EXPECT_EQ(runner.queuedJobNames(), QStringList{QStringLiteral("third")});
  ASSERT_TRUE(waitFor([&] { return started.count() == 1; }));
  runner.stopAll();
  ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
  for (int i = 0; i < 20; ++i) QCoreApplication::processEvents();
  EXPECT_EQ(started.count(), 1);  // "third" was dropped with the queue
  EXPECT_FALSE(runner.isBusy());
}

TEST(JobRunner, ExceptionsBecomeFailedWithTheMessage) {
  JobRunner runner;
  QSignalSpy failed(&runner, &JobRunner::jobFailed);
  QSignalSpy finished(&runner, &JobRunner::jobFinished);
  Job bad;
  bad.name = QStringLiteral("bad");
  bad.run = [](TrainingObserver&, StopToken&) -> JobResult {
    throw std::runtime_error("cannot read /nope/config.json: no such file");
  };
  runner.enqueue(bad);
  Job unknown;
  unknown.name = QStringLiteral("unknown");
  unknown.run = [](TrainingObserver&, StopToken&) -> JobResult { throw 42; };
  runner.enqueue(unknown);
  runner.enqueue(batchJob(QStringLiteral("after"), 3));  // the runner survives failures
  ASSERT_TRUE(waitFor([&] { return failed.count() == 2 && finished.count() == 1; }));
  EXPECT_EQ(failed.at(0).at(1).toString(), QStringLiteral("cannot read /nope/config.json: no such file"));
  EXPECT_FALSE(failed.at(1).at(1).toString().isEmpty());
}

TEST(JobRunner, ShutdownDuringAJobStopsAndJoinsTheThread) {
  JobRunner runner;
  std::atomic<int> ran{0};
  runner.enqueue(batchJob(QStringLiteral("long"), 1'000'000, &ran, 1));
  runner.enqueue(batchJob(QStringLiteral("never"), 10));
  ASSERT_TRUE(waitFor([&] { return ran.load() >= 3; }));
  EXPECT_TRUE(runner.isThreadRunning());
  runner.shutdown();
  EXPECT_FALSE(runner.isThreadRunning());
  EXPECT_FALSE(runner.isBusy());
  EXPECT_EQ(runner.enqueue(batchJob(QStringLiteral("late"), 1)), -1);
}

TEST(JobRunner, DestructorJoinsARunningJob) {
  std::atomic<int> ran{0};
  std::atomic<bool> returned{false};
  {
    JobRunner runner;
    Job job = batchJob(QStringLiteral("long"), 1'000'000, &ran, 1);
    auto inner = job.run;
    job.run = [inner, &returned](TrainingObserver& o, StopToken& s) {
      JobResult r = inner(o, s);
      returned = true;
      return r;
    };
    runner.enqueue(job);
    ASSERT_TRUE(waitFor([&] { return ran.load() >= 2; }));
  }
  EXPECT_TRUE(returned.load());  // the job had wound down before the runner died
}
