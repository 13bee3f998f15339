#include "experiment/experiment_session.h"

#include <algorithm>
#include <ctime>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/text.h"
#include "colorproxy/base/time_text.h"
#include "colorproxy/dist/dist_env.h"
#include "colorproxy/io/run_kind.h"
#include "colorproxy/io/run_status.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "experiment/experiment_config_json.h"
#include "experiment/experiment_figures.h"
#include "experiment/experiment_report.h"
#include "experiment/leakage_check.h"
#include "experiment/task_comparison.h"
#include "finetune/finetune_pretrained.h"
#include "finetune/finetune_session.h"
#include "pretrain/colorization_session.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

double since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

void writeStatus(const RunFolder& run, RunState state, const std::string& message, int done, int count) {
  RunStatus s;
  s.state = state;
  s.message = message;
  s.epoch = done;
  s.epochs = count;
  try {
    writeRunStatus(run.statusFile(), s);
  } catch (const std::exception&) {
    // The result carries the outcome; status.json is only a convenience for readers.
  }
}

/// Forwards a run's observer calls and adds nothing; lets the runner keep one observer for all runs.
class StageObserver : public TrainingObserver {
 public:
  explicit StageObserver(ExperimentObserver& inner) : m_inner(inner) {}
  void onIteration(const IterationStats& s) override { m_inner.onIteration(s); }
  void onEpoch(const EpochReport& r) override { m_inner.onEpoch(r); }
  void onPreview(const PreviewImages& p) override { m_inner.onPreview(p); }
  void onLog(const std::string& line) override { m_inner.onLog(line); }

 private:
  ExperimentObserver& m_inner;
};

// The newest child run of an experiment named <date>-<runName> in `childRuns`, if any.
std::optional<RunFolder> findChildRun(const fs::path& childRuns, const std::string& runName) {
  std::error_code ec;
  if (!fs::is_directory(childRuns, ec)) return std::nullopt;
  std::vector<fs::path> found;
  const std::string suffix = "-" + runName;
  for (const auto& e : fs::directory_iterator(childRuns, ec)) {
    const std::string name = e.path().filename().string();
    if (e.is_directory() && name.size() > suffix.size() && endsWith(name, suffix)) found.push_back(e.path());
  }
  if (found.empty()) return std::nullopt;
  std::sort(found.begin(), found.end());
  return RunFolder(found.back());
}

// What to do with a child run when an experiment resumes: keep a finished one, continue an interrupted one
// from its checkpoint, or start it afresh.
enum class ChildAction { Start, Keep, Continue };

ChildAction childAction(const std::optional<RunFolder>& run) {
  if (!run || !fs::exists(run->statusFile())) return ChildAction::Start;
  try {
    const RunStatus status = run->readStatus();
    if (status.state == RunState::Completed && fs::exists(run->reportJsonFile())) return ChildAction::Keep;
    if (fs::exists(run->latestCheckpoint())) return ChildAction::Continue;
  } catch (const std::exception&) {
    // An unreadable status: start the run again in a new folder.
  }
  return ChildAction::Start;
}

}  // namespace

ExperimentSession::ExperimentSession(const ExperimentConfig& config, std::optional<fs::path> resumeDir,
                                     ExperimentObserver& observer, StopToken& stop)
    : m_config(config),
      m_resumeDir(std::move(resumeDir)),
      m_observer(observer),
      m_stop(stop),
      m_forward(std::make_unique<StageObserver>(observer)),
      m_pretrainHere(config.pretrained.empty()),
      m_runCount((m_pretrainHere ? config.pretrainSeeds : 0) + int(config.tasks.size()) *
                                                                   int(config.fractions.size()) *
                                                                   config.pretrainSeeds * config.seeds * 2) {}

ExperimentSession::~ExperimentSession() = default;

