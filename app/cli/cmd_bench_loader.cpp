// `colorproxy-cli bench loader`: throughput of the data loader (read -> decode -> resize -> Lab) on a
// real folder, with the time of each stage.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <string>

#include <sys/resource.h>
#include <opencv2/core.hpp>

#include "colorproxy/data/batch_loader.h"
#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "command.h"
#include "exit_codes.h"

namespace colorproxy::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

/// Every option of `bench loader`.
struct BenchLoaderOptions {
  std::string data;  // empty: the first default folder that exists
  std::string split;
  int size = 256;
  int threads = 2;
  int batch = 8;
  int epochs = 1;
  bool warmup = true;
  bool jitter = false;
  bool masks = false;
  bool noFastDecode = false;
  int opencvThreads = 1;
  bool json = false;
};

fs::path defaultData() {
  for (const char* p :
       {"../shared/data/camvid/train", "resources/samples/camvid/train", "resources/samples/photos"})
    if (fs::is_directory(p)) return p;
  throw CommandError{
      "bench loader: no default image folder here (looked for ../shared/data/camvid/train, "
      "resources/samples/camvid/train, resources/samples/photos); pass --data DIR",
      kExitFailure};
}

/// CPU seconds (user + system) used by this process so far.
double processCpuSeconds() {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

/// One timed pass over `epochs` epochs; returns wall seconds and sets the CPU seconds it used.
double timedPass(const std::vector<Sample>& samples, const MaskSpec& spec, const LoaderOptions& lo,
                 LoaderStats& stats, std::size_t& images, double& cpuSeconds) {
  const double cpu0 = processCpuSeconds();
  const auto t0 = std::chrono::steady_clock::now();
  BatchLoader loader(samples, lo, spec);
  images = 0;
  while (auto b = loader.next()) images += b->size();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  cpuSeconds = processCpuSeconds() - cpu0;
  stats = loader.stats();
  return seconds;
}

void runBenchLoader(const BenchLoaderOptions& o) {
  const fs::path data = o.data.empty() ? defaultData() : fs::path(o.data);
  Dataset ds;
  try {
    ds = openDataset(data);
  } catch (const DataError& e) {
    throw CommandError{std::string("bench loader: ") + e.what(), kExitFailure};
  }
  const DatasetSplit* split =
      o.split.empty() ? (ds.splits.empty() ? nullptr : &ds.splits.front()) : ds.findSplit(o.split);
  if (!split || split->samples.empty())
    throw CommandError{"bench loader: no usable images in " + data.string() +
                           (o.split.empty() ? "" : " split '" + o.split + "'"),
                       kExitFailure};
  // Loader workers are the parallelism; OpenCV's own thread pool inside each resize would compete
  // with them for the same cores.
  cv::setNumThreads(o.opencvThreads);

  LoaderOptions lo;
  lo.batchSize = o.batch;
  lo.threads = o.threads;
  lo.seed = 1;
  lo.epochs = o.epochs;
  lo.loadMasks = o.masks;
  lo.fastDecode = !o.noFastDecode;
  lo.transform =
      o.jitter ? TransformOptions::pix2pix(o.size * 286 / 256, o.size) : TransformOptions::resizeOnly(o.size);
  LoaderStats stats;
  std::size_t images = 0;
  if (o.warmup) {  // one untimed epoch: file cache and allocator warm, as in steady-state training
    LoaderOptions w = lo;
    w.epochs = 1;
    double unused;
    timedPass(split->samples, ds.maskSpec(), w, stats, images, unused);
  }
  double cpuSeconds = 0;
  const double seconds = timedPass(split->samples, ds.maskSpec(), lo, stats, images, cpuSeconds);
  const double rate = images / seconds;
  // On a shared machine the wall-clock rate depends on everyone else; CPU time does not. Images per
  // CPU second times the worker count is what the loader sustains on that many free cores.
  const double perCpuSecond = cpuSeconds > 0 ? images / cpuSeconds : 0.0;
  const double n = double(std::max<std::size_t>(stats.images, 1));
  const double perImageMs = 1000.0 *
                            (stats.readSeconds + stats.decodeSeconds + stats.transformSeconds +
                             stats.labSeconds + stats.maskSeconds) /
                            n;
  if (o.json) {
    std::cout << json{{"data", data.string()},
                      {"split", split->name},
                      {"images", images},
                      {"seconds", seconds},
                      {"images_per_second", rate},
                      {"cpu_seconds", cpuSeconds},
                      {"images_per_cpu_second", perCpuSecond},
                      {"size", o.size},
                      {"batch", o.batch},
                      {"threads", o.threads},
                      {"jitter", o.jitter},
                      {"masks", o.masks},
                      {"fast_decode", !o.noFastDecode},
                      {"reduced_decodes", stats.reducedDecodes},
                      {"substituted", stats.substituted},
                      {"stage_ms_per_image",
                       {{"read", 1000.0 * stats.readSeconds / n},
                        {"decode", 1000.0 * stats.decodeSeconds / n},
                        {"transform", 1000.0 * stats.transformSeconds / n},
                        {"lab", 1000.0 * stats.labSeconds / n},
                        {"mask", 1000.0 * stats.maskSeconds / n},
                        {"total", perImageMs}}}}
                     .dump(2)
              << "\n";
    return;
  }
  std::cout << std::fixed << std::setprecision(1) << "bench loader: " << data.string() << " [" << split->name
            << ", " << split->samples.size() << " images], " << o.size << "x" << o.size
            << (o.jitter ? " pix2pix jitter" : " resize") << (o.masks ? " + masks" : "") << ", batch "
            << o.batch << ", " << o.threads << " thread" << (o.threads == 1 ? "" : "s") << ", fast decode "
            << (o.noFastDecode ? "off" : "on") << "\n"
            << "  " << images << " images in " << std::setprecision(2) << seconds
            << " s = " << std::setprecision(1) << rate << " images/s (wall clock)\n"
            << "  CPU time " << std::setprecision(2) << cpuSeconds << " s = " << std::setprecision(1)
            << perCpuSecond << " images per CPU second (x " << std::max(o.threads, 1) << " free core"
            << (o.threads > 1 ? "s" : "") << " = " << perCpuSecond * std::max(o.threads, 1) << " images/s)\n"
            << std::setprecision(2) << "  CPU time per image in the loader threads: read "
            << 1000.0 * stats.readSeconds / n << " ms, decode " << 1000.0 * stats.decodeSeconds / n
            << " ms, resize " << 1000.0 * stats.transformSeconds / n << " ms, Lab "
            << 1000.0 * stats.labSeconds / n << " ms";
  if (o.masks) std::cout << ", mask " << 1000.0 * stats.maskSeconds / n << " ms";
  std::cout << " = " << perImageMs << " ms\n"
            << "  JPEG DCT-reduced decodes: " << stats.reducedDecodes << " of " << stats.images << "\n";
}

void setup(CLI::App& root) {
  CLI::App& bench = ensureSubcommand(root, "bench", "Measure the speed of parts of the pipeline");
  CLI::App* cmd = bench.add_subcommand(
      "loader", "Data loader throughput: read -> decode -> resize -> Lab, in images/s, with per-stage times");
  auto opts = std::make_shared<BenchLoaderOptions>();
  cmd->add_option(
      "--data", opts->data,
      "Image folder or dataset root (default: ../shared/data/camvid/train, else the bundled samples)");
  cmd->add_option("--split", opts->split, "Split of the dataset to read (default: the first)");
  cmd->add_option("--size", opts->size, "Output side in pixels")
      ->check(CLI::Range(8, 4096))
      ->capture_default_str();
  cmd->add_option("--threads", opts->threads, "Loader worker threads (0: on the consumer's thread)")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  cmd->add_option("--batch", opts->batch, "Batch size")->check(CLI::Range(1, 4096))->capture_default_str();
  cmd->add_option("--epochs", opts->epochs, "Timed passes over the folder")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd->add_option("--opencv-threads", opts->opencvThreads, "OpenCV's own threads inside each worker")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  cmd->add_flag(
      "--no-warmup", [opts](std::int64_t) { opts->warmup = false; }, "Time the first (cold) pass too");
  cmd->add_flag("--jitter", opts->jitter,
                "pix2pix jitter (resize to size*286/256, random crop, flip) instead of a plain resize");
  cmd->add_flag("--masks", opts->masks, "Also read and transform masks");
  cmd->add_flag("--no-fast-decode", opts->noFastDecode, "Always decode JPEGs at full size");
  cmd->add_flag("--json", opts->json, "Print machine-readable JSON");
  cmd->callback([opts] { runBenchLoader(*opts); });
}

const bool kRegistered = registerCommand("bench-loader", 90, setup);

}  // namespace
}  // namespace colorproxy::cli
