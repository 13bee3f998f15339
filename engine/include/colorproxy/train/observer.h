#pragma once
// How a trainer reports progress. Plain C++ so that the GUI (queued Qt signals) and the CLI (progress
// bar) can both listen without seeing torch. Callbacks run on the trainer's thread and must return
// quickly: copy what you need and hand it off.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace colorproxy {

/// Per-iteration numbers: the losses by name (e.g. G_GAN, G_L1, D_real, D_fake, CE, L2) and timing.
struct IterationStats {
  std::string runName;    ///< which run (e.g. "baseline-seed1") when several share an observer
  int64_t epoch = 0;      ///< 1-based epoch
  int64_t epochs = 0;     ///< total epochs planned
  int64_t iteration = 0;  ///< 1-based global iteration (across epochs)
  int64_t iterationsPerEpoch = 0;
  int64_t totalIterations = 0;
  std::map<std::string, double> losses;
  double learningRate = 0.0;
  double imagesPerSecond = 0.0;  ///< recent throughput
  double elapsedSeconds = 0.0;   ///< since the run (or resume) started
  double etaSeconds = 0.0;       ///< estimated time to finish the run
};

/// End-of-epoch summary: validation metrics by name (val_psnr, val_ssim, mAP, mIoU, ...).
struct EpochReport {
  std::string runName;
  int64_t epoch = 0;
  int64_t epochs = 0;
  std::map<std::string, double> metrics;
  double elapsedSeconds = 0.0;
  std::filesystem::path checkpoint;  ///< the checkpoint written for this epoch, if any
};

/// Fixed validation images rendered after an epoch: grey | prediction | truth (8-bit BGR each).
struct PreviewImages {
  std::string runName;
  int64_t epoch = 0;
  std::vector<cv::Mat> grey;
  std::vector<cv::Mat> prediction;
  std::vector<cv::Mat> truth;
  cv::Mat grid;                ///< all rows tiled as saved under previews/
  std::filesystem::path file;  ///< previews/epoch-NNN.png
};

/// Receives a trainer's progress; default implementations ignore everything.
class TrainingObserver {
 public:
  virtual ~TrainingObserver() = default;
  virtual void onIteration(const IterationStats& /*stats*/) {}
  virtual void onEpoch(const EpochReport& /*report*/) {}
  virtual void onPreview(const PreviewImages& /*images*/) {}
  virtual void onLog(const std::string& /*line*/) {}
};

}  // namespace colorproxy
