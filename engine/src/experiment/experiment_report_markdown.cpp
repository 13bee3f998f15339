// report.md of an experiment.
#include <algorithm>
#include <cmath>
#include <sstream>

#include "colorproxy/base/number_text.h"
#include "experiment/experiment_report.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

void writePretraining(std::ostream& md, const ExperimentReportData& report) {
  const ExperimentResult& result = report.result;
  const ExperimentConfig& config = report.config;
  md << "## Pretraining\n\n";
  if (result.pretrainReused) {
    md << "Reused the colorization model `" << result.pretrainRun.string() << "` (checkpoint `"
       << report.generatorFile.string() << "`).\n\n";
    return;
  }
  const auto& p = config.pretrain;
  md << "Colorization run `" << reportPath(result.pretrainRun, report.dir) << "`: pretext " << p.pretext
     << ", " << p.imageSize << " px, ngf " << p.ngf << ", " << p.numDowns << " downsamplings, " << p.epochs
     << " epochs, batch " << p.batchSize << ", " << fixedText(result.pretrainSeconds, 0)
     << " s. Images from:";
  for (const auto& s : config.pretrainSources) md << " `" << s.string() << "`";
  if (config.pretrainSources.empty()) md << " `" << p.dataPath.string() << "`";
  md << ".\n\n";
}

void writeHowToRead(std::ostream& md, const ExperimentConfig& config) {
  md << "How pairs are formed: " << pairingSentence(config) << "\n\n";
  if (std::find(config.tasks.begin(), config.tasks.end(), "classification") != config.tasks.end())
    md << "Classification mAP is the step-sum average precision (scikit-learn's average_precision_score); "
          "mAP_voc07 is the PASCAL VOC 2007 11-point and mAP_vocall the VOC 2010+ all-point variant.\n\n";
  md << "Values are test-split metrics; ± is the sample standard deviation "
        "over seeds; Δ is the mean of the "
        "paired per-seed differences (pretrained − baseline).\n\n"
        "How to read the verdict: the 95 % confidence interval of Δ is a "
        "percentile bootstrap over seeds "
        "(exact: every resample for up to 6 seeds); p is the exact two-sided "
        "sign-flip permutation test over "
        "seeds (the paired t-test is shown beside it). A task's verdict is "
        "*gain* or *loss* only when the "
        "interval excludes 0 **and** p < 0.05, otherwise *inconclusive*; with "
        "n seeds the sign-flip p cannot "
        "go below 2/2^n, so 6 or more seeds are needed for any gain or loss. "
        "Before that, the learning gate: "
        "each network's mean primary metric must beat a trivial predictor "
        "(segmentation: every pixel the "
        "training split's most frequent class; classification: the training "
        "label frequencies as constant "
        "probabilities) by at least "
     << fixedText(config.learnMargin, 2)
     << "; otherwise the task says the network did not learn enough to judge "
        "transfer. Segmentation is "
        "scored "
     << (config.segmentationScoring == "annotation"
             ? "at each annotation's own resolution (the predicted classes "
               "resized back with "
               "nearest-neighbour)"
             : "at the network's input resolution (the masks resized to the "
               "square input)")
     << "; for it a second interval resamples test images.\n\n";
}