ExperimentResult ExperimentSession::run() {
  const auto problems = m_config.validate();
  if (!problems.empty()) {
    m_result.error = "the experiment settings cannot run: " + join(problems, "; ");
    return m_result;
  }
  try {
    // Launched as N ranks (torchrun, srun, --nproc): the runs are spread over them as a job queue.
    const DistEnv env = distEnvFromEnvironment();
    if (env.distributed()) {
      m_board = std::make_unique<JobBoard>(env);
      m_writer = env.rank == 0;
      log("job queue: " + env.describe() + "; rank " + std::to_string(env.rank) + " runs jobs " +
          std::to_string(env.rank) + ", " + std::to_string(env.rank + env.worldSize) + ", ...");
    }
    openFolder();
    loadTaskData();
    if (m_pretrainHere) {
      if (!pretrain()) return m_result;
    } else {
      m_result.pretrainRun = m_config.pretrained;
      m_result.pretrainRuns = {m_config.pretrained};
      m_result.pretrainReused = true;
    }
    checkGenerator();
    if (m_board) {
      if (!finetuneQueued()) return m_result;
      if (!m_writer) {
        // Rank 0 collects the runs and writes the report.
        m_result.seconds = since(m_start);
        m_result.completed = true;
        log("this rank's runs are done; rank 0 writes the report in " + m_folder->dir().string());
        return m_result;
      }
    } else {
      for (const auto& task : m_config.tasks)
        for (const double fraction : m_config.fractions)
          if (!finetuneTask(task, fraction)) return m_result;
    }
    if (m_config.probes && !runProbeStudies()) return m_result;
    writeFigures();
    m_result.seconds = since(m_start);
    m_result.completed = true;
    writeExperimentReport(*m_folder, m_config, m_generatorFile, m_result);
    writeStatus(*m_folder, RunState::Completed, "", m_runCount, m_runCount);
  } catch (const std::exception& e) {
    m_result.error = e.what();
    m_result.completed = false;
    m_result.seconds = since(m_start);
    m_observer.onLog("[experiment] failed: " + m_result.error);
    if (m_board) m_board->halt(m_result.error);
    if (m_folder && m_writer)
      writeStatus(*m_folder, RunState::Failed, m_result.error, m_stageIndex, m_runCount);
  }
  return m_result;
}

std::optional<std::string> ExperimentSession::collect(const std::string& key, int from,
                                                      const std::string& stage) {
  const std::optional<std::string> value = m_board->waitFor(key, from);
  if (value) return value;
  if (m_board->haltReason() != "stopped")
    throw std::runtime_error("rank " + std::to_string(from) + " failed: " + m_board->haltReason());
  stopDuring(stage + " (rank " + std::to_string(from) + " was stopped)");
  return std::nullopt;
}

void ExperimentSession::openFolder() {
  if (!m_writer) {
    // Rank 0's folder (a shared file system: every rank writes its runs into it).
    const auto dir = m_board->waitFor("folder", 0);
    if (!dir) throw std::runtime_error("rank 0 did not open the experiment: " + m_board->haltReason());
    m_folder = RunFolder(*dir);
    m_result.dir = m_folder->dir();
    m_childRuns = m_folder->dir() / "runs";
    return;
  }
  m_folder = m_resumeDir ? RunFolder(*m_resumeDir) : RunFolder::create(m_config.runsDir, m_config.name);
  m_result.dir = m_folder->dir();
  m_childRuns = m_folder->dir() / "runs";
  if (m_board) m_board->post("folder", m_folder->dir().string());
  if (!m_resumeDir) {
    json configJson = {{"task", configTaskTag(RunKind::Experiment)},
                       {"createdAt", localTimeIso(std::time(nullptr))},
                       {"engineVersion", COLORPROXY_VERSION},
                       {"primaryMetric", ""},
                       {"settings", experimentConfigToJson(m_config)}};
    writeFileAtomically(m_folder->configFile(), configJson.dump(2));
  }
  writeStatus(*m_folder, RunState::Running, "", 0, m_runCount);
}

