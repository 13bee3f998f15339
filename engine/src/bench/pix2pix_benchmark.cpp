#include "colorproxy/bench/pix2pix_benchmark.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>

#include <ATen/Parallel.h>
#include <ATen/autocast_mode.h>
#include <torch/torch.h>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <nlohmann/json.hpp>

#include "bench/operator_profiler.h"
#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/io/run_kind.h"
#include "io/checkpoint.h"
#include "models/byte_dropout.h"
#include "models/conv4x4.h"
#include "models/frozen_unet.h"
#include "models/patch_discriminator.h"
#include "models/unet_generator.h"
#include "models/weight_init.h"
#include "pretrain/gan_step.h"
#include "tensor/mat_tensor.h"

namespace colorproxy {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

void checkSchedule(const BenchmarkSchedule& s) {
  if (s.warmup < 0 || s.steps < 1)
    throw std::invalid_argument("benchmark: need warmup >= 0 and steps >= 1, got warmup " +
                                std::to_string(s.warmup) + ", steps " + std::to_string(s.steps));
}

void checkThreads(const BenchmarkVariant& v) {
  if (v.threads < 1 || v.threads > 256)
    throw std::invalid_argument("benchmark: threads must be in 1..256, got " + std::to_string(v.threads));
}

void toChannelsLast(torch::nn::Module& m) {
  torch::NoGradGuard noGrad;
  for (auto& p : m.parameters())
    if (p.dim() == 4) p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
}

// One variant's networks, optimisers and step.
struct TrainRig {
  BenchmarkVariant variant;
  UNetGenerator g{nullptr};
  PatchDiscriminator d{nullptr};
  std::unique_ptr<torch::optim::Adam> optG, optD;
  std::unique_ptr<GanStep> step;
  TrainBenchmarkResult result;
};

// Inference-time settings (the generator alone).
class InferenceRegion {
 public:
  explicit InferenceRegion(bool bf16) : m_bf16(bf16) {
    if (!m_bf16) return;
    at::autocast::set_cpu_enabled(true);
    at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
    at::autocast::increment_nesting();
  }
  ~InferenceRegion() {
    if (!m_bf16) return;
    if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
    at::autocast::set_cpu_enabled(false);
  }
  InferenceRegion(const InferenceRegion&) = delete;
  InferenceRegion& operator=(const InferenceRegion&) = delete;

