// `colorproxy-cli experiment`: the paper's experiment in one command. Pretrain a colorizer once (or
// reuse one with --pretrained), fine-tune a random baseline and a pretrained network for each task and
// seed on identical data, and write a report (Markdown, JSON, CSV, figures). `--preset quick` runs on
// the bundled samples (found upward from the current folder and from the executable, or --data-root)
// and is the product's main demonstration; `--preset paper` expects Pascal VOC 2012 at --data-root.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>

#include <unistd.h>

#include "colorproxy/base/number_text.h"
#include "colorproxy/dist/dist_env.h"
#include "colorproxy/experiment/experiment_runner.h"
#include "command.h"
#include "exit_codes.h"
#include "local_workers.h"
#include "progress_bar.h"

namespace colorproxy::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

volatile std::sig_atomic_t g_experimentInterrupted = 0;
extern "C" void onExperimentInterrupt(int) { g_experimentInterrupted = 1; }

/// Progress of the whole experiment: "[run 3/13 segmentation-pretrained-seed1]" + the run's bar.
/// `rank` > 0 (a job queue over several processes): only that rank's runs starting and ending, no bar.
class ExperimentCliObserver : public ExperimentObserver {
 public:
  ExperimentCliObserver(ProgressBar& bar, StopToken& stop, bool verbose, int rank)
      : m_bar(bar), m_stop(stop), m_verbose(verbose && rank == 0), m_rank(rank) {}
  void onStageStarted(const ExperimentStage& s) override {
    m_stage = "run " + std::to_string(s.index) + "/" + std::to_string(s.count) + " " + s.name;
    m_bar.message((m_rank > 0 ? "== rank " + std::to_string(m_rank) + ": " : "== ") + s.name);
  }
  void onStageFinished(const ExperimentStage& s, bool ok, double seconds) override {
    m_bar.message("   " + (m_rank > 0 ? "rank " + std::to_string(m_rank) + ": " : std::string()) + s.name +
                  (ok ? " done in " : " ended after ") + ProgressBar::formatDuration(seconds));
  }
  void onIteration(const IterationStats& s) override {
    checkInterrupt();
    if (m_rank > 0) return;
    std::string text = m_stage + " | ep " + std::to_string(s.epoch) + "/" + std::to_string(s.epochs);
    for (const auto& [k, v] : s.losses) text += " " + k + " " + significantText(v, 3);
    text += " | ETA " + ProgressBar::formatDuration(s.etaSeconds);
    m_bar.update(s.iteration, s.totalIterations, text);
  }
  void onEpoch(const EpochReport& r) override {
    if (!m_verbose) return;
    std::string line =
        "   " + r.runName + " epoch " + std::to_string(r.epoch) + "/" + std::to_string(r.epochs) + ":";
    for (const auto& [k, v] : r.metrics) line += " " + k + " " + fixedText(v);
    m_bar.message(line);
  }
  void onLog(const std::string& line) override {
    if (m_verbose || (m_rank == 0 && line.rfind("[experiment]", 0) == 0)) m_bar.message(line);
  }

 private:
  // The signal handler only sets a flag; the stop request happens here, on the training thread.
  void checkInterrupt() {
    if (!g_experimentInterrupted || m_stop.stopRequested()) return;
    m_stop.requestStop();
    if (m_rank == 0) m_bar.message("stopping after this batch (Ctrl-C again to abort)");
    std::signal(SIGINT, SIG_DFL);
  }

  ProgressBar& m_bar;
  StopToken& m_stop;
  bool m_verbose;
  int m_rank;
  std::string m_stage;
};

/// Options of `experiment`.
struct ExperimentOptions {
  std::string preset = "quick";
  std::string dataRoot;
  std::string configFile;
  std::string tasks;
  int seeds = 0;
  int pretrainSeeds = 0;
  std::string fractions;
  int64_t iterations = -1;
  std::string pretrained;
  int imageSize = 0;
  std::string runsDir;
  std::string name;
  int threads = 0;
  std::string resumeDir;
  std::vector<std::string> sets;
  bool json = false;
  bool printConfig = false;
  bool verbose = false;
};

fs::path executablePath() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : self;
}

