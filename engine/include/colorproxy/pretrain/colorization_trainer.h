#pragma once
// Colorization pretraining as one blocking call, torch-free, for the GUI worker thread and the CLI.
// The call runs on the caller's thread (and sets that thread's ATen thread count), reports through the
// observer, and honours the stop token between batches. Expected failures (bad config, unreadable data,
// NaN loss, disk full) come back in RunResult::error; the function does not throw.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "colorproxy/base/stop_token.h"
#include "colorproxy/pretrain/colorization_config.h"
#include "colorproxy/train/observer.h"

namespace colorproxy {

/// Outcome of a training run.
struct RunResult {
  std::filesystem::path runDir;                ///< empty when the run folder could not be created
  bool completed = false;                      ///< every planned epoch ran
  bool stopped = false;                        ///< stopped on request (a resumable checkpoint was written)
  std::string error;                           ///< non-empty when the run failed; says why and what to do
  int64_t epoch = 0;                           ///< epochs finished
  int64_t iteration = 0;                       ///< iterations finished
  std::map<std::string, double> finalMetrics;  ///< last validation metrics (val_psnr, val_ssim, ...)
};

/// What a resume may change; everything else comes from the run's checkpoint.
struct ResumeOptions {
  std::optional<int64_t> epochs;  ///< extend (or shorten) the run
  std::optional<int64_t> epochsDecay;
  std::optional<int> threads;  ///< note: a different thread count may change results slightly
  std::optional<std::string> device;
};

/// A colorization pretraining run (pix2pix cGAN, Zhang classification or L2 regression).
class ColorizationTrainer {
 public:
  /// Prepares a new run (nothing is written until run()).
  explicit ColorizationTrainer(ColorizationConfig config);
  /// Prepares to continue the run in `runDir` from checkpoints/latest.pt.
  static ColorizationTrainer resume(const std::filesystem::path& runDir, const ResumeOptions& options = {});
  ~ColorizationTrainer();
  ColorizationTrainer(ColorizationTrainer&&) noexcept;
  ColorizationTrainer& operator=(ColorizationTrainer&&) noexcept;

  /// Trains until done, stopped or failed. Call once.
  RunResult run(TrainingObserver& observer, StopToken& stop);

  /// The effective configuration (after a resume: the run's own).
  const ColorizationConfig& config() const;

 private:
  struct Impl;
  ColorizationTrainer() = default;
  std::unique_ptr<Impl> m_impl;
};

/// Starts a new run: ColorizationTrainer(config).run(observer, stop).
RunResult runColorization(const ColorizationConfig& config, TrainingObserver& observer, StopToken& stop);

/// Continues the run in `runDir` exactly where its latest checkpoint left off.
RunResult resumeColorization(const std::filesystem::path& runDir, TrainingObserver& observer, StopToken& stop,
                             const ResumeOptions& options = {});

}  // namespace colorproxy
