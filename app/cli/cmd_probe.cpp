// `colorproxy-cli probe`: representation probes of frozen encoders. Per encoder level, pooled features of
// a colorization model (and of randomly initialised encoders of the same shape) are read out by a linear
// multilabel classifier and a cosine k-NN classifier; test mAP per level with 95 % intervals over seeds
// (Zhang et al. 2016's "AP by layer"). Features are cached in the output folder.
#include <CLI/CLI.hpp>

#include <cmath>
#include <csignal>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "colorproxy/base/number_text.h"
#include "colorproxy/base/stop_token.h"
#include "colorproxy/data/data_error.h"
#include "colorproxy/probe/probe_runner.h"
#include "colorproxy/probe/segmentation_probe.h"
#include "command.h"
#include "exit_codes.h"

namespace colorproxy::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onProbeInterrupt(int) { g_interrupted = 1; }

struct ProbeOptions {
  ProbeConfig config;
  std::string levels = "all";
  std::string data;
  std::string format;
  std::vector<std::string> settings;  // --set key=value (data fields of the fine-tuning settings)
  bool noBaseline = false;
  std::string task = "classification";
};

std::vector<int> parseLevels(const std::string& text) {
  if (text == "all" || text.empty()) return {};
  std::vector<int> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    try {
      std::size_t used = 0;
      const int v = std::stoi(item, &used);
      if (used != item.size()) throw std::invalid_argument(item);
      out.push_back(v);
    } catch (const std::exception&) {
      throw CommandError{"probe: --levels takes 'all' or numbers like 0,3,6 (got '" + text + "')",
                         kExitUsage};
    }
  }
  return out;
}

std::string cell(double mean, double low, double high) {
  if (!std::isfinite(mean)) return "-";
  std::string s = fixedText(mean, 3);
  if (std::isfinite(low)) s += " [" + fixedText(low, 3) + ", " + fixedText(high, 3) + "]";
  return s;
}

/// Runs a probe study; its errors become the command's failure, and Ctrl-C stops being caught after it.
template <typename Study>
auto runStudy(Study study) {
  try {
    auto report = study();
    std::signal(SIGINT, SIG_DFL);
    return report;
  } catch (const std::invalid_argument& e) {
    throw CommandError{e.what(), kExitFailure};
  } catch (const DataError& e) {
    throw CommandError{e.what(), kExitFailure};
  }
}

int runSegmentationProbeCommand(const ProbeConfig& c, const std::function<void(const std::string&)>& log,
                                StopToken& stop) {
  const auto r = runStudy([&] { return runSegmentationProbe(c, log, stop); });
  if (stop.stopRequested()) {
    std::cout << "stopped; nothing written\n";
    return kExitStopped;
  }
  std::cout << "\ntest mIoU of a 1x1 convolution on the decoder's last features (" << r.featureChannels
            << " channels at " << r.featureSide << "x" << r.featureSide << "), mean [95 % interval] over "
            << c.seeds << " seed(s):\n";
  for (const auto& s : r.summaries) {
    std::string arm = s.arm == "random" ? "random init" : "pretrained";
    arm.resize(14, ' ');
    std::cout << arm << cell(s.mean, s.low, s.high) << "\n";
  }
  std::cout << "most frequent class everywhere: " << fixedText(r.majorityMeanIoU, 3) << "\n";
  std::cout << "\nwrote " << (c.outDir / "probe-segmentation.md").string() << ", probe-segmentation.json ("
            << fixedText(r.seconds, 1) << " s)\n";
  return 0;
}

