#pragma once
// One task's comparison from its finished runs: metrics per seed (segmentation rescored from the saved
// predictions at the chosen resolution), paired statistics, the trivial predictor and the "did it
// learn" gate, the bootstrap over test images (segmentation) and the verdict sentence.
#include <cstdint>
#include <string>
#include <vector>

#include "colorproxy/experiment/experiment_result.h"
#include "colorproxy/finetune/finetune_trainer.h"
#include "experiment/segmentation_scores.h"
#include "finetune/finetune_data.h"

namespace colorproxy {

/// How a task is compared.
struct TaskComparisonOptions {
  SegmentationScoring scoring = SegmentationScoring::Annotation;
  double learnMargin = 0.05;  ///< an arm's mean primary metric must beat the trivial predictor by this
  int imageResamples = 2000;  ///< bootstrap resamples over test images (segmentation)
  /// Per seed, the pretraining run of its pretrained arm (empty = one pretraining run): with several,
  /// the statistics use one unit per pretraining run (see compareMetric).
  std::vector<int> pretrainIndex;
};

/// Compares paired runs (baseline[i] and pretrained[i] share seeds[i]). Segmentation runs' test metrics
/// and per-class IoU are replaced by the rescored ones when every run saved its predictions (the runs
/// passed in are updated so figures and tables agree). Throws std::runtime_error on unreadable
/// predictions or runs scored on different test images.
TaskComparison compareTask(const std::string& task, const std::vector<std::uint64_t>& seeds,
                           std::vector<FinetuneResult>& baseline, std::vector<FinetuneResult>& pretrained,
                           const FinetuneData& data, const TaskComparisonOptions& options);

}  // namespace colorproxy
