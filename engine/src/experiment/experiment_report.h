#pragma once
// An experiment's report: report.md, report.json, results.csv (per seed), summary.csv, per_class.csv,
// and the plain-text results table the CLI prints.
#include <filesystem>
#include <string>

#include "colorproxy/experiment/experiment_config.h"
#include "colorproxy/experiment/experiment_result.h"
#include "colorproxy/io/run_folder.h"

namespace colorproxy {

/// Writes every report file into `folder` (atomically) and fills result.reportMarkdown, reportJson,
/// table and files. Figures must already be in result.tasks.
void writeExperimentReport(const RunFolder& folder, const ExperimentConfig& config,
                           const std::filesystem::path& generatorFile, ExperimentResult& result);

/// The results as a fixed-width text table: per task, each metric's baseline and pretrained mean ± std,
/// the mean paired difference and the seeds it favoured, then the verdict sentence.
std::string experimentTable(const ExperimentResult& result);

}  // namespace colorproxy