void writeTask(std::ostream& md, const ExperimentReportData& report, const TaskComparison& t) {
  const ExperimentConfig& config = report.config;
  const fs::path& dir = report.dir;
  const FinetuneConfig& f = config.finetune(t.task);
  FinetuneConfig baselineRun = f, pretrainedRun = f;
  baselineRun.init = "random";
  pretrainedRun.init = "pretrained:" + report.result.pretrainRun.string();
  md << "## " << t.task;
  if (config.labelEfficiency()) md << " at " << fractionLabel(t.fraction * 100.0) << " of the labels";
  md << "\n\n";
  md << "Data: " << t.dataDescription << ". Network: " << f.imageSize << " px, ngf " << f.ngf << ", "
     << f.numDowns << " downsamplings" << (t.task == "classification" ? ", head " + f.head : std::string())
     << ", batch " << f.effectiveBatchSize()
     << (f.iterations > 0
             ? ", " + std::to_string(f.iterations) + " iterations per run (the phases' epochs as shares)"
             : std::string())
     << (f.lrSchedule != "constant" || f.warmupIterations > 0
             ? ", " + f.lrSchedule + " learning-rate multiplier after " + std::to_string(f.warmupIterations) +
                   " warm-up steps"
             : std::string())
     << ". Schedules (epochs@lr/frozen part): baseline " << formatPhases(baselineRun.effectivePhases())
     << ", pretrained " << formatPhases(pretrainedRun.effectivePhases())
     << (f.phases.empty()
             ? " (the paper's" +
                   std::string(f.epochScale > 1 ? ", epochs x" + std::to_string(f.epochScale) : "") + ")"
             : "")
     << ".\n\n";
  if (!t.leakageSentence.empty())
    md << (t.pretrainOverlap > 0 ? "**" + t.leakageSentence + "**" : t.leakageSentence) << "\n\n";
  md << "**Verdict: " << t.outcomeName() << ".** " << t.verdict << "\n\n";
  md << "Trivial predictor: " << t.trivialDescription << ".\n\n";
  md << "| metric | trivial | baseline | pretrained | Δ (paired) | 95 % CI "
        "(seeds) | p sign-flip | p "
        "t-test | "
        "pretrained better in | verdict "
        "|\n|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& m : t.metrics)
    md << "| " << m.name << (m.higherIsBetter ? "" : " (lower is better)") << " | " << fixedText(m.trivial)
       << " | " << meanSdText(m.baselineMean, m.baselineStd) << " | "
       << meanSdText(m.pretrainedMean, m.pretrainedStd) << " | " << signedText(m.meanDifference) << " | "
       << intervalText(m.ciLow, m.ciHigh) << " | " << pValueText(m.permutationP) << " | "
       << pValueText(m.tTestP) << " | " << m.improved << " of " << m.pairs << " seeds"
       << (m.ties ? " (" + std::to_string(m.ties) + " equal)" : std::string()) << " | "
       << pairedVerdictName(m.verdict) << " |\n";
  const MetricComparison& primary = t.metrics.front();
  if (std::isfinite(primary.imageCiLow))
    md << "\n95 % CI of Δ " << primary.name << " resampling test images (the same images for both networks "
       << "and every seed): " << intervalText(primary.imageCiLow, primary.imageCiHigh)
       << ". It shows how much the test set alone moves the difference; the "
          "verdict uses the seeds.\n";
  md << "\nPer seed (" << t.primaryMetric
     << "):\n\n| seed | baseline | pretrained | difference "
        "|\n|---|---|---|---|\n";
  for (std::size_t i = 0; i < t.seeds.size(); ++i)
    md << "| " << t.seeds[i] << " | " << fixedText(primary.baseline[i]) << " | "
       << fixedText(primary.pretrained[i]) << " | " << signedText(primary.differences[i]) << " |\n";
  md << "\nPer class (" << t.perClassMetric << ", mean over seeds; n/a = no test example of the class):\n\n"
     << "| class | baseline | pretrained | Δ |\n|---|---|---|---|\n";
  for (std::size_t c = 0; c < t.classNames.size(); ++c)
    md << "| " << t.classNames[c] << " | " << fixedText(t.baselinePerClass[c]) << " | "
       << fixedText(t.pretrainedPerClass[c]) << " | "
       << signedText(t.pretrainedPerClass[c] - t.baselinePerClass[c]) << " |\n";
  if (!t.lossFigure.empty())
    md << "\nTraining loss (thin: each seed; thick: mean per epoch), baseline "
          "blue, pretrained "
          "orange:\n\n![loss]("
       << reportPath(t.lossFigure, dir) << ")\n";
  if (!t.examplesFigure.empty())
    md << "\nTest examples (seed " << t.seeds.front()
       << "): input | baseline | pretrained | truth\n\n![examples](" << reportPath(t.examplesFigure, dir)
       << ")\n";
  md << "\nRuns:";
  for (std::size_t i = 0; i < t.seeds.size(); ++i)
    md << " `" << reportPath(t.baselineRuns[i], dir) << "`, `" << reportPath(t.pretrainedRuns[i], dir) << "`"
       << (i + 1 < t.seeds.size() ? ";" : ".");
  md << "\n\n";
}

