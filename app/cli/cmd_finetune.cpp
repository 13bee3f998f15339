// `colorproxy-cli finetune`: one downstream fine-tuning run (multilabel classification or segmentation)
// from random weights or from a colorization run, with a progress bar. Every FinetuneConfig field is a
// flag (generated from FinetuneConfig::fields()); --config FILE gives the starting point, flags override.
// Ctrl-C stops after the current batch (the run folder keeps its latest checkpoint).
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <cctype>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/number_text.h"
#include "colorproxy/dist/dist_env.h"
#include "colorproxy/finetune/finetune_trainer.h"
#include "command.h"
#include "config_flags.h"
#include "exit_codes.h"
#include "local_workers.h"
#include "progress_bar.h"

namespace colorproxy::cli {
namespace {

using nlohmann::json;

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onFinetuneInterrupt(int) { g_interrupted = 1; }

/// Shows the bar, epoch lines and log lines; turns a Ctrl-C into a stop request on the training thread
/// (the handler itself only sets a flag). `quiet` (ranks > 0 of a data-parallel job): nothing shown.
class FinetuneCliObserver : public TrainingObserver {
 public:
  FinetuneCliObserver(ProgressBar& bar, StopToken& stop, bool quiet)
      : m_bar(bar), m_stop(stop), m_quiet(quiet) {}
  void onIteration(const IterationStats& s) override {
    if (g_interrupted && !m_stop.stopRequested()) {
      m_stop.requestStop();
      if (!m_quiet) m_bar.message("stopping after this batch (Ctrl-C again to abort)");
      std::signal(SIGINT, SIG_DFL);
    }
    if (m_quiet) return;
    std::string text = "ep " + std::to_string(s.epoch) + "/" + std::to_string(s.epochs) + " |";
    for (const auto& [k, v] : s.losses) text += " " + k + " " + significantText(v, 4);
    text += " | lr " + scientificText(s.learningRate, 1) + " | " + fixedText(s.imagesPerSecond, 1) +
            " img/s | ETA " + ProgressBar::formatDuration(s.etaSeconds);
    m_bar.update(s.iteration, s.totalIterations, text);
  }
  void onEpoch(const EpochReport& r) override {
    if (m_quiet) return;
    std::string line = "epoch " + std::to_string(r.epoch) + "/" + std::to_string(r.epochs) + ":";
    for (const auto& [k, v] : r.metrics) line += " " + k + " " + fixedText(v);
    m_bar.message(line);
  }
  void onLog(const std::string& line) override {
    if (!m_quiet) m_bar.message(line);
  }

