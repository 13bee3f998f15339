#pragma once
// Speed of the pix2pix training step and of the generator's inference on random data, for
// `colorproxy-cli bench train` / `bench infer`. Plain C++ (no torch) so the front ends can call it.
// Runs in the calling thread and sets that thread's ATen thread count.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace colorproxy {

/// A network size and batch to benchmark.
struct TrainBenchmarkConfig {
  std::string name;
  int64_t numDowns = 8;  ///< 8 = unet_256, 7 = unet_128
  int64_t ngf = 64;
  int64_t ndf = 64;
  int64_t imageSize = 256;
  int64_t batchSize = 1;
};

/// The configurations: a) unet_256 ngf 64 256 px batch 1, b) batch 4, c) unet_128 128 px
/// batch 8, d) unet_256 ngf 32 batch 4.
std::vector<TrainBenchmarkConfig> standardTrainBenchmarkConfigs();
/// One of them by name ("a".."d"); throws std::invalid_argument naming the bad value.
TrainBenchmarkConfig standardTrainBenchmarkConfig(const std::string& name);

/// How the step runs (one variant of a comparison).
struct BenchmarkVariant {
  int threads = 2;
  bool bf16 = true;
  bool channelsLast = false;
  std::string transposedConv = "adjoint";  ///< native | adjoint | subpixel
  bool fusedAdam = true;                   ///< GanStep's one-pass Adam update, or Adam::step
  /// Large tensors on reused huge pages (GanStep's allocator), or malloc. Process-wide: every variant of
  /// one run must agree (compare the two in separate runs).
  bool hugePages = true;
  /// Inference only: run a frozen copy (batch norm folded, weights stored once in bf16/fp32,
  /// channels-last) instead of the training-form generator under autocast.
  bool frozen = false;
  /// Frozen only: oneDNN-prepacked weights (transposed convolutions as phase convolutions); false runs
  /// LibTorch's conv2d and the adjoint transposed convolution, reordering the weights on every call.
  bool prepack = true;
  /// Training: each 4x4 convolution pass by the algorithm models/conv4x4 picks for its shape (GEMM on the
  /// U-Net's inner levels, flipped-kernel stride-1 input gradients), or oneDNN's convolution for all.
  bool pickConvPasses = true;
  /// Training: the U-Net decoder's dropout masks from one random byte per element (models/byte_dropout),
  /// or torch::dropout's bernoulli_.
  bool byteDropout = true;

  /// e.g. "bf16+adjoint+t2", "fp32+native+cl".
  std::string label() const;
};

/// The GanStep defaults (the fastest stable settings measured), with `threads` threads.
BenchmarkVariant defaultBenchmarkVariant(int threads = 2);
/// Parses "+"-separated tokens over the defaults: fp32 | bf16, native | adjoint | subpixel,
/// cl | nocl, fusedadam | stockadam, hugepages | malloc, frozen | autocast, prepack | noprepack,
/// pickconv | onednnconv, bytedrop | torchdrop, tN
/// (threads). Throws
/// std::invalid_argument naming an unknown token.
BenchmarkVariant parseBenchmarkVariant(const std::string& spec, const BenchmarkVariant& base);

/// Steps to run.
struct BenchmarkSchedule {
  int warmup = 3;
  int steps = 10;
};

/// The measured speed of one variant on one configuration.
struct TrainBenchmarkResult {
  std::string config;
  std::string variant;
  int64_t batchSize = 0;
  std::vector<double> stepSeconds;  ///< measured steps (after warm-up)
  double medianStepSeconds = 0.0;
  double imagesPerSecond = 0.0;  ///< batch / median step time
  double firstL1 = 0.0;          ///< G_L1 of the first and last step (a sanity check, random data)
  double lastL1 = 0.0;
};

/// Progress text (one line per event) for the CLI.
using BenchmarkLog = std::function<void(const std::string& line)>;

/// Times the full pix2pix step (GanStep) of `config` for each variant, alternating the variants step by
/// step so that machine noise hits them alike. Each variant has its own networks and Adam optimisers.
std::vector<TrainBenchmarkResult> benchmarkTraining(const TrainBenchmarkConfig& config,
                                                    const std::vector<BenchmarkVariant>& variants,
                                                    const BenchmarkSchedule& schedule,
                                                    const BenchmarkLog& log = {});