 private:
  bool m_bf16;
};

// A generator for inference timing: the training-form module (run under autocast when bf16), or its
// frozen copy.
struct InferenceRig {
  UNetGenerator g{nullptr};
  std::unique_ptr<FrozenUNet> frozen;
};

InferenceRig makeInferenceGenerator(const BenchmarkVariant& v, int64_t ngf, int64_t numDowns) {
  InferenceRig rig;
  rig.g = UNetGenerator(UNetGeneratorOptions(1, 2).ngf(ngf).numDowns(numDowns).algorithm(
      parseTransposedConvAlgorithm(v.transposedConv)));
  initPix2PixWeights(*rig.g);
  if (v.channelsLast) toChannelsLast(*rig.g);
  rig.g->eval();
  if (v.frozen) {
    rig.frozen = std::make_unique<FrozenUNet>(rig.g, v.bf16 ? torch::kBFloat16 : torch::kFloat, v.prepack);
    rig.g = nullptr;  // as Colorizer: only the frozen copy stays in memory
  }
  return rig;
}

torch::Tensor runGenerator(InferenceRig& rig, const torch::Tensor& L, const BenchmarkVariant& v) {
  torch::InferenceMode inference;
  if (rig.frozen) return rig.frozen->forward(L);
  InferenceRegion region(v.bf16);
  const auto x = v.channelsLast ? L.contiguous(torch::MemoryFormat::ChannelsLast) : L;
  return rig.g->forward(x).to(torch::kFloat).contiguous();
}

// `convert` applied to horizontal stripes of `in` on OpenCV's threads (how Colorizer ran the
// single-threaded whole-image conversions before recolor).
cv::Mat inStripes(const cv::Mat& in, int outType, const std::function<cv::Mat(const cv::Mat&)>& convert) {
  constexpr int kRows = 128;
  cv::Mat out(in.size(), outType);
  const int stripes = (in.rows + kRows - 1) / kRows;
  cv::parallel_for_(cv::Range(0, stripes), [&](const cv::Range& r) {
    for (int i = r.start; i < r.end; ++i) {
      const cv::Range rows(i * kRows, std::min(in.rows, (i + 1) * kRows));
      convert(in.rowRange(rows)).copyTo(out.rowRange(rows));
    }
  });
  return out;
}

TrainRig makeTrainRig(const TrainBenchmarkConfig& config, const BenchmarkVariant& v) {
  checkThreads(v);
  if (config.batchSize < 1 || config.imageSize < 1)
    throw std::invalid_argument("benchmarkTraining: batch size and image size must be positive");
  TrainRig rig;
  rig.variant = v;
  rig.g = UNetGenerator(UNetGeneratorOptions(1, 2)
                            .ngf(config.ngf)
                            .numDowns(config.numDowns)
                            .algorithm(parseTransposedConvAlgorithm(v.transposedConv)));
  rig.d = PatchDiscriminator(PatchDiscriminatorOptions(3).ndf(config.ndf));
  initPix2PixWeights(*rig.g);
  initPix2PixWeights(*rig.d);
  const auto adam = torch::optim::AdamOptions(2e-4).betas({0.5, 0.999});
  rig.optG = std::make_unique<torch::optim::Adam>(rig.g->parameters(), adam);
  rig.optD = std::make_unique<torch::optim::Adam>(rig.d->parameters(), adam);
  GanStepOptions opts;
  opts.bf16 = v.bf16;
  opts.channelsLast = v.channelsLast;
  opts.fusedAdam = v.fusedAdam;
  opts.hugePages = v.hugePages;
  rig.step = std::make_unique<GanStep>(rig.g, rig.d, *rig.optG, *rig.optD, opts);
  rig.result.config = config.name;
  rig.result.variant = v.label();
  rig.result.batchSize = config.batchSize;
  return rig;
}

// The operator kind a profiled operator name belongs to (the rows of `bench train --profile`).
std::string operatorKind(const std::string& name) {
  const auto has = [&](const char* part) { return name.find(part) != std::string::npos; };
  if (has("adam")) return "Adam update (fused)";
  if (has("conv")) return has("backward") ? "convolution backward (oneDNN)" : "convolution forward (oneDNN)";
  if (name == "aten::mm") return "convolution as GEMM (im2col + matrix product)";
  if (has("batch_norm")) return "batch norm (forward + backward)";
  if (has("relu") || has("threshold") || has("tanh") || has("dropout") || has("bernoulli"))
    return "activations and dropout";
  if (has("copy") || has("aten::to") || has("contiguous") || has("clone") || has("flip") || has("reshape"))
    return "casts and layout copies";
  if (has("cat")) return "concatenation (skips, D input)";
  if (has("loss") || has("binary_cross") || has("l1")) return "losses";
  if (has("autograd::") || has("Backward") || has("AccumulateGrad")) return "autograd bookkeeping";
  if (has("empty") || has("zero") || has("fill") || has("full") || has("resize"))
    return "allocation and fills";
  return "other element-wise";
}

// Best time of a large convolution (the discriminator's stride-1 layer at batch 4 / 256 px: [4, 256, 32,
// 32] * [512, 256, 4, 4]) in the step's precision and layout, as GFLOP/s: the machine's attainable limit.
double convolutionLimitGflops(const BenchmarkVariant& v) {
  torch::NoGradGuard noGrad;
  const auto dtype = v.bf16 ? torch::kBFloat16 : torch::kFloat;
  const auto format = v.channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
  const auto x = torch::randn({4, 256, 32, 32}).to(dtype).contiguous(format);
  const auto w = (torch::randn({512, 256, 4, 4}) * 0.02).to(dtype).contiguous(format);
  const double flop = 2.0 * 4 * 512 * 31 * 31 * 256 * 16;
  double best = 1e30;
  for (int i = 0; i < 6; ++i) {
    const auto start = Clock::now();
    const auto y = torch::conv2d(x, w, {}, 1, 1);
    if (i > 0) best = std::min(best, secondsSince(start));
  }
  return flop / best / 1e9;
}
}  // namespace

