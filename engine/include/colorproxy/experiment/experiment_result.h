#pragma once
// What an experiment found: per task and metric, the baseline's and the pretrained network's values
// over seeds, their paired differences, and a plain sentence on whether the gain is consistent.
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

namespace colorproxy {

/// One metric over seeds for both initialisations, paired by seed.
struct MetricComparison {
  std::string name;                 ///< e.g. "test_mIoU"
  bool higherIsBetter = true;       ///< false for losses
  std::vector<double> baseline;     ///< per seed, in seed order
  std::vector<double> pretrained;   ///< per seed
  std::vector<double> differences;  ///< pretrained - baseline, per seed
  double baselineMean = std::numeric_limits<double>::quiet_NaN();
  double baselineStd = std::numeric_limits<double>::quiet_NaN();  ///< sample std (n - 1); NaN for n < 2
  double pretrainedMean = std::numeric_limits<double>::quiet_NaN();
  double pretrainedStd = std::numeric_limits<double>::quiet_NaN();
  double meanDifference = std::numeric_limits<double>::quiet_NaN();
  double stdDifference = std::numeric_limits<double>::quiet_NaN();  ///< sample std of the paired differences
  int improved = 0;  ///< seeds where pretrained is better (by the metric's direction)
  int worse = 0;     ///< seeds where it is worse
  int ties = 0;      ///< seeds with equal values
  int pairs = 0;     ///< seeds where both values are finite
};

/// Compares paired per-seed values. Means, stds and counts use the seeds where both values are finite
/// (so meanDifference = pretrainedMean - baselineMean); every value stays in the lists.
/// Throws std::invalid_argument when the two lists differ in length.
MetricComparison compareMetric(const std::string& name, bool higherIsBetter,
                               const std::vector<double>& baseline, const std::vector<double>& pretrained);

/// One downstream task of an experiment.
struct TaskComparison {
  std::string task;             ///< "segmentation" or "classification"
  std::string primaryMetric;    ///< "test_mIoU" or "test_mAP"
  std::string perClassMetric;   ///< "IoU" or "AP"
  std::string dataDescription;  ///< e.g. "camvid: train 60 (train), test 40 (test)"
  std::vector<std::uint64_t> seeds;
  std::vector<MetricComparison> metrics;  ///< primary metric first
  std::vector<std::string> classNames;
  std::vector<double> baselinePerClass;  ///< mean over seeds (NaN where undefined in every seed)
  std::vector<double> pretrainedPerClass;
  std::vector<std::filesystem::path> baselineRuns, pretrainedRuns;
  std::vector<double> baselineSeconds, pretrainedSeconds;
  std::size_t pretrainOverlap = 0;  ///< test images that were also pretraining images (should be 0)
  std::string verdict;              ///< the plain sentence on the primary metric
  std::filesystem::path lossFigure, examplesFigure;

  /// The comparison of `name`, or nullptr.
  const MetricComparison* find(const std::string& name) const;
};

/// A plain sentence on the primary metric: consistent gain, consistent loss, or mixed, with the
/// numbers (never hides a negative result).
std::string describeConsistency(const MetricComparison& primary, const std::string& task);

/// Outcome of runExperiment.
struct ExperimentResult {
  std::filesystem::path dir;  ///< the experiment folder (empty when it could not be made)
  bool completed = false;
  bool stopped = false;
  std::string error;                  ///< non-empty when it failed: which stage, why, what to do
  std::filesystem::path pretrainRun;  ///< the colorization run used
  bool pretrainReused = false;
  double pretrainSeconds = 0.0;
  double seconds = 0.0;  ///< wall time of the whole experiment
  std::vector<TaskComparison> tasks;
  std::filesystem::path reportMarkdown, reportJson;
  std::vector<std::filesystem::path> files;  ///< CSV files and figures written
  std::string table;                         ///< the results as a plain-text table (for the CLI)
};

}  // namespace colorproxy
