#include "colorproxy/experiment/experiment_runner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <map>
#include <optional>
#include <stdexcept>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "colorproxy/finetune/finetune_trainer.h"
#include "colorproxy/io/atomic_file.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_status.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "experiment/experiment_figures.h"
#include "experiment/experiment_report.h"
#include "experiment/leakage_check.h"
#include "experiment/pretrain_images.h"
#include "experiment/task_comparison.h"
#include "finetune/finetune_data.h"
#include "finetune/finetune_pretrained.h"
#include "io/time_text.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

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
    if (e.is_directory() && name.size() > suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      found.push_back(e.path());
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

ExperimentResult runExperimentIn(const ExperimentConfig& config, const std::optional<fs::path>& resumeDir,
                                 ExperimentObserver& observer, StopToken& stop);

}  // namespace

ExperimentResult runExperiment(const ExperimentConfig& config, ExperimentObserver& observer,
                               StopToken& stop) {
  return runExperimentIn(config, std::nullopt, observer, stop);
}

ExperimentResult resumeExperiment(const fs::path& experimentDir, ExperimentObserver& observer,
                                  StopToken& stop) {
  ExperimentResult result;
  result.dir = experimentDir;
  ExperimentConfig config;
  try {
    const RunFolder folder(experimentDir);
    if (!folder.isRun())
      throw std::runtime_error("'" + experimentDir.string() +
                               "' is not an experiment folder (it has no config.json)");
    const json c = json::parse(readTextFile(folder.configFile()));
    if (c.value("task", "") != "experiment")
      throw std::runtime_error("'" + experimentDir.string() + "' is a run folder, not an experiment folder");
    if (fs::exists(folder.statusFile())) {
      const RunStatus status = folder.readStatus();
      if (status.state == RunState::Completed)
        throw std::runtime_error("'" + experimentDir.string() +
                                 "' has already finished; there is nothing to resume");
      if (status.state == RunState::Running && status.pid != int64_t(::getpid()))
        throw std::runtime_error("'" + experimentDir.string() + "' is being run right now by process " +
                                 std::to_string(status.pid) + "; stop it first (or wait for it to finish)");
    }
    config = ExperimentConfig::fromJson(c);
  } catch (const std::exception& e) {
    result.error = std::string("cannot resume: ") + e.what();
    observer.onLog("[experiment] " + result.error);
    return result;
  }
  return runExperimentIn(config, experimentDir, observer, stop);
}