std::vector<TrainBenchmarkConfig> standardTrainBenchmarkConfigs() {
  return {
      {"a", 8, 64, 64, 256, 1}, {"b", 8, 64, 64, 256, 4}, {"c", 7, 64, 64, 128, 8}, {"d", 8, 32, 64, 256, 4}};
}

TrainBenchmarkConfig standardTrainBenchmarkConfig(const std::string& name) {
  for (const auto& c : standardTrainBenchmarkConfigs())
    if (c.name == name) return c;
  throw std::invalid_argument("unknown benchmark configuration '" + name + "': use a, b, c, d or all");
}

std::string BenchmarkVariant::label() const {
  if (frozen)
    return std::string(bf16 ? "bf16" : "fp32") + "+frozen" + (prepack ? "" : "+noprepack") + "+t" +
           std::to_string(threads);
  return std::string(bf16 ? "bf16" : "fp32") + "+" + transposedConv + (channelsLast ? "+cl" : "") +
         (fusedAdam ? "" : "+stockadam") + (hugePages ? "" : "+malloc") +
         (pickConvPasses ? "" : "+onednnconv") + (byteDropout ? "" : "+torchdrop") + "+t" +
         std::to_string(threads);
}

BenchmarkVariant defaultBenchmarkVariant(int threads) {
  const GanStepOptions defaults;
  BenchmarkVariant v;
  v.threads = threads;
  v.bf16 = defaults.bf16;
  v.channelsLast = defaults.channelsLast;
  v.fusedAdam = defaults.fusedAdam;
  v.hugePages = defaults.hugePages;
  v.transposedConv = toString(UNetGeneratorOptions(1, 2).algorithm());
  return v;
}

BenchmarkVariant parseBenchmarkVariant(const std::string& spec, const BenchmarkVariant& base) {
  BenchmarkVariant v = base;
  std::stringstream in(spec);
  std::string token;
  while (std::getline(in, token, '+')) {
    if (token.empty()) continue;
    if (token == "fp32")
      v.bf16 = false;
    else if (token == "bf16")
      v.bf16 = true;
    else if (token == "cl")
      v.channelsLast = true;
    else if (token == "nocl")
      v.channelsLast = false;
    else if (token == "fusedadam")
      v.fusedAdam = true;
    else if (token == "stockadam")
      v.fusedAdam = false;
    else if (token == "hugepages")
      v.hugePages = true;
    else if (token == "malloc")
      v.hugePages = false;
    else if (token == "frozen")
      v.frozen = true;
    else if (token == "autocast")
      v.frozen = false;
    else if (token == "prepack")
      v.prepack = true;
    else if (token == "noprepack")
      v.prepack = false;
    else if (token == "pickconv")
      v.pickConvPasses = true;
    else if (token == "onednnconv")
      v.pickConvPasses = false;
    else if (token == "bytedrop")
      v.byteDropout = true;
    else if (token == "torchdrop")
      v.byteDropout = false;
    else if (token == "native" || token == "adjoint" || token == "subpixel")
      v.transposedConv = token;
    else if (token.size() > 1 && token[0] == 't' &&
             token.find_first_not_of("0123456789", 1) == std::string::npos)
      v.threads = std::stoi(token.substr(1));
    else
      throw std::invalid_argument(
          "unknown benchmark variant token '" + token + "' in '" + spec +
          "': use fp32|bf16, native|adjoint|subpixel, cl|nocl, fusedadam|stockadam, hugepages|malloc, "
          "frozen|autocast, prepack|noprepack, pickconv|onednnconv, bytedrop|torchdrop, tN");
  }
  checkThreads(v);
  return v;
}