/// One row of a training-step profile: an operator (or a kind of operators) and its exclusive time.
struct OperatorProfileRow {
  std::string name;
  double seconds = 0.0;  ///< self time per step
  double calls = 0.0;    ///< calls per step
  double share = 0.0;    ///< seconds / step time
};

/// Where one variant's training step spends its time, per operator kind and per operator, and how far
/// its convolutions are from the machine's convolution limit.
struct TrainStepProfile {
  std::string config;
  std::string variant;
  int steps = 0;                              ///< profiled steps (averaged)
  double stepSeconds = 0.0;                   ///< wall time per profiled step (profiler overhead included)
  std::vector<OperatorProfileRow> kinds;      ///< operator kinds, largest first; "outside operators" = rest
  std::vector<OperatorProfileRow> operators;  ///< single operators, largest first
  double convolutionSeconds = 0.0;            ///< self time of the convolution kinds per step
  double convolutionGflop = 0.0;              ///< convolution arithmetic per step
  /// GFLOP/s of the fastest run of a large convolution (D's stride-1 layer, batch 4) in the step's
  /// precision and layout, measured in this process: the attainable limit on this machine.
  double limitGflops = 0.0;
  /// Share of the step the convolutions would take at the limit (convolutionGflop / limit / step).
  double shareAtLimit() const {
    return limitGflops > 0.0 && stepSeconds > 0.0 ? convolutionGflop / limitGflops / stepSeconds : 0.0;
  }
};

/// Profiles `schedule.steps` steps of `variant` on `config` after `schedule.warmup` untimed ones
/// (ATen's RecordFunction observers in the calling thread). byShape: operator rows per input shapes too.
TrainStepProfile profileTraining(const TrainBenchmarkConfig& config, const BenchmarkVariant& variant,
                                 const BenchmarkSchedule& schedule, bool byShape = false);

/// Median milliseconds of one generator forward (eval, inference mode, batch 1) at one size.
struct InferBenchmarkResult {
  std::string variant;
  int64_t size = 0;
  double medianMs = 0.0;
};

/// Times the generator (unet_256 by default) at each size for each variant, alternating variants.
std::vector<InferBenchmarkResult> benchmarkInference(const std::vector<int64_t>& sizes,
                                                     const std::vector<BenchmarkVariant>& variants,
                                                     const BenchmarkSchedule& schedule, int64_t ngf = 64,
                                                     int64_t numDowns = 8, const BenchmarkLog& log = {});

/// Timing of a full-resolution colorization (no checkpoint needed), Colorizer's stages one by one: resize
/// the photo to the working size and convert it to Lab, the generator, then the fused recolor (full-size
/// L + upsampled ab -> BGR). The reference path it replaced is timed in the same loop, alternating: BGR ->
/// Lab of the whole photo, ab upsampled and merged, Lab -> BGR (both conversions in parallel stripes).
/// Milliseconds per stage (medians).
struct FullResBenchmarkResult {
  std::string variant;
  int width = 0, height = 0, workingSize = 0;
  double resizeDownMs = 0.0, networkMs = 0.0, recolorMs = 0.0, totalMs = 0.0;
  double referenceToLabMs = 0.0, referenceUpsampleMergeMs = 0.0, referenceToBgrMs = 0.0;
  double referenceTotalMs = 0.0;  ///< resize down + network + the three reference stages
  int maxLevelDifference = 0;     ///< largest |fused - reference| over all pixels and channels (8-bit)
};
FullResBenchmarkResult benchmarkFullResolution(int width, int height, int64_t workingSize,
                                               const BenchmarkVariant& variant,
                                               const BenchmarkSchedule& schedule, int64_t ngf = 64,
                                               int64_t numDowns = 8);
/// Writes a colorization checkpoint with freshly initialised (N(0, 0.02)) weights that Colorizer can load,
/// so `bench infer` can time the real end-to-end path without a trained model.
void writeRandomColorizationCheckpoint(const std::filesystem::path& file, int64_t ngf = 64,
                                       int64_t numDowns = 8, int imageSize = 256);

/// Peak resident memory of this process so far (VmHWM), in MiB; 0 when unknown.
double peakResidentMiB();
/// Restarts the peak-RSS counter (Linux clear_refs); returns false when the kernel refuses.
bool resetPeakResident();

}  // namespace colorproxy