void writeLabelEfficiency(std::ostream& md, const ExperimentReportData& report) {
  const ExperimentConfig& config = report.config;
  if (!config.labelEfficiency()) return;
  md << "## Label efficiency\n\n"
     << "Both arms fine-tuned on nested shares of the labelled training images (the same subset for both "
        "arms "
        "and every seed). Arm values: mean over "
     << (config.pretrainSeeds > 1 ? "pretraining runs" : "seeds")
     << " with a 95 % percentile-bootstrap interval; Δ: the mean paired difference with its interval and the "
        "sign-flip p; the verdict follows the same rule as below.\n\n";
  for (const auto& task : config.tasks) {
    md << "### " << task
       << "\n\n| labels | train images | trivial | baseline [95 % CI] | pretrained [95 % CI] "
          "| Δ [95 % CI] | p sign-flip | p t-test | verdict |\n|---|---|---|---|---|---|---|---|---|\n";
    for (const auto& t : report.result.tasks) {
      if (t.task != task || t.metrics.empty()) continue;
      const MetricComparison& m = t.metrics.front();
      md << "| " << fractionLabel(t.fraction * 100.0) << " | " << t.trainImages << " | "
         << fixedText(m.trivial) << " | " << fixedText(m.baselineMean) << " "
         << intervalText(m.baselineCiLow, m.baselineCiHigh, false) << " | " << fixedText(m.pretrainedMean)
         << " " << intervalText(m.pretrainedCiLow, m.pretrainedCiHigh, false) << " | "
         << signedText(m.meanDifference) << " " << intervalText(m.ciLow, m.ciHigh) << " | "
         << pValueText(m.permutationP) << " | " << pValueText(m.tTestP) << " | " << t.outcomeName() << " |\n";
    }
    for (const auto& f : report.result.labelEfficiencyFigures)
      if (f.filename().string() == "label-efficiency-" + task + ".png")
        md << "\n![label efficiency](" << reportPath(f, report.dir) << ")\n";
    md << "\n";
  }
}

void writeProbes(std::ostream& md, const ExperimentReportData& report) {
  const ExperimentResult& result = report.result;
  const ProbeReport& levels = result.levelProbes;
  const SegmentationProbeReport& seg = result.segmentationProbe;
  if (levels.outDir.empty() && seg.outDir.empty()) return;
  const auto cell = [](double mean, double low, double high) {
    return fixedText(mean) + (std::isfinite(low) ? " " + intervalText(low, high, false) : std::string());
  };
  md << "## Representation probes\n\n"
        "The colorization network frozen (eval mode) and read out without fine-tuning, against randomly "
        "initialised networks of the same shape; mean and 95 % t-interval over seeds.\n\n";
  if (!levels.outDir.empty()) {
    md << "Multilabel probes per encoder level on the classification data (test mAP; chance "
       << fixedText(levels.chanceMeanAP) << "; details in `" << reportPath(levels.outDir, report.dir)
       << "/probe.md`):\n\n| level | features | linear: random | linear: pretrained | k-NN: random | k-NN: "
          "pretrained |\n|---|---|---|---|---|---|\n";
    for (const auto& l : levels.levels) {
      const ProbeSummary *random = nullptr, *pretrained = nullptr;
      for (const auto& s : levels.summaries)
        if (s.level == l.level) (s.arm == "random" ? random : pretrained) = &s;
      const auto both = [&](const ProbeSummary* s, bool linear) {
        if (!s) return std::string("–");
        return linear ? cell(s->linearMean, s->linearLow, s->linearHigh)
                      : cell(s->knnMean, s->knnLow, s->knnHigh);
      };
      md << "| " << l.level << " | " << l.features << " | " << both(random, true) << " | "
         << both(pretrained, true) << " | " << both(random, false) << " | " << both(pretrained, false)
         << " |\n";
    }
    md << "\n![mAP by level](" << reportPath(levels.outDir / "probe.png", report.dir) << ")\n\n";
  }
  if (!seg.outDir.empty()) {
    md << "Segmentation probe on the segmentation data: a 1x1 convolution on the decoder's last features ("
       << seg.featureChannels << " channels at " << seg.featureSide << "x" << seg.featureSide
       << "), test mIoU; the most frequent class everywhere gives " << fixedText(seg.majorityMeanIoU)
       << ".\n\n| network | test mIoU |\n|---|---|\n";
    for (const auto& s : seg.summaries)
      md << "| " << (s.arm == "random" ? "random init" : "pretrained") << " | " << cell(s.mean, s.low, s.high)
         << " |\n";
    md << "\n";
  }
}

}  // namespace

std::string experimentReportMarkdown(const ExperimentReportData& report) {
  const ExperimentResult& result = report.result;
  const ExperimentConfig& config = report.config;
  std::ostringstream md;
  md << "# Colorization pretraining vs random initialisation\n\n";
  md << "Experiment `" << config.name << "`"
     << (config.presetName.empty() ? "" : " (preset `" + config.presetName + "`)") << ", " << config.seeds
     << (config.seeds == 1 ? " seed" : " seeds") << ", finished in " << fixedText(result.seconds / 60.0, 1)
     << " min.\n\n";
  writePretraining(md, report);
  writeHowToRead(md, config);
  writeLabelEfficiency(md, report);
  for (const auto& t : result.tasks) writeTask(md, report, t);
  writeProbes(md, report);
  md << "Files: report.json (everything above), results.csv (per seed), "
        "summary.csv, per_class.csv; each run "
        "folder holds its test predictions under predictions/.\n";
  return md.str();
}

}  // namespace colorproxy