ExperimentConfig buildConfig(const ExperimentOptions& o) {
  try {
    ExperimentConfig c;
    if (!o.configFile.empty()) {
      c = ExperimentConfig::fromFile(o.configFile);
    } else {
      fs::path root = o.dataRoot;
      if (root.empty() && o.preset == "quick") {
        std::error_code ec;
        const auto found = findSampleData(fs::current_path(ec), executablePath());
        if (!found)
          throw CommandError{
              "experiment: the bundled samples (resources/samples with photos/, camvid/, coco128/) "
              "were not found above the current folder or the executable, nor in the source tree or "
              "install prefix recorded at build time; pass --data-root DIR",
              kExitUsage};
        root = *found;
      }
      if (root.empty())
        throw CommandError{
            "experiment: --preset " + o.preset + " needs --data-root (" +
                (o.preset == "study" ? std::string("the CamVid folder with train/, val/, test/")
                                     : std::string("the Pascal VOC 2012 folder")) +
                ")",
            kExitUsage};
      c = ExperimentConfig::preset(o.preset, root);
    }
    if (!o.tasks.empty()) c.set("tasks", o.tasks);
    if (o.seeds > 0) c.seeds = o.seeds;
    if (o.pretrainSeeds > 0) c.pretrainSeeds = o.pretrainSeeds;
    if (!o.fractions.empty()) {
      try {
        c.set("fractions", o.fractions);
      } catch (const std::invalid_argument& e) {
        throw CommandError{std::string("experiment: --fractions: ") + e.what(), kExitUsage};
      }
      for (std::size_t i = 0; i < c.fractions.size(); ++i) {
        const double f = c.fractions[i];
        if (!(f > 0.0 && f <= 100.0))
          throw CommandError{"experiment: --fractions: " + fixedText(f, 4) +
                                 " is out of range; give percentages in (0, 100], e.g. 5,10,25,50,100",
                             kExitUsage};
        if (i > 0 && !(f > c.fractions[i - 1]))
          throw CommandError{
              "experiment: --fractions must be strictly increasing (smaller sets are subsets "
              "of larger ones), e.g. 5,10,25,50,100; got " +
                  o.fractions,
              kExitUsage};
      }
    }
    if (o.iterations == 0 || o.iterations < -1)
      throw CommandError{"experiment: --iterations " + std::to_string(o.iterations) +
                             " must be a positive number of optimiser steps per fine-tuning run",
                         kExitUsage};
    if (o.iterations > 0) {
      // The preset's warm-up and validation interval keep their share of the new budget.
      for (FinetuneConfig* f : {&c.segmentation, &c.classification}) {
        if (f->iterations > 0) {
          const double scale = double(o.iterations) / double(f->iterations);
          f->warmupIterations = int64_t(std::llround(double(f->warmupIterations) * scale));
          if (f->evalEvery > 0)
            f->evalEvery = std::max<int64_t>(1, std::llround(double(f->evalEvery) * scale));
        }
        f->iterations = o.iterations;
      }
    }
    if (!o.pretrained.empty()) c.pretrained = o.pretrained;
    if (o.imageSize > 0) c.set("imageSize", std::to_string(o.imageSize));
    if (!o.runsDir.empty()) c.runsDir = o.runsDir;
    if (!o.name.empty()) c.name = o.name;
    if (o.threads > 0) c.set("threads", std::to_string(o.threads));
    for (const auto& kv : o.sets) {
      const auto eq = kv.find('=');
      if (eq == std::string::npos)
        throw CommandError{"experiment: --set expects key=value (e.g. pretrain.epochs=5), got '" + kv + "'",
                           kExitUsage};
      c.set(kv.substr(0, eq), kv.substr(eq + 1));
    }
    return c;
  } catch (const std::invalid_argument& e) {
    throw CommandError{std::string("experiment: ") + e.what(), kExitUsage};
  }
}