namespace {

ExperimentResult runExperimentIn(const ExperimentConfig& config, const std::optional<fs::path>& resumeDir,
                                 ExperimentObserver& observer, StopToken& stop) {
  const auto start = Clock::now();
  ExperimentResult result;
  const auto problems = config.validate();
  if (!problems.empty()) {
    std::string text;
    for (const auto& p : problems) text += (text.empty() ? "" : "; ") + p;
    result.error = "the experiment settings cannot run: " + text;
    return result;
  }

  std::optional<RunFolder> folder;
  const bool pretrainHere = config.pretrained.empty();
  const int runCount = (pretrainHere ? 1 : 0) + int(config.tasks.size()) * config.seeds * 2;
  int stageIndex = 0;
  StageObserver forward(observer);
  try {
    folder = resumeDir ? RunFolder(*resumeDir) : RunFolder::create(config.runsDir, config.name);
    result.dir = folder->dir();
    const fs::path childRuns = folder->dir() / "runs";
    if (!resumeDir) {
      json configJson = {{"task", "experiment"},
                         {"createdAt", localTimeIso(std::time(nullptr))},
                         {"engineVersion", COLORPROXY_VERSION},
                         {"primaryMetric", ""},
                         {"settings", config.toJson()}};
      writeFileAtomically(folder->configFile(), configJson.dump(2));
    }
    writeStatus(*folder, RunState::Running, "", 0, runCount);
    const auto log = [&](const std::string& line) { observer.onLog("[experiment] " + line); };

    // The data of every task, resolved once: the same splits go to every run, and the test images are
    // checked against the pretraining images.
    std::map<std::string, FinetuneData> data;
    for (const auto& task : config.tasks) data[task] = loadFinetuneData(config.finetune(task));

    // 1. The colorization generator.
    PretrainImages pretrainImages;
    if (pretrainHere) {
      ColorizationConfig pc = config.pretrain;
      if (!config.pretrainSources.empty()) {
        pretrainImages = preparePretrainImages(config.pretrainSources, folder->dir() / "pretrain-images");
        pc.dataPath = pretrainImages.folder;
      } else {
        pretrainImages = preparePretrainImages({pc.dataPath}, {});
      }
      pc.runsDir = childRuns;
      pc.runName = "pretrain";
      if (config.threads > 0) pc.threads = config.threads;
      const ExperimentStage stage{++stageIndex, runCount, "pretrain", "colorization", "", pc.seed};
      observer.onStageStarted(stage);
      log("pretraining on " + std::to_string(pretrainImages.files.size()) + " images in " +
          pc.dataPath.string());
      const auto t0 = Clock::now();
      const std::optional<RunFolder> existing =
          resumeDir ? findChildRun(childRuns, pc.runName) : std::nullopt;
      const ChildAction action = childAction(existing);
      RunResult pr;
      if (action == ChildAction::Keep) {
        log("pretraining already finished in " + existing->dir().string());
        pr.runDir = existing->dir();
        pr.completed = true;
      } else if (action == ChildAction::Continue) {
        pr = resumeColorization(existing->dir(), forward, stop);
      } else {
        pr = runColorization(pc, forward, stop);
      }
      result.pretrainSeconds = since(t0);
      observer.onStageFinished(stage, pr.completed, result.pretrainSeconds);
      result.pretrainRun = pr.runDir;
      if (pr.stopped || stop.stopRequested()) {
        result.stopped = true;
        writeStatus(*folder, RunState::Stopped, "stopped during pretraining", stageIndex - 1, runCount);
        result.seconds = since(start);
        return result;
      }
      if (!pr.completed)
        throw std::runtime_error("pretraining failed: " +
                                 (pr.error.empty() ? std::string("it did not finish") : pr.error));
    } else {
      result.pretrainRun = config.pretrained;
      result.pretrainReused = true;
    }
    // Check the generator's shape before any fine-tuning starts, so a mismatch costs nothing.
    const PretrainedGenerator generator = loadPretrainedGenerator(result.pretrainRun);
    for (const auto& task : config.tasks)
      requireCompatible(generator, config.finetune(task).ngf, config.finetune(task).numDowns);
    log("generator: " + generator.file.string() + " (ngf " + std::to_string(generator.ngf) + ", numDowns " +
        std::to_string(generator.numDowns) + ")");

    // 2. Baseline and pretrained fine-tuning per task and seed (paired: same seed, same data, same
    // batch order; only the initialisation and its schedule differ).
    for (const auto& task : config.tasks) {
      std::vector<FinetuneResult> baseline, pretrained;
      std::vector<std::uint64_t> seeds;
      for (int s = 0; s < config.seeds; ++s) {
        const std::uint64_t seed = config.firstSeed + std::uint64_t(s);
        seeds.push_back(seed);
        for (const bool usePretrained : {false, true}) {
          FinetuneConfig f = config.finetune(task);
          f.seed = seed;
          f.init = usePretrained ? "pretrained:" + result.pretrainRun.string() : "random";
          f.runsDir = childRuns;
          f.runName = task + (usePretrained ? "-pretrained" : "-baseline") + "-seed" + std::to_string(seed);
          if (config.threads > 0) f.threads = config.threads;
          const ExperimentStage stage{
              ++stageIndex, runCount, f.runName, task, usePretrained ? "pretrained" : "random", seed};
          observer.onStageStarted(stage);
          const std::optional<RunFolder> existing =
              resumeDir ? findChildRun(childRuns, f.runName) : std::nullopt;
          const ChildAction action = childAction(existing);
          FinetuneResult r;
          if (action == ChildAction::Keep) {
            log(f.runName + " already finished in " + existing->dir().string());
            r = readFinetuneReport(existing->dir());
            r.completed = true;
          } else if (action == ChildAction::Continue) {
            r = resumeFinetune(existing->dir(), forward, stop);
          } else {
            r = runFinetune(f, forward, stop);
          }
          observer.onStageFinished(stage, r.completed, r.seconds);
          if (r.stopped || stop.stopRequested()) {
            result.stopped = true;
            writeStatus(*folder, RunState::Stopped, "stopped during " + f.runName, stageIndex - 1, runCount);
            result.seconds = since(start);
            return result;
          }
          if (!r.completed) throw std::runtime_error(f.runName + " failed: " + r.error);
          (usePretrained ? pretrained : baseline).push_back(r);
          writeStatus(*folder, RunState::Running, "", stageIndex, runCount);
        }
      }
      const FinetuneData& d = data.at(task);
      TaskComparisonOptions options;
      options.scoring = parseSegmentationScoring(config.segmentationScoring);
      options.learnMargin = config.learnMargin;
      TaskComparison t = compareTask(task, seeds, baseline, pretrained, d, options);
      t.dataDescription = config.finetune(task).dataPath.filename().string() + ": train " +
                          std::to_string(d.train.size()) + " (" + d.trainSource + "), validation " +
                          std::to_string(d.val.size()) + " (" + d.valSource + "), test " +
                          std::to_string(d.test.size()) + " (" + d.testSource + ")";
      const LeakageCheck leakage = checkLeakage(result.pretrainRun, d.test);
      t.pretrainOverlap = leakage.overlap;
      t.leakageCheckable = leakage.checkable;
      t.leakageSentence = leakage.sentence;
      log(leakage.sentence);
      log(t.verdict);
      result.tasks.push_back(std::move(t));
    }

    // 3. Figures and the report.
    const fs::path figures = folder->dir() / "figures";
    for (auto& t : result.tasks) {
      std::vector<FinetuneResult> b, p;
      for (const auto& dir : t.baselineRuns) b.push_back(readFinetuneReport(dir));
      for (const auto& dir : t.pretrainedRuns) p.push_back(readFinetuneReport(dir));
      t.lossFigure = figures / ("loss-" + t.task + ".png");
      writeLossFigure(t.lossFigure, t.task, b, p);
      t.examplesFigure = figures / ("examples-" + t.task + ".png");
      if (!writeExamplesFigure(t.examplesFigure, t.task, b.front(), p.front(), config.exampleCount))
        t.examplesFigure.clear();
      result.files.push_back(t.lossFigure);
      if (!t.examplesFigure.empty()) result.files.push_back(t.examplesFigure);
    }
    result.seconds = since(start);
    result.completed = true;
    writeExperimentReport(*folder, config, generator.file, result);
    writeStatus(*folder, RunState::Completed, "", runCount, runCount);
  } catch (const std::exception& e) {
    result.error = e.what();
    result.completed = false;
    result.seconds = since(start);
    observer.onLog("[experiment] failed: " + result.error);
    if (folder) writeStatus(*folder, RunState::Failed, result.error, stageIndex, runCount);
  }
  return result;
}

}  // namespace

}  // namespace colorproxy
