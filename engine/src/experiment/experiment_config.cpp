#include "colorproxy/experiment/experiment_config.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/text.h"
#include "experiment/experiment_config_json.h"
#include "train/config_json.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The study preset's budgets, sized from timings at its settings on the 2-core development machine in
// calm moments (README.md): a pretraining epoch (468 images) ~4.7 s, a fine-tuning step ~0.09 s, a
// validation ~0.6 s. 100 epochs ~8 min; 48 runs x (800 x 0.09 + 10 x 0.6 + 3) s ~65 min; ~75 min in all.
constexpr int64_t kStudyPretrainEpochs = 100;
constexpr int64_t kStudyFinetuneIterations = 800;

const std::vector<std::string> kTasks = {"segmentation", "classification"};

std::vector<std::string> splitList(const std::string& text) {
  std::vector<std::string> out;
  std::string item;
  std::istringstream in(text);
  while (std::getline(in, item, ','))
    if (!trim(item).empty()) out.push_back(trim(item));
  return out;
}

std::vector<double> parsePercentages(const std::string& key, const std::string& value) {
  std::vector<double> out;
  for (const auto& item : splitList(value)) {
    std::istringstream in(item);
    double v = 0;
    if (!(in >> v) || !in.eof())
      throw std::invalid_argument("setting '" + key + "': '" + item +
                                  "' is not a number (give percentages like 5,10,25,50,100)");
    out.push_back(v);
  }
  if (out.empty())
    throw std::invalid_argument("setting '" + key + "' is empty (give percentages like 5,10,25,50,100)");
  return out;
}

std::string percentText(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

int parseInt(const std::string& key, const std::string& value) {
  std::istringstream in(value);
  long long v = 0;
  if (value.empty() || !(in >> v) || !in.eof())
    throw std::invalid_argument("setting '" + key + "' must be a whole number, got '" + value + "'");
  return int(v);
}

// The VOC 2012 folder under `root`: VOCdevkit/VOC2012, VOC2012, or root itself.
fs::path vocRoot(const fs::path& root) {
  std::error_code ec;
  for (const fs::path& p : {root / "VOCdevkit" / "VOC2012", root / "VOC2012"})
    if (fs::is_directory(p / "JPEGImages", ec)) return p;
  return root;
}

}  // namespace

const FinetuneConfig& ExperimentConfig::finetune(const std::string& task) const {
  if (task == "segmentation") return segmentation;
  if (task == "classification") return classification;
  throw std::invalid_argument("unknown task '" + task + "' (use segmentation or classification)");
}

FinetuneConfig& ExperimentConfig::finetune(const std::string& task) {
  return const_cast<FinetuneConfig&>(static_cast<const ExperimentConfig&>(*this).finetune(task));
}