 private:
  ProgressBar& m_bar;
  StopToken& m_stop;
  bool m_quiet;
};

/// Options of `finetune`; the config fields typed on the command line are in `settings`.
struct FinetuneOptions {
  std::string configFile;
  std::string pretrained;
  std::string resumeDir;
  bool json = false;
  bool printConfig = false;
  ConfigFlags settings;
};

FinetuneConfig buildConfig(const FinetuneOptions& o) {
  FinetuneConfig c;
  try {
    if (!o.configFile.empty()) c = FinetuneConfig::fromFile(o.configFile);
    o.settings.applyTo(c);
    if (!o.pretrained.empty()) c.init = "pretrained:" + o.pretrained;
  } catch (const std::invalid_argument& e) {
    throw CommandError{std::string("finetune: ") + e.what(), kExitUsage};
  }
  return c;
}

json resultJson(const FinetuneResult& r) {
  const auto metrics = [](const std::map<std::string, double>& m) {
    json j = json::object();
    for (const auto& [k, v] : m) j[k] = std::isfinite(v) ? json(v) : json(nullptr);
    return j;
  };
  json perClass = json::object();
  for (std::size_t i = 0; i < r.classNames.size() && i < r.testPerClass.size(); ++i)
    perClass[r.classNames[i]] = std::isfinite(r.testPerClass[i]) ? json(r.testPerClass[i]) : json(nullptr);
  return {{"run_dir", r.runDir.string()},
          {"completed", r.completed},
          {"stopped", r.stopped},
          {"error", r.error},
          {"task", toString(r.task)},
          {"epochs", r.epoch},
          {"iterations", r.iteration},
          {"seconds", r.seconds},
          {"val_metrics", metrics(r.valMetrics)},
          {"test_metrics", metrics(r.testMetrics)},
          {"test_per_class_" + r.perClassMetric, perClass},
          {"transferred", r.transfer.transferred.size()},
          {"new", r.transfer.created.size()},
          {"predictions", r.predictionsDir.string()}};
}

// --resume: only the thread count and the device may change; the rest is the run's own.
FinetuneResumeOptions resumeOptions(const FinetuneOptions& o) {
  if (!o.configFile.empty() || !o.pretrained.empty())
    throw CommandError{"finetune: --resume continues a run with its own settings; drop --config/--pretrained",
                       kExitUsage};
  FinetuneResumeOptions ro;
  for (const auto& f : FinetuneConfig::fields()) {
    if (!o.settings.given(f.key)) continue;
    try {
      FinetuneConfig probe;
      probe.set(f.key, o.settings.text(f));
      if (f.key == "threads")
        ro.threads = probe.threads;
      else if (f.key == "device")
        ro.device = probe.device;
      else
        throw CommandError{
            "finetune: --" + kebab(f.key) +
                " cannot change when resuming (the run keeps its settings for an exact resume); "
                "only --threads and --device can",
            kExitUsage};
    } catch (const std::invalid_argument& e) {
      throw CommandError{std::string("finetune: ") + e.what(), kExitUsage};
    }
  }
  return ro;
}

int runFinetuneCommand(const FinetuneOptions& o) {
  // In a data-parallel job only rank 0 talks (progress, results); the other ranks print their errors.
  DistEnv dist;
  try {
    dist = distEnvFromEnvironment();
  } catch (const std::invalid_argument& e) {
    throw CommandError{std::string("finetune: ") + e.what(), kExitUsage};
  }
  const bool quiet = dist.rank != 0;
  std::ostream silentStream(nullptr);
  std::ostream& info = quiet ? silentStream : o.json ? std::cerr : std::cout;
  std::ostream& out = quiet ? silentStream : std::cout;
  std::optional<FinetuneResumeOptions> resume;
  FinetuneConfig config;
  if (!o.resumeDir.empty()) {
    resume = resumeOptions(o);
    info << "resuming " << o.resumeDir << "\n";
  } else {
    config = buildConfig(o);
    if (o.printConfig) {
      out << config.toJsonString() << "\n";
      return 0;
    }
    const auto problems = config.validate();
    if (!problems.empty()) {
      std::string msg = "finetune: the settings cannot run:";
      for (const auto& p : problems) msg += "\n  - " + p;
      throw CommandError{msg, kExitUsage};
    }
    info << toString(config.task) << " on " << config.dataPath.string() << ", init " << config.init << ", "
         << config.imageSize << " px, ngf " << config.ngf << ", schedule "
         << formatPhases(config.effectivePhases()) << ", batch " << config.effectiveBatchSize() << ", seed "
         << config.seed << "\n";
  }
  StopToken stop;
  ProgressBar bar = ProgressBar::forStderr();
  FinetuneCliObserver observer(bar, stop, quiet);
  g_interrupted = 0;
  const auto previous = std::signal(SIGINT, onFinetuneInterrupt);
  const FinetuneResult r =
      resume ? resumeFinetune(o.resumeDir, observer, stop, *resume) : runFinetune(config, observer, stop);
  std::signal(SIGINT, previous == SIG_ERR ? SIG_DFL : previous);
  bar.finish();

  if (o.json) out << resultJson(r).dump(2) << "\n";
  if (!r.error.empty()) {
    std::string msg =
        (dist.distributed() ? "finetune, rank " + std::to_string(dist.rank) + ": " : "finetune: ") + r.error;
    if (!r.runDir.empty()) msg += "\n  run folder: " + r.runDir.string();
    throw CommandError{msg, kExitFailure};
  }
  if (r.stopped) {
    if (!quiet)
      std::cerr << "stopped at epoch " << r.epoch + 1 << ", iteration " << r.iteration
                << "; continue with: colorproxy-cli finetune --resume " << r.runDir.string() << "\n";
    return kExitStopped;
  }
  if (!o.json && !quiet) {
    if (!r.transfer.transferred.empty())
      std::cout << "transferred " << r.transfer.transferred.size() << " tensors from the generator, "
                << r.transfer.created.size() << " new, " << r.transfer.skipped.size() << " unused\n";
    std::cout << "test:";
    for (const auto& [k, v] : r.testMetrics) std::cout << " " << k << " " << fixedText(v);
    std::cout << "\nper class (" << r.perClassMetric << "):";
    for (std::size_t i = 0; i < r.classNames.size() && i < r.testPerClass.size(); ++i)
      std::cout << (i ? ", " : " ") << r.classNames[i] << " " << fixedText(r.testPerClass[i], 3);
    std::cout << "\nrun folder: " << r.runDir.string() << " (" << fixedText(r.seconds, 1) << " s)\n";
  }
  return 0;
}

void setup(CLI::App& root) {
  auto opts = std::make_shared<FinetuneOptions>();
  CLI::App* cmd = root.add_subcommand(
      "finetune",
      "Fine-tune a multilabel classifier or a segmentation network on a labelled dataset, from random "
      "weights "
      "or from a colorization run (--pretrained RUN).\nDefaults follow the paper (Treneska et al. 2022): "
      "classification 4 epochs @ 3e-4 (pretrained: 3 frozen + 1 @ 5e-5), segmentation 6 epochs (pretrained: "
      "1 "
      "frozen + 5), batch 32 / 16. Writes runs/<date>-<name>/ with metrics, checkpoints, previews, a report "
      "and "
      "the test predictions. Ctrl-C stops cleanly after the current batch; --resume RUN_DIR continues "
      "exactly.");
  cmd->add_option("--config", opts->configFile, "JSON settings file (a run's config.json works too)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--pretrained", opts->pretrained,
                  "colorization run folder or checkpoint to start from (same as --init pretrained:PATH)");
  cmd->add_option("--resume", opts->resumeDir,
                  "continue the stopped or interrupted run in this folder exactly from its latest checkpoint "
                  "(only --threads and --device may change)");
  cmd->add_flag("--json", opts->json, "print the result as JSON on stdout (progress stays on stderr)");
  cmd->add_flag("--print-config", opts->printConfig, "print the effective settings as JSON and exit");
  addConfigFlags(*cmd, opts->settings, FinetuneConfig::fields(), configDefaults<FinetuneConfig>(), "Settings",
                 "Every setting of the run (override --config)");
  cmd->callback([opts] {
    const int code = runFinetuneCommand(*opts);
    if (code != 0) {
      std::cout.flush();
      std::cerr.flush();
      std::exit(code);
    }
  });
}

const bool kRegistered = registerCommand("finetune", 15, setup);

}  // namespace
}  // namespace colorproxy::cli
