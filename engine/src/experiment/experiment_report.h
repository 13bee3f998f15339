#pragma once
// An experiment's report: report.md, report.json, results.csv (per seed),
// summary.csv, per_class.csv, and the plain-text results table the CLI prints.
// The JSON and Markdown writers read one ExperimentReportData and return text;
// writeExperimentReport writes the files.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "colorproxy/experiment/experiment_config.h"
#include "colorproxy/experiment/experiment_result.h"
#include "colorproxy/io/run_folder.h"

namespace colorproxy {

/// What an experiment's report shows: the finished result, the settings it ran
/// with and the generator checkpoint it used; run folders and figures are named
/// relative to `dir` (the experiment folder).
struct ExperimentReportData {
  const ExperimentConfig& config;
  const ExperimentResult& result;
  std::filesystem::path generatorFile;
  std::filesystem::path dir;
};

/// report.json's text: settings, per task the metrics per seed and their
/// comparison (intervals, tests, verdicts, the learning gate, the leakage
/// check), per-class values, runs, timings and figures.
std::string experimentReportJson(const ExperimentReportData& report);

/// report.md's text: the same results as tables and sentences for a reader.
std::string experimentReportMarkdown(const ExperimentReportData& report);

/// results.csv (per seed), summary.csv, per_class.csv and label_efficiency.csv
/// as (file name, text), in that order.
std::vector<std::pair<std::string, std::string>> experimentCsvTables(const ExperimentReportData& report);

/// `path` relative to `dir` with forward slashes, as reports name files; `path`
/// itself when unrelated.
std::string reportPath(const std::filesystem::path& path, const std::filesystem::path& dir);

/// A confidence interval as "[-0.0100, +0.0200]" (signed, for differences) or "[0.2800, 0.3100]" (an arm's
/// own values); "n/a" when either end is not finite.
std::string intervalText(double low, double high, bool signedValues = true);

/// A p-value as "0.0312", or "< 0.0001" below that.
std::string pValueText(double p);

/// How the pairs are formed and what the statistics treat as independent, in one paragraph.
std::string pairingSentence(const ExperimentConfig& config);

/// A label fraction (percent) in run and file names: "10pct", "2.5pct".
std::string fractionTag(double percent);

/// A label fraction (percent) for readers: "10 %".
std::string fractionLabel(double percent);

/// label_efficiency.csv: per task and fraction the training images, the trivial predictor, each arm's
/// mean primary metric with its 95 % interval, the paired difference with its interval, the p-values,
/// the verdict and the learning gate. Header only when one fraction was studied.
std::string labelEfficiencyCsv(const ExperimentResult& result);

/// Writes every report file into `folder` (atomically) and fills
/// result.reportMarkdown, reportJson, table and files. Figures must already be
/// in result.tasks.
void writeExperimentReport(const RunFolder& folder, const ExperimentConfig& config,
                           const std::filesystem::path& generatorFile, ExperimentResult& result);

/// The results as a fixed-width text table: per task, each metric's trivial,
/// baseline and pretrained values, the mean paired difference with its interval
/// and p-value, then the verdict sentence.
std::string experimentTable(const ExperimentResult& result);

}  // namespace colorproxy