json resultJson(const ExperimentResult& r) {
  json tasks = json::array();
  for (const auto& t : r.tasks) {
    json metrics = json::object();
    for (const auto& m : t.metrics)
      metrics[m.name] = {
          {"baseline_mean", std::isfinite(m.baselineMean) ? json(m.baselineMean) : json(nullptr)},
          {"baseline_std", std::isfinite(m.baselineStd) ? json(m.baselineStd) : json(nullptr)},
          {"pretrained_mean", std::isfinite(m.pretrainedMean) ? json(m.pretrainedMean) : json(nullptr)},
          {"pretrained_std", std::isfinite(m.pretrainedStd) ? json(m.pretrainedStd) : json(nullptr)},
          {"mean_difference", std::isfinite(m.meanDifference) ? json(m.meanDifference) : json(nullptr)},
          {"ci95_low", std::isfinite(m.ciLow) ? json(m.ciLow) : json(nullptr)},
          {"ci95_high", std::isfinite(m.ciHigh) ? json(m.ciHigh) : json(nullptr)},
          {"permutation_p", std::isfinite(m.permutationP) ? json(m.permutationP) : json(nullptr)},
          {"t_test_p", std::isfinite(m.tTestP) ? json(m.tTestP) : json(nullptr)},
          {"trivial", std::isfinite(m.trivial) ? json(m.trivial) : json(nullptr)},
          {"verdict", pairedVerdictName(m.verdict)},
          {"improved_seeds", m.improved},
          {"seeds", m.pairs}};
    tasks.push_back(
        {{"task", t.task}, {"verdict", t.verdict}, {"outcome", t.outcomeName()}, {"metrics", metrics}});
  }
  return {{"dir", r.dir.string()},
          {"completed", r.completed},
          {"stopped", r.stopped},
          {"error", r.error},
          {"seconds", r.seconds},
          {"pretrain_run", r.pretrainRun.string()},
          {"report_md", r.reportMarkdown.string()},
          {"report_json", r.reportJson.string()},
          {"tasks", tasks}};
}

int runExperimentCommand(const ExperimentOptions& o) {
  // Launched as N processes (torchrun, srun, --nproc) the runs are a job queue over them; rank 0 talks.
  DistEnv dist;
  try {
    dist = distEnvFromEnvironment();
  } catch (const std::invalid_argument& e) {
    throw CommandError{std::string("experiment: ") + e.what(), kExitUsage};
  }
  const bool quiet = dist.rank != 0;
  const bool resuming = !o.resumeDir.empty();
  if (resuming && (!o.configFile.empty() || !o.pretrained.empty() || !o.tasks.empty() || o.seeds > 0 ||
                   o.imageSize > 0 || o.pretrainSeeds > 0 || !o.fractions.empty() || o.iterations != -1 ||
                   !o.sets.empty() || !o.name.empty() || o.threads > 0 || !o.dataRoot.empty()))
    throw CommandError{
        "experiment: --resume continues an experiment with its own settings; drop the other "
        "settings",
        kExitUsage};
  const ExperimentConfig config = resuming ? ExperimentConfig{} : buildConfig(o);
  if (o.printConfig) {
    std::cout << config.toJsonString() << "\n";
    return 0;
  }
  const auto problems = resuming ? std::vector<std::string>{} : config.validate();
  if (!problems.empty()) {
    std::string msg = "experiment: the settings cannot run:";
    for (const auto& p : problems) msg += "\n  - " + p;
    throw CommandError{msg, kExitUsage};
  }
  std::ostream& info = o.json ? std::cerr : std::cout;
  if (resuming)
    info << "resuming the experiment in " << o.resumeDir << "\n";
  else
    info << "experiment " << config.name
         << (config.presetName.empty() ? "" : " (preset " + config.presetName + ")") << ": ";
  if (!resuming) {
    for (std::size_t i = 0; i < config.tasks.size(); ++i) info << (i ? " + " : "") << config.tasks[i];
    info << ", " << config.seeds << " seeds, "
         << (config.pretrained.empty() ? "pretraining " + std::to_string(config.pretrain.epochs) +
                                             " epochs at " + std::to_string(config.pretrain.imageSize) + " px"
                                       : "reusing " + config.pretrained.string())
         << "\n";
  }
  StopToken stop;
  ProgressBar bar = ProgressBar::forStderr();
  ExperimentCliObserver observer(bar, stop, o.verbose, dist.rank);
  g_experimentInterrupted = 0;
  const auto previous = std::signal(SIGINT, onExperimentInterrupt);
  const ExperimentResult r =
      resuming ? resumeExperiment(o.resumeDir, observer, stop) : runExperiment(config, observer, stop);
  std::signal(SIGINT, previous == SIG_ERR ? SIG_DFL : previous);
  bar.finish();

  if (o.json && !quiet) std::cout << resultJson(r).dump(2) << "\n";
  if (!r.error.empty()) {
    std::string msg =
        (dist.distributed() ? "experiment, rank " + std::to_string(dist.rank) + ": " : "experiment: ") +
        r.error;
    if (!r.dir.empty()) msg += "\n  experiment folder: " + r.dir.string();
    throw CommandError{msg, kExitFailure};
  }
  if (r.stopped) {
    if (quiet) return kExitStopped;
    std::cerr << "experiment stopped; partial runs are in " << r.dir.string()
              << "; continue with: colorproxy-cli experiment --resume " << r.dir.string() << "\n";
    return kExitStopped;
  }
  if (!o.json && !quiet) {
    std::cout << "\n" << r.table;
    std::cout << "report: " << r.reportMarkdown.string() << "\n";
    std::cout << "finished in " << ProgressBar::formatDuration(r.seconds) << "\n";
  }
  return 0;
}

