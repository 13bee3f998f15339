#include "experiment/experiment_report.h"

#include <cmath>
#include <cstdio>
#include <sstream>

#include <nlohmann/json.hpp>

#include "colorproxy/io/atomic_file.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

json number(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

json numbers(const std::vector<double>& values) {
  json a = json::array();
  for (double v : values) a.push_back(number(v));
  return a;
}

std::string fmt(double v, const char* format = "%.4f") {
  if (!std::isfinite(v)) return "n/a";
  char buf[40];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string pm(double mean, double std) {
  return fmt(mean) + (std::isfinite(std) ? " ± " + fmt(std) : std::string());
}

std::string csv(double v) { return std::isfinite(v) ? fmt(v, "%.9g") : std::string(); }

std::string csvCell(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string relativeText(const fs::path& p, const fs::path& base) {
  const fs::path r = p.lexically_relative(base);
  return (r.empty() ? p : r).generic_string();
}

std::string pad(std::string s, std::size_t width) {
  // Count UTF-8 code points (± and Δ are two bytes) so columns line up.
  std::size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  if (chars < width) s.append(width - chars, ' ');
  return s;
}

json metricJson(const MetricComparison& m) {
  return {{"name", m.name},
          {"higherIsBetter", m.higherIsBetter},
          {"baseline", numbers(m.baseline)},
          {"pretrained", numbers(m.pretrained)},
          {"differences", numbers(m.differences)},
          {"baselineMean", number(m.baselineMean)},
          {"baselineStd", number(m.baselineStd)},
          {"pretrainedMean", number(m.pretrainedMean)},
          {"pretrainedStd", number(m.pretrainedStd)},
          {"meanDifference", number(m.meanDifference)},
          {"stdDifference", number(m.stdDifference)},
          {"improved", m.improved},
          {"worse", m.worse},
          {"ties", m.ties},
          {"pairs", m.pairs},
          {"ci95Seeds", {number(m.ciLow), number(m.ciHigh)}},
          {"ci95Images", {number(m.imageCiLow), number(m.imageCiHigh)}},
          {"permutationP", number(m.permutationP)},
          {"tStatistic", number(m.tStatistic)},
          {"tTestP", number(m.tTestP)},
          {"verdict", pairedVerdictName(m.verdict)},
          {"trivial", number(m.trivial)}};
}

std::string interval(double low, double high) {
  if (!std::isfinite(low) || !std::isfinite(high)) return "n/a";
  return "[" + fmt(low, "%+.4f") + ", " + fmt(high, "%+.4f") + "]";
}

// "0.0312", or "< 0.0001".
std::string pText(double p) {
  if (std::isfinite(p) && p > 0 && p < 1e-4) return "< 0.0001";
  return fmt(p);
}

}  // namespace

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
      out << "  " << pad(m.name, 24) << pad(fmt(m.trivial), 9) << pad(pm(m.baselineMean, m.baselineStd), 18)
          << pad(pm(m.pretrainedMean, m.pretrainedStd), 18) << pad(fmt(m.meanDifference, "%+.4f"), 11)
          << pad(interval(m.ciLow, m.ciHigh), 20) << pad(pText(m.permutationP), 8)
          << pairedVerdictName(m.verdict) << (m.higherIsBetter ? "" : " (lower is better)") << "\n";
    out << "  " << t.verdict << "\n\n";
  }
  return out.str();
}

