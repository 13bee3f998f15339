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

std::string intervalText(double low, double high) {
  if (!std::isfinite(low) || !std::isfinite(high)) return "n/a";
  return "[" + signedText(low) + ", " + signedText(high) + "]";
}

std::string pValueText(double p) {
  if (std::isfinite(p) && p > 0 && p < 1e-4) return "< 0.0001";
  return fixedText(p);
}

std::vector<std::pair<std::string, std::string>> experimentCsvTables(const ExperimentReportData& report) {
  const ExperimentResult& result = report.result;
  std::ostringstream perSeed, summary, perClass;
  perSeed << "task,metric,seed,baseline,pretrained,difference\n";
  summary << "task,metric,higher_is_better,trivial,baseline_mean,baseline_std,"
             "pretrained_mean,pretrained_std,"
             "mean_difference,std_difference,ci95_low,ci95_high,ci95_images_"
             "low,ci95_images_high,"
             "permutation_p,t_statistic,t_test_p,verdict,improved_seeds,worse_"
             "seeds,seeds\n";
  perClass << "task,class,metric,baseline_mean,pretrained_mean,delta\n";
  for (const auto& t : result.tasks) {
    for (const auto& m : t.metrics) {
      for (std::size_t i = 0; i < t.seeds.size() && i < m.baseline.size(); ++i)
        perSeed << t.task << "," << m.name << "," << t.seeds[i] << "," << csv(m.baseline[i]) << ","
                << csv(m.pretrained[i]) << "," << csv(m.differences[i]) << "\n";
      summary << t.task << "," << m.name << "," << (m.higherIsBetter ? 1 : 0) << "," << csv(m.trivial) << ","
              << csv(m.baselineMean) << "," << csv(m.baselineStd) << "," << csv(m.pretrainedMean) << ","
              << csv(m.pretrainedStd) << "," << csv(m.meanDifference) << "," << csv(m.stdDifference) << ","
              << csv(m.ciLow) << "," << csv(m.ciHigh) << "," << csv(m.imageCiLow) << "," << csv(m.imageCiHigh)
              << "," << csv(m.permutationP) << "," << csv(m.tStatistic) << "," << csv(m.tTestP) << ","
              << pairedVerdictName(m.verdict) << "," << m.improved << "," << m.worse << "," << m.pairs
              << "\n";
    }
    for (std::size_t c = 0; c < t.classNames.size(); ++c)
      perClass << t.task << "," << csvField(t.classNames[c]) << "," << t.perClassMetric << ","
               << csv(t.baselinePerClass[c]) << "," << csv(t.pretrainedPerClass[c]) << ","
               << csv(t.pretrainedPerClass[c] - t.baselinePerClass[c]) << "\n";
  }
  return {{"results.csv", perSeed.str()}, {"summary.csv", summary.str()}, {"per_class.csv", perClass.str()}};
}

std::string experimentTable(const ExperimentResult& result) {
  std::ostringstream out;
  for (const auto& t : result.tasks) {
    out << t.task << " — " << t.dataDescription << "; seeds";
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
