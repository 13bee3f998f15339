// `colorproxy-cli bench hints`: what a user placing colour points waits for — from a click (one more hint)
// to the new preview at the network's resolution (Colorizer::colorizePreview), to the suggested colours
// at the clicked place, and to the full-resolution result.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/image_file.h"
#include "colorproxy/infer/colorizer.h"
#include "colorproxy/tensor/compute_threads.h"
#include "command.h"
#include "exit_codes.h"

namespace colorproxy::cli {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

/// Every option of `bench hints`.
struct BenchHintsOptions {
  std::string model;
  std::string image;  // empty: a synthetic photo of --width x --height
  int width = 1600;
  int height = 1200;
  int clicks = 20;
  int threads = 0;
  std::string precision = "auto";
  bool json = false;
};

/// Median and 90th percentile of `ms`, sorted in place.
std::pair<double, double> medianAndP90(std::vector<double>& ms) {
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 9 / 10)]};
}

void runBenchHints(const BenchHintsOptions& o) {
  setComputeThreads(o.threads);
  ColorizerOptions co;
  co.precision = o.precision;
  std::unique_ptr<Colorizer> colorizer;
  try {
    colorizer = std::make_unique<Colorizer>(o.model, co);
  } catch (const std::exception& e) {
    throw CommandError{std::string("bench hints: ") + e.what(), kExitFailure};
  }
  if (!colorizer->takesHints())
    throw CommandError{"bench hints: the model " + colorizer->checkpoint().string() +
                           " takes no colour hints; pretrain one with --hints",
                       kExitUsage};
  cv::Mat photo;
  if (!o.image.empty()) {
    try {
      photo = readImageFile(o.image, cv::IMREAD_COLOR);
    } catch (const std::exception& e) {
      throw CommandError{std::string("bench hints: ") + e.what(), kExitFailure};
    }
  } else {
    photo = cv::Mat(o.height, o.width, CV_8UC3);
    cv::randu(photo, cv::Scalar::all(0), cv::Scalar::all(255));
  }
  const auto ms = [](Clock::time_point a) {
    return std::chrono::duration<double, std::milli>(Clock::now() - a).count();
  };
  std::vector<ColorHint> hints;
  colorizer->colorizePreview(photo, hints);  // warm-up: prepacks the weights for this shape
  std::vector<double> preview, suggest, full;
  cv::RNG rng(1);
  for (int i = 0; i < o.clicks; ++i) {
    const double x = rng.uniform(0.0, double(photo.cols)), y = rng.uniform(0.0, double(photo.rows));
    hints.push_back({x, y, rng.uniform(-60.0, 60.0), rng.uniform(-60.0, 60.0), 3});
    auto t = Clock::now();
    colorizer->colorizePreview(photo, hints);
    preview.push_back(ms(t));
    t = Clock::now();
    colorizer->suggestColors(photo, hints, x, y, 8);
    suggest.push_back(ms(t));
    if (i % 5 == 0) {
      t = Clock::now();
      colorizer->colorize(photo, hints);
      full.push_back(ms(t));
    }
  }
  const auto [p50, p90] = medianAndP90(preview);
  const auto [s50, s90] = medianAndP90(suggest);
  const auto [f50, f90] = medianAndP90(full);
  if (o.json) {
    std::cout << json({{"model", colorizer->checkpoint().string()},
                       {"pretext", colorizer->pretext()},
                       {"precision", colorizer->precision()},
                       {"network_size", colorizer->size()},
                       {"photo", {photo.cols, photo.rows}},
                       {"clicks", o.clicks},
                       {"preview_ms", {{"median", p50}, {"p90", p90}}},
                       {"suggest_ms", {{"median", s50}, {"p90", s90}}},
                       {"full_ms", {{"median", f50}, {"p90", f90}}}})
                     .dump(2)
              << "\n";
    return;
  }
  std::cout << std::fixed << std::setprecision(1) << "bench hints: " << colorizer->checkpoint().string()
            << " (" << colorizer->pretext() << ", " << colorizer->precision() << ", network "
            << colorizer->size() << " px), photo " << photo.cols << "x" << photo.rows << ", " << o.clicks
            << " clicks\n"
            << "  click -> preview at network size: median " << p50 << " ms, p90 " << p90 << " ms\n"
            << "  suggested colours at the click:   median " << s50 << " ms, p90 " << s90 << " ms\n"
            << "  full-resolution result:           median " << f50 << " ms, p90 " << f90 << " ms\n";
}

void setup(CLI::App& root) {
  CLI::App& bench = ensureSubcommand(root, "bench", "Measure the speed of parts of the pipeline");
  CLI::App* cmd = bench.add_subcommand(
      "hints",
      "Interactive colorization latency: click (one more hint) -> preview, suggestions, full result");
  auto opts = std::make_shared<BenchHintsOptions>();
  cmd->add_option("--model", opts->model, "A hint-conditioned model (run folder or model file)")->required();
  cmd->add_option("--image", opts->image,
                  "Photo to colorize (default: a synthetic one of --width x --height)");
  cmd->add_option("--width", opts->width, "Synthetic photo width")
      ->check(CLI::Range(16, 20000))
      ->capture_default_str();
  cmd->add_option("--height", opts->height, "Synthetic photo height")
      ->check(CLI::Range(16, 20000))
      ->capture_default_str();
  cmd->add_option("--clicks", opts->clicks, "Hints added one by one, each timed")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd->add_option("--threads", opts->threads, "Compute threads (0: all cores)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--precision", opts->precision, "auto, bf16 or fp32")
      ->check(CLI::IsMember({"auto", "bf16", "fp32"}))
      ->capture_default_str();
  cmd->add_flag("--json", opts->json, "Print machine-readable JSON");
  cmd->callback([opts] { runBenchHints(*opts); });
}

const bool kRegistered = registerCommand("bench-hints", 92, setup);

}  // namespace
}  // namespace colorproxy::cli