void writeExperimentReport(const RunFolder& folder, const ExperimentConfig& config,
                           const fs::path& generatorFile, ExperimentResult& result) {
  const fs::path dir = folder.dir();

  // report.json
  json tasks = json::array();
  for (const auto& t : result.tasks) {
    json metrics = json::array();
    for (const auto& m : t.metrics) metrics.push_back(metricJson(m));
    json perClass = json::array();
    for (std::size_t c = 0; c < t.classNames.size(); ++c)
      perClass.push_back({{"class", t.classNames[c]},
                          {"baseline", number(t.baselinePerClass[c])},
                          {"pretrained", number(t.pretrainedPerClass[c])},
                          {"delta", number(t.pretrainedPerClass[c] - t.baselinePerClass[c])}});
    json baselineRuns = json::array(), pretrainedRuns = json::array();
    for (const auto& r : t.baselineRuns) baselineRuns.push_back(relativeText(r, dir));
    for (const auto& r : t.pretrainedRuns) pretrainedRuns.push_back(relativeText(r, dir));
    tasks.push_back({{"task", t.task},
                     {"data", t.dataDescription},
                     {"primaryMetric", t.primaryMetric},
                     {"perClassMetric", t.perClassMetric},
                     {"seeds", t.seeds},
                     {"verdict", t.verdict},
                     {"outcome", t.outcomeName()},
                     {"judged", t.judged()},
                     {"learningGate",
                      {{"trivialPredictor", t.trivialDescription},
                       {"margin", t.learnMargin},
                       {"baselineLearned", t.baselineLearned},
                       {"pretrainedLearned", t.pretrainedLearned}}},
                     {"scoring", t.scoring},
                     {"metrics", metrics},
                     {"perClass", perClass},
                     {"runs", {{"baseline", baselineRuns}, {"pretrained", pretrainedRuns}}},
                     {"seconds", {{"baseline", t.baselineSeconds}, {"pretrained", t.pretrainedSeconds}}},
                     {"pretrainOverlap", t.pretrainOverlap},
                     {"leakage",
                      {{"checkable", t.leakageCheckable},
                       {"overlap", t.pretrainOverlap},
                       {"sentence", t.leakageSentence}}},
                     {"figures",
                      {{"loss", t.lossFigure.empty() ? "" : relativeText(t.lossFigure, dir)},
                       {"examples", t.examplesFigure.empty() ? "" : relativeText(t.examplesFigure, dir)}}}});
  }
  json sources = json::array();
  for (const auto& s : config.pretrainSources) sources.push_back(s.string());
  const json report = {
      {"kind", "experiment"},
      {"name", config.name},
      {"preset", config.presetName},
      {"completed", result.completed},
      {"seconds", result.seconds},
      {"pretraining",
       {{"run", result.pretrainReused ? result.pretrainRun.string() : relativeText(result.pretrainRun, dir)},
        {"checkpoint", generatorFile.string()},
        {"reused", result.pretrainReused},
        {"seconds", result.pretrainSeconds},
        {"sources", sources},
        {"settings", result.pretrainReused ? json(nullptr) : config.pretrain.toJson()}}},
      {"tasks", tasks}};
  result.reportJson = folder.reportJsonFile();
  writeFileAtomically(result.reportJson, report.dump(2));

  // CSV files.
  std::ostringstream perSeed, summary, perClass;
  perSeed << "task,metric,seed,baseline,pretrained,difference\n";
  summary << "task,metric,higher_is_better,trivial,baseline_mean,baseline_std,pretrained_mean,pretrained_std,"
             "mean_difference,std_difference,ci95_low,ci95_high,ci95_images_low,ci95_images_high,"
             "permutation_p,t_statistic,t_test_p,verdict,improved_seeds,worse_seeds,seeds\n";
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
      perClass << t.task << "," << csvCell(t.classNames[c]) << "," << t.perClassMetric << ","
               << csv(t.baselinePerClass[c]) << "," << csv(t.pretrainedPerClass[c]) << ","
               << csv(t.pretrainedPerClass[c] - t.baselinePerClass[c]) << "\n";
  }
  const std::vector<std::pair<std::string, std::string>> csvFiles = {
      {"results.csv", perSeed.str()}, {"summary.csv", summary.str()}, {"per_class.csv", perClass.str()}};
  for (const auto& [name, text] : csvFiles) {
    writeFileAtomically(dir / name, text);
    result.files.push_back(dir / name);
  }

  // report.md
  result.table = experimentTable(result);
  std::ostringstream md;
  md << "# Colorization pretraining vs random initialisation\n\n";
  md << "Experiment `" << config.name << "`"
     << (config.presetName.empty() ? "" : " (preset `" + config.presetName + "`)") << ", " << config.seeds
     << (config.seeds == 1 ? " seed" : " seeds") << ", finished in " << fmt(result.seconds / 60.0, "%.1f")
     << " min.\n\n";
  md << "## Pretraining\n\n";
  if (result.pretrainReused) {
    md << "Reused the colorization model `" << result.pretrainRun.string() << "` (checkpoint `"
       << generatorFile.string() << "`).\n\n";
  } else {
    const auto& p = config.pretrain;
    md << "Colorization run `" << relativeText(result.pretrainRun, dir) << "`: pretext " << p.pretext << ", "
       << p.imageSize << " px, ngf " << p.ngf << ", " << p.numDowns << " downsamplings, " << p.epochs
       << " epochs, batch " << p.batchSize << ", " << fmt(result.pretrainSeconds, "%.0f")
       << " s. Images from:";
    for (const auto& s : config.pretrainSources) md << " `" << s.string() << "`";
    if (config.pretrainSources.empty()) md << " `" << p.dataPath.string() << "`";
    md << ".\n\n";
  }
  md << "Every fine-tuning pair uses one seed for both networks: the same splits, batch order, crops, flips "
        "and new-layer initialisation; only the transferred weights and the schedule (frozen phase) differ. "
        "Values are test-split metrics; ± is the sample standard deviation over seeds; Δ is the mean of the "
        "paired per-seed differences (pretrained − baseline).\n\n"
        "How to read the verdict: the 95 % confidence interval of Δ is a percentile bootstrap over seeds "
        "(exact: every resample for up to 6 seeds); p is the exact two-sided sign-flip permutation test over "
        "seeds (the paired t-test is shown beside it). A task's verdict is *gain* or *loss* only when the "
        "interval excludes 0 **and** p < 0.05, otherwise *inconclusive*; with n seeds the sign-flip p cannot "
        "go below 2/2^n, so 6 or more seeds are needed for any gain or loss. Before that, the learning gate: "
        "each network's mean primary metric must beat a trivial predictor (segmentation: every pixel the "
        "training split's most frequent class; classification: the training label frequencies as constant "
        "probabilities) by at least "
     << fmt(config.learnMargin, "%.2f")
     << "; otherwise the task says the network did not learn enough to judge transfer. Segmentation is "
        "scored "
     << (config.segmentationScoring == "annotation"
             ? "at each annotation's own resolution (the predicted classes resized back with "
               "nearest-neighbour)"
             : "at the network's input resolution (the masks resized to the square input)")
     << "; for it a second interval resamples test images.\n\n";
  for (const auto& t : result.tasks) {
    const FinetuneConfig& f = config.finetune(t.task);
    FinetuneConfig baselineRun = f, pretrainedRun = f;
    baselineRun.init = "random";
    pretrainedRun.init = "pretrained:" + result.pretrainRun.string();
    md << "## " << t.task << "\n\n";
    md << "Data: " << t.dataDescription << ". Network: " << f.imageSize << " px, ngf " << f.ngf << ", "
       << f.numDowns << " downsamplings" << (t.task == "classification" ? ", head " + f.head : std::string())
       << ", batch " << f.effectiveBatchSize() << ". Schedules (epochs@lr/frozen part): baseline "
       << formatPhases(baselineRun.effectivePhases()) << ", pretrained "
       << formatPhases(pretrainedRun.effectivePhases())
       << (f.phases.empty()
               ? " (the paper's" +
                     std::string(f.epochScale > 1 ? ", epochs x" + std::to_string(f.epochScale) : "") + ")"
               : "")
       << ".\n\n";
    if (!t.leakageSentence.empty())
      md << (t.pretrainOverlap > 0 ? "**" + t.leakageSentence + "**" : t.leakageSentence) << "\n\n";
    md << "**Verdict: " << t.outcomeName() << ".** " << t.verdict << "\n\n";
    md << "Trivial predictor: " << t.trivialDescription << ".\n\n";
    md << "| metric | trivial | baseline | pretrained | Δ (paired) | 95 % CI (seeds) | p sign-flip | p "
          "t-test | "
          "pretrained better in | verdict |\n|---|---|---|---|---|---|---|---|---|---|\n";
    for (const auto& m : t.metrics)
      md << "| " << m.name << (m.higherIsBetter ? "" : " (lower is better)") << " | " << fmt(m.trivial)
         << " | " << pm(m.baselineMean, m.baselineStd) << " | " << pm(m.pretrainedMean, m.pretrainedStd)
         << " | " << fmt(m.meanDifference, "%+.4f") << " | " << interval(m.ciLow, m.ciHigh) << " | "
         << pText(m.permutationP) << " | " << pText(m.tTestP) << " | " << m.improved << " of " << m.pairs
         << " seeds" << (m.ties ? " (" + std::to_string(m.ties) + " equal)" : std::string()) << " | "
         << pairedVerdictName(m.verdict) << " |\n";
    const MetricComparison& first = t.metrics.front();
    if (std::isfinite(first.imageCiLow))
      md << "\n95 % CI of Δ " << first.name << " resampling test images (the same images for both networks "
         << "and every seed): " << interval(first.imageCiLow, first.imageCiHigh)
         << ". It shows how much the test set alone moves the difference; the verdict uses the seeds.\n";
    md << "\nPer seed (" << t.primaryMetric
       << "):\n\n| seed | baseline | pretrained | difference |\n|---|---|---|---|\n";
    const MetricComparison& primary = t.metrics.front();
    for (std::size_t i = 0; i < t.seeds.size(); ++i)
      md << "| " << t.seeds[i] << " | " << fmt(primary.baseline[i]) << " | " << fmt(primary.pretrained[i])
         << " | " << fmt(primary.differences[i], "%+.4f") << " |\n";
    md << "\nPer class (" << t.perClassMetric << ", mean over seeds; n/a = no test example of the class):\n\n"
       << "| class | baseline | pretrained | Δ |\n|---|---|---|---|\n";
    for (std::size_t c = 0; c < t.classNames.size(); ++c)
      md << "| " << t.classNames[c] << " | " << fmt(t.baselinePerClass[c]) << " | "
         << fmt(t.pretrainedPerClass[c]) << " | "
         << fmt(t.pretrainedPerClass[c] - t.baselinePerClass[c], "%+.4f") << " |\n";
    if (!t.lossFigure.empty())
      md << "\nTraining loss (thin: each seed; thick: mean per epoch), baseline blue, pretrained "
            "orange:\n\n![loss]("
         << relativeText(t.lossFigure, dir) << ")\n";
    if (!t.examplesFigure.empty())
      md << "\nTest examples (seed " << t.seeds.front()
         << "): input | baseline | pretrained | truth\n\n![examples](" << relativeText(t.examplesFigure, dir)
         << ")\n";
    md << "\nRuns:";
    for (std::size_t i = 0; i < t.seeds.size(); ++i)
      md << " `" << relativeText(t.baselineRuns[i], dir) << "`, `" << relativeText(t.pretrainedRuns[i], dir)
         << "`" << (i + 1 < t.seeds.size() ? ";" : ".");
    md << "\n\n";
  }
  md << "Files: report.json (everything above), results.csv (per seed), summary.csv, per_class.csv; each run "
        "folder holds its test predictions under predictions/.\n";
  result.reportMarkdown = folder.reportMarkdownFile();
  writeFileAtomically(result.reportMarkdown, md.str());
}

}  // namespace colorproxy
