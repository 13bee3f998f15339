// `colorproxy-cli colorize`: colorizes photos (files or whole folders) with a pretrained colorization run,
// at full resolution: the output has the input's size and its own lightness.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "colorproxy/hints/hint_file.h"
#include "colorproxy/infer/colorizer.h"
#include "colorproxy/tensor/compute_threads.h"
#include "command.h"
#include "exit_codes.h"
#include "inference_flags.h"
#include "progress_bar.h"

namespace colorproxy::cli {
namespace {

using nlohmann::json;

/// Every option of `colorize`.
struct ColorizeOptions {
  std::vector<std::string> inputs;
  std::string model;
  std::string outDir;
  int size = 0;
  double temperature = -1.0;
  std::string device = "auto";
  std::string precision = "auto";
  int threads = 0;
  InferenceFlags inference;
  bool json = false;
  std::string hints;
};

/// Colorizes the one photo of `o.inputs` guided by the hints file (scaled when it was saved for another
/// size of the same photo).
ColorizeFileResult colorizeWithHints(const Colorizer& colorizer, const ColorizeOptions& o, const HintSet& set,
                                     std::ostream& info) {
  if (o.inputs.size() != 1)
    throw CommandError{"colorize: --hints belongs to one photo; give exactly one input image (got " +
                           std::to_string(o.inputs.size()) + ")",
                       kExitUsage};
  if (!colorizer.takesHints())
    throw CommandError{"colorize: the model " + colorizer.checkpoint().string() +
                           " takes no colour hints (pretrain one with --hints); drop --hints to colorize "
                           "automatically",
                       kExitUsage};
  const ColorizeFilePlan plan = planColorizeFiles({o.inputs.front()}, o.outDir);
  if (!plan.failures.empty()) return plan.failures.front();
  const ColorizeFileResult r =
      colorizer.colorizeFile(plan.jobs.front().first, plan.jobs.front().second, &set);
  if (r.error.empty() && (r.width != set.width || r.height != set.height))
    info << "the hints were placed on a " << set.width << "x" << set.height << " photo; scaled to " << r.width
         << "x" << r.height << "\n";
  return r;
}

void runColorize(const ColorizeOptions& o) {
  setComputeThreads(o.threads);
  HintSet hints;
  if (!o.hints.empty()) {
    try {
      hints = readHintFile(o.hints);
    } catch (const std::exception& e) {
      throw CommandError{std::string("colorize: ") + e.what(), kExitUsage};
    }
  }
  ColorizerOptions co;
  co.device = o.device;
  co.size = o.size;
  co.temperature = o.temperature;
  InferenceFlags inference = o.inference;
  // The Colorize page records how it made the result saved beside the points; without flags of its own,
  // the command repeats that, so the same file gives the same colours in both.
  const bool fromFile = !hints.protocol.empty() && !inference.given;
  if (fromFile) {
    inference.protocol = hints.protocol;
    inference.samples = hints.protocol == "eval" ? 1 : hints.samples;
    inference.seed = hints.seed;
  }
  applyInferenceFlags(inference, co, "colorize");
  co.precision = o.precision;
  std::unique_ptr<Colorizer> colorizer;
  try {
    colorizer = std::make_unique<Colorizer>(o.model, co);
  } catch (const std::exception& e) {
    throw CommandError{std::string("colorize: ") + e.what(), kExitUsage};
  }
  std::ostream& info = o.json ? std::cerr : std::cout;
  info << "model " << colorizer->checkpoint().string() << " (" << colorizer->pretext() << ", trained at "
       << colorizer->trainedSize() << " px, working size " << colorizer->size() << " px";
  if (colorizer->pretext() == "classification") info << ", temperature " << colorizer->temperature();
  if (colorizer->takesHints()) info << ", takes hints";
  info << ", " << colorizer->precision() << ")\n"
       << "inference: " << inferenceProtocolName(colorizer->protocol()) << " ("
       << inferenceProtocolDescription(colorizer->protocol(), colorizer->samples())
       << (fromFile ? "; as recorded in " + o.hints + ", which --protocol/--samples/--seed override" : "")
       << ")\n";
  if (colorizer->protocol() != InferenceProtocol::Eval && !colorizer->hasDropout())
    info << "note: this generator has no dropout, so the " << inferenceProtocolName(colorizer->protocol())
         << " protocol draws no samples\n";

  std::vector<ColorizeFileResult> results;
  if (!o.hints.empty()) {
    results.push_back(colorizeWithHints(*colorizer, o, hints, info));
  } else {
    std::vector<std::filesystem::path> inputs(o.inputs.begin(), o.inputs.end());
    ProgressBar bar = ProgressBar::forStderr();
    results = colorizer->colorizeFiles(
        inputs, o.outDir, [&](size_t done, size_t total, const ColorizeFileResult& r) {
          if (!r.error.empty()) bar.message("skipped: " + r.error);
          bar.update(int64_t(done), int64_t(total), r.input.filename().string());
        });
    bar.finish();
  }
  std::vector<std::string> skipped;
  for (const auto& r : results)
    if (!r.error.empty()) skipped.push_back(r.error);
  if (!skipped.empty()) {
    std::cerr << "skipped " << skipped.size() << " file(s):\n";
    for (const auto& e : skipped) std::cerr << "  " << e << "\n";
  }

  size_t ok = 0;
  json files = json::array();
  for (const auto& r : results) {
    if (r.error.empty()) ++ok;
    files.push_back({{"input", r.input.string()},
                     {"output", r.output.string()},
                     {"width", r.width},
                     {"height", r.height},
                     {"error", r.error}});
  }
  if (o.json) {
    std::cout << json({{"model", colorizer->checkpoint().string()},
                       {"protocol", inferenceProtocolName(colorizer->protocol())},
                       {"samples", colorizer->samples()},
                       {"out", o.outDir},
                       {"colorized", ok},
                       {"failed", results.size() - ok},
                       {"files", files}})
                     .dump(2)
              << "\n";
  } else {
    std::cout << "colorized " << ok << " of " << results.size() << " file(s) into " << o.outDir << "\n";
  }
  if (results.empty()) throw CommandError{"colorize: no input files were found", kExitFailure};
  if (ok == 0)
    throw CommandError{"colorize: no file could be colorized (see the messages above)", kExitFailure};
  if (ok < results.size())
    throw CommandError{"colorize: " + std::to_string(results.size() - ok) + " file(s) could not be colorized",
                       kExitIncomplete};
}

void setup(CLI::App& root) {
  auto opts = std::make_shared<ColorizeOptions>();
  CLI::App* cmd = root.add_subcommand(
      "colorize",
      "Colorize photos with a pretrained colorization run. Any size: the network sees the resized "
      "lightness,\n"
      "its colours are upsampled and recombined with the photo's own full-resolution lightness, so the\n"
      "output keeps the input's size and sharpness. Folders are walked recursively; results are PNG files.");
  cmd->add_option("inputs", opts->inputs, "image files and/or folders")->required();
  cmd->add_option("--model", opts->model, "run folder (uses checkpoints/latest.pt) or checkpoint file")
      ->required();
  cmd->add_option("--out", opts->outDir, "output folder (created if needed)")->required();
  cmd->add_option("--size", opts->size, "network working size in pixels (default: the training size)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--temperature", opts->temperature,
                  "annealed-mean temperature for classification-pretext models (default: the run's, 0.38)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--device", opts->device, "auto, cpu or cuda")
      ->check(CLI::IsMember({"auto", "cpu", "cuda"}));
  cmd->add_option("--precision", opts->precision,
                  "network precision: auto (bf16 on a CPU with AVX-512 BF16, else fp32), bf16 or fp32")
      ->check(CLI::IsMember({"auto", "bf16", "fp32"}))
      ->capture_default_str();
  cmd->add_option("--threads", opts->threads, "compute threads (0: all cores)")
      ->check(CLI::NonNegativeNumber);
  addInferenceFlags(*cmd, opts->inference, true);
  cmd->add_flag("--json", opts->json, "print the result of every file as JSON on stdout");
  cmd->add_option("--hints", opts->hints,
                  "colour hints for the one input photo (hints.json, as the Colorize page saves it; a "
                  "model pretrained with --hints)");
  cmd->callback([opts, cmd] {
    markGivenInferenceFlags(*cmd, opts->inference);
    runColorize(*opts);
  });
}

const bool kRegistered = registerCommand("colorize", 40, setup);

}  // namespace
}  // namespace colorproxy::cli
