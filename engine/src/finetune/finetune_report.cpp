#include "finetune/finetune_report.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <sstream>
#include <stdexcept>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/number_text.h"
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_kind.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

json jsonNumber(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

double toDouble(const json& j) {
  return j.is_number() ? j.get<double>() : std::numeric_limits<double>::quiet_NaN();
}

json metricsJson(const std::map<std::string, double>& m) {
  json j = json::object();
  for (const auto& [k, v] : m) j[k] = jsonNumber(v);
  return j;
}

}  // namespace

json finetuneReportJson(const FinetuneConfig& config, const FinetuneData& data, const FinetuneResult& result,
                        const std::vector<FinetuneEpochRecord>& epochs, const FinetuneEvaluation& test,
                        const std::string& pretrainedFile) {
  json j;
  j["kind"] = toString(RunKind::Finetune);
  j["task"] = toString(config.task);
  j["runName"] = config.runName;
  j["init"] = config.pretrained() ? "pretrained" : "random";
  j["pretrained"] = pretrainedFile;
  j["seed"] = config.seed;
  j["completed"] = result.completed;
  j["seconds"] = result.seconds;
  j["iterations"] = result.iteration;
  j["classes"] = result.classNames;
  j["perClassMetric"] = result.perClassMetric;
  j["phases"] = formatPhases(config.effectivePhases());
  j["budget"] = {{"iterations", config.iterations},
                 {"lrSchedule", config.lrSchedule},
                 {"warmupIterations", config.warmupIterations},
                 {"evalEvery", config.evalEvery},
                 {"trainFraction", config.trainFraction},
                 {"subsetSeed", config.subsetSeed}};
  j["data"] = {{"train", data.train.size()},  {"val", data.val.size()},
               {"test", data.test.size()},    {"trainSource", data.trainSource},
               {"valSource", data.valSource}, {"testSource", data.testSource},
               {"notes", data.notes},         {"dataPath", config.dataPath.string()},
               {"voidName", data.voidName}};
  json perClass = json::array();
  for (double v : result.testPerClass) perClass.push_back(jsonNumber(v));
  json testJ = {
      {"samples", test.sampleCount}, {"metrics", metricsJson(result.testMetrics)}, {"perClass", perClass}};
  if (config.task == DownstreamTask::Segmentation) {
    const int c = data.classCount();
    json rows = json::array();
    for (int r = 0; r < c; ++r) {
      json row = json::array();
      for (int k = 0; k < c; ++k) row.push_back(test.confusion[std::size_t(r * c + k)]);
      rows.push_back(row);
    }
    testJ["confusion"] = rows;
    testJ["pixels"] = test.segmentation.pixelCount;
    testJ["ignoredPixels"] = test.segmentation.ignoredPixelCount;
  } else {
    json detail = json::array();
    for (const auto& m : test.multilabel.perClass)
      detail.push_back({{"positives", m.positives},
                        {"ap", jsonNumber(m.averagePrecision)},
                        {"precision", jsonNumber(m.precision)},
                        {"recall", jsonNumber(m.recall)},
                        {"f1", jsonNumber(m.f1)}});
    testJ["perClassDetail"] = detail;
    testJ["presentClasses"] = test.multilabel.presentClassCount;
  }
  j["test"] = testJ;
  j["val"] = metricsJson(result.valMetrics);
  json ep = json::array();
  for (const auto& e : epochs)
    ep.push_back({{"epoch", e.epoch},
                  {"phase", e.phase},
                  {"lr", e.lr},
                  {"frozen", e.frozen},
                  {"frozenElements", e.frozenElements},
                  {"trainLoss", jsonNumber(e.trainLoss)},
                  {"val", metricsJson(e.val)},
                  {"seconds", e.seconds}});
  j["epochs"] = ep;
  json iters = json::array();
  for (const auto& [it, loss] : result.iterationLoss) iters.push_back({it, jsonNumber(loss)});
  j["iterationLoss"] = iters;
  j["transfer"] = {{"transferred", result.transfer.transferred},
                   {"created", result.transfer.created},
                   {"skipped", result.transfer.skipped}};
  j["predictions"] = result.predictionsDir.empty() ? "" : result.predictionsDir.filename().string();
  return j;
}