std::vector<TrainBenchmarkResult> benchmarkTraining(const TrainBenchmarkConfig& config,
                                                    const std::vector<BenchmarkVariant>& variants,
                                                    const BenchmarkSchedule& schedule,
                                                    const BenchmarkLog& log) {
  checkSchedule(schedule);
  if (variants.empty()) throw std::invalid_argument("benchmarkTraining: no variant given");
  for (const auto& v : variants)
    if (v.hugePages != variants.front().hugePages)
      throw std::invalid_argument(
          "benchmarkTraining: hugepages and malloc are process-wide allocators; compare them in two runs");
  std::vector<TrainRig> rigs;
  rigs.reserve(variants.size());
  for (const auto& v : variants) rigs.push_back(makeTrainRig(config, v));
  // Random Lab-like data in [-1, 1], the same for every variant.
  const auto L = torch::rand({config.batchSize, 1, config.imageSize, config.imageSize}) * 2 - 1;
  const auto ab = torch::rand({config.batchSize, 2, config.imageSize, config.imageSize}) * 2 - 1;
  for (int i = 0; i < schedule.warmup + schedule.steps; ++i) {
    for (auto& rig : rigs) {
      at::set_num_threads(rig.variant.threads);
      setConvPassPicking(rig.variant.pickConvPasses);
      setByteDropout(rig.variant.byteDropout);
      const auto start = Clock::now();
      const GanLosses losses = rig.step->step(L, ab);
      const double seconds = secondsSince(start);
      if (i == 0) rig.result.firstL1 = losses.gL1;
      rig.result.lastL1 = losses.gL1;
      if (i >= schedule.warmup) rig.result.stepSeconds.push_back(seconds);
      if (log) {
        std::ostringstream line;
        line << "  " << config.name << " " << rig.variant.label()
             << (i < schedule.warmup ? " warm-up " : " step ")
             << (i < schedule.warmup ? i + 1 : i - schedule.warmup + 1) << ": " << seconds << " s";
        log(line.str());
      }
    }
  }
  setConvPassPicking(true);  // the defaults again for whatever runs next in this process
  setByteDropout(true);
  std::vector<TrainBenchmarkResult> results;
  for (auto& rig : rigs) {
    rig.result.medianStepSeconds = median(rig.result.stepSeconds);
    rig.result.imagesPerSecond = static_cast<double>(config.batchSize) / rig.result.medianStepSeconds;
    results.push_back(rig.result);
  }
  return results;
}

TrainStepProfile profileTraining(const TrainBenchmarkConfig& config, const BenchmarkVariant& variant,
                                 const BenchmarkSchedule& schedule, bool byShape) {
  checkSchedule(schedule);
  at::set_num_threads(variant.threads);
  setConvPassPicking(variant.pickConvPasses);
  setByteDropout(variant.byteDropout);
  TrainRig rig = makeTrainRig(config, variant);
  const auto L = torch::rand({config.batchSize, 1, config.imageSize, config.imageSize}) * 2 - 1;
  const auto ab = torch::rand({config.batchSize, 2, config.imageSize, config.imageSize}) * 2 - 1;
  for (int i = 0; i < schedule.warmup; ++i) rig.step->step(L, ab);
  TrainStepProfile p;
  p.config = config.name;
  p.variant = variant.label();
  p.steps = schedule.steps;
  std::map<std::string, OperatorProfiler::Entry> operators;
  double convolutionFlop = 0.0;
  {
    OperatorProfiler profiler(byShape);
    const auto start = Clock::now();
    for (int i = 0; i < schedule.steps; ++i) rig.step->step(L, ab);
    p.stepSeconds = secondsSince(start) / schedule.steps;
    operators = profiler.operators();
    convolutionFlop = profiler.convolutionFlop();
  }
  std::map<std::string, OperatorProfileRow> kinds;
  double recorded = 0.0;
  for (const auto& [name, e] : operators) {
    const double seconds = e.seconds / schedule.steps;
    const double calls = static_cast<double>(e.calls) / schedule.steps;
    recorded += seconds;
    p.operators.push_back({name, seconds, calls, 0.0});
    const std::string kindName = operatorKind(e.op.empty() ? name : e.op);
    auto& kind = kinds[kindName];
    kind.name = kindName;
    kind.seconds += seconds;
    kind.calls += calls;
    if (kind.name.rfind("convolution", 0) == 0) p.convolutionSeconds += seconds;
  }
  kinds["outside operators"] = {"outside operators", std::max(0.0, p.stepSeconds - recorded), 0.0, 0.0};
  for (auto& [name, row] : kinds) p.kinds.push_back(row);
  for (auto* rows : {&p.kinds, &p.operators}) {
    for (auto& row : *rows) row.share = row.seconds / p.stepSeconds;
    std::sort(rows->begin(), rows->end(), [](const auto& a, const auto& b) { return a.seconds > b.seconds; });
  }
  p.convolutionGflop = convolutionFlop / schedule.steps / 1e9;
  p.limitGflops = convolutionLimitGflops(variant);
  setConvPassPicking(true);
  setByteDropout(true);
  return p;
}

