// `colorproxy-cli pretrain`: colorization pretraining (pix2pix cGAN, Zhang classification or L2) with a
// progress bar. Every ColorizationConfig field is a flag (generated from ColorizationConfig::fields(), so
// a new setting needs no change here); --config FILE and --preset NAME give the starting point, flags
// override. Ctrl-C stops after the current batch and writes a resumable checkpoint.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <cctype>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <thread>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/number_text.h"
#include "colorproxy/dist/dist_env.h"
#include "colorproxy/models/model_size.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "command.h"
#include "config_flags.h"
#include "exit_codes.h"
#include "progress_bar.h"

namespace colorproxy::cli {
namespace {

using nlohmann::json;

std::atomic<int> g_interrupts{0};

extern "C" void onInterrupt(int) {
  // Only a lock-free store here: the watcher thread turns it into StopToken::requestStop().
  if (g_interrupts.fetch_add(1) >= 1) {
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
  }
}

/// Ctrl-C handling for the duration of a run: the first press asks the trainer to stop after the current
/// batch, the second ends the process at once.
class InterruptWatcher {
 public:
  explicit InterruptWatcher(StopToken& stop) : m_stop(stop) {
    g_interrupts = 0;
    m_previous = std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    m_thread = std::thread([this] {
      while (!m_done.load()) {
        if (g_interrupts.load() > 0 && !m_stop.stopRequested()) {
          m_stop.requestStop();
          m_notice = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    });
  }
  ~InterruptWatcher() {
    m_done = true;
    m_thread.join();
    std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
    std::signal(SIGTERM, SIG_DFL);
  }
  /// True once, after the first Ctrl-C, so the caller can print a notice from its own thread.
  bool takeNotice() { return m_notice.exchange(false); }

 private:
  StopToken& m_stop;
  std::atomic<bool> m_done{false};
  std::atomic<bool> m_notice{false};
  std::thread m_thread;
  void (*m_previous)(int) = SIG_DFL;
};

std::string thousands(int64_t n) {
  std::string s = std::to_string(n), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (s.size() - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return out;
}

/// Prints training progress: the bar while iterating, a line per epoch, log lines.
class CliObserver : public TrainingObserver {
 public:
  CliObserver(ProgressBar& bar, InterruptWatcher*& watcher) : m_bar(bar), m_watcher(watcher) {}

  void onIteration(const IterationStats& s) override {
    if (m_watcher && m_watcher->takeNotice())
      m_bar.message("stopping after the current batch and writing a checkpoint (Ctrl-C again to abort)");
    std::string text = "ep " + std::to_string(s.epoch) + "/" + std::to_string(s.epochs) + " |";
    for (const auto& [name, value] : s.losses) text += " " + name + " " + significantText(value, 4);
    text += " | lr " + scientificText(s.learningRate, 2) + " | " + fixedText(s.imagesPerSecond, 2) +
            " img/s | ETA " + ProgressBar::formatDuration(s.etaSeconds);
    m_bar.update(s.iteration, s.totalIterations, text);
  }

  void onEpoch(const EpochReport& r) override {
    std::string line = "epoch " + std::to_string(r.epoch) + "/" + std::to_string(r.epochs) + ":";
    for (const auto& [name, value] : r.metrics) line += " " + name + " " + fixedText(value, 4);
    line += "  (" + ProgressBar::formatDuration(r.elapsedSeconds) + " elapsed)";
    if (!r.checkpoint.empty()) line += "  checkpoint " + r.checkpoint.filename().string();
    m_bar.message(line);
  }

  void onLog(const std::string& line) override { m_bar.message(line); }

 private:
  ProgressBar& m_bar;
  InterruptWatcher*& m_watcher;
};

/// Options of `pretrain`; the config fields typed on the command line are in `settings`.
struct PretrainOptions {
  std::string configFile;
  std::string preset;
  std::string resumeDir;
  bool json = false;
  bool printConfig = false;
  ConfigFlags settings;
};

ColorizationConfig buildConfig(const PretrainOptions& o) {
  ColorizationConfig c;
  try {
    if (!o.preset.empty()) c = ColorizationConfig::preset(o.preset);
    if (!o.configFile.empty()) {
      // A config file is applied over the preset: only the keys it has change.
      const std::string origin = "config file '" + o.configFile + "'";
      json file;
      try {
        file = json::parse(readTextFile(o.configFile));
      } catch (const json::parse_error& e) {
        throw std::invalid_argument(origin + ": not valid JSON (" + e.what() + ")");
      } catch (const std::runtime_error& e) {
        throw std::invalid_argument(e.what());
      }
      if (file.is_object() && file.contains("settings")) file = file["settings"];
      if (!file.is_object()) throw std::invalid_argument(origin + ": expected a JSON object of settings");
      json merged = json::parse(c.toJsonString());
      merged.update(file);
      c = ColorizationConfig::fromJsonString(merged.dump(), origin);
    }
    o.settings.applyTo(c);
  } catch (const std::invalid_argument& e) {
    throw CommandError{std::string("pretrain: ") + e.what(), kExitUsage};
  }
  return c;
}

void printParameterCounts(const ColorizationConfig& c, std::ostream& out) {
  UNetSize g;
  g.inChannels = c.hints ? 4 : 1;  // L, or L with the hint ab and mask
  g.outChannels = c.pretext == "classification" ? 313 : 2;
  g.ngf = c.ngf;
  g.numDowns = c.numDowns;
  g.outputStride = c.pretext == "classification" ? c.classificationStride : 1;
  out << "generator: U-Net, " << c.numDowns << " downsamplings, ngf " << c.ngf << ", "
      << thousands(unetParameterCount(g)) << " parameters\n";
  if (c.pretext == "gan") {
    PatchGanSize d;
    d.inChannels = g.inChannels + 2;  // the generator's input beside real or generated ab
    d.ndf = c.ndf;
    d.strided16 = c.discriminator == "paper16";
    out << "discriminator: PatchGAN " << c.discriminator << ", ndf " << c.ndf << ", "
        << thousands(patchGanParameterCount(d)) << " parameters\n";
  }
}

json resultJson(const RunResult& r) {
  json metrics = json::object();
  for (const auto& [k, v] : r.finalMetrics) metrics[k] = std::isfinite(v) ? json(v) : json(nullptr);
  return {{"run_dir", r.runDir.string()},
          {"completed", r.completed},
          {"stopped", r.stopped},
          {"error", r.error},
          {"epoch", r.epoch},
          {"iteration", r.iteration},
          {"final_metrics", metrics}};
}

int runPretrain(const PretrainOptions& o) {
  // In a data-parallel job only rank 0 talks (progress, results); the other ranks print their errors.
  DistEnv dist;
  try {
    dist = distEnvFromEnvironment();
  } catch (const std::invalid_argument& e) {
    throw CommandError{std::string("pretrain: ") + e.what(), kExitUsage};
  }
  const bool quiet = dist.rank != 0;
  std::ostream silentStream(nullptr);
  std::ostream& info = quiet ? silentStream : o.json ? std::cerr : std::cout;
  std::ostream& out = quiet ? silentStream : std::cout;
  StopToken stop;
  ProgressBar bar = ProgressBar::forStderr();
  InterruptWatcher* watcherPtr = nullptr;
  CliObserver talking(bar, watcherPtr);
  TrainingObserver silent;
  TrainingObserver& observer = quiet ? silent : talking;
  RunResult result;

  if (!o.resumeDir.empty()) {
    if (!o.configFile.empty() || !o.preset.empty())
      throw CommandError{"pretrain: --resume continues a run with its own settings; drop --config/--preset",
                         kExitUsage};
    ResumeOptions ro;
    for (const auto& f : ColorizationConfig::fields()) {
      if (!o.settings.given(f.key)) continue;
      try {
        ColorizationConfig probe;
        probe.set(f.key, o.settings.text(f));
        if (f.key == "epochs")
          ro.epochs = probe.epochs;
        else if (f.key == "epochsDecay")
          ro.epochsDecay = probe.epochsDecay;
        else if (f.key == "threads")
          ro.threads = probe.threads;
        else if (f.key == "device")
          ro.device = probe.device;
        else
          throw CommandError{"pretrain: --" + kebab(f.key) +
                                 " cannot change when resuming (the run keeps its settings for an exact "
                                 "resume); only --epochs, --epochs-decay, --threads and --device can",
                             kExitUsage};
      } catch (const std::invalid_argument& e) {
        throw CommandError{std::string("pretrain: ") + e.what(), kExitUsage};
      }
    }
    info << "resuming " << o.resumeDir << "\n";
    InterruptWatcher watcher(stop);
    watcherPtr = &watcher;
    result = resumeColorization(o.resumeDir, observer, stop, ro);
    watcherPtr = nullptr;
  } else {
    const ColorizationConfig config = buildConfig(o);
    if (o.printConfig) {
      std::cout << config.toJsonString() << "\n";
      return 0;
    }
    const auto problems = config.validate();
    if (!problems.empty()) {
      std::string msg = "pretrain: the configuration cannot run:";
      for (const auto& p : problems) msg += "\n  - " + p;
      throw CommandError{msg, kExitUsage};
    }
    printParameterCounts(config, info);
    info << "pretext " << config.pretext << ", " << config.imageSize << " px, batch " << config.batchSize
         << ", " << config.epochs << " epochs (" << config.epochsDecay << " decaying), data "
         << config.dataPath.string() << "\n";
    InterruptWatcher watcher(stop);
    watcherPtr = &watcher;
    result = runColorization(config, observer, stop);
    watcherPtr = nullptr;
  }
  bar.finish();

  if (o.json) out << resultJson(result).dump(2) << "\n";
  if (!result.error.empty()) {
    std::string msg =
        (dist.distributed() ? "pretrain, rank " + std::to_string(dist.rank) + ": " : "pretrain: ") +
        result.error;
    if (!result.runDir.empty()) msg += "\n  run folder: " + result.runDir.string();
    throw CommandError{msg, kExitFailure};
  }
  if (!o.json) {
    out << (result.completed ? "completed" : "stopped") << ": " << result.runDir.string() << "\n";
    for (const auto& [k, v] : result.finalMetrics) out << "  " << k << " " << fixedText(v, 4) << "\n";
  }
  if (result.stopped) {
    if (!quiet)
      std::cerr << "stopped after epoch " << result.epoch << ", iteration " << result.iteration
                << "; continue with: colorproxy-cli pretrain --resume " << result.runDir.string() << "\n";
    return kExitStopped;
  }
  return 0;
}

void setup(CLI::App& root) {
  auto opts = std::make_shared<PretrainOptions>();
  CLI::App* cmd = root.add_subcommand(
      "pretrain",
      "Pretrain a colorization network (pix2pix cGAN, Zhang 313-bin classification or L2) on a folder of "
      "photos.\nWrites runs/<date>-<name>/ with config.json, metrics.csv, checkpoints/, previews/ and a "
      "report. Ctrl-C stops cleanly after the current batch; --resume RUN_DIR continues exactly.");
  cmd->add_option("--config", opts->configFile, "JSON settings file (a run's config.json works too)")
      ->check(CLI::ExistingFile);
  std::string presets;
  for (const auto& p : ColorizationConfig::presetNames()) presets += (presets.empty() ? "" : ", ") + p;
  cmd->add_option("--preset", opts->preset, "starting settings: " + presets + " (default: paper)");
  cmd->add_option("--resume", opts->resumeDir, "continue the run in this folder from its latest checkpoint")
      ->check(CLI::ExistingDirectory);
  cmd->add_flag("--json", opts->json, "print the result as JSON on stdout (progress stays on stderr)");
  cmd->add_flag("--print-config", opts->printConfig, "print the effective settings as JSON and exit");

  addConfigFlags(*cmd, opts->settings, ColorizationConfig::fields(), configDefaults<ColorizationConfig>(),
                 "Settings", "Every setting of the run (override --config / --preset)");
  cmd->callback([opts] {
    const int code = runPretrain(*opts);
    if (code != 0) {
      // A clean stop is not an error worth an "error:" line, but scripts must see it was not completed.
      std::cout.flush();
      std::cerr.flush();
      std::exit(code);
    }
  });
}

const bool kRegistered = registerCommand("pretrain", 10, setup);

}  // namespace
}  // namespace colorproxy::cli