void setup(CLI::App& root) {
  auto o = std::make_shared<ExperimentOptions>();
  CLI::App* cmd = root.add_subcommand(
      "experiment",
      "Does colorization pretraining help? Pretrain a colorizer once (or --pretrained RUN), then fine-tune a "
      "randomly initialised baseline and a pretrained network on identical data for several seeds, for "
      "segmentation and/or classification, and write a report (report.md, report.json, CSV, figures).\n"
      "--preset quick (default) runs on the bundled samples in minutes; --preset study runs a "
      "label-efficiency "
      "study on CamVid at --data-root (about 90 minutes on 2 cores); --preset paper expects Pascal VOC 2012 "
      "at "
      "--data-root and the paper's settings (a GPU helps).");
  std::string presets;
  for (const auto& p : ExperimentConfig::presetNames()) presets += (presets.empty() ? "" : ", ") + p;
  cmd->add_option("--preset", o->preset, "starting settings: " + presets + " (default quick)");
  cmd->add_option("--data-root", o->dataRoot,
                  "quick: the samples folder (photos/, camvid/, coco128/; default: resources/samples found "
                  "upward); study: the CamVid folder; paper: the VOC 2012 folder")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--config", o->configFile,
                  "experiment settings as JSON (an experiment's config.json works)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--tasks", o->tasks, "segmentation,classification (default both)");
  cmd->add_option("--seeds", o->seeds, "fine-tuning seeds per pretraining run (default 3; 6+ for a verdict)");
  cmd->add_option("--pretrain-seeds", o->pretrainSeeds,
                  "pretraining runs, each paired with its own fine-tuning seeds (default 1)");
  cmd->add_option("--fractions", o->fractions,
                  "label efficiency: percentages of the labelled training images, strictly increasing, "
                  "e.g. 5,10,25,50,100 (nested subsets, the same for both arms)");
  cmd->add_option("--iterations", o->iterations,
                  "optimiser steps per fine-tuning run, whatever the training set's size (default: the "
                  "preset's; its warm-up and validation interval keep their share)");
  cmd->add_option("--pretrained", o->pretrained,
                  "reuse this colorization run folder or checkpoint instead of pretraining");
  cmd->add_option("--image-size", o->imageSize, "image side for pretraining and both tasks");
  cmd->add_option("--runs-dir", o->runsDir, "parent folder of the experiment folder (default runs)");
  cmd->add_option("--name", o->name, "name part of the experiment folder");
  cmd->add_option("--threads", o->threads, "compute threads for every run (default all cores)");
  cmd->add_option("--set", o->sets,
                  "override any setting, repeatable: seeds=5, pretrain.epochs=20, segmentation.batchSize=8, "
                  "finetune.maxImages=100, numDowns=6, ...");
  cmd->add_option(
      "--resume", o->resumeDir,
      "continue the stopped experiment in this folder: finished runs are kept, the interrupted one "
      "continues exactly, the rest start");
  cmd->add_flag("--json", o->json, "print the result as JSON on stdout (progress stays on stderr)");
  cmd->add_flag("--print-config", o->printConfig, "print the effective settings as JSON and exit");
  cmd->add_flag("--verbose", o->verbose, "print every epoch's metrics and the runs' log lines");
  cmd->callback([o] {
    const int code = runExperimentCommand(*o);
    if (code != 0) {
      std::cout.flush();
      std::cerr.flush();
      std::exit(code);
    }
  });
}

const bool kRegistered = registerCommand("experiment", 40, setup);

}  // namespace
}  // namespace colorproxy::cli