std::vector<std::string> ExperimentConfig::validate() const {
  std::vector<std::string> p;
  std::error_code ec;
  if (name.empty()) p.push_back("name is empty");
  if (runsDir.empty()) p.push_back("runsDir is empty: choose where the experiment folder goes");
  if (tasks.empty()) p.push_back("tasks is empty: choose segmentation, classification or both");
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    if (std::find(kTasks.begin(), kTasks.end(), tasks[i]) == kTasks.end())
      p.push_back("task '" + tasks[i] + "' is not one of: segmentation, classification");
    else if (std::find(tasks.begin(), tasks.begin() + long(i), tasks[i]) != tasks.begin() + long(i))
      p.push_back("task '" + tasks[i] + "' is listed twice");
  }
  if (seeds < 1 || seeds > 100)
    p.push_back("seeds " + std::to_string(seeds) + " must be between 1 and 100 (3 is usual)");
  if (pretrainSeeds < 1 || pretrainSeeds > 20)
    p.push_back("pretrainSeeds " + std::to_string(pretrainSeeds) + " must be between 1 and 20");
  else if (pretrainSeeds > 1 && !pretrained.empty())
    p.push_back("pretrainSeeds " + std::to_string(pretrainSeeds) +
                " needs pretraining in the experiment; a reused model (pretrained) is one pretraining run");
  if (fractions.empty()) p.push_back("fractions is empty: give percentages like 5,10,25,50,100");
  for (std::size_t i = 0; i < fractions.size(); ++i) {
    if (!(fractions[i] > 0.0 && fractions[i] <= 100.0))
      p.push_back("fractions: " + percentText(fractions[i]) +
                  " % is out of range; each must be a percentage in (0, 100]");
    else if (i > 0 && !(fractions[i] > fractions[i - 1]))
      p.push_back("fractions must be strictly increasing (smaller sets are subsets of larger ones): " +
                  percentText(fractions[i]) + " follows " + percentText(fractions[i - 1]));
  }
  if (exampleCount < 0 || exampleCount > 32) p.push_back("exampleCount must be between 0 and 32");
  if (threads < 0) p.push_back("threads must be 0 (all cores) or positive");
  if (segmentationScoring != "annotation" && segmentationScoring != "network")
    p.push_back("segmentationScoring '" + segmentationScoring + "' must be \"annotation\" or \"network\"");
  if (!(learnMargin >= 0.0 && learnMargin < 1.0))
    p.push_back("learnMargin must be between 0 and 1 (0.05 is usual)");

  if (!pretrained.empty()) {
    if (!fs::exists(pretrained, ec))
      p.push_back("pretrained '" + pretrained.string() +
                  "' does not exist (give a colorization run folder or checkpoint)");
  } else {
    ColorizationConfig check = pretrain;
    if (!pretrainSources.empty()) {
      for (const auto& s : pretrainSources)
        if (!fs::is_directory(s, ec))
          p.push_back("pretraining source '" + s.string() + "' is not an existing folder");
      check.dataPath = pretrainSources.front();
    }
    for (const auto& problem : check.validate()) p.push_back("pretrain: " + problem);
  }
  for (const auto& task : tasks) {
    if (std::find(kTasks.begin(), kTasks.end(), task) == kTasks.end()) continue;
    FinetuneConfig f = finetune(task);
    f.init = "random";  // the runner sets the init per run
    if (toString(f.task) != task) p.push_back(task + ": its settings have task '" + toString(f.task) + "'");
    for (const auto& problem : f.validate()) p.push_back(task + ": " + problem);
    if (pretrained.empty() && (f.ngf != pretrain.ngf || f.numDowns != pretrain.numDowns))
      p.push_back(task + ": ngf " + std::to_string(f.ngf) + " / numDowns " + std::to_string(f.numDowns) +
                  " differ from the pretraining run's ngf " + std::to_string(pretrain.ngf) + " / numDowns " +
                  std::to_string(pretrain.numDowns) +
                  "; the fine-tuned networks must have the generator's shape");
  }
  return p;
}

json experimentConfigToJson(const ExperimentConfig& c) {
  json sources = json::array();
  for (const auto& s : c.pretrainSources) sources.push_back(s.string());
  return {{"name", c.name},
          {"runsDir", c.runsDir.string()},
          {"preset", c.presetName},
          {"tasks", c.tasks},
          {"seeds", c.seeds},
          {"firstSeed", c.firstSeed},
          {"pretrainSeeds", c.pretrainSeeds},
          {"fractions", c.fractions},
          {"fractionSeed", c.fractionSeed},
          {"pretrained", c.pretrained.string()},
          {"pretrainSources", sources},
          {"pretrain", configToJson(c.pretrain)},
          {"segmentation", configToJson(c.segmentation)},
          {"classification", configToJson(c.classification)},
          {"exampleCount", c.exampleCount},
          {"threads", c.threads},
          {"segmentationScoring", c.segmentationScoring},
          {"learnMargin", c.learnMargin},
          {"probes", c.probes}};
}