// The data of every task, resolved once: the same splits go to every run, and the test images are
// checked against the pretraining images.
void ExperimentSession::loadTaskData() {
  for (const auto& task : m_config.tasks)
    for (const double fraction : m_config.fractions) {
      FinetuneConfig f = m_config.finetune(task);
      f.trainFraction = fraction / 100.0;
      f.subsetSeed = m_config.fractionSeed;
      m_data[task + "@" + std::to_string(fraction)] = loadFinetuneData(f);
    }
}

const FinetuneData& ExperimentSession::data(const std::string& task, double fraction) const {
  return m_data.at(task + "@" + std::to_string(fraction));
}

bool ExperimentSession::pretrain() {
  ColorizationConfig base = m_config.pretrain;
  if (!m_config.pretrainSources.empty()) {
    const fs::path combined = m_folder->dir() / "pretrain-images";
    if (m_writer) {
      m_pretrainImages = preparePretrainImages(m_config.pretrainSources, combined);
      if (m_board) m_board->post("pretrain-images", combined.string());
    } else {
      if (!collect("pretrain-images", 0, "pretraining")) return false;
      m_pretrainImages = preparePretrainImages({combined}, {});
    }
    base.dataPath = m_pretrainImages.folder;
  } else {
    m_pretrainImages = preparePretrainImages({base.dataPath}, {});
  }
  base.runsDir = m_childRuns;
  if (m_config.threads > 0) base.threads = m_config.threads;
  const auto t0 = Clock::now();
  const int ranks = m_board ? m_board->size() : 1, rank = m_board ? m_board->rank() : 0;
  std::vector<fs::path> runs(std::size_t(m_config.pretrainSeeds));
  for (int j = 0; j < m_config.pretrainSeeds; ++j) {
    if (j % ranks != rank) continue;  // the job queue: pretraining j runs on rank j mod N
    ColorizationConfig pc = base;
    pc.seed = base.seed + std::uint64_t(j);
    pc.runName = j == 0 ? "pretrain" : "pretrain-" + std::to_string(j + 1);
    const ExperimentStage stage{
        ++m_stageIndex, m_runCount, pc.runName, configTaskTag(RunKind::Pretraining), "", pc.seed};
    m_observer.onStageStarted(stage);
    log("pretraining (seed " + std::to_string(pc.seed) + ") on " +
        std::to_string(m_pretrainImages.files.size()) + " images in " + pc.dataPath.string());
    const auto started = Clock::now();
    const std::optional<RunFolder> existing = existingChild(pc.runName);
    const ChildAction action = childAction(existing);
    RunResult pr;
    if (action == ChildAction::Keep) {
      log(pc.runName + " already finished in " + existing->dir().string());
      pr.runDir = existing->dir();
      pr.completed = true;
    } else {
      // One process per run, even inside a data-parallel launch (the queue spreads the runs instead).
      std::unique_ptr<ColorizationSession> session =
          action == ChildAction::Continue
              ? std::make_unique<ColorizationSession>(existing->dir(), ResumeOptions{}, *m_forward, m_stop)
              : std::make_unique<ColorizationSession>(pc, *m_forward, m_stop);
      session->setDistEnv(DistEnv{});
      pr = session->run();
    }
    m_observer.onStageFinished(stage, pr.completed, since(started));
    runs[std::size_t(j)] = pr.runDir;
    m_result.pretrainSeconds = since(t0);
    if (pr.stopped || m_stop.stopRequested()) {
      if (m_board) m_board->halt("stopped");
      stopDuring("pretraining");
      return false;
    }
    if (!pr.completed)
      throw std::runtime_error(
          pc.runName + " failed: " + (pr.error.empty() ? std::string("it did not finish") : pr.error));
    if (m_board) m_board->post("pretrain/" + std::to_string(j), pr.runDir.string());
  }
  for (int j = 0; j < m_config.pretrainSeeds; ++j) {
    if (j % ranks != rank) {
      const auto dir = collect("pretrain/" + std::to_string(j), j % ranks, "pretraining");
      if (!dir) return false;
      runs[std::size_t(j)] = *dir;
    }
    m_result.pretrainRuns.push_back(runs[std::size_t(j)]);
  }
  m_result.pretrainRun = runs.front();
  return true;
}