std::vector<InferBenchmarkResult> benchmarkInference(const std::vector<int64_t>& sizes,
                                                     const std::vector<BenchmarkVariant>& variants,
                                                     const BenchmarkSchedule& schedule, int64_t ngf,
                                                     int64_t numDowns, const BenchmarkLog& log) {
  checkSchedule(schedule);
  std::vector<InferenceRig> generators;
  for (const auto& v : variants) {
    checkThreads(v);
    generators.push_back(makeInferenceGenerator(v, ngf, numDowns));
  }
  std::vector<InferBenchmarkResult> results;
  for (int64_t size : sizes) {
    const auto L = torch::rand({1, 1, size, size}) * 2 - 1;
    std::vector<std::vector<double>> ms(variants.size());
    for (int i = 0; i < schedule.warmup + schedule.steps; ++i) {
      for (size_t k = 0; k < variants.size(); ++k) {
        at::set_num_threads(variants[k].threads);
        const auto start = Clock::now();
        runGenerator(generators[k], L, variants[k]);
        if (i >= schedule.warmup) ms[k].push_back(1000.0 * secondsSince(start));
      }
    }
    for (size_t k = 0; k < variants.size(); ++k) {
      results.push_back({variants[k].label(), size, median(ms[k])});
      if (log)
        log("  infer " + std::to_string(size) + " px " + variants[k].label() + ": " +
            std::to_string(results.back().medianMs) + " ms");
    }
  }
  return results;
}