ExperimentConfig experimentConfigFromJson(const json& input) {
  const json& j = input.is_object() && input.contains("settings") ? input.at("settings") : input;
  if (!j.is_object()) throw std::invalid_argument("an experiment configuration must be a JSON object");
  ExperimentConfig c;
  for (const auto& [key, v] : j.items()) {
    try {
      if (key == "name")
        c.name = v.get<std::string>();
      else if (key == "runsDir")
        c.runsDir = v.get<std::string>();
      else if (key == "preset")
        c.presetName = v.get<std::string>();
      else if (key == "tasks")
        c.tasks = v.get<std::vector<std::string>>();
      else if (key == "seeds")
        c.seeds = v.get<int>();
      else if (key == "firstSeed")
        c.firstSeed = v.get<uint64_t>();
      else if (key == "pretrainSeeds")
        c.pretrainSeeds = v.get<int>();
      else if (key == "fractions")
        c.fractions = v.get<std::vector<double>>();
      else if (key == "fractionSeed")
        c.fractionSeed = v.get<uint64_t>();
      else if (key == "pretrained")
        c.pretrained = v.get<std::string>();
      else if (key == "pretrainSources") {
        c.pretrainSources.clear();
        for (const auto& s : v.get<std::vector<std::string>>()) c.pretrainSources.emplace_back(s);
      } else if (key == "pretrain")
        c.pretrain = configFromJson<ColorizationConfig>(v);
      else if (key == "segmentation")
        c.segmentation = configFromJson<FinetuneConfig>(v);
      else if (key == "classification")
        c.classification = configFromJson<FinetuneConfig>(v);
      else if (key == "exampleCount")
        c.exampleCount = v.get<int>();
      else if (key == "threads")
        c.threads = v.get<int>();
      else if (key == "segmentationScoring")
        c.segmentationScoring = v.get<std::string>();
      else if (key == "learnMargin")
        c.learnMargin = v.get<double>();
      else if (key == "probes")
        c.probes = v.get<bool>();
      else
        throw std::invalid_argument("unknown experiment setting '" + key + "'");
    } catch (const json::exception& e) {
      throw std::invalid_argument("experiment setting '" + key + "' has the wrong type: " + e.what());
    }
  }
  return c;
}

std::string ExperimentConfig::toJsonString() const { return experimentConfigToJson(*this).dump(2); }

ExperimentConfig ExperimentConfig::fromJsonString(const std::string& text, const std::string& origin) {
  json j;
  try {
    j = json::parse(text);
  } catch (const std::exception& e) {
    throw std::invalid_argument(origin + ": " + e.what());
  }
  try {
    return experimentConfigFromJson(j);
  } catch (const std::exception& e) {
    throw std::invalid_argument(origin + ": " + e.what());
  }
}

ExperimentConfig ExperimentConfig::fromFile(const fs::path& file) {
  std::string text;
  try {
    text = readTextFile(file);
  } catch (const std::exception& e) {
    throw std::invalid_argument("experiment config '" + file.string() + "': " + e.what());
  }
  return fromJsonString(text, "experiment config '" + file.string() + "'");
}