// Checks the generator's shape before any fine-tuning starts, so a mismatch costs nothing.
void ExperimentSession::checkGenerator() {
  for (const auto& run : m_result.pretrainRuns) {
    const PretrainedGenerator generator = loadPretrainedGenerator(run);
    for (const auto& task : m_config.tasks)
      requireCompatible(generator, m_config.finetune(task).ngf, m_config.finetune(task).numDowns);
    log("generator: " + generator.file.string() + " (ngf " + std::to_string(generator.ngf) + ", numDowns " +
        std::to_string(generator.numDowns) + ")");
    if (m_generatorFile.empty()) m_generatorFile = generator.file;
  }
}

// Baseline and pretrained fine-tuning of one task at one label fraction per seed (paired: same seed, same
// data, same batch order; only the initialisation and its schedule differ), then their comparison. With
// several pretraining runs, run j's pretrained arms get their own seeds firstSeed + j x seeds + s.
bool ExperimentSession::finetuneTask(const std::string& task, double fraction) {
  std::vector<FinetuneResult> baseline, pretrained;
  std::vector<std::uint64_t> seeds;
  std::vector<int> pretrainIndex;
  for (int j = 0; j < m_config.pretrainSeeds; ++j)
    for (int s = 0; s < m_config.seeds; ++s) {
      const std::uint64_t seed = m_config.firstSeed + std::uint64_t(j * m_config.seeds + s);
      seeds.push_back(seed);
      pretrainIndex.push_back(j);
      for (const bool usePretrained : {false, true}) {
        FinetuneResult r;
        if (!finetuneChild(task, fraction, seed, j, usePretrained, r)) return false;
        (usePretrained ? pretrained : baseline).push_back(r);
        writeStatus(*m_folder, RunState::Running, "", m_stageIndex, m_runCount);
      }
    }
  compare(task, fraction, seeds, pretrainIndex, baseline, pretrained);
  return true;
}

bool ExperimentSession::finetuneQueued() {
  struct Job {
    std::string task;
    double fraction;
    std::uint64_t seed;
    int pretrainIndex;
    bool usePretrained;
  };
  std::vector<Job> jobs;  // in the order one process runs them
  for (const auto& task : m_config.tasks)
    for (const double fraction : m_config.fractions)
      for (int j = 0; j < m_config.pretrainSeeds; ++j)
        for (int s = 0; s < m_config.seeds; ++s)
          for (const bool usePretrained : {false, true})
            jobs.push_back({task, fraction, m_config.firstSeed + std::uint64_t(j * m_config.seeds + s), j,
                            usePretrained});
  const int ranks = m_board->size(), rank = m_board->rank();
  std::vector<fs::path> dirs(jobs.size());
  for (std::size_t k = std::size_t(rank); k < jobs.size(); k += std::size_t(ranks)) {
    const Job& job = jobs[k];
    FinetuneResult r;
    if (!finetuneChild(job.task, job.fraction, job.seed, job.pretrainIndex, job.usePretrained, r)) {
      m_board->halt("stopped");
      return false;
    }
    dirs[k] = r.runDir;
    m_board->post("job/" + std::to_string(k), r.runDir.string());
  }
  if (!m_writer) return true;
  // Rank 0 collects the other ranks' runs (from their report.json) and compares them as one process does.
  for (std::size_t k = 0; k < jobs.size(); ++k) {
    if (int(k) % ranks == rank) continue;
    const auto dir = collect("job/" + std::to_string(k), int(k) % ranks, "the fine-tuning runs");
    if (!dir) return false;
    dirs[k] = *dir;
    writeStatus(*m_folder, RunState::Running, "", int(k) + 1, m_runCount);
  }
  std::size_t k = 0;
  for (const auto& task : m_config.tasks)
    for (const double fraction : m_config.fractions) {
      std::vector<FinetuneResult> baseline, pretrained;
      std::vector<std::uint64_t> seeds;
      std::vector<int> pretrainIndex;
      for (; k < jobs.size() && jobs[k].task == task && jobs[k].fraction == fraction; ++k) {
        FinetuneResult r = readFinetuneReport(dirs[k]);
        r.completed = true;
        if (!jobs[k].usePretrained) {
          seeds.push_back(jobs[k].seed);
          pretrainIndex.push_back(jobs[k].pretrainIndex);
        }
        (jobs[k].usePretrained ? pretrained : baseline).push_back(std::move(r));
      }
      compare(task, fraction, seeds, pretrainIndex, baseline, pretrained);
    }
  return true;
}

