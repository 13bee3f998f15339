#pragma once
// Fine-tuning as one blocking call, torch-free, for the GUI worker thread, the CLI and the experiment
// runner. The call runs on the caller's thread (and sets that thread's ATen thread count), reports
// through the observer (IterationStats::runName = config.runName), and honours the stop token between
// batches. Expected failures (bad config, incompatible checkpoint, unreadable data, NaN loss, disk full)
// come back in FinetuneResult::error; the function does not throw.
//
// The run folder (runs/<yyyymmdd-hhmmss>-<runName>/) holds config.json, metrics.csv, status.json,
// checkpoints/latest.pt, previews/epoch-NNN.png, report.json / report.md and, for the test split,
// predictions/: segmentation  masks/<NNNN>-<stem>.png (predicted training ids) and truth/<NNNN>-<stem>.png
// (the target at the same size, 255 = ignored), listed in predictions/index.csv; classification
// probabilities.csv (image, then one probability per class) and labels.csv (image, then 0/1 per class).
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "colorproxy/base/stop_token.h"
#include "colorproxy/finetune/finetune_config.h"
#include "colorproxy/io/run_kind.h"
#include "colorproxy/models/transfer_report.h"
#include "colorproxy/train/observer.h"

namespace colorproxy {

/// Outcome of a fine-tuning run.
struct FinetuneResult {
  std::filesystem::path runDir;  ///< empty when the run folder could not be created
  bool completed = false;        ///< every epoch ran and the test split was scored
  bool stopped = false;          ///< stopped on request (latest.pt holds the last epoch)
  std::string error;             ///< non-empty when the run failed; says why and what to do
  int64_t epoch = 0;             ///< epochs finished
  int64_t iteration = 0;         ///< iterations finished
  double seconds = 0.0;          ///< wall time of run()
  DownstreamTask task = DownstreamTask::Classification;
  std::vector<std::string> classNames;
  std::string perClassMetric;                ///< "AP" (classification) or "IoU" (segmentation)
  std::map<std::string, double> valMetrics;  ///< last epoch's validation metrics (val_mAP, val_mIoU, ...)
  std::map<std::string, double>
      testMetrics;                   ///< test_mAP, test_exactMatch, ... / test_mIoU, test_pixelAccuracy, ...
  std::vector<double> testPerClass;  ///< per-class AP or IoU on the test split (NaN = undefined)
  std::vector<double> epochTrainLoss;                     ///< mean training loss of every epoch
  std::vector<std::pair<int64_t, double>> iterationLoss;  ///< (iteration, loss) of every step
  TransferReport transfer;               ///< what a pretrained init copied (empty for random)
  std::filesystem::path predictionsDir;  ///< the saved test predictions (empty when not saved)
};

/// What a resume may change; everything else comes from the run's checkpoint.
struct FinetuneResumeOptions {
  std::optional<int> threads;
  std::optional<std::string> device;
};

/// A fine-tuning run (multilabel classification or segmentation, random or pretrained init).
class FinetuneTrainer {
 public:
  /// Prepares a run (nothing is read or written until run()).
  explicit FinetuneTrainer(FinetuneConfig config);
  /// Prepares to continue the stopped, failed or interrupted run in `runDir` from its checkpoints/latest.pt:
  /// the same batches, crops and (on the CPU) random draws as an uninterrupted run, so the result, the
  /// report and the metrics are those of the whole run. Problems (no checkpoint, a run of another kind, a
  /// run being trained by another process, changed data) come back in run()'s FinetuneResult::error.
  static FinetuneTrainer resume(const std::filesystem::path& runDir,
                                const FinetuneResumeOptions& options = {});
  ~FinetuneTrainer();
  FinetuneTrainer(FinetuneTrainer&&) noexcept;
  FinetuneTrainer& operator=(FinetuneTrainer&&) noexcept;

  /// Trains every phase (after a resume: what is left), validates after each epoch, scores the test split
  /// at the end. Call once.
  FinetuneResult run(TrainingObserver& observer, StopToken& stop);

  const FinetuneConfig& config() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

/// FinetuneTrainer(config).run(observer, stop).
FinetuneResult runFinetune(const FinetuneConfig& config, TrainingObserver& observer, StopToken& stop);
/// FinetuneTrainer::resume(runDir, options).run(observer, stop).
FinetuneResult resumeFinetune(const std::filesystem::path& runDir, TrainingObserver& observer,
                              StopToken& stop, const FinetuneResumeOptions& options = {});

/// The report.json of a finished fine-tuning run folder, as a FinetuneResult (runDir, task, class names,
/// metrics, per-class values, losses, transfer). Throws std::runtime_error naming the folder when it
/// has no readable report.
FinetuneResult readFinetuneReport(const std::filesystem::path& runDir);

}  // namespace colorproxy
