// `colorproxy-cli bench train` and `bench infer`: speed of the pix2pix step and of the generator.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <opencv2/imgproc.hpp>

#include "colorproxy/bench/pix2pix_benchmark.h"
#include "colorproxy/infer/colorizer.h"
#include "colorproxy/models/model_size.h"
#include "command.h"
#include "exit_codes.h"

namespace colorproxy::cli {
namespace {

using json = nlohmann::json;

// Settings shared by both subcommands: the variant (precision, layout, algorithm, threads) and how long.
struct VariantFlags {
  int threads = 2;
  bool bf16 = false, fp32 = false, channelsLast = false, noChannelsLast = false;
  std::string upsample;
  std::vector<std::string> compare;
  int steps = 10;
  int warmup = 3;
  bool json = false;
  bool verbose = false;
};

void addVariantFlags(CLI::App* cmd, VariantFlags& f) {
  cmd->add_option("--threads", f.threads, "ATen threads in the benchmark thread")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  cmd->add_flag("--bf16", f.bf16, "bfloat16 autocast (fp32 master weights)");
  cmd->add_flag("--fp32", f.fp32, "Plain fp32");
  cmd->add_flag("--channels-last", f.channelsLast, "NHWC activations and weights");
  cmd->add_flag("--no-channels-last", f.noChannelsLast, "NCHW activations and weights");
  cmd->add_option("--upsample", f.upsample, "Transposed-convolution algorithm")
      ->check(CLI::IsMember({"native", "adjoint", "subpixel"}));
  cmd->add_option(
         "--compare", f.compare,
         "Variants to alternate step by step, e.g. fp32+native,bf16+adjoint,bf16+adjoint+cl,bf16+adjoint+t1 "
         "(tokens: fp32|bf16, native|adjoint|subpixel, cl|nocl, fusedadam|stockadam, hugepages|malloc "
         "(process-wide: one per run), pickconv|onednnconv, bytedrop|torchdrop, tN; bench infer also "
         "frozen|autocast, prepack|noprepack; unset tokens come from the other flags)")
      ->delimiter(',');
  cmd->add_option("--steps", f.steps, "Timed steps (median reported)")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  cmd->add_option("--warmup", f.warmup, "Untimed warm-up steps")
      ->check(CLI::Range(0, 100000))
      ->capture_default_str();
  cmd->add_flag("--json", f.json, "Print machine-readable JSON");
  cmd->add_flag("--verbose", f.verbose, "Print every step's time");
}

std::vector<BenchmarkVariant> variantsFrom(const VariantFlags& f) {
  if (f.bf16 && f.fp32) throw CommandError{"--bf16 and --fp32 exclude each other", kExitUsage};
  if (f.channelsLast && f.noChannelsLast)
    throw CommandError{"--channels-last and --no-channels-last exclude each other", kExitUsage};
  BenchmarkVariant base = defaultBenchmarkVariant(f.threads);
  if (f.bf16) base.bf16 = true;
  if (f.fp32) base.bf16 = false;
  if (f.channelsLast) base.channelsLast = true;
  if (f.noChannelsLast) base.channelsLast = false;
  if (!f.upsample.empty()) base.transposedConv = f.upsample;
  if (f.compare.empty()) return {base};
  std::vector<BenchmarkVariant> variants;
  for (const auto& spec : f.compare) {
    try {
      variants.push_back(parseBenchmarkVariant(spec, base));
    } catch (const std::invalid_argument& e) {
      throw CommandError{e.what(), kExitUsage};
    }
  }
  return variants;
}

BenchmarkLog logFor(const VariantFlags& f) {
  if (!f.verbose) return {};
  return [](const std::string& line) { std::cerr << line << "\n"; };
}

std::string describe(const TrainBenchmarkConfig& c) {
  std::ostringstream s;
  s << (c.numDowns == 8   ? "unet_256"
        : c.numDowns == 7 ? "unet_128"
                          : "unet_" + std::to_string(c.numDowns) + "downs")
    << " ngf " << c.ngf << ", " << c.imageSize << " px, batch " << c.batchSize;
  return s.str();
}

struct BenchTrainOptions {
  std::string config = "all";
  bool profile = false;
  bool byShape = false;
  VariantFlags flags;
};

// `bench train --profile`: the first variant's step per operator kind and operator, and its convolutions
// against the machine's convolution limit.
json printProfile(const TrainStepProfile& p, bool asJson, size_t operatorRows) {
  const auto rows = [](const std::vector<OperatorProfileRow>& list, size_t limit) {
    json out = json::array();
    for (size_t i = 0; i < list.size() && i < limit; ++i)
      out.push_back({{"name", list[i].name},
                     {"seconds_per_step", list[i].seconds},
                     {"share", list[i].share},
                     {"calls_per_step", list[i].calls}});
    return out;
  };
  const double convGflops = p.convolutionSeconds > 0 ? p.convolutionGflop / p.convolutionSeconds : 0.0;
  if (asJson)
    return {{"config", p.config},
            {"variant", p.variant},
            {"profiled_steps", p.steps},
            {"step_seconds", p.stepSeconds},
            {"kinds", rows(p.kinds, p.kinds.size())},
            {"operators", rows(p.operators, operatorRows)},
            {"convolution_gflop_per_step", p.convolutionGflop},
            {"convolution_seconds_per_step", p.convolutionSeconds},
            {"convolution_gflops", convGflops},
            {"limit_gflops", p.limitGflops},
            {"share_at_limit", p.shareAtLimit()}};
  const auto print = [](const std::vector<OperatorProfileRow>& list, size_t limit) {
    size_t width = 58;
    for (size_t i = 0; i < list.size() && i < limit; ++i) width = std::max(width, list[i].name.size() + 1);
    width = std::min<size_t>(width, 130);
    for (size_t i = 0; i < list.size() && i < limit; ++i)
      std::cout << "    " << std::left << std::setw(static_cast<int>(width))
                << list[i].name.substr(0, width - 1) << std::right << std::fixed << std::setprecision(3)
                << std::setw(8) << list[i].seconds << " s" << std::setprecision(1) << std::setw(7)
                << 100.0 * list[i].share << " %" << std::setw(8) << list[i].calls << " calls\n";
  };
  std::cout << "  profile of " << p.variant << ": " << std::fixed << std::setprecision(3) << p.stepSeconds
            << " s per step with the profiler on (" << p.steps
            << " steps)\n  by operator kind (self time per step):\n";
  print(p.kinds, p.kinds.size());
  std::cout << "  largest operators:\n";
  print(p.operators, operatorRows);
  std::cout << "  convolutions: " << std::setprecision(1) << p.convolutionGflop << " GFLOP per step in "
            << std::setprecision(3) << p.convolutionSeconds << " s = " << std::setprecision(0) << convGflops
            << " GFLOP/s; limit " << p.limitGflops
            << " GFLOP/s (fastest run of D's 256->512 stride-1 layer, same precision and layout)\n"
            << "  at the limit the convolutions would take " << std::setprecision(1)
            << 100.0 * p.shareAtLimit() << " % of this step" << std::endl;
  return {};
}

void runBenchTrain(const BenchTrainOptions& o) {
  std::vector<TrainBenchmarkConfig> configs;
  if (o.config == "all") {
    configs = standardTrainBenchmarkConfigs();
  } else {
    std::stringstream list(o.config);
    std::string name;
    while (std::getline(list, name, ',')) try {
        configs.push_back(standardTrainBenchmarkConfig(name));
      } catch (const std::invalid_argument& e) {
        throw CommandError{e.what(), kExitUsage};
      }
  }
  const auto variants = variantsFrom(o.flags);
  const BenchmarkSchedule schedule{o.flags.warmup, o.flags.steps};
  json out = json::array();
  if (o.profile) {
    for (const auto& c : configs) {
      if (!o.flags.json) std::cout << "config " << c.name << ": " << describe(c) << std::endl;
      const json p = printProfile(profileTraining(c, variants.front(), schedule, o.byShape), o.flags.json,
                                  o.byShape ? 60 : 12);
      if (o.flags.json) out.push_back(p);
    }
    if (o.flags.json) std::cout << out.dump(2) << "\n";
    return;
  }
  for (const auto& c : configs) {
    const bool peakReset = resetPeakResident();
    const int64_t gParams = unetParameterCount(UNetSize{1, 2, c.ngf, c.numDowns});
    const int64_t dParams = patchGanParameterCount(PatchGanSize{3, c.ndf, 3, false});
    if (!o.flags.json)
      std::cout << "config " << c.name << ": " << describe(c) << " (G " << gParams << " parameters, D "
                << dParams << ")" << std::endl;
    const auto results = benchmarkTraining(c, variants, schedule, logFor(o.flags));
    const double peak = peakResidentMiB();
    for (const auto& r : results) {
      if (o.flags.json) {
        out.push_back({{"config", r.config},
                       {"description", describe(c)},
                       {"variant", r.variant},
                       {"batch", r.batchSize},
                       {"images_per_second", r.imagesPerSecond},
                       {"median_step_seconds", r.medianStepSeconds},
                       {"step_seconds", r.stepSeconds},
                       {"first_g_l1", r.firstL1},
                       {"last_g_l1", r.lastL1},
                       {"generator_parameters", gParams},
                       {"discriminator_parameters", dParams},
                       {"peak_rss_mib", peak},
                       {"peak_rss_covers", peakReset ? "this configuration" : "the whole process"},
                       {"variants_in_process", variants.size()}});
        continue;
      }
      std::cout << "  " << std::left << std::setw(26) << r.variant << std::right << std::fixed
                << std::setprecision(2) << std::setw(7) << r.imagesPerSecond << " images/s  (median step "
                << std::setprecision(3) << r.medianStepSeconds << " s of " << r.stepSeconds.size() << ")\n";
    }
    if (!o.flags.json) {
      if (results.size() > 1) {
        std::cout << "  ratios to " << results.front().variant << ":";
        for (size_t k = 1; k < results.size(); ++k)
          std::cout << "  " << results[k].variant << " " << std::setprecision(2)
                    << results[k].imagesPerSecond / results.front().imagesPerSecond << "x";
        std::cout << "\n";
      }
      std::cout << "  peak RSS " << std::setprecision(0) << peak << " MiB"
                << (peakReset ? "" : " (whole process)")
                << (variants.size() > 1 ? " (all variants together)" : "") << std::endl;
    }
  }
  if (o.flags.json) std::cout << out.dump(2) << "\n";
}

struct BenchInferOptions {
  std::vector<int64_t> sizes{256, 512};
  std::string fullRes = "4000x3000";
  bool noFullRes = false;
  int64_t ngf = 64;
  int64_t numDowns = 8;
  VariantFlags flags;
};

// Median milliseconds of Colorizer::colorize (the product's own full-resolution path) on a synthetic
// photo, with a checkpoint of random weights written to a temporary folder.
double timeColorizer(int width, int height, const BenchInferOptions& o, int threads, int warmup, int steps) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("colorproxy-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "random-generator.pt";
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } cleanup{dir};
  writeRandomColorizationCheckpoint(file, o.ngf, o.numDowns,
                                    static_cast<int>(o.sizes.empty() ? 256 : o.sizes.front()));
  ColorizerOptions options;
  options.device = "cpu";
  options.threads = threads;
  Colorizer colorizer(file, options);
  cv::Mat photo(height, width, CV_8UC3);
  cv::randu(photo, cv::Scalar::all(0), cv::Scalar::all(255));
  cv::GaussianBlur(photo, photo, cv::Size(0, 0), 3.0);
  std::vector<double> ms;
  for (int i = 0; i < warmup + steps; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const cv::Mat out = colorizer.colorize(photo);
    const double elapsed =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (out.size() != photo.size()) throw CommandError{"Colorizer changed the image size", kExitFailure};
    if (i >= warmup) ms.push_back(elapsed);
  }
  std::sort(ms.begin(), ms.end());
  return ms.size() % 2 ? ms[ms.size() / 2] : 0.5 * (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]);
}