void ExperimentSession::compare(const std::string& task, double fraction,
                                const std::vector<std::uint64_t>& seeds,
                                const std::vector<int>& pretrainIndex, std::vector<FinetuneResult>& baseline,
                                std::vector<FinetuneResult>& pretrained) {
  TaskComparisonOptions options;
  options.scoring = parseSegmentationScoring(m_config.segmentationScoring);
  options.learnMargin = m_config.learnMargin;
  if (m_config.pretrainSeeds > 1) options.pretrainIndex = pretrainIndex;
  const FinetuneData& d = data(task, fraction);
  TaskComparison t = compareTask(task, seeds, baseline, pretrained, d, options);
  t.fraction = fraction / 100.0;
  describeData(t);
  recordLeakage(t);
  log(t.leakageSentence);
  log((m_config.labelEfficiency() ? fractionLabel(fraction) + " of the labels: " : std::string()) +
      t.verdict);
  m_result.tasks.push_back(std::move(t));
}

bool ExperimentSession::finetuneChild(const std::string& task, double fraction, std::uint64_t seed,
                                      int pretrainIndex, bool usePretrained, FinetuneResult& out) {
  FinetuneConfig f = m_config.finetune(task);
  f.seed = seed;
  f.trainFraction = fraction / 100.0;
  f.subsetSeed = m_config.fractionSeed;
  f.init = usePretrained ? "pretrained:" + m_result.pretrainRuns.at(std::size_t(pretrainIndex)).string()
                         : "random";
  f.runsDir = m_childRuns;
  f.runName = task + (m_config.labelEfficiency() ? "-" + fractionTag(fraction) : std::string()) +
              (usePretrained ? "-pretrained" : "-baseline") + "-seed" + std::to_string(seed);
  if (m_config.threads > 0) f.threads = m_config.threads;
  const ExperimentStage stage{
      ++m_stageIndex, m_runCount, f.runName, task, usePretrained ? "pretrained" : "random", seed};
  m_observer.onStageStarted(stage);
  const std::optional<RunFolder> existing = existingChild(f.runName);
  const ChildAction action = childAction(existing);
  FinetuneResult r;
  if (action == ChildAction::Keep) {
    log(f.runName + " already finished in " + existing->dir().string());
    r = readFinetuneReport(existing->dir());
    r.completed = true;
  } else {
    // One process per run, even inside a data-parallel launch (the queue spreads the runs instead).
    std::unique_ptr<FinetuneSession> session =
        action == ChildAction::Continue
            ? std::make_unique<FinetuneSession>(existing->dir(), FinetuneResumeOptions{}, *m_forward, m_stop)
            : std::make_unique<FinetuneSession>(f, *m_forward, m_stop);
    session->setDistEnv(DistEnv{});
    r = session->run();
  }
  m_observer.onStageFinished(stage, r.completed, r.seconds);
  if (r.stopped || m_stop.stopRequested()) {
    stopDuring(f.runName);
    return false;
  }
  if (!r.completed) throw std::runtime_error(f.runName + " failed: " + r.error);
  out = std::move(r);
  return true;
}

void ExperimentSession::describeData(TaskComparison& t) const {
  const FinetuneData& d = data(t.task, t.fraction * 100.0);
  t.dataDescription = m_config.finetune(t.task).dataPath.filename().string() + ": train " +
                      std::to_string(d.train.size()) + " (" + d.trainSource + "), validation " +
                      std::to_string(d.val.size()) + " (" + d.valSource + "), test " +
                      std::to_string(d.test.size()) + " (" + d.testSource + ")";
}

