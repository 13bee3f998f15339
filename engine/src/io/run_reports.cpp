// The typed readers of report.json, one per run kind (RunFolder::read*Report). Reports written by
// every earlier version are read: fields added later are optional here.
#include <cmath>
#include <limits>
#include <stdexcept>
#include <tuple>
#include <utility>

#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/io/experiment_results.h"
#include "colorproxy/io/run_folder.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// NaN for null (how the writers store undefined values) or anything else that is not a number.
double number(const json& j) {
  return j.is_number() ? j.get<double>() : std::numeric_limits<double>::quiet_NaN();
}

std::map<std::string, double> metricsFrom(const json& j) {
  std::map<std::string, double> m;
  if (j.is_object())
    for (const auto& [k, v] : j.items()) m[k] = number(v);
  return m;
}

std::vector<std::string> strings(const json& j, const char* key) {
  return j.contains(key) && j[key].is_array() ? j[key].get<std::vector<std::string>>()
                                              : std::vector<std::string>{};
}

// The parsed report.json of `run`, nothing when there is none; `read` turns it into the typed report.
// Any problem becomes one message naming the file.
template <typename Report, typename Read>
std::optional<Report> readReport(const RunFolder& run, Read read) {
  const fs::path file = run.reportJsonFile();
  if (!fs::exists(file)) return std::nullopt;
  try {
    const json j = json::parse(readTextFile(file));
    if (!j.is_object()) throw std::runtime_error("it is not a JSON object");
    return read(j);
  } catch (const std::exception& e) {
    throw std::runtime_error("report '" + file.string() + "' cannot be read: " + e.what());
  }
}

// A two-number interval [low, high]; NaNs when absent or malformed.
std::pair<double, double> interval(const json& j, const char* key) {
  if (!j.contains(key) || !j[key].is_array() || j[key].size() != 2)
    return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
  return {number(j[key][0]), number(j[key][1])};
}

double numberAt(const json& j, const char* key) {
  return j.contains(key) ? number(j[key]) : std::numeric_limits<double>::quiet_NaN();
}

ReportedMetric metricFrom(const json& m) {
  ReportedMetric r;
  r.name = m.value("name", std::string());
  r.higherIsBetter = m.value("higherIsBetter", true);
  r.baselineMean = numberAt(m, "baselineMean");
  std::tie(r.baselineCiLow, r.baselineCiHigh) = interval(m, "baselineCi95");
  r.pretrainedMean = numberAt(m, "pretrainedMean");
  std::tie(r.pretrainedCiLow, r.pretrainedCiHigh) = interval(m, "pretrainedCi95");
  r.meanDifference = numberAt(m, "meanDifference");
  std::tie(r.ciLow, r.ciHigh) = interval(m, "ci95Seeds");
  r.permutationP = numberAt(m, "permutationP");
  r.tTestP = numberAt(m, "tTestP");
  r.trivial = numberAt(m, "trivial");
  r.pairs = m.value("pairs", 0);
  r.units = m.value("units", r.pairs);
  r.unitName = m.value("unit", std::string("seed"));
  return r;
}

TransferOutcome outcomeFrom(const json& t) {
  if (!t.contains("outcome")) return TransferOutcome::Unrecorded;
  const std::string name = t["outcome"].get<std::string>();
  if (name == "gain") return TransferOutcome::Gain;
  if (name == "loss") return TransferOutcome::Loss;
  if (name == "inconclusive") return TransferOutcome::Inconclusive;
  if (name == "not judged") return TransferOutcome::NotJudged;
  throw std::runtime_error("task '" + t.value("task", std::string()) + "' has an unknown outcome '" + name +
                           "' (gain, loss, inconclusive or not judged)");
}

}  // namespace

const ReportedMetric* ExperimentTaskResult::primary() const {
  for (const ReportedMetric& m : metrics)
    if (m.name == primaryMetric) return &m;
  return metrics.empty() ? nullptr : &metrics.front();
}

std::optional<PretrainingReport> RunFolder::readPretrainingReport() const {
  return readReport<PretrainingReport>(*this, [](const json& j) {
    const auto tag = parseConfigTaskTag(j.value("task", std::string()));
    if (!tag || tag->kind != RunKind::Pretraining)
      throw std::runtime_error("it is not a pretraining report (task '" + j.value("task", std::string()) +
                               "')");
    PretrainingReport r;
    r.pretext = j.value("pretext", std::string());
    r.completed = j.value("state", std::string()) == toString(RunState::Completed);
    r.epochsCompleted = j.value("epochsCompleted", int64_t{0});
    r.epochs = j.value("epochs", int64_t{0});
    r.iterations = j.value("iterations", int64_t{0});
    r.elapsedSeconds = j.value("elapsedSeconds", 0.0);
    for (const auto& [k, v] : metricsFrom(j.value("finalMetrics", json::object())))
      if (std::isfinite(v)) r.finalMetrics[k] = v;
    const json best = j.value("bestMetric", json::object());
    r.bestMetricName = best.value("name", std::string());
    if (best.contains("value") && best["value"].is_number()) r.bestMetricValue = best["value"].get<double>();
    r.bestEpoch = best.value("epoch", int64_t{0});
    return r;
  });
}

