#include "experiment/experiment_report.h"

#include <cmath>
#include <sstream>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/csv.h"
#include "colorproxy/base/number_text.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

std::string csv(double v) { return std::isfinite(v) ? preciseText(v) : std::string(); }

std::string pad(std::string s, std::size_t width) {
  // Count UTF-8 code points (± and Δ are two bytes) so columns line up.
  std::size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  if (chars < width) s.append(width - chars, ' ');
  return s;
}

}  // namespace

std::string reportPath(const fs::path& path, const fs::path& dir) {
  const fs::path r = path.lexically_relative(dir);
  return (r.empty() ? path : r).generic_string();
}

std::string intervalText(double low, double high, bool signedValues) {
  if (!std::isfinite(low) || !std::isfinite(high)) return "n/a";
  if (!signedValues) return "[" + fixedText(low) + ", " + fixedText(high) + "]";
  return "[" + signedText(low) + ", " + signedText(high) + "]";
}

std::string pairingSentence(const ExperimentConfig& c) {
  std::ostringstream out;
  out << "Each pair is one baseline and one pretrained fine-tuning run with the same seed: the same training "
         "images, batch order, crops, flips and new-layer initialisation; only the transferred weights and "
         "the frozen phase differ. ";
  if (c.pretrainSeeds > 1)
    out << c.pretrainSeeds << " pretraining runs (seeds " << c.pretrain.seed << "-"
        << c.pretrain.seed + std::uint64_t(c.pretrainSeeds - 1) << ") each pair with their own " << c.seeds
        << " fine-tuning seeds (pretraining run j: seeds firstSeed + j x " << c.seeds
        << " onwards), so the spread includes pretraining. Pairs sharing a pretrained model are not "
           "independent: intervals, p-values and verdicts use one unit per pretraining run (the mean of its "
           "paired differences).";
  else
    out << "All pairs share one pretrained model, so the spread is over fine-tuning seeds only and the "
           "verdict speaks for this pretrained model, not for pretraining in general (set pretrainSeeds to "
           "sample pretraining too).";
  if (c.labelEfficiency()) {
    out << " Label fractions";
    for (std::size_t i = 0; i < c.fractions.size(); ++i)
      out << (i ? ", " : " ") << fractionLabel(c.fractions[i]);
    out << ": nested subsets of the training images (each smaller set inside every larger one), drawn once "
           "from fractionSeed "
        << c.fractionSeed
        << "; both arms and every seed use the same subset; pairs are formed within a fraction.";
  }
  return out.str();
}

std::string fractionTag(double percent) {
  std::ostringstream out;
  out << percent << "pct";
  return out.str();
}

std::string fractionLabel(double percent) {
  std::ostringstream out;
  out << percent << " %";
  return out.str();
}

std::string labelEfficiencyCsv(const ExperimentResult& result) {
  std::ostringstream out;
  out << "task,fraction_percent,train_images,metric,trivial,baseline_mean,baseline_ci95_low,"
         "baseline_ci95_high,pretrained_mean,pretrained_ci95_low,pretrained_ci95_high,mean_difference,"
         "ci95_low,ci95_high,permutation_p,t_test_p,verdict,judged,units,unit\n";
  for (const auto& t : result.tasks) {
    if (t.metrics.empty()) continue;
    const MetricComparison& m = t.metrics.front();
    out << t.task << "," << preciseText(t.fraction * 100.0) << "," << t.trainImages << "," << m.name << ","
        << csv(m.trivial) << "," << csv(m.baselineMean) << "," << csv(m.baselineCiLow) << ","
        << csv(m.baselineCiHigh) << "," << csv(m.pretrainedMean) << "," << csv(m.pretrainedCiLow) << ","
        << csv(m.pretrainedCiHigh) << "," << csv(m.meanDifference) << "," << csv(m.ciLow) << ","
        << csv(m.ciHigh) << "," << csv(m.permutationP) << "," << csv(m.tTestP) << "," << t.outcomeName()
        << "," << (t.judged() ? 1 : 0) << "," << m.units << "," << csvField(m.unitName) << "\n";
  }
  return out.str();
}

std::string pValueText(double p) {
  if (std::isfinite(p) && p > 0 && p < 1e-4) return "< 0.0001";
  return fixedText(p);
}

