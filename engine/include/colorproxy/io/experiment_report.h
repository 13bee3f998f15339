#pragma once
// report.json of an experiment folder, as readers see it.
#include <filesystem>
#include <string>
#include <vector>

namespace colorproxy {

/// One task's outcome in an experiment report.
struct ExperimentTaskReport {
  std::string task;           ///< "segmentation" or "classification"
  std::string primaryMetric;  ///< e.g. "test_mIoU"
  std::string verdict;        ///< the plain sentence: did pretraining help?
  std::vector<std::filesystem::path> baselineRuns, pretrainedRuns;  ///< absolute run folders
};

/// What an experiment's report.json says.
struct ExperimentReport {
  std::string name;
  bool completed = false;
  double seconds = 0.0;
  std::filesystem::path pretrainingRun;  ///< absolute; empty when none is recorded
  std::vector<ExperimentTaskReport> tasks;
};

}  // namespace colorproxy
