#pragma once
// What an experiment found: per task and metric, the baseline's and the pretrained network's values
// over seeds, their paired differences with a bootstrap confidence interval and paired tests, the
// trivial predictor's value (the "did it learn" gate) and a three-way verdict: gain, loss or inconclusive.
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include "colorproxy/eval/paired_statistics.h"
#include "colorproxy/probe/probe_runner.h"
#include "colorproxy/probe/segmentation_probe.h"

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
  /// Independent units the interval and the tests use: the pairs, or (several pretraining runs) the
  /// pretraining runs, each the mean of its pairs' differences.
  int units = 0;
  std::string unitName = "seed";  ///< "seed" or "pretraining run"
  /// 95 % percentile bootstrap intervals of each arm's mean over the same units (for plots).
  double baselineCiLow = std::numeric_limits<double>::quiet_NaN();
  double baselineCiHigh = std::numeric_limits<double>::quiet_NaN();
  double pretrainedCiLow = std::numeric_limits<double>::quiet_NaN();
  double pretrainedCiHigh = std::numeric_limits<double>::quiet_NaN();
  /// 95 % percentile bootstrap interval of the mean paired difference, resampling seeds.
  double ciLow = std::numeric_limits<double>::quiet_NaN();
  double ciHigh = std::numeric_limits<double>::quiet_NaN();
  /// Segmentation: 95 % bootstrap interval of the mean difference resampling test images (the same
  /// images for both networks and every seed); NaN when not computed.
  double imageCiLow = std::numeric_limits<double>::quiet_NaN();
  double imageCiHigh = std::numeric_limits<double>::quiet_NaN();
  double permutationP = std::numeric_limits<double>::quiet_NaN();  ///< exact sign-flip test, two-sided
  double tStatistic = std::numeric_limits<double>::quiet_NaN();    ///< paired t-test
  double tTestP = std::numeric_limits<double>::quiet_NaN();        ///< its two-sided p-value
  /// Gain or loss when the seed interval excludes 0 and permutationP < 0.05, else inconclusive.
  PairedVerdict verdict = PairedVerdict::Inconclusive;
  double trivial = std::numeric_limits<double>::quiet_NaN();  ///< the trivial predictor on the test split
};

/// Compares paired per-seed values. Means, stds, counts, the interval, the tests and the verdict use the
/// seeds where both values are finite (so meanDifference = pretrainedMean - baselineMean); every value
/// stays in the lists. `clusters` (optional, one id per pair: its pretraining run) with more than one
/// distinct id makes the interval, the tests and the verdict use one value per cluster (the mean of its
/// finite differences), since pairs sharing a pretrained model are not independent.
/// Throws std::invalid_argument when the lists differ in length.
MetricComparison compareMetric(const std::string& name, bool higherIsBetter,
                               const std::vector<double>& baseline, const std::vector<double>& pretrained,
                               const std::vector<int>& clusters = {});

/// One downstream task of an experiment.
struct TaskComparison {
  std::string task;             ///< "segmentation" or "classification"
  std::string primaryMetric;    ///< "test_mIoU" or "test_mAP"
  std::string perClassMetric;   ///< "IoU" or "AP"
  std::string dataDescription;  ///< e.g. "camvid: train 60 (train), test 40 (test)"
  std::vector<std::uint64_t> seeds;
  std::vector<int> pretrainIndex;         ///< per seed: the 0-based pretraining run its pretrained arm used
  double fraction = 1.0;                  ///< share of the labelled training images both arms trained on
  std::size_t trainImages = 0;            ///< how many images that is
  std::vector<MetricComparison> metrics;  ///< primary metric first
  std::vector<std::string> classNames;
  std::vector<double> baselinePerClass;  ///< mean over seeds (NaN where undefined in every seed)
  std::vector<double> pretrainedPerClass;
  std::vector<std::filesystem::path> baselineRuns, pretrainedRuns;
  std::vector<double> baselineSeconds, pretrainedSeconds;
  std::size_t pretrainOverlap = 0;  ///< test images that were also pretraining images (should be 0)
  /// The pretraining run recorded the images it trained on (trained_images.csv), so the overlap was
  /// checked; false for a model without the list ("not checkable").
  bool leakageCheckable = false;
  std::string leakageSentence;  ///< the plain sentence on the leakage check
  /// How segmentation was scored: "annotation" (predictions resized back to each mask's own size,
  /// nearest-neighbour on the predicted classes) or "network" (the network's square input size).
  std::string scoring;
  std::string trivialDescription;  ///< what the trivial predictor predicts, e.g. "every pixel = Road"
  double learnMargin = 0.0;        ///< how far an arm's primary metric must beat the trivial predictor
  bool baselineLearned = true;     ///< the baseline's mean primary metric >= trivial + learnMargin
  bool pretrainedLearned = true;
  /// Gain, loss or inconclusive on the primary metric; meaningful only when judged().
  PairedVerdict outcome = PairedVerdict::Inconclusive;
  std::string verdict;  ///< the plain sentence on the primary metric (or why it was not judged)

  /// Both arms learned enough (beat the trivial predictor by learnMargin) for a verdict on transfer.
  bool judged() const { return baselineLearned && pretrainedLearned; }
  /// "gain", "loss", "inconclusive" or "not judged".
  std::string outcomeName() const;
  std::filesystem::path lossFigure, examplesFigure;

  /// The comparison of `name`, or nullptr.
  const MetricComparison* find(const std::string& name) const;
};

/// The plain sentence on a task's primary metric: when an arm did not beat the trivial predictor by the
/// margin, that it did not learn enough to judge transfer; otherwise gain, loss or inconclusive with
/// the mean difference, its interval and the p-values (never hides a negative result).
std::string describeVerdict(const TaskComparison& task);

/// Outcome of runExperiment.
struct ExperimentResult {
  std::filesystem::path dir;  ///< the experiment folder (empty when it could not be made)
  bool completed = false;
  bool stopped = false;
  std::string error;                  ///< non-empty when it failed: which stage, why, what to do
  std::filesystem::path pretrainRun;  ///< the colorization run used (the first, with several)
  std::vector<std::filesystem::path> pretrainRuns;  ///< every colorization run, by pretraining seed
  bool pretrainReused = false;
  double pretrainSeconds = 0.0;
  double seconds = 0.0;               ///< wall time of the whole experiment
  std::vector<TaskComparison> tasks;  ///< per task and label fraction (in the config's order)
  /// Label-efficiency figures (one per task) when several fractions were studied.
  std::vector<std::filesystem::path> labelEfficiencyFigures;
  std::filesystem::path reportMarkdown, reportJson;
  std::vector<std::filesystem::path> files;  ///< CSV files and figures written
  std::string table;                         ///< the results as a plain-text table (for the CLI)
  /// With `probes`: the per-level multilabel probes (on the classification data) and the decoder
  /// segmentation probe (on the segmentation data); empty outDir = not run.
  ProbeReport levelProbes;
  SegmentationProbeReport segmentationProbe;
};

}  // namespace colorproxy