void ExperimentConfig::set(const std::string& key, const std::string& value) {
  const auto dot = key.find('.');
  if (dot != std::string::npos) {
    const std::string scope = key.substr(0, dot), sub = key.substr(dot + 1);
    if (scope == "pretrain")
      pretrain.set(sub, value);
    else if (scope == "segmentation")
      segmentation.set(sub, value);
    else if (scope == "classification")
      classification.set(sub, value);
    else if (scope == "finetune") {
      segmentation.set(sub, value);
      classification.set(sub, value);
    } else {
      throw std::invalid_argument("unknown setting group '" + scope + "' in '" + key +
                                  "' (use pretrain., segmentation., classification. or finetune.)");
    }
    return;
  }
  if (key == "imageSize" || key == "ngf" || key == "numDowns" || key == "device" || key == "bf16") {
    pretrain.set(key, value);
    segmentation.set(key, value);
    classification.set(key, value);
    if (key == "imageSize") {
      // Keep the jitter margins the presets use (about 1/8 of the side) at the new size.
      const int size = pretrain.imageSize;
      pretrain.loadSize = size + size / 8;
      segmentation.loadSize = size + size / 8;
    }
  } else if (key == "name")
    name = value;
  else if (key == "runsDir")
    runsDir = value;
  else if (key == "tasks")
    tasks = splitList(value);
  else if (key == "seeds")
    seeds = parseInt(key, value);
  else if (key == "firstSeed")
    firstSeed = uint64_t(std::max(0, parseInt(key, value)));
  else if (key == "pretrainSeeds")
    pretrainSeeds = parseInt(key, value);
  else if (key == "fractions")
    fractions = parsePercentages(key, value);
  else if (key == "fractionSeed")
    fractionSeed = uint64_t(std::max(0, parseInt(key, value)));
  else if (key == "pretrained")
    pretrained = value;
  else if (key == "pretrainSources") {
    pretrainSources.clear();
    for (const auto& s : splitList(value)) pretrainSources.emplace_back(s);
  } else if (key == "exampleCount")
    exampleCount = parseInt(key, value);
  else if (key == "threads") {
    threads = parseInt(key, value);
    pretrain.threads = threads;
    segmentation.threads = threads;
    classification.threads = threads;
  } else if (key == "segmentationScoring")
    segmentationScoring = value;
  else if (key == "learnMargin") {
    try {
      std::size_t used = 0;
      learnMargin = std::stod(value, &used);
      if (used != value.size()) throw std::invalid_argument(value);
    } catch (const std::exception&) {
      throw std::invalid_argument("learnMargin takes a number like 0.05, got '" + value + "'");
    }
  } else if (key == "probes") {
    if (value == "true" || value == "1" || value == "yes" || value == "on")
      probes = true;
    else if (value == "false" || value == "0" || value == "no" || value == "off")
      probes = false;
    else
      throw std::invalid_argument("probes takes true or false, got '" + value + "'");
  } else {
    throw std::invalid_argument(
        "unknown experiment setting '" + key +
        "' (known: name, runsDir, tasks, seeds, firstSeed, pretrainSeeds, fractions, fractionSeed, "
        "pretrained, pretrainSources, "
        "exampleCount, threads, segmentationScoring, learnMargin, probes, imageSize, ngf, numDowns, device, "
        "bf16, "
        "and "
        "pretrain.<key>, segmentation.<key>, classification.<key>, finetune.<key>)");
  }
}

bool ExperimentConfig::labelEfficiency() const {
  return fractions.size() > 1 || (fractions.size() == 1 && fractions.front() < 100.0);
}

std::vector<std::string> ExperimentConfig::presetNames() { return {"quick", "study", "paper"}; }

