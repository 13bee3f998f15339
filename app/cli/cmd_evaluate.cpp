// `colorproxy-cli evaluate`: metrics from the command line. One function per mode:
//   runImageMode  --pred DIR --truth DIR   PSNR and SSIM between same-named images of two folders.
//   runModelMode  --model RUN --data DIR   a colorization model over a dataset split (the paper's Table 3).
// A new mode (e.g. --model RUN --data DIR --split test) adds its fields to EvaluateOptions, an option
// group in setup(), and a branch in runEvaluate; the JSON/text helpers are shared.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include <unistd.h>
#include <opencv2/core.hpp>

#include "colorproxy/base/number_text.h"
#include "colorproxy/eval/folder_comparison.h"
#include "colorproxy/eval/paired_statistics.h"
#include "colorproxy/eval/summary_stats.h"
#include "colorproxy/infer/colorization_evaluation.h"
#include "colorproxy/infer/colorizer.h"
#include "colorproxy/infer/hint_count_figure.h"
#include "colorproxy/tensor/compute_threads.h"
#include "command.h"
#include "exit_codes.h"
#include "inference_flags.h"
#include "progress_bar.h"

namespace colorproxy::cli {
namespace {

using nlohmann::json;

/// Problems printed in text mode before "... and N more" (--json always lists all).
constexpr std::size_t kMaxProblemsShown = 20;

/// Every option of `evaluate`; each mode reads the fields it needs.
struct EvaluateOptions {
  // Image mode.
  std::string predictionDir;
  std::string truthDir;
  bool recursive = false;
  // Model mode.
  std::string model;
  std::string dataDir;
  std::string split;
  std::string dataFormat = "auto";
  std::size_t maxImages = 0;
  int size = 0;
  double temperature = -1.0;
  std::vector<int> hintCounts;
  std::string figure;  // PNG of PSNR/SSIM against the hint counts
  bool fullResolution = false;
  std::string saveDir;
  std::string device = "auto";
  InferenceFlags inference;
  // Shared.
  bool json = false;
  int threads = 0;  // 0: OpenCV's default (all cores)
};

json number(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

json summaryJson(const SummaryStats& s) {
  return {{"count", s.count},
          {"finite_count", s.finiteCount},
          {"infinite_count", s.positiveInfiniteCount + s.negativeInfiniteCount},
          {"mean", number(s.mean)},
          {"std", number(s.std)},
          {"min", number(s.min)},
          {"max", number(s.max)}};
}

// [low, high] of a 95 % interval, or null when it is undefined (fewer than two values).
json intervalJson(const ConfidenceInterval& ci) {
  return ci.valid() ? json::array({ci.low, ci.high}) : json(nullptr);
}

// "[12/400]" on stderr, only when a person is watching (keeps redirected output and --json clean).
std::function<bool(std::size_t, std::size_t)> progressPrinter() {
  if (!::isatty(STDERR_FILENO)) return {};
  return [](std::size_t done, std::size_t total) {
    std::cerr << "\rcomparing " << done << "/" << total << std::flush;
    if (done == total) std::cerr << "\r" << std::string(40, ' ') << "\r" << std::flush;
    return true;
  };
}

json imageModeJson(const EvaluateOptions& o, const FolderComparisonOptions& fo, const FolderComparison& r) {
  json images = json::array();
  for (const auto& p : r.pairs)
    images.push_back({{"name", p.name},
                      {"prediction", p.prediction.string()},
                      {"truth", p.truth.string()},
                      {"width", p.width},
                      {"height", p.height},
                      {"mse", p.mse},
                      {"psnr", number(p.psnr)},  // null when identical (PSNR = +inf)
                      {"identical", p.mse == 0.0},
                      {"ssim", p.ssim}});
  json problems = json::array();
  for (const auto& p : r.problems)
    problems.push_back(
        {{"kind", problemKindName(p.kind)}, {"file", p.file.string()}, {"message", p.message}});
  return {{"mode", "images"},
          {"prediction_dir", o.predictionDir},
          {"truth_dir", o.truthDir},
          {"color_space", "RGB 8-bit"},
          {"ssim_settings",
           {{"window", fo.ssim.windowSize},
            {"sigma", fo.ssim.sigma},
            {"k1", fo.ssim.k1},
            {"k2", fo.ssim.k2},
            {"data_range", fo.ssim.dataRange},
            {"border", "valid"}}},
          {"pair_count", r.pairs.size()},
          {"psnr", summaryJson(r.psnr)},
          {"ssim", summaryJson(r.ssim)},
          {"images", images},
          {"problems", problems},
          {"complete", r.problems.empty()}};
}

void printImageModeText(const EvaluateOptions& o, const FolderComparison& r) {
  std::cout << "Compared " << r.pairs.size() << " image pair" << (r.pairs.size() == 1 ? "" : "s")
            << " in RGB (prediction: " << o.predictionDir << ", truth: " << o.truthDir << ")\n";
  if (!r.pairs.empty()) {
    const auto row = [](const char* name, const SummaryStats& s, int decimals, const char* unit) {
      std::cout << std::left << std::setw(6) << name << std::right << " mean " << std::setw(8)
                << fixedText(s.mean, decimals) << "  min " << std::setw(8) << fixedText(s.min, decimals)
                << "  max " << std::setw(8) << fixedText(s.max, decimals) << "  std " << std::setw(8)
                << fixedText(s.std, decimals) << unit << "\n";
    };
    row("PSNR", r.psnr, 2, "  dB");
    row("SSIM", r.ssim, 4, "");
    if (r.psnr.positiveInfiniteCount > 0)
      std::cout << r.psnr.positiveInfiniteCount << " identical pair"
                << (r.psnr.positiveInfiniteCount == 1 ? " has" : "s have") << " PSNR = inf and "
                << (r.psnr.positiveInfiniteCount == 1 ? "is" : "are")
                << " left out of the PSNR figures (SSIM includes them).\n";
  }
  if (r.cancelled) std::cout << "Stopped early.\n";
  if (r.problems.empty()) return;
  std::cout << r.problems.size() << " file" << (r.problems.size() == 1 ? " was" : "s were") << " left out:\n";
  for (std::size_t i = 0; i < r.problems.size() && i < kMaxProblemsShown; ++i)
    std::cout << "  " << problemKindName(r.problems[i].kind) << ": " << r.problems[i].message << "\n";
  if (r.problems.size() > kMaxProblemsShown)
    std::cout << "  ... and " << r.problems.size() - kMaxProblemsShown << " more (--json lists them all)\n";
}

void runImageMode(const EvaluateOptions& o) {
  FolderComparisonOptions fo;
  fo.recursive = o.recursive;
  if (!o.json) fo.progress = progressPrinter();
  FolderComparison r;
  try {
    r = compareImageFolders(o.predictionDir, o.truthDir, fo);
  } catch (const std::invalid_argument& e) {
    throw CommandError{std::string("evaluate: ") + e.what(), kExitFailure};
  }
  if (o.json)
    std::cout << imageModeJson(o, fo, r).dump(2) << "\n";
  else
    printImageModeText(o, r);

  if (r.pairs.empty())
    throw CommandError{
        "evaluate: no image pair could be compared (images are matched by file name without "
        "extension; check the two folders)",
        kExitFailure};
  if (!r.problems.empty())
    throw CommandError{"evaluate: " + std::to_string(r.problems.size()) +
                           " file(s) left out; the figures cover the " + std::to_string(r.pairs.size()) +
                           " pairs compared",
                       kExitIncomplete};
}

// A figure that cannot be written should stop the command before the evaluation, not after it. Missing
// folders are created when it is written, so the check is on the nearest folder that exists.
void checkFigurePath(const std::string& figure) {
  if (figure.empty()) return;
  const std::filesystem::path file(figure);
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    throw CommandError{"evaluate: cannot write the figure '" + figure +
                           "': it is a folder (give a file name such as points.png)",
                       kExitUsage};
  std::string extension = file.extension().string();
  for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
  if (extension != ".png")
    throw CommandError{"evaluate: the figure '" + figure + "' is written as PNG: give a name ending in .png",
                       kExitUsage};
  std::filesystem::path existing = std::filesystem::absolute(file, ec).parent_path();
  while (!existing.empty() && !std::filesystem::exists(existing, ec) && existing != existing.parent_path())
    existing = existing.parent_path();
  if (!std::filesystem::is_directory(existing, ec))
    throw CommandError{
        "evaluate: cannot write the figure '" + figure + "': '" + existing.string() + "' is not a folder",
        kExitUsage};
  if (::access(existing.c_str(), W_OK) != 0)
    throw CommandError{"evaluate: cannot write the figure '" + figure + "': the folder '" +
                           existing.string() + "' is not writable",
                       kExitUsage};
}

std::string figureTitle(const Colorizer& colorizer, const EvaluateOptions& o, const ColorizationEvaluation& r,
                        const std::string& compared) {
  std::filesystem::path data = std::filesystem::path(o.dataDir).lexically_normal();
  if (data.filename().empty()) data = data.parent_path();
  return colorizer.checkpoint().filename().string() + " on " + data.filename().string() + " (split '" +
         r.split + "', " + std::to_string(r.images.size()) + " images, " + compared + ")";
}

void runModelMode(const EvaluateOptions& o) {
  checkFigurePath(o.figure);
  setComputeThreads(o.threads);
  ColorizerOptions co;
  co.device = o.device;
  co.size = o.size;
  co.temperature = o.temperature;
  applyInferenceFlags(o.inference, co, "evaluate");
  std::unique_ptr<Colorizer> colorizer;
  try {
    colorizer = std::make_unique<Colorizer>(o.model, co);
  } catch (const std::exception& e) {
    throw CommandError{std::string("evaluate: ") + e.what(), kExitFailure};
  }
  ColorizationEvalOptions eo;
  eo.split = o.split;
  eo.dataFormat = o.dataFormat;
  eo.maxImages = o.maxImages;
  eo.fullResolution = o.fullResolution;
  eo.saveDir = o.saveDir;
  eo.hintCounts = o.hintCounts;
  auto bar = std::make_shared<ProgressBar>(ProgressBar::forStderr());
  eo.progress = [bar](std::size_t done, std::size_t total) {
    bar->update(int64_t(done), int64_t(total), "colorizing and scoring");
    return true;
  };
  ColorizationEvaluation r;
  try {
    r = evaluateColorization(*colorizer, o.dataDir, eo);
  } catch (const std::exception& e) {
    throw CommandError{std::string("evaluate: ") + e.what(), kExitFailure};
  }
  bar->finish();
  const std::string compared =
      o.fullResolution ? std::string("full resolution")
                       : std::to_string(colorizer->size()) + "x" + std::to_string(colorizer->size());
  if (o.json) {
    json images = json::array();
    for (const auto& i : r.images)
      images.push_back({{"image", i.image.string()},
                        {"width", i.width},
                        {"height", i.height},
                        {"psnr", number(i.psnr)},
                        {"ssim", i.ssim}});
    json byHints = json::array();
    for (const auto& h : r.byHints)
      byHints.push_back({{"hints", h.hints},
                         {"psnr", summaryJson(h.psnr)},
                         {"ssim", summaryJson(h.ssim)},
                         {"psnr_mean_ci95", intervalJson(meanTInterval(h.psnr))},
                         {"ssim_mean_ci95", intervalJson(meanTInterval(h.ssim))}});
    std::cout << json({{"mode", "model"},
                       {"model", colorizer->checkpoint().string()},
                       {"pretext", colorizer->pretext()},
                       {"protocol", inferenceProtocolName(colorizer->protocol())},
                       {"protocol_description",
                        inferenceProtocolDescription(colorizer->protocol(), colorizer->samples())},
                       {"samples", colorizer->samples()},
                       {"seed", o.inference.seed},
                       {"data", o.dataDir},
                       {"split", r.split},
                       {"layout", r.layout},
                       {"compared_at", compared},
                       {"color_space", "RGB 8-bit"},
                       {"image_count", r.images.size()},
                       {"psnr", summaryJson(r.psnr)},
                       {"ssim", summaryJson(r.ssim)},
                       {"by_hints", byHints},
                       {"images", images},
                       {"problems", r.problems},
                       {"excluded", r.excluded}})
                     .dump(2)
              << "\n";
  } else {
    std::cout << "Colorized and scored " << r.images.size() << " image" << (r.images.size() == 1 ? "" : "s")
              << " of split '" << r.split << "' (" << r.layout << ") at " << compared << ", in RGB\n"
              << "model " << colorizer->checkpoint().string() << " (" << colorizer->pretext() << ")\n"
              << "inference protocol: " << inferenceProtocolName(colorizer->protocol()) << " ("
              << inferenceProtocolDescription(colorizer->protocol(), colorizer->samples()) << ")\n\n"
              << "| metric | mean | min | max |\n|---|---|---|---|\n"
              << "| PSNR (dB) | " << fixedText(r.psnr.mean, 2) << " | " << fixedText(r.psnr.min, 2) << " | "
              << fixedText(r.psnr.max, 2) << " |\n"
              << "| SSIM | " << fixedText(r.ssim.mean, 2) << " | " << fixedText(r.ssim.min, 2) << " | "
              << fixedText(r.ssim.max, 2) << " |\n";
    if (!r.byHints.empty()) {
      std::cout
          << "\nWith simulated hints (each the mean colour of a random 1..9-pixel patch of the truth):\n\n"
          << "| hints per image | PSNR (dB) | SSIM |\n|---|---|---|\n";
      for (const auto& h : r.byHints)
        std::cout << "| " << h.hints << " | " << fixedText(h.psnr.mean, 2) << " | "
                  << fixedText(h.ssim.mean, 3) << " |\n";
    }
    if (r.psnr.positiveInfiniteCount > 0)
      std::cout << r.psnr.positiveInfiniteCount << " image(s) came back identical (PSNR = inf) and are left "
                << "out of the PSNR figures.\n";
    for (std::size_t i = 0; i < r.excluded.size() && i < kMaxProblemsShown; ++i)
      std::cout << "  excluded: " << r.excluded[i] << "\n";
    for (std::size_t i = 0; i < r.problems.size() && i < kMaxProblemsShown; ++i)
      std::cout << "  left out: " << r.problems[i] << "\n";
    if (r.problems.size() > kMaxProblemsShown)
      std::cout << "  ... and " << r.problems.size() - kMaxProblemsShown << " more (--json lists them all)\n";
  }
  if (!o.figure.empty() && !r.images.empty()) {
    try {
      writeHintCountFigure(o.figure, r.byHints, figureTitle(*colorizer, o, r, compared));
    } catch (const std::exception& e) {
      throw CommandError{std::string("evaluate: ") + e.what(), kExitFailure};
    }
    if (!o.json) std::cout << "\nFigure of PSNR and SSIM against the hints: " << o.figure << "\n";
  }
  if (r.images.empty())
    throw CommandError{"evaluate: split '" + r.split + "' of '" + o.dataDir + "' has no usable colour images",
                       kExitFailure};
  if (!r.problems.empty())
    throw CommandError{"evaluate: " + std::to_string(r.problems.size()) +
                           " file(s) left out; the figures cover the " + std::to_string(r.images.size()) +
                           " images scored",
                       kExitIncomplete};
}

void runEvaluate(const EvaluateOptions& o) {
  if (o.threads > 0) cv::setNumThreads(o.threads);
  if (!o.predictionDir.empty()) return runImageMode(o);
  if (!o.model.empty()) return runModelMode(o);
  throw CommandError{
      "evaluate: say what to evaluate, e.g. --pred DIR --truth DIR to compare colorizations "
      "with the original images, or --model RUN --data DIR to score a colorization model "
      "(see evaluate --help)",
      kExitUsage};
}

void setup(CLI::App& root) {
  CLI::App* cmd = root.add_subcommand("evaluate",
                                      "Compute metrics: PSNR and SSIM of colorizations against "
                                      "the original images");
  auto opts = std::make_shared<EvaluateOptions>();

  CLI::Option_group* images =
      cmd->add_option_group("Image comparison",
                            "PSNR and SSIM (RGB, 8-bit; SSIM per Wang et al. 2004: 11x11 Gaussian window, "
                            "sigma 1.5, valid region) between same-named images of two folders");
  CLI::Option* pred =
      images->add_option("--pred", opts->predictionDir, "Folder of predicted (colorized) images");
  CLI::Option* truth = images->add_option("--truth", opts->truthDir,
                                          "Folder of ground-truth images, matched by file name without "
                                          "extension (a.png pairs with a.jpg)");
  pred->needs(truth);
  truth->needs(pred);
  images->add_flag("--recursive", opts->recursive, "Also walk sub-folders (match by relative path)");

  CLI::Option_group* modelGroup = cmd->add_option_group(
      "Model evaluation",
      "Colorize every image of a dataset split with a pretrained colorization run and score it against "
      "the original (RGB PSNR and SSIM, mean/min/max as Treneska et al. Table 3; images resized to the "
      "model's size as in the paper unless --full-resolution)");
  CLI::Option* model = modelGroup->add_option("--model", opts->model,
                                              "Run folder (its checkpoints/latest.pt) or checkpoint file");
  CLI::Option* data =
      modelGroup->add_option("--data", opts->dataDir, "Dataset folder (any supported layout)");
  model->needs(data);
  data->needs(model);
  modelGroup->add_option("--split", opts->split, "Split to score (default: test, or the only split)");
  modelGroup->add_option("--format", opts->dataFormat, "Dataset layout: auto, folder, coco, voc, camvid")
      ->check(CLI::IsMember({"auto", "folder", "coco", "voc", "camvid"}));
  modelGroup->add_option("--max-images", opts->maxImages, "Score only the first N images (0: all)");
  modelGroup->add_option("--size", opts->size, "Working and comparison size (default: the training size)")
      ->check(CLI::PositiveNumber);
  modelGroup
      ->add_option("--temperature", opts->temperature,
                   "Annealed-mean temperature for classification-pretext models (default: the run's)")
      ->check(CLI::PositiveNumber);
  modelGroup->add_flag("--full-resolution", opts->fullResolution,
                       "Compare at each image's own size (colorized at full resolution)");
  modelGroup->add_option("--save", opts->saveDir, "Also write the colorizations to this folder");
  CLI::Option* hintCounts =
      modelGroup
          ->add_option(
              "--hint-counts", opts->hintCounts,
              "Hint models: also score with this many simulated hints per image, e.g. 0,1,2,5,10,20,50")
          ->delimiter(',')
          ->check(CLI::Range(0, 1000));
  modelGroup
      ->add_option("--figure", opts->figure,
                   "With --hint-counts: also draw PSNR and SSIM (mean and 95 % interval) against the hints "
                   "per image into this PNG file")
      ->needs(hintCounts);
  modelGroup->add_option("--device", opts->device, "auto, cpu or cuda")
      ->check(CLI::IsMember({"auto", "cpu", "cuda"}));
  addInferenceFlags(*modelGroup, opts->inference);
  pred->excludes(model);
  model->excludes(pred);

  cmd->add_flag("--json", opts->json, "Print machine-readable JSON (summary, every image, every problem)");
  cmd->add_option("--threads", opts->threads, "Threads for the metrics (0: all cores)")
      ->check(CLI::NonNegativeNumber);
  cmd->footer(
      "PSNR of identical images is infinite: it is left out of mean/min/max/std and counted apart "
      "(JSON: psnr null, identical true). Files left out (missing partner, unreadable, size mismatch) are "
      "listed after the results.");
  cmd->callback([opts] { runEvaluate(*opts); });
}

const bool kRegistered = registerCommand("evaluate", 20, setup);

}  // namespace
}  // namespace colorproxy::cli