void runBenchInfer(const BenchInferOptions& o) {
  const int64_t factor = int64_t{1} << o.numDowns;
  for (int64_t s : o.sizes)
    if (s % factor != 0)
      throw CommandError{"--sizes: " + std::to_string(s) + " is not a multiple of 2^" +
                             std::to_string(o.numDowns) + " = " + std::to_string(factor),
                         kExitUsage};
  auto variants = variantsFrom(o.flags);
  if (o.flags.compare.empty()) {
    // The training-form generator under autocast, the frozen copy reordering its weights on every call
    // (LibTorch's convolutions) and the prepacked frozen copy Colorizer runs, alternated.
    variants.front().frozen = false;
    BenchmarkVariant frozen = variants.front();
    frozen.frozen = true;
    frozen.prepack = false;
    variants.push_back(frozen);
    frozen.prepack = true;
    variants.push_back(frozen);
  }
  const BenchmarkSchedule schedule{o.flags.warmup, o.flags.steps};
  json out;
  if (!o.flags.json)
    std::cout << "generator forward (eval, inference mode, batch 1), ngf " << o.ngf << ", " << o.numDowns
              << " downs" << std::endl;
  const auto results = benchmarkInference(o.sizes, variants, schedule, o.ngf, o.numDowns, logFor(o.flags));
  for (size_t k = 0; k < results.size(); ++k) {
    const auto& r = results[k];
    const auto& first = results[k - k % variants.size()];  // the first variant at this size
    if (o.flags.json) {
      out["network"].push_back({{"variant", r.variant},
                                {"size", r.size},
                                {"median_ms", r.medianMs},
                                {"ratio_to_first_variant", first.medianMs / r.medianMs}});
    } else {
      std::cout << "  " << std::left << std::setw(26) << r.variant << std::right << std::setw(5) << r.size
                << " px " << std::fixed << std::setprecision(1) << std::setw(8) << r.medianMs << " ms";
      if (k % variants.size() != 0)
        std::cout << "  (" << std::setprecision(2) << first.medianMs / r.medianMs << "x faster than "
                  << first.variant << ")";
      std::cout << std::endl;
    }
  }
  if (!o.noFullRes) {
    int w = 0, h = 0;
    char x = 0;
    std::istringstream in(o.fullRes);
    if (!(in >> w >> x >> h) || x != 'x' || w < 1 || h < 1)
      throw CommandError{"--full-res: expected WIDTHxHEIGHT such as 4000x3000, got '" + o.fullRes + "'",
                         kExitUsage};
    const int64_t working = o.sizes.empty() ? 256 : o.sizes.front();
    const int colorizeSteps = std::min(o.flags.steps, 5);
    const double colorizerMs = timeColorizer(w, h, o, o.flags.threads, 1, colorizeSteps);
    if (o.flags.json) {
      out["colorizer"] = {{"width", w},
                          {"height", h},
                          {"working_size", working},
                          {"median_ms", colorizerMs},
                          {"runs", colorizeSteps}};
    } else {
      std::cout << "Colorizer::colorize " << w << "x" << h << " (network at " << working << " px, "
                << o.flags.threads << " threads, median of " << colorizeSteps << "): " << std::fixed
                << std::setprecision(1) << colorizerMs << " ms" << std::endl;
    }
    for (const auto& v : variants) {
      const auto r = benchmarkFullResolution(w, h, working, v, schedule, o.ngf, o.numDowns);
      if (o.flags.json) {
        out["full_resolution"].push_back({{"variant", r.variant},
                                          {"width", r.width},
                                          {"height", r.height},
                                          {"working_size", r.workingSize},
                                          {"resize_down_and_lab_ms", r.resizeDownMs},
                                          {"network_ms", r.networkMs},
                                          {"recolor_ms", r.recolorMs},
                                          {"total_ms", r.totalMs},
                                          {"reference_to_lab_ms", r.referenceToLabMs},
                                          {"reference_upsample_merge_ms", r.referenceUpsampleMergeMs},
                                          {"reference_to_bgr_ms", r.referenceToBgrMs},
                                          {"reference_total_ms", r.referenceTotalMs},
                                          {"max_level_difference", r.maxLevelDifference}});
        continue;
      }
      std::cout << "full-resolution colorize " << r.width << "x" << r.height << " (network at "
                << r.workingSize << " px, " << r.variant << ", Colorizer's stages, median of "
                << o.flags.steps << "):\n"
                << std::fixed << std::setprecision(1) << "  resize + Lab at working size " << r.resizeDownMs
                << " ms, network " << r.networkMs << " ms, recolor (L + upsampled ab -> BGR, fused) "
                << r.recolorMs << " ms = " << r.totalMs << " ms\n"
                << "  reference path, same loop: BGR->Lab " << r.referenceToLabMs
                << " ms, upsample ab + merge " << r.referenceUpsampleMergeMs << " ms, Lab->BGR "
                << r.referenceToBgrMs << " ms = " << r.referenceTotalMs << " ms; fused vs reference "
                << std::setprecision(2) << r.referenceTotalMs / r.totalMs << "x, "
                << (r.referenceToLabMs + r.referenceUpsampleMergeMs + r.referenceToBgrMs) / r.recolorMs
                << "x on the conversion alone; largest difference " << r.maxLevelDifference << " level(s)"
                << std::endl;
    }
  }
  if (o.flags.json) {
    out["peak_rss_mib"] = peakResidentMiB();
    std::cout << out.dump(2) << "\n";
  } else {
    std::cout << "peak RSS " << std::fixed << std::setprecision(0) << peakResidentMiB() << " MiB"
              << std::endl;
  }
}