FullResBenchmarkResult benchmarkFullResolution(int width, int height, int64_t workingSize,
                                               const BenchmarkVariant& variant,
                                               const BenchmarkSchedule& schedule, int64_t ngf,
                                               int64_t numDowns) {
  checkSchedule(schedule);
  checkThreads(variant);
  if (width < 1 || height < 1) throw std::invalid_argument("benchmarkFullResolution: empty image size");
  at::set_num_threads(variant.threads);
  cv::setNumThreads(variant.threads);
  auto g = makeInferenceGenerator(variant, ngf, numDowns);
  // A smooth synthetic photo (gradients + texture) so every stage does real work.
  cv::Mat photo(height, width, CV_8UC3);
  cv::randu(photo, cv::Scalar::all(0), cv::Scalar::all(255));
  cv::GaussianBlur(photo, photo, cv::Size(0, 0), 3.0);
  const cv::Size working(static_cast<int>(workingSize), static_cast<int>(workingSize));
  std::vector<double> down, net, fused, total, refLab, refUp, refBgr, refTotal;
  FullResBenchmarkResult r;
  const auto ms = [](Clock::time_point a, Clock::time_point b) {
    return 1000.0 * std::chrono::duration<double>(b - a).count();
  };
  for (int i = 0; i < schedule.warmup + schedule.steps; ++i) {
    // Colorizer's path.
    const auto t0 = Clock::now();
    cv::Mat small;
    cv::resize(photo, small, working, 0, 0, cv::INTER_AREA);
    std::vector<cv::Mat> smallLab(1);
    cv::extractChannel(bgrToLab(small), smallLab[0], 0);
    const torch::Tensor l = (matToTensor(smallLab[0]) / 50.0f - 1.0f).unsqueeze(0);
    const auto t1 = Clock::now();
    const cv::Mat abSmall = tensorToMat(runGenerator(g, l, variant)[0] * 110.0f);
    const auto t2 = Clock::now();
    const cv::Mat out = recolor(photo, abSmall);
    const auto t3 = Clock::now();
    // The reference path it replaced, from the same network output.
    cv::Mat lab = inStripes(photo, CV_32FC3, [](const cv::Mat& in) { return bgrToLab(in); });
    const auto t4 = Clock::now();
    cv::Mat abFull;
    cv::resize(abSmall, abFull, photo.size(), 0, 0, cv::INTER_LINEAR);
    const int fromTo[] = {0, 1, 1, 2};
    cv::mixChannels(&abFull, 1, &lab, 1, fromTo, 2);
    const auto t5 = Clock::now();
    const cv::Mat reference = inStripes(lab, CV_8UC3, [](const cv::Mat& in) { return labToBgr8(in); });
    const auto t6 = Clock::now();
    if (out.size() != photo.size()) throw std::logic_error("benchmarkFullResolution: output size changed");
    cv::Mat diff;
    cv::absdiff(out, reference, diff);
    double maxDiff = 0.0;
    cv::minMaxLoc(diff.reshape(1), nullptr, &maxDiff);
    r.maxLevelDifference = std::max(r.maxLevelDifference, static_cast<int>(maxDiff));
    if (i < schedule.warmup) continue;
    down.push_back(ms(t0, t1));
    net.push_back(ms(t1, t2));
    fused.push_back(ms(t2, t3));
    total.push_back(ms(t0, t3));
    refLab.push_back(ms(t3, t4));
    refUp.push_back(ms(t4, t5));
    refBgr.push_back(ms(t5, t6));
    refTotal.push_back(ms(t0, t2) + ms(t3, t6));
  }
  r.variant = variant.label();
  r.width = width;
  r.height = height;
  r.workingSize = static_cast<int>(workingSize);
  r.resizeDownMs = median(down);
  r.networkMs = median(net);
  r.recolorMs = median(fused);
  r.totalMs = median(total);
  r.referenceToLabMs = median(refLab);
  r.referenceUpsampleMergeMs = median(refUp);
  r.referenceToBgrMs = median(refBgr);
  r.referenceTotalMs = median(refTotal);
  return r;
}

void writeRandomColorizationCheckpoint(const std::filesystem::path& file, int64_t ngf, int64_t numDowns,
                                       int imageSize) {
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(ngf).numDowns(numDowns));
  initPix2PixWeights(*g);
  const nlohmann::json meta = {
      {"task", configTaskTag(RunKind::Pretraining)},
      {"settings", {{"pretext", "gan"}, {"ngf", ngf}, {"numDowns", numDowns}, {"imageSize", imageSize}}},
      {"note", "random weights written by the benchmark"}};
  CheckpointWriter writer;
  writer.addModule("generator", *g);
  writer.setMeta(meta.dump());
  writer.save(file);
}

double peakResidentMiB() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) {
      std::istringstream fields(line.substr(6));
      double kib = 0.0;
      fields >> kib;
      return kib / 1024.0;
    }
  }
  return 0.0;
}

bool resetPeakResident() {
  std::ofstream clear("/proc/self/clear_refs");
  if (!clear) return false;
  clear << "5";
  return static_cast<bool>(clear.flush());
}

}  // namespace colorproxy
