#pragma once
// report.json of a fine-tuning run, as readers see it (the Compare and Labels pages, the experiment
// runner, its figures).
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "colorproxy/io/run_kind.h"

namespace colorproxy {

/// One class's test scores of a classification run (undefined values are NaN).
struct ClassScores {
  int64_t positives = 0;
  double averagePrecision = 0.0;
  double precision = 0.0;
  double recall = 0.0;
  double f1 = 0.0;
};

/// What a fine-tuning run's report.json says.
struct FinetuneReport {
  DownstreamTask task = DownstreamTask::Classification;
  std::string runName;         ///< e.g. "segmentation-baseline-seed1"; the folder name when absent
  bool pretrained = false;     ///< initialised from a colorization generator (else random)
  std::string pretrainedFile;  ///< the generator it started from, empty for a random start
  int64_t seed = 0;
  bool completed = false;
  double seconds = 0.0;
  int64_t iterations = 0;
  std::vector<std::string> classNames;
  std::string voidName;                                    ///< segmentation: the ignored label's name
  std::string perClassMetric;                              ///< "IoU" or "AP"
  std::map<std::string, double> testMetrics;               ///< without prefix; undefined values are NaN
  std::vector<double> testPerClass;                        ///< IoU or AP per class (NaN = undefined)
  std::vector<ClassScores> testClassScores;                ///< classification only: the full per-class detail
  std::map<std::string, double> valMetrics;                ///< the last epoch's validation metrics
  std::vector<double> epochTrainLoss;                      ///< mean training loss per epoch
  std::vector<std::pair<int64_t, double>> iterationLoss;   ///< (iteration, loss)
  std::vector<std::string> transferred, created, skipped;  ///< what the pretrained start did per tensor
  std::filesystem::path predictionsDir;  ///< saved test predictions; empty when none were saved
};

}  // namespace colorproxy