std::string finetuneReportMarkdown(const json& r) {
  std::ostringstream md;
  const bool seg = parseDownstreamTask(r.value("task", "")) == DownstreamTask::Segmentation;
  md << "# Fine-tuning: " << r.value("task", "") << ", " << r.value("init", "") << " init, seed "
     << r.value("seed", 0) << "\n\n";
  if (!r.value("pretrained", std::string()).empty())
    md << "Pretrained weights: `" << r["pretrained"].get<std::string>() << "`\n\n";
  const auto& d = r["data"];
  md << "Data: `" << d.value("dataPath", "") << "`; train " << d.value("train", 0) << " ("
     << d.value("trainSource", "") << "), validation " << d.value("val", 0) << " ("
     << d.value("valSource", "") << "), test " << d.value("test", 0) << " (" << d.value("testSource", "")
     << ").\n\n";
  const json budget = r.value("budget", json::object());
  md << "Schedule: " << r.value("phases", "") << " (epochs@lr/frozen parts"
     << (budget.value("iterations", int64_t(0)) > 0 ? ", as shares of an iteration budget" : "") << "), "
     << budget.value("lrSchedule", std::string("constant")) << " learning-rate multiplier"
     << (budget.value("warmupIterations", int64_t(0)) > 0
             ? " after " + std::to_string(budget.value("warmupIterations", int64_t(0))) + " warm-up steps"
             : std::string())
     << "; " << r.value("iterations", 0) << " iterations in " << fixedText(r.value("seconds", 0.0), 1)
     << " s.\n\n";
  const auto& t = r["transfer"];
  if (r.value("init", "") == "pretrained")
    md << "Transfer: " << t["transferred"].size() << " tensors copied from the generator, "
       << t["created"].size() << " new (initialised N(0, 0.02)), " << t["skipped"].size()
       << " generator tensors unused.\n\n";
  md << "## Test metrics\n\n";
  if (!seg)
    md << "mAP is the step-sum average precision (scikit-learn's average_precision_score); mAP_voc07 the "
          "PASCAL VOC 2007 11-point and mAP_vocall the VOC 2010+ all-point variant, over the same "
          "classes.\n\n";
  md << "| metric | value |\n|---|---|\n";
  for (const auto& [k, v] : r["test"]["metrics"].items())
    md << "| " << k << " | " << fixedText(toDouble(v)) << " |\n";
  md << "\n## Per class (" << r.value("perClassMetric", "") << ", test)\n\n| class | "
     << r.value("perClassMetric", "") << " |\n|---|---|\n";
  const auto& names = r["classes"];
  const auto& pc = r["test"]["perClass"];
  for (std::size_t i = 0; i < names.size() && i < pc.size(); ++i)
    md << "| " << names[i].get<std::string>() << " | " << fixedText(toDouble(pc[i])) << " |\n";
  md << "\n## Epochs\n\n| epoch | phase | lr | frozen | train loss | val " << (seg ? "mIoU" : "mAP")
     << " | val loss |\n"
     << "|---|---|---|---|---|---|---|\n";
  for (const auto& e : r["epochs"]) {
    std::string frozen;
    for (const auto& f : e["frozen"]) frozen += (frozen.empty() ? "" : "+") + f.get<std::string>();
    md << "| " << e.value("epoch", 0) << " | " << e.value("phase", 0) << " | " << e.value("lr", 0.0) << " | "
       << (frozen.empty() ? "-" : frozen) << " | " << fixedText(toDouble(e["trainLoss"])) << " | "
       << fixedText(toDouble(e["val"].value(seg ? "mIoU" : "mAP", json()))) << " | "
       << fixedText(toDouble(e["val"].value("loss", json()))) << " |\n";
  }
  return md.str();
}

FinetuneResult readFinetuneReport(const fs::path& runDir) {
  const RunFolder run(runDir);
  const auto report = run.readFinetuneReport();
  if (!report) throw std::runtime_error("run '" + runDir.string() + "' has no report.json (did it finish?)");
  FinetuneResult out;
  out.runDir = runDir;
  out.task = report->task;
  out.completed = report->completed;
  out.seconds = report->seconds;
  out.iteration = report->iterations;
  out.epoch = int64_t(report->epochTrainLoss.size());
  out.classNames = report->classNames;
  out.perClassMetric = report->perClassMetric;
  out.testMetrics = report->testMetrics;
  out.testPerClass = report->testPerClass;
  out.valMetrics = report->valMetrics;
  out.epochTrainLoss = report->epochTrainLoss;
  out.iterationLoss = report->iterationLoss;
  out.transfer.transferred = report->transferred;
  out.transfer.created = report->created;
  out.transfer.skipped = report->skipped;
  out.predictionsDir = report->predictionsDir;
  return out;
}

}  // namespace colorproxy