void setup(CLI::App& root) {
  CLI::App& bench = ensureSubcommand(root, "bench", "Measure the speed of parts of the pipeline");

  CLI::App* train = bench.add_subcommand(
      "train",
      "pix2pix training step (G forward; D on real and detached fake; G on GAN + L1) on random data: "
      "images/s as the median of the timed steps, and peak RSS");
  auto t = std::make_shared<BenchTrainOptions>();
  train
      ->add_option("--config", t->config,
                   "a: unet_256 ngf 64 256 px batch 1; b: batch 4; c: unet_128 128 px batch 8; "
                   "d: unet_256 ngf 32 batch 4; all; or a comma list")
      ->capture_default_str();
  train->add_flag("--profile", t->profile,
                  "Instead of timing: profile the first variant's step per operator kind and operator, and "
                  "compare its convolutions with the machine's convolution limit");
  train
      ->add_flag("--by-shape", t->byShape,
                 "With --profile: one operator row per input shapes and layouts (the 60 largest), to see "
                 "which layer a slow operator runs for")
      ->needs("--profile");
  addVariantFlags(train, t->flags);
  train->callback([t] { runBenchTrain(*t); });

  CLI::App* infer = bench.add_subcommand(
      "infer", "Generator forward time at several sizes, and a full-resolution colorization stage by stage");
  auto i = std::make_shared<BenchInferOptions>();
  infer->add_option("--sizes", i->sizes, "Network input sides in pixels")
      ->delimiter(',')
      ->capture_default_str();
  infer->add_option("--full-res", i->fullRes, "Photo size for the end-to-end timing")->capture_default_str();
  infer->add_flag("--no-full-res", i->noFullRes, "Skip the end-to-end timing");
  infer->add_option("--ngf", i->ngf, "Generator width")->check(CLI::Range(1, 1024))->capture_default_str();
  infer->add_option("--downs", i->numDowns, "Generator depth (8 = unet_256)")
      ->check(CLI::Range(5, 10))
      ->capture_default_str();
  addVariantFlags(infer, i->flags);
  infer->callback([i] { runBenchInfer(*i); });
}

const bool kRegistered = registerCommand("bench-train", 91, setup);

}  // namespace
}  // namespace colorproxy::cli