std::vector<std::pair<std::string, std::string>> experimentCsvTables(const ExperimentReportData& report) {
  const ExperimentResult& result = report.result;
  std::ostringstream perSeed, summary, perClass;
  perSeed << "task,metric,seed,baseline,pretrained,difference,fraction_percent,pretraining_run\n";
  summary << "task,metric,higher_is_better,trivial,baseline_mean,baseline_std,pretrained_mean,pretrained_std,"
             "mean_difference,std_difference,ci95_low,ci95_high,ci95_images_low,ci95_images_high,"
             "permutation_p,t_statistic,t_test_p,verdict,improved_seeds,worse_seeds,seeds,fraction_percent,"
             "units,unit\n";
  perClass << "task,class,metric,baseline_mean,pretrained_mean,delta,fraction_percent\n";
  for (const auto& t : result.tasks) {
    const std::string percent = preciseText(t.fraction * 100.0);
    for (const auto& m : t.metrics) {
      for (std::size_t i = 0; i < t.seeds.size() && i < m.baseline.size(); ++i)
        perSeed << t.task << "," << m.name << "," << t.seeds[i] << "," << csv(m.baseline[i]) << ","
                << csv(m.pretrained[i]) << "," << csv(m.differences[i]) << "," << percent << ","
                << (i < t.pretrainIndex.size() ? t.pretrainIndex[i] + 1 : 1) << "\n";
      summary << t.task << "," << m.name << "," << (m.higherIsBetter ? 1 : 0) << "," << csv(m.trivial) << ","
              << csv(m.baselineMean) << "," << csv(m.baselineStd) << "," << csv(m.pretrainedMean) << ","
              << csv(m.pretrainedStd) << "," << csv(m.meanDifference) << "," << csv(m.stdDifference) << ","
              << csv(m.ciLow) << "," << csv(m.ciHigh) << "," << csv(m.imageCiLow) << "," << csv(m.imageCiHigh)
              << "," << csv(m.permutationP) << "," << csv(m.tStatistic) << "," << csv(m.tTestP) << ","
              << pairedVerdictName(m.verdict) << "," << m.improved << "," << m.worse << "," << m.pairs << ","
              << percent << "," << m.units << "," << csvField(m.unitName) << "\n";
    }
    for (std::size_t c = 0; c < t.classNames.size(); ++c)
      perClass << t.task << "," << csvField(t.classNames[c]) << "," << t.perClassMetric << ","
               << csv(t.baselinePerClass[c]) << "," << csv(t.pretrainedPerClass[c]) << ","
               << csv(t.pretrainedPerClass[c] - t.baselinePerClass[c]) << "," << percent << "\n";
  }
  return {{"results.csv", perSeed.str()},
          {"summary.csv", summary.str()},
          {"per_class.csv", perClass.str()},
          {"label_efficiency.csv", labelEfficiencyCsv(result)}};
}

std::string experimentTable(const ExperimentResult& result) {
  std::ostringstream out;
  for (const auto& t : result.tasks) {
    out << t.task;
    if (t.fraction < 1.0 || result.tasks.size() > 2)
      out << " at " << fractionLabel(t.fraction * 100.0) << " of the labels";
    out << " — " << t.dataDescription << "; seeds";
    for (auto s : t.seeds) out << " " << s;
    if (!t.scoring.empty()) out << "; scored at the " << t.scoring << " resolution";
    out << "\n";
    out << "  " << pad("metric", 24) << pad("trivial", 9) << pad("baseline", 18) << pad("pretrained", 18)
        << pad("Δ (paired)", 11) << pad("95 % CI (seeds)", 20) << pad("p", 8) << "verdict\n";
    for (const auto& m : t.metrics)
      out << "  " << pad(m.name, 24) << pad(fixedText(m.trivial), 9)
          << pad(meanSdText(m.baselineMean, m.baselineStd), 18)
          << pad(meanSdText(m.pretrainedMean, m.pretrainedStd), 18) << pad(signedText(m.meanDifference), 11)
          << pad(intervalText(m.ciLow, m.ciHigh), 20) << pad(pValueText(m.permutationP), 8)
          << pairedVerdictName(m.verdict) << (m.higherIsBetter ? "" : " (lower is better)") << "\n";
    out << "  " << t.verdict << "\n\n";
  }
  return out.str();
}

void writeExperimentReport(const RunFolder& folder, const ExperimentConfig& config,
                           const fs::path& generatorFile, ExperimentResult& result) {
  const ExperimentReportData report{config, result, generatorFile, folder.dir()};
  result.reportJson = folder.reportJsonFile();
  writeFileAtomically(result.reportJson, experimentReportJson(report));
  for (const auto& [name, text] : experimentCsvTables(report)) {
    writeFileAtomically(report.dir / name, text);
    result.files.push_back(report.dir / name);
  }
  result.table = experimentTable(result);
  result.reportMarkdown = folder.reportMarkdownFile();
  writeFileAtomically(result.reportMarkdown, experimentReportMarkdown(report));
}

}  // namespace colorproxy
