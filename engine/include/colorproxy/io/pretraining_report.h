#pragma once
// report.json of a colorization pretraining run, as readers see it.
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace colorproxy {

/// What a pretraining run's report.json says.
struct PretrainingReport {
  std::string pretext;     ///< "gan", "classification" or "l2"
  bool completed = false;  ///< false when the run was stopped early
  int64_t epochsCompleted = 0;
  int64_t epochs = 0;
  int64_t iterations = 0;
  double elapsedSeconds = 0.0;
  std::map<std::string, double> finalMetrics;  ///< the last epoch's validation metrics (finite values only)
  std::string bestMetricName;                  ///< e.g. "val_psnr"
  std::optional<double> bestMetricValue;
  int64_t bestEpoch = 0;
};

}  // namespace colorproxy