std::optional<FinetuneReport> RunFolder::readFinetuneReport() const {
  return readReport<FinetuneReport>(*this, [this](const json& j) {
    if (j.value("kind", std::string()) != toString(RunKind::Finetune))
      throw std::runtime_error("it is not a fine-tuning report (kind '" + j.value("kind", std::string()) +
                               "')");
    FinetuneReport r;
    const auto task = parseDownstreamTask(j.at("task").get<std::string>());
    if (!task) throw std::runtime_error("unknown task '" + j.at("task").get<std::string>() + "'");
    r.task = *task;
    r.runName = j.value("runName", name());
    r.pretrained = j.value("init", std::string()) == "pretrained";
    r.pretrainedFile = j.value("pretrained", std::string());
    r.seed = j.value("seed", int64_t{0});
    r.completed = j.value("completed", false);
    r.seconds = j.value("seconds", 0.0);
    r.iterations = j.value("iterations", int64_t{0});
    r.classNames = j.at("classes").get<std::vector<std::string>>();
    if (r.classNames.empty()) throw std::runtime_error("it lists no classes: the report is incomplete");
    r.voidName = j.value("data", json::object()).value("voidName", std::string());
    r.perClassMetric = j.value("perClassMetric", std::string());
    const json test = j.value("test", json::object());
    r.testMetrics = metricsFrom(test.value("metrics", json::object()));
    for (const auto& v : test.value("perClass", json::array())) r.testPerClass.push_back(number(v));
    for (const auto& d : test.value("perClassDetail", json::array()))
      r.testClassScores.push_back({d.value("positives", int64_t{0}), number(d.value("ap", json())),
                                   number(d.value("precision", json())), number(d.value("recall", json())),
                                   number(d.value("f1", json()))});
    r.valMetrics = metricsFrom(j.value("val", json::object()));
    for (const auto& e : j.value("epochs", json::array()))
      r.epochTrainLoss.push_back(number(e.at("trainLoss")));
    for (const auto& p : j.value("iterationLoss", json::array()))
      r.iterationLoss.emplace_back(p.at(0).get<int64_t>(), number(p.at(1)));
    const json transfer = j.value("transfer", json::object());
    r.transferred = strings(transfer, "transferred");
    r.created = strings(transfer, "created");
    r.skipped = strings(transfer, "skipped");
    const std::string predictions = j.value("predictions", std::string());
    if (!predictions.empty() && fs::is_directory(dir() / predictions)) r.predictionsDir = dir() / predictions;
    return r;
  });
}

std::optional<ExperimentReport> RunFolder::readExperimentReport() const {
  return readReport<ExperimentReport>(*this, [this](const json& j) {
    if (j.value("kind", std::string()) != toString(RunKind::Experiment))
      throw std::runtime_error("it is not an experiment report (kind '" + j.value("kind", std::string()) +
                               "')");
    // Paths in the report are relative to the experiment folder unless they lie outside it.
    const auto resolve = [this](const std::string& p) -> fs::path {
      if (p.empty()) return {};
      const fs::path path(p);
      return path.is_absolute() ? path : dir() / path;
    };
    ExperimentReport r;
    r.name = j.value("name", std::string());
    r.completed = j.value("completed", false);
    r.seconds = j.value("seconds", 0.0);
    r.pretrainingRun = resolve(j.value("pretraining", json::object()).value("run", std::string()));
    for (const auto& t : j.value("tasks", json::array())) {
      ExperimentTaskReport task;
      task.task = t.value("task", std::string());
      task.primaryMetric = t.value("primaryMetric", std::string());
      if (t.contains("verdict") && t["verdict"].is_string()) task.verdict = t["verdict"].get<std::string>();
      const json runs = t.value("runs", json::object());
      for (const auto& p : strings(runs, "baseline")) task.baselineRuns.push_back(resolve(p));
      for (const auto& p : strings(runs, "pretrained")) task.pretrainedRuns.push_back(resolve(p));
      r.tasks.push_back(std::move(task));
    }
    return r;
  });
}

std::optional<std::vector<ExperimentTaskResult>> readExperimentResults(const RunFolder& run) {
  return readReport<std::vector<ExperimentTaskResult>>(run, [](const json& j) {
    if (j.value("kind", std::string()) != toString(RunKind::Experiment))
      throw std::runtime_error("it is not an experiment report (kind '" + j.value("kind", std::string()) +
                               "')");
    std::vector<ExperimentTaskResult> tasks;
    for (const auto& t : j.value("tasks", json::array())) {
      ExperimentTaskResult task;
      task.task = t.value("task", std::string());
      task.primaryMetric = t.value("primaryMetric", std::string());
      if (t.contains("verdict") && t["verdict"].is_string()) task.verdict = t["verdict"].get<std::string>();
      task.fraction = t.value("fraction", 1.0);
      if (!(task.fraction > 0.0 && task.fraction <= 1.0))
        throw std::runtime_error("task '" + task.task + "' has a label fraction outside (0, 1]");
      task.trainImages = t.value("trainImages", std::size_t{0});
      task.seeds = t.value("seeds", std::vector<std::uint64_t>{});
      task.outcome = outcomeFrom(t);
      const json gate = t.value("learningGate", json::object());
      task.baselineLearned = gate.value("baselineLearned", true);
      task.pretrainedLearned = gate.value("pretrainedLearned", true);
      task.learnMargin = numberAt(gate, "margin");
      task.trivialDescription = gate.value("trivialPredictor", std::string());
      for (const auto& m : t.value("metrics", json::array())) task.metrics.push_back(metricFrom(m));
      tasks.push_back(std::move(task));
    }
    return tasks;
  });
}

double readTrainFraction(const RunFolder& run) {
  try {
    const std::optional<double> fraction = readReport<double>(run, [](const json& j) {
      const double f = j.value("budget", json::object()).value("trainFraction", 1.0);
      return f > 0.0 && f <= 1.0 ? f : 1.0;
    });
    return fraction.value_or(1.0);
  } catch (const std::exception&) {
    return 1.0;  // a damaged report: its reader says so where it matters
  }
}

}  // namespace colorproxy
