#pragma once
// An experiment's results per task and label fraction, as report.json records them: the points of its
// label-efficiency curves and their three-way verdicts (what the GUI plots; ExperimentReport holds the
// runs and sentences).
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "colorproxy/io/run_folder.h"

namespace colorproxy {

/// A task's verdict on transfer as report.json records it ("outcome").
enum class TransferOutcome {
  Gain,          ///< pretrained better: the interval excludes 0 and p < 0.05
  Loss,          ///< pretrained worse, by the same rule
  Inconclusive,  ///< not distinguishable from seed-to-seed noise
  NotJudged,     ///< an arm did not beat the trivial predictor: no verdict on transfer
  Unrecorded     ///< a report written before three-way verdicts (only the sentence says what it found)
};

/// One metric of a task: both arms' means over seeds with their 95 % intervals, the paired difference
/// (pretrained − baseline) with its interval and tests, and the trivial predictor. Undefined values (and
/// values an older report did not record) are NaN.
struct ReportedMetric {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  std::string name;  ///< e.g. "test_mIoU"
  bool higherIsBetter = true;
  double baselineMean = kNaN, baselineCiLow = kNaN, baselineCiHigh = kNaN;
  double pretrainedMean = kNaN, pretrainedCiLow = kNaN, pretrainedCiHigh = kNaN;
  double meanDifference = kNaN;
  double ciLow = kNaN, ciHigh = kNaN;  ///< 95 % bootstrap interval of the mean difference over the units
  double permutationP = kNaN;          ///< exact sign-flip test, two-sided
  double tTestP = kNaN;                ///< paired t-test, two-sided
  double trivial = kNaN;               ///< the trivial predictor on the test split
  int pairs = 0;                       ///< seeds where both arms have a value
  int units = 0;                       ///< independent units the interval and tests use
  std::string unitName;                ///< "seed" or "pretraining run"
};

/// One task of an experiment at one label fraction (a study of several fractions has one per task and
/// fraction: the points of its label-efficiency curve).
struct ExperimentTaskResult {
  std::string task;             ///< "segmentation" or "classification"
  std::string primaryMetric;    ///< e.g. "test_mIoU"
  std::string verdict;          ///< the engine's plain (English) sentence
  double fraction = 1.0;        ///< share of the labelled training images both arms trained on (0 .. 1]
  std::size_t trainImages = 0;  ///< how many images that is (0 when not recorded)
  std::vector<std::uint64_t> seeds;
  TransferOutcome outcome = TransferOutcome::Unrecorded;
  /// The "did it learn" gate: each arm's mean primary metric beat the trivial predictor by learnMargin
  /// (true in reports written before the gate).
  bool baselineLearned = true, pretrainedLearned = true;
  double learnMargin = ReportedMetric::kNaN;
  std::string trivialDescription;       ///< what the trivial predictor predicts
  std::vector<ReportedMetric> metrics;  ///< as the report lists them (primary first)

  /// Both arms learned enough for a verdict on transfer.
  bool judged() const { return baselineLearned && pretrainedLearned; }
  /// The metric named primaryMetric (else the first); nullptr when the report lists none.
  const ReportedMetric* primary() const;
};

/// The task results of the experiment in `run`, in the report's order: nothing while it has not written
/// report.json; throws std::runtime_error naming the file when it is malformed or of another kind.
std::optional<std::vector<ExperimentTaskResult>> readExperimentResults(const RunFolder& run);

/// The label fraction a fine-tuning run in `run` trained on (its config.json's trainFraction): 1 when
/// the run does not record one (runs written before label fractions). Never throws.
double readTrainFraction(const RunFolder& run);

}  // namespace colorproxy
