// `colorproxy-cli evaluate`: metrics from the command line. One function per mode:
//   runImageMode  --pred DIR --truth DIR   PSNR and SSIM between same-named images of two folders.
// A new mode (e.g. --model RUN --data DIR --split test) adds its fields to EvaluateOptions, an option
// group in setup(), and a branch in runEvaluate; the JSON/text helpers are shared.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <unistd.h>
#include <opencv2/core.hpp>

#include "colorproxy/eval/folder_comparison.h"
#include "colorproxy/eval/summary_stats.h"
#include "command.h"

namespace colorproxy::cli {
namespace {

using nlohmann::json;

/// Exit code when results were printed but some files could not be compared.
constexpr int kExitIncomplete = 3;
/// Problems printed in text mode before "... and N more" (--json always lists all).
constexpr std::size_t kMaxProblemsShown = 20;

/// Every option of `evaluate`; each mode reads the fields it needs.
struct EvaluateOptions {
  // Image mode.
  std::string predictionDir;
  std::string truthDir;
  bool recursive = false;
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

std::string fixed(double v, int decimals) {
  if (std::isnan(v)) return "n/a";
  std::ostringstream out;
  out << std::fixed << std::setprecision(decimals) << v;
  return out.str();
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
                << fixed(s.mean, decimals) << "  min " << std::setw(8) << fixed(s.min, decimals) << "  max "
                << std::setw(8) << fixed(s.max, decimals) << "  std " << std::setw(8)
                << fixed(s.std, decimals) << unit << "\n";
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
    throw CommandError{std::string("evaluate: ") + e.what(), 1};
  }
  if (o.json)
    std::cout << imageModeJson(o, fo, r).dump(2) << "\n";
  else
    printImageModeText(o, r);

  if (r.pairs.empty())
    throw CommandError{
        "evaluate: no image pair could be compared (images are matched by file name without "
        "extension; check the two folders)",
        1};
  if (!r.problems.empty())
    throw CommandError{"evaluate: " + std::to_string(r.problems.size()) +
                           " file(s) left out; the figures cover the " + std::to_string(r.pairs.size()) +
                           " pairs compared",
                       kExitIncomplete};
}

void runEvaluate(const EvaluateOptions& o) {
  if (o.threads > 0) cv::setNumThreads(o.threads);
  if (!o.predictionDir.empty()) return runImageMode(o);
  throw CommandError{
      "evaluate: say what to evaluate, e.g. --pred DIR --truth DIR to compare colorizations "
      "with the original images (see evaluate --help)",
      2};
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

  cmd->add_flag("--json", opts->json, "Print machine-readable JSON (summary, every image, every problem)");
  cmd->add_option("--threads", opts->threads, "Threads for the metrics (0: all cores)")
      ->check(CLI::NonNegativeNumber);
  cmd->footer(
      "PSNR of identical images is infinite: it is left out of mean/min/max/std and counted apart "
      "(JSON: psnr null, identical true).\n"
      "Exit codes: 0 all files compared; 3 results printed but some files left out (missing partner, "
      "unreadable, size mismatch); 1 nothing could be compared or a folder is missing; 2 no mode given; "
      "others: command-line errors.");
  cmd->callback([opts] { runEvaluate(*opts); });
}

const bool kRegistered = registerCommand("evaluate", 20, setup);

}  // namespace
}  // namespace colorproxy::cli
