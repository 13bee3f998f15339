#pragma once
// report.json / report.md of a fine-tuning run: what was trained, how it went, and the test metrics.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "colorproxy/finetune/finetune_config.h"
#include "colorproxy/finetune/finetune_trainer.h"
#include "finetune/finetune_data.h"
#include "finetune/finetune_evaluation.h"

namespace colorproxy {

/// One finished epoch, as the report lists it.
struct FinetuneEpochRecord {
  int64_t epoch = 0;
  int phase = 0;  ///< 1-based schedule phase
  double lr = 0.0;
  std::vector<std::string> frozen;
  int64_t frozenElements = 0;         ///< parameter elements held fixed in this epoch
  double trainLoss = 0.0;             ///< mean training loss of the epoch
  std::map<std::string, double> val;  ///< validation metrics without prefix
  double seconds = 0.0;               ///< wall time since the run started, at the epoch's end
};

/// The whole report as JSON (NaN values become null).
nlohmann::json finetuneReportJson(const FinetuneConfig& config, const FinetuneData& data,
                                  const FinetuneResult& result,
                                  const std::vector<FinetuneEpochRecord>& epochs,
                                  const FinetuneEvaluation& test, const std::string& pretrainedFile);

/// A human-readable rendering of finetuneReportJson's output.
std::string finetuneReportMarkdown(const nlohmann::json& report);

}  // namespace colorproxy
