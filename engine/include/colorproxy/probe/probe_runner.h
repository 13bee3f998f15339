#pragma once
// Runs a probe study (ProbeConfig): extracts pooled features per encoder level once (cached under
// outDir/features/), trains linear probes per level and seed, scores k-NN probes, and writes probe.json,
// probe.csv and probe.md. Torch-free interface.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "colorproxy/base/stop_token.h"
#include "colorproxy/probe/probe_config.h"
#include "colorproxy/probe/probe_levels.h"

namespace colorproxy {

/// Test scores of one probe configuration (arm, level, seed).
struct ProbeScore {
  std::string arm;  ///< "pretrained" or "random"
  int level = 0;
  int seed = 0;
  double linearMeanAP = 0.0;        ///< linear probe test mAP (step-sum AP)
  double linearMeanAPVoc07 = 0.0;   ///< the same in the VOC 2007 11-point variant
  double linearMeanAPVocAll = 0.0;  ///< the same in the VOC 2010+ all-point variant
  int bestEpoch = 0;                ///< linear probe epoch chosen on validation
  double knnMeanAP = 0.0;           ///< cosine k-NN probe test mAP (step-sum AP)
  bool cached = false;              ///< features came from the cache
};

/// Mean and 95 % t-interval over seeds of one arm and level.
struct ProbeSummary {
  std::string arm;
  int level = 0;
  int seeds = 0;
  double linearMean = 0.0, linearLow = 0.0, linearHigh = 0.0;  ///< low/high NaN for one seed
  double knnMean = 0.0, knnLow = 0.0, knnHigh = 0.0;
};

/// Everything a probe study produced.
struct ProbeReport {
  std::filesystem::path outDir;
  std::string modelFile;  ///< the checkpoint the pretrained arm read ("" for random only)
  int ngf = 0, numDowns = 0, imageSize = 0;
  std::size_t trainImages = 0, valImages = 0, testImages = 0;
  std::vector<std::string> classNames;
  std::vector<ProbeLevelShape> levels;
  std::vector<ProbeScore> scores;
  std::vector<ProbeSummary> summaries;
  double chanceMeanAP = 0.0;  ///< test mAP of a constant score (each class's AP = its test prevalence)
  double seconds = 0.0;
};

/// Runs the study; `log` gets progress lines. Throws std::invalid_argument (bad settings, unusable model
/// or data, naming the file and the fix) and DataError (unreadable dataset); returns early with what is
/// done when `stop` is requested (nothing is written then).
ProbeReport runProbes(const ProbeConfig& config, const std::function<void(const std::string&)>& log,
                      StopToken& stop);

}  // namespace colorproxy