ExperimentConfig ExperimentConfig::preset(const std::string& presetName, const fs::path& dataRoot) {
  ExperimentConfig c;
  c.presetName = presetName;
  if (presetName == "quick") {
    c.name = "quick";
    // Every bundled image that no downstream test split holds: the photos, CamVid train, COCO train2017.
    c.pretrainSources = {dataRoot / "photos", dataRoot / "camvid" / "train",
                         dataRoot / "coco128" / "images" / "train2017"};
    c.pretrain = ColorizationConfig::preset("cpu-small");
    c.pretrain.imageSize = 64;
    c.pretrain.loadSize = 72;
    c.pretrain.ngf = 16;
    c.pretrain.ndf = 16;
    c.pretrain.numDowns = 6;
    c.pretrain.batchSize = 8;
    c.pretrain.epochs = 50;
    c.pretrain.epochsDecay = 25;
    c.pretrain.previewCount = 4;
    c.pretrain.maxValImages = 16;
    c.pretrain.loaderWorkers = 1;
    c.pretrain.keepEpochCheckpoints = false;
    for (FinetuneConfig* f : {&c.segmentation, &c.classification}) {
      f->imageSize = 64;
      f->ngf = 16;
      f->numDowns = 6;
      f->loaderWorkers = 1;
      f->previewCount = 4;
      f->checkpointEvery =
          0;  // the final model only: dozens of per-epoch writes cost more than they give here
    }
    // The paper's schedules give a few dozen steps on these ~80-image sets; the same proportions, longer.
    c.segmentation.task = DownstreamTask::Segmentation;
    c.segmentation.dataPath = dataRoot / "camvid";
    c.segmentation.loadSize = 72;
    c.segmentation.batchSize = 8;
    c.segmentation.epochScale = 6;
    c.classification.task = DownstreamTask::Classification;
    c.classification.dataPath = dataRoot / "coco128";
    c.classification.labelView = "voc20";
    c.classification.batchSize = 16;
    c.classification.hidden = 1024;
    c.classification.epochScale = 4;
    // One compute thread per run: these small networks gain little from a second OpenMP thread, and on a
    // busy machine two threads ran 10x slower (measured: 77 s vs 7 s wall for one segmentation run).
    c.set("threads", "1");
    return c;
  }
  if (presetName == "study") {
    // A label-efficiency study on CamVid that fits about 90 minutes on 2 CPU cores (see README.md for
    // the timing it was sized from). Pretraining sees the train + val images only, never test.
    c.name = "study";
    c.tasks = {"segmentation"};
    c.seeds = 6;  // the sign-flip test needs 6 pairs to reach p < 0.05
    c.fractions = {10.0, 25.0, 50.0, 100.0};
    c.pretrainSources = {dataRoot / "train", dataRoot / "val"};
    c.pretrain = ColorizationConfig::preset("cpu-small");
    c.pretrain.imageSize = 128;
    c.pretrain.loadSize = 144;
    c.pretrain.ngf = 16;
    c.pretrain.ndf = 16;
    c.pretrain.numDowns = 7;
    c.pretrain.batchSize = 8;
    c.pretrain.epochs = kStudyPretrainEpochs;
    c.pretrain.epochsDecay = kStudyPretrainEpochs / 2;
    c.pretrain.bf16 = true;
    c.pretrain.previewCount = 4;
    c.pretrain.maxValImages = 16;
    c.pretrain.loaderWorkers = 1;
    c.pretrain.keepEpochCheckpoints = false;
    FinetuneConfig& f = c.segmentation;
    f.task = DownstreamTask::Segmentation;
    f.dataPath = dataRoot;
    f.imageSize = 128;
    f.loadSize = 144;
    f.ngf = 16;
    f.numDowns = 7;
    f.batchSize = 8;
    f.bf16 = true;
    // One budget for every label fraction: the smallest subsets train as many steps as the whole set.
    f.iterations = kStudyFinetuneIterations;
    f.warmupIterations = kStudyFinetuneIterations / 20;
    f.lrSchedule = "cosine";
    // The paper's phases (baseline 6@3e-4; pretrained 1@3e-4 frozen + 5@3e-4) as shares of the budget, at
    // 1e-3: in 600 cosine steps on all labels 3e-4 reached validation mIoU 0.25, 1e-3 0.31 (both flat
    // over the last 100 steps).
    f.lrScale = 1e-3 / 3e-4;
    f.evalEvery = kStudyFinetuneIterations / 10;
    f.classWeights = "median-frequency";  // rare classes (Pole, SignSymbol, Bicyclist) get learned
    f.maxValImages = 0;                   // all 101: a validation costs about half a second
    f.loaderWorkers = 1;
    f.previewCount = 2;
    f.checkpointEvery = 0;
    c.set("threads", "2");
    return c;
  }
  if (presetName == "paper") {
    c.name = "paper";
    const fs::path voc = vocRoot(dataRoot);
    c.pretrain = ColorizationConfig::preset("paper");
    c.pretrain.dataPath = voc;
    c.segmentation.task = DownstreamTask::Segmentation;
    c.segmentation.dataPath = voc;
    c.segmentation.loadSize = 286;
    c.classification.task = DownstreamTask::Classification;
    c.classification.dataPath = voc;
    c.classification.vocDifficult = "ignore";  // the VOC devkit's classification protocol
    return c;
  }
  std::string list;
  for (const auto& n : presetNames()) list += (list.empty() ? "" : ", ") + n;
  throw std::invalid_argument("unknown experiment preset '" + presetName + "' (available: " + list + ")");
}

}  // namespace colorproxy