void ExperimentSession::recordLeakage(TaskComparison& t) const {
  // Every pretraining run is checked; the report shows the worst.
  t.leakageCheckable = true;
  for (const auto& run : m_result.pretrainRuns) {
    const LeakageCheck leakage = checkLeakage(run, data(t.task, t.fraction * 100.0).test);
    if (t.leakageSentence.empty() || leakage.overlap > t.pretrainOverlap || !leakage.checkable) {
      t.pretrainOverlap = std::max(t.pretrainOverlap, leakage.overlap);
      t.leakageSentence = leakage.sentence;
    }
    t.leakageCheckable = t.leakageCheckable && leakage.checkable;
  }
}

void ExperimentSession::writeFigures() {
  const fs::path figures = m_folder->dir() / "figures";
  for (auto& t : m_result.tasks) {
    std::vector<FinetuneResult> b, p;
    for (const auto& dir : t.baselineRuns) b.push_back(readFinetuneReport(dir));
    for (const auto& dir : t.pretrainedRuns) p.push_back(readFinetuneReport(dir));
    const std::string tag =
        t.task + (m_config.labelEfficiency() ? "-" + fractionTag(t.fraction * 100.0) : std::string());
    t.lossFigure = figures / ("loss-" + tag + ".png");
    writeLossFigure(t.lossFigure, t.task, b, p);
    t.examplesFigure = figures / ("examples-" + tag + ".png");
    if (!writeExamplesFigure(t.examplesFigure, t.task, b.front(), p.front(), m_config.exampleCount))
      t.examplesFigure.clear();
    m_result.files.push_back(t.lossFigure);
    if (!t.examplesFigure.empty()) m_result.files.push_back(t.examplesFigure);
  }
  if (!m_config.labelEfficiency()) return;
  for (const auto& task : m_config.tasks) {
    std::vector<const TaskComparison*> rows;
    for (const auto& t : m_result.tasks)
      if (t.task == task) rows.push_back(&t);
    const fs::path file = figures / ("label-efficiency-" + task + ".png");
    writeLabelEfficiencyFigure(file, task, rows);
    m_result.labelEfficiencyFigures.push_back(file);
    m_result.files.push_back(file);
  }
}

bool ExperimentSession::runProbeStudies() {
  const auto forward = [this](const std::string& line) { m_observer.onLog("[probe] " + line); };
  const auto probeConfig = [&](const std::string& task) {
    ProbeConfig c;
    c.data = m_config.finetune(task);
    c.model = m_generatorFile.string();
    c.seeds = m_config.seeds;
    c.outDir = m_folder->dir() / "probes" / task;
    // The 1x1 segmentation read-out sees a few steps per epoch on small sets: a larger Adam rate.
    if (task == "segmentation") c.lr = kSegmentationProbeRate;
    return c;
  };
  for (const auto& task : m_config.tasks) {
    log("representation probes on the " + task + " data (pretrained vs random init, " +
        std::to_string(m_config.seeds) + " seeds)");
    if (task == "classification")
      m_result.levelProbes = runProbes(probeConfig(task), forward, m_stop);
    else
      m_result.segmentationProbe = runSegmentationProbe(probeConfig(task), forward, m_stop);
    if (m_stop.stopRequested()) {
      stopDuring("the representation probes");
      return false;
    }
  }
  return true;
}

void ExperimentSession::stopDuring(const std::string& stage) {
  m_result.stopped = true;
  if (m_writer)
    writeStatus(*m_folder, RunState::Stopped, "stopped during " + stage, m_stageIndex - 1, m_runCount);
  m_result.seconds = since(m_start);
}

std::optional<RunFolder> ExperimentSession::existingChild(const std::string& runName) const {
  return m_resumeDir ? findChildRun(m_childRuns, runName) : std::nullopt;
}

void ExperimentSession::log(const std::string& line) { m_observer.onLog("[experiment] " + line); }

}  // namespace colorproxy
