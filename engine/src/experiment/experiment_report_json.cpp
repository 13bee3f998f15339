// report.json of an experiment.
#include <cmath>

#include <nlohmann/json.hpp>

#include "colorproxy/io/run_kind.h"
#include "experiment/experiment_report.h"
#include "train/config_json.h"

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
          {"units", m.units},
          {"unit", m.unitName},
          {"baselineCi95", {number(m.baselineCiLow), number(m.baselineCiHigh)}},
          {"pretrainedCi95", {number(m.pretrainedCiLow), number(m.pretrainedCiHigh)}},
          {"ci95Seeds", {number(m.ciLow), number(m.ciHigh)}},
          {"ci95Images", {number(m.imageCiLow), number(m.imageCiHigh)}},
          {"permutationP", number(m.permutationP)},
          {"tStatistic", number(m.tStatistic)},
          {"tTestP", number(m.tTestP)},
          {"verdict", pairedVerdictName(m.verdict)},
          {"trivial", number(m.trivial)}};
}

json taskJson(const TaskComparison& t, const fs::path& dir) {
  json metrics = json::array();
  for (const auto& m : t.metrics) metrics.push_back(metricJson(m));
  json perClass = json::array();
  for (std::size_t c = 0; c < t.classNames.size(); ++c)
    perClass.push_back({{"class", t.classNames[c]},
                        {"baseline", number(t.baselinePerClass[c])},
                        {"pretrained", number(t.pretrainedPerClass[c])},
                        {"delta", number(t.pretrainedPerClass[c] - t.baselinePerClass[c])}});
  json baselineRuns = json::array(), pretrainedRuns = json::array();
  for (const auto& r : t.baselineRuns) baselineRuns.push_back(reportPath(r, dir));
  for (const auto& r : t.pretrainedRuns) pretrainedRuns.push_back(reportPath(r, dir));
  return {
      {"task", t.task},
      {"data", t.dataDescription},
      {"primaryMetric", t.primaryMetric},
      {"perClassMetric", t.perClassMetric},
      {"seeds", t.seeds},
      {"pretrainingRunOfSeed", t.pretrainIndex},
      {"fraction", t.fraction},
      {"trainImages", t.trainImages},
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
       {{"checkable", t.leakageCheckable}, {"overlap", t.pretrainOverlap}, {"sentence", t.leakageSentence}}},
      {"figures",
       {{"loss", t.lossFigure.empty() ? "" : reportPath(t.lossFigure, dir)},
        {"examples", t.examplesFigure.empty() ? "" : reportPath(t.examplesFigure, dir)}}}};
}

json labelEfficiencyJson(const ExperimentReportData& report) {
  const ExperimentConfig& config = report.config;
  json rows = json::array();
  for (const auto& t : report.result.tasks) {
    if (t.metrics.empty()) continue;
    const MetricComparison& m = t.metrics.front();
    rows.push_back({{"task", t.task},
                    {"fraction", t.fraction},
                    {"trainImages", t.trainImages},
                    {"metric", m.name},
                    {"trivial", number(m.trivial)},
                    {"baselineMean", number(m.baselineMean)},
                    {"baselineCi95", {number(m.baselineCiLow), number(m.baselineCiHigh)}},
                    {"pretrainedMean", number(m.pretrainedMean)},
                    {"pretrainedCi95", {number(m.pretrainedCiLow), number(m.pretrainedCiHigh)}},
                    {"meanDifference", number(m.meanDifference)},
                    {"ci95", {number(m.ciLow), number(m.ciHigh)}},
                    {"permutationP", number(m.permutationP)},
                    {"tTestP", number(m.tTestP)},
                    {"verdict", pairedVerdictName(m.verdict)},
                    {"outcome", t.outcomeName()},
                    {"judged", t.judged()}});
  }
  json figures = json::array();
  for (const auto& f : report.result.labelEfficiencyFigures) figures.push_back(reportPath(f, report.dir));
  return {{"fractions", config.fractions},
          {"fractionSeed", config.fractionSeed},
          {"nested", true},
          {"rows", rows},
          {"figures", figures}};
}

json probesJson(const ExperimentReportData& report) {
  const ProbeReport& levels = report.result.levelProbes;
  const SegmentationProbeReport& seg = report.result.segmentationProbe;
  if (levels.outDir.empty() && seg.outDir.empty()) return nullptr;
  json out = json::object();
  if (!levels.outDir.empty()) {
    json rows = json::array();
    for (const auto& s : levels.summaries)
      rows.push_back(
          {{"arm", s.arm},
           {"level", s.level},
           {"seeds", s.seeds},
           {"linear_mAP",
            {{"mean", number(s.linearMean)}, {"ci95", {number(s.linearLow), number(s.linearHigh)}}}},
           {"knn_mAP", {{"mean", number(s.knnMean)}, {"ci95", {number(s.knnLow), number(s.knnHigh)}}}}});
    out["levels"] = {{"report", reportPath(levels.outDir / "probe.json", report.dir)},
                     {"chance_mAP", number(levels.chanceMeanAP)},
                     {"summaries", rows}};
  }
  if (!seg.outDir.empty()) {
    json rows = json::array();
    for (const auto& s : seg.summaries)
      rows.push_back({{"arm", s.arm},
                      {"seeds", s.seeds},
                      {"test_mIoU", {{"mean", number(s.mean)}, {"ci95", {number(s.low), number(s.high)}}}}});
    out["segmentation"] = {{"report", reportPath(seg.outDir / "probe-segmentation.json", report.dir)},
                           {"majority_mIoU", number(seg.majorityMeanIoU)},
                           {"summaries", rows}};
  }
  return out;
}

}  // namespace

std::string experimentReportJson(const ExperimentReportData& report) {
  const ExperimentResult& result = report.result;
  const ExperimentConfig& config = report.config;
  json tasks = json::array();
  for (const auto& t : result.tasks) tasks.push_back(taskJson(t, report.dir));
  json sources = json::array();
  for (const auto& s : config.pretrainSources) sources.push_back(s.string());
  const json j = {{"kind", toString(RunKind::Experiment)},
                  {"name", config.name},
                  {"preset", config.presetName},
                  {"completed", result.completed},
                  {"seconds", result.seconds},
                  {"pretraining",
                   {{"run", result.pretrainReused ? result.pretrainRun.string()
                                                  : reportPath(result.pretrainRun, report.dir)},
                    {"checkpoint", report.generatorFile.string()},
                    {"reused", result.pretrainReused},
                    {"seconds", result.pretrainSeconds},
                    {"sources", sources},
                    {"settings", result.pretrainReused ? json(nullptr) : configToJson(config.pretrain)}}},
                  {"pairing", pairingSentence(config)},
                  {"labelEfficiency", labelEfficiencyJson(report)},
                  {"tasks", tasks},
                  {"probes", probesJson(report)}};
  return j.dump(2);
}

}  // namespace colorproxy