int runProbeCommand(ProbeOptions& o) {
  ProbeConfig& c = o.config;
  c.data.dataPath = o.data;
  try {
    if (!o.format.empty()) c.data.set("dataFormat", o.format);
    for (const auto& kv : o.settings) {
      const auto eq = kv.find('=');
      if (eq == std::string::npos)
        throw CommandError{"probe: --set takes key=value (e.g. --set labelView=voc20), got '" + kv + "'",
                           kExitUsage};
      c.data.set(kv.substr(0, eq), kv.substr(eq + 1));
    }
  } catch (const std::invalid_argument& e) {
    throw CommandError{std::string("probe: ") + e.what(), kExitUsage};
  }
  c.levels = parseLevels(o.levels);
  c.baseline = !o.noBaseline;
  if (c.outDir.empty()) c.outDir = "runs/probe";
  try {
    c.validate();
  } catch (const std::invalid_argument& e) {
    throw CommandError{e.what(), kExitUsage};
  }
  StopToken stop;
  g_interrupted = 0;
  std::signal(SIGINT, onProbeInterrupt);
  const auto log = [&](const std::string& line) {
    if (g_interrupted) stop.requestStop();
    std::cout << line << std::endl;
  };
  if (o.task == "segmentation") return runSegmentationProbeCommand(c, log, stop);
  const ProbeReport r = runStudy([&] { return runProbes(c, log, stop); });
  if (stop.stopRequested()) {
    std::cout << "stopped; cached features stay in " << (c.outDir / "features").string() << "\n";
    return kExitStopped;
  }
  std::cout << "\ntest mAP by level (mean [95 % interval] over " << c.seeds << " seed(s)):\n";
  std::cout << "level  features  probe   random init              pretrained\n";
  for (const auto& l : r.levels)
    for (const bool linear : {true, false}) {
      std::string a = "-", b = "-";
      for (const auto& s : r.summaries) {
        if (s.level != l.level) continue;
        const std::string v =
            linear ? cell(s.linearMean, s.linearLow, s.linearHigh) : cell(s.knnMean, s.knnLow, s.knnHigh);
        (s.arm == "random" ? a : b) = v;
      }
      std::ostringstream line;
      line << std::left;
      line.width(7);
      line << std::to_string(l.level);
      line.width(10);
      line << std::to_string(l.features);
      line.width(8);
      line << (linear ? "linear" : "k-NN");
      line.width(25);
      line << a << b;
      std::cout << line.str() << "\n";
    }
  std::cout << "chance level (one constant score): " << fixedText(r.chanceMeanAP, 3) << "\n";
  std::cout << "\nwrote " << (c.outDir / "probe.md").string() << ", probe.json, probe.csv, probe.png ("
            << fixedText(r.seconds, 1) << " s)\n";
  return 0;
}

void setup(CLI::App& root) {
  auto opts = std::make_shared<ProbeOptions>();
  CLI::App* cmd = root.add_subcommand(
      "probe",
      "Representation probes of frozen encoders (Zhang et al. 2016's AP by layer): per U-Net encoder level, "
      "average-pooled features (about --feature-budget per level) of the model and of randomly initialised "
      "encoders of the same shape, read out by a linear multilabel classifier (trained per seed, epoch "
      "chosen "
      "on validation) and a cosine k-NN classifier; test mAP per level with 95 % intervals. Features are "
      "cached under OUT/features/, so a second call only trains the probes.");
  cmd->add_option(
         "--model", opts->config.model,
         "colorization run folder, checkpoint or exported model; 'random' probes random encoders only")
      ->required();
  cmd->add_option("--data", opts->data, "labelled dataset (COCO/YOLO, VOC, folders with labels)")->required();
  cmd->add_option("--format", opts->format, "dataset reader (default: detected from the layout)");
  cmd->add_option("--out", opts->config.outDir, "output folder (default runs/probe)");
  cmd->add_option("--levels", opts->levels,
                  "encoder levels to probe: all, or a list like 0,3,6 (0 = outermost)");
  cmd->add_option("--seeds", opts->config.seeds, "probe seeds (random encoders and linear probe order)")
      ->default_val(3);
  cmd->add_option("--image-size", opts->config.data.imageSize,
                  "network input side (default: the model's pretraining size, else 256)")
      ->default_val(0);
  cmd->add_option("--feature-budget", opts->config.featureBudget, "pooled features per level")
      ->default_val(9000);
  cmd->add_option("--epochs", opts->config.epochs, "linear probe epochs")->default_val(60);
  CLI::Option* lr = cmd->add_option("--lr", opts->config.lr,
                                    "linear probe Adam rate (default 1e-3; 1e-2 with --task segmentation)")
                        ->default_val(1e-3);
  cmd->add_option("--weight-decay", opts->config.weightDecay, "linear probe L2 penalty")->default_val(1e-4);
  cmd->add_option("--knn", opts->config.knnK, "neighbours of the k-NN probe")->default_val(20);
  cmd->add_option("--threads", opts->config.data.threads, "compute threads (0 = all cores)")->default_val(0);
  cmd->add_flag("--no-baseline", opts->noBaseline, "skip the randomly initialised encoders");
  cmd->add_option("--task", opts->task,
                  "classification: linear and k-NN multilabel probes per encoder level (default); "
                  "segmentation: a 1x1 convolution on the frozen decoder's last features, test mIoU "
                  "(a segmentation dataset: CamVid, VOC or COCO masks)")
      ->check(CLI::IsMember({"classification", "segmentation"}));
  cmd->add_option("--set", opts->settings,
                  "a data setting of the fine-tuning configuration, key=value (e.g. labelView=voc20, "
                  "vocDifficult=ignore, testSplit=val2017, ngf=64, numDowns=8 for --model random)");
  cmd->callback([opts, lr] {
    if (opts->task == "segmentation" && lr->count() == 0) opts->config.lr = kSegmentationProbeRate;
    const int code = runProbeCommand(*opts);
    if (code != 0) {
      std::cout.flush();
      std::exit(code);
    }
  });
}

const bool kRegistered = registerCommand("probe", 17, setup);

}  // namespace
}  // namespace colorproxy::cli
