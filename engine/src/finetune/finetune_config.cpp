#include "colorproxy/finetune/finetune_config.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "colorproxy/base/text.h"
#include "train/config_schema.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using F = FinetuneConfig;
using S = ConfigSchema<FinetuneConfig>;

const char kPretrainedPrefix[] = "pretrained:";

json phasesToJson(const std::vector<FinetunePhase>& phases) {
  json a = json::array();
  for (const auto& p : phases) a.push_back({{"epochs", p.epochs}, {"lr", p.lr}, {"frozen", p.frozen}});
  return a;
}

std::vector<FinetunePhase> phasesFromJson(const json& j) {
  if (j.is_string()) return parsePhases(j.get<std::string>());
  if (!j.is_array())
    throw std::invalid_argument(
        "setting 'phases' must be an array of {epochs, lr, frozen} or text like "
        "\"3@3e-4/transferred,1@5e-5\", got " +
        j.dump());
  std::vector<FinetunePhase> out;
  for (const auto& item : j) {
    if (!item.is_object())
      throw std::invalid_argument("setting 'phases': each phase must be an object, got " + item.dump());
    FinetunePhase p;
    for (const auto& [k, v] : item.items()) {
      if (k == "epochs" && v.is_number_integer())
        p.epochs = v.get<int64_t>();
      else if (k == "lr" && v.is_number())
        p.lr = v.get<double>();
      else if (k == "frozen" && v.is_array() &&
               std::all_of(v.begin(), v.end(), [](const json& s) { return s.is_string(); }))
        p.frozen = v.get<std::vector<std::string>>();
      else
        throw std::invalid_argument(
            "setting 'phases': bad entry '" + k + "': " + v.dump() +
            " (expected epochs: whole number, lr: number, frozen: list of part names)");
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::string number(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

}  // namespace

template <>
const ConfigSchema<FinetuneConfig>& ReflectedConfig<FinetuneConfig>::schema() {
  static const S s(
      "fine-tuning setting", "a fine-tuning configuration",
      {{S::enumeration<DownstreamTask>("task", &F::task, "downstream task",
                                       {DownstreamTask::Classification, DownstreamTask::Segmentation},
                                       [](DownstreamTask t) { return toString(t); }),
        S::value("dataPath", &F::dataPath, "dataset root folder (COCO/YOLO, VOC, CamVid)"),
        S::enumeration<DatasetFormat>(
            "dataFormat", &F::dataFormat, "dataset layout; auto detects it",
            {DatasetFormat::Auto, DatasetFormat::Coco, DatasetFormat::Voc, DatasetFormat::CamVid},
            datasetFormatName),
        S::value("trainSplit", &F::trainSplit, "training split; empty = train, train*, or all"),
        S::value("valSplit", &F::valSplit,
                 "validation split; empty = val unless it is the test split, else a hold-out"),
        S::value("testSplit", &F::testSplit, "test split; empty = test, else val"),
        S::value("valFraction", &F::valFraction,
                 "share of the training split held out for validation when needed"),
        S::value("labelView", &F::labelView,
                 "classification classes: all, or the 20 VOC classes of a COCO dataset", {"all", "voc20"}),
        S::value("vocDifficult", &F::vocDifficult,
                 "VOC objects marked difficult: positive, absent, or ignore (the VOC devkit's protocol)",
                 {"positive", "absent", "ignore"}),
        S::value("maxImages", &F::maxImages, "cap on training images, 0 = all"),
        S::value("maxValImages", &F::maxValImages, "cap on validation images, 0 = all"),
        S::value("maxTestImages", &F::maxTestImages, "cap on test images, 0 = all"),
        S::value("trainFraction", &F::trainFraction,
                 "share (0, 1] of the training images used; smaller shares are subsets of larger ones"),
        S::value("subsetSeed", &F::subsetSeed, "seed of the permutation trainFraction takes images from"),
        S::enumeration<BadInputPolicy>("badFilePolicy", &F::badFilePolicy,
                                       "unreadable files: skip them or fail",
                                       {BadInputPolicy::Skip, BadInputPolicy::Fail}, badInputPolicyName),
        S::value("loaderWorkers", &F::loaderWorkers,
                 "image decoding threads (0 = decode on the training thread)"),
        S::value("init", &F::init, "random, or pretrained:<colorization run folder or checkpoint>"),
        S::custom<std::vector<FinetunePhase>>("phases", "phases", &F::phases,
                                              "schedule epochs@lr[/frozen+parts],...; empty = the paper's",
                                              phasesToJson, phasesFromJson, formatPhases, parsePhases),
        S::value("epochScale", &F::epochScale,
                 "multiply every phase's epochs (keeps the schedule's proportions)"),
        S::value("lrScale", &F::lrScale,
                 "multiply every phase's learning rate (keeps the schedule's ratios)"),
        S::value("iterations", &F::iterations,
                 "optimiser steps of the whole run, 0 = the phases' epochs (phases then get shares of it)"),
        S::value("lrSchedule", &F::lrSchedule,
                 "learning-rate multiplier over the run: constant (the paper's), cosine, or step (x0.1 at "
                 "1/2 and 3/4)",
                 {"constant", "cosine", "step"}),
        S::value("warmupIterations", &F::warmupIterations, "steps of linear learning-rate warm-up"),
        S::value("evalEvery", &F::evalEvery, "steps between validations, 0 = once per pass over the data"),
        S::value("batchSize", &F::batchSize,
                 "images per batch, 0 = the paper's (32 classification, 16 segmentation)"),
        S::value("beta1", &F::beta1, "Adam beta1"),
        S::value("beta2", &F::beta2, "Adam beta2"),
        S::value("imageSize", &F::imageSize, "network input size in pixels (multiple of 2^numDowns)"),
        S::value("loadSize", &F::loadSize, "training resize before the random crop, 0 = imageSize (no crop)"),
        S::value("flip", &F::flip, "random horizontal flip while training"),
        S::value("ngf", &F::ngf, "U-Net base width (as the pretraining run)"),
        S::value("numDowns", &F::numDowns, "U-Net downsamplings (as the pretraining run)"),
        S::value("head", &F::head,
                 "classification head: dense (flatten, as the paper) or gap (global average pool)",
                 {"dense", "gap"}),
        S::value("hidden", &F::hidden, "classification: width of the two dense layers"),
        S::value("dropout", &F::dropout, "dropout of the dense head and of the U-Net decoder"),
        S::value("classWeights", &F::classWeights, "segmentation loss class weights",
                 {"none", "median-frequency"}),
        S::value("seed", &F::seed, "random seed (initialisation, batch order, augmentation, dropout)")},
       S::computeFields(),
       {S::value("bf16", &F::bf16, "bfloat16 autocast on CPU"),
        S::value("syncBatchNorm", &F::syncBatchNorm,
                 "data-parallel runs: batch norms use the whole step's batch statistics, over all "
                 "processes (also COLORPROXY_SYNC_BATCHNORM=1)"),
        S::value("previewCount", &F::previewCount, "validation images in each epoch's preview"),
        S::value("logEvery", &F::logEvery, "iterations between metrics.csv rows"),
        S::value("savePredictions", &F::savePredictions,
                 "save test predictions (masks, probabilities CSV) in the run folder"),
        S::value("checkpointEvery", &F::checkpointEvery,
                 "write checkpoints/latest.pt every N epochs, 0 = only at the end")},
       S::runFolderFields()});
  return s;
}
template struct ReflectedConfig<FinetuneConfig>;
template struct ConfigJson<FinetuneConfig>;

std::string formatPhases(const std::vector<FinetunePhase>& phases) {
  std::string out;
  for (const auto& p : phases) {
    if (!out.empty()) out += ",";
    out += std::to_string(p.epochs) + "@" + number(p.lr);
    for (size_t i = 0; i < p.frozen.size(); ++i) out += (i == 0 ? "/" : "+") + p.frozen[i];
  }
  return out;
}

std::vector<FinetunePhase> parsePhases(const std::string& text) {
  std::vector<FinetunePhase> out;
  if (trim(text).empty()) return out;
  std::istringstream list(text);
  std::string item;
  while (std::getline(list, item, ',')) {
    item = trim(item);
    const auto bad = [&](const std::string& why) {
      return std::invalid_argument("phase '" + item + "': " + why +
                                   " (expected epochs@lr[/part+part], e.g. 3@3e-4/transferred,1@5e-5)");
    };
    const auto at = item.find('@');
    if (at == std::string::npos) throw bad("no '@'");
    const auto slash = item.find('/', at);
    FinetunePhase p;
    p.frozen.clear();
    std::istringstream epochs(item.substr(0, at));
    std::istringstream lr(
        item.substr(at + 1, slash == std::string::npos ? std::string::npos : slash - at - 1));
    long long e = 0;
    if (!(epochs >> e) || !epochs.eof()) throw bad("epochs is not a whole number");
    if (!(lr >> p.lr) || !lr.eof()) throw bad("the learning rate is not a number");
    p.epochs = e;
    if (slash != std::string::npos) {
      if (trim(item.substr(slash + 1)).empty()) throw bad("nothing after '/'");
      std::istringstream parts(item.substr(slash + 1) + "+");
      std::string part;
      while (std::getline(parts, part, '+')) {
        part = trim(part);
        if (part.empty()) throw bad("empty frozen part name");
        p.frozen.push_back(part);
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

bool FinetuneConfig::pretrained() const { return init.rfind(kPretrainedPrefix, 0) == 0; }

fs::path FinetuneConfig::pretrainedPath() const {
  return pretrained() ? fs::path(init.substr(sizeof(kPretrainedPrefix) - 1)) : fs::path();
}

std::vector<FinetunePhase> FinetuneConfig::paperPhases(DownstreamTask task, bool pretrained) {
  if (task == DownstreamTask::Segmentation) {
    if (!pretrained) return {{6, 3e-4, {}}};
    return {{1, 3e-4, {"transferred"}}, {5, 3e-4, {}}};
  }
  if (!pretrained) return {{4, 3e-4, {}}};
  return {{3, 3e-4, {"transferred"}}, {1, 5e-5, {}}};
}

std::vector<FinetunePhase> FinetuneConfig::effectivePhases() const {
  auto out = phases.empty() ? paperPhases(task, pretrained()) : phases;
  for (auto& p : out) {
    p.epochs *= std::max(1, epochScale);
    p.lr *= lrScale;
  }
  return out;
}

int64_t FinetuneConfig::effectiveBatchSize() const {
  if (batchSize > 0) return batchSize;
  return task == DownstreamTask::Segmentation ? 16 : 32;
}

int64_t FinetuneConfig::totalEpochs() const {
  int64_t n = 0;
  for (const auto& p : effectivePhases()) n += p.epochs;
  return n;
}

std::vector<std::string> FinetuneConfig::validate() const {
  std::vector<std::string> p = schema().choiceProblems(*this);
  std::error_code ec;
  if (dataPath.empty())
    p.push_back("dataPath is empty: choose the dataset folder");
  else if (!fs::is_directory(dataPath, ec))
    p.push_back("dataPath '" + dataPath.string() + "' is not an existing folder");
  if (init != "random" && !pretrained())
    p.push_back("init '" + init +
                "' must be 'random' or 'pretrained:<colorization run folder or checkpoint>'");
  else if (pretrained() && !fs::exists(pretrainedPath(), ec))
    p.push_back("init: the pretrained model '" + pretrainedPath().string() +
                "' does not exist (give a colorization run folder or a checkpoint file)");
  if (!(valFraction > 0.0 && valFraction < 1.0))
    p.push_back("valFraction " + number(valFraction) + " must be between 0 and 1 (e.g. 0.15)");
  if (labelView == "voc20" && task != DownstreamTask::Classification)
    p.push_back("labelView voc20 applies to classification only; use 'all' for segmentation");
  if (maxImages < 0 || maxValImages < 0 || maxTestImages < 0)
    p.push_back("maxImages, maxValImages and maxTestImages must be 0 (all) or positive");
  if (loaderWorkers < 0 || loaderWorkers > 64) p.push_back("loaderWorkers must be between 0 and 64");
  for (size_t i = 0; i < phases.size(); ++i) {
    const auto& ph = phases[i];
    const std::string name = "phase " + std::to_string(i + 1) + " (" + formatPhases({ph}) + ")";
    if (ph.epochs < 1) p.push_back(name + ": epochs must be at least 1");
    if (!(ph.lr > 0.0 && ph.lr < 1.0)) p.push_back(name + ": the learning rate must be between 0 and 1");
    for (const auto& part : ph.frozen)
      if (part.empty()) p.push_back(name + ": empty frozen part name");
  }
  if (epochScale < 1 || epochScale > 1000) p.push_back("epochScale must be between 1 and 1000");
  if (!(lrScale > 0.0 && lrScale <= 100.0))
    p.push_back("lrScale " + number(lrScale) + " must be in (0, 100] (1 keeps the phases' rates)");
  if (iterations < 0)
    p.push_back("iterations " + std::to_string(iterations) +
                " must be 0 (train the phases' epochs) or a positive number of steps");
  if (warmupIterations < 0) p.push_back("warmupIterations must be 0 (no warm-up) or positive");
  if (iterations > 0 && warmupIterations >= iterations)
    p.push_back("warmupIterations " + std::to_string(warmupIterations) + " must be fewer than iterations " +
                std::to_string(iterations));
  if (evalEvery < 0) p.push_back("evalEvery must be 0 (once per pass over the data) or positive");
  if (!(trainFraction > 0.0 && trainFraction <= 1.0))
    p.push_back("trainFraction " + number(trainFraction) + " must be in (0, 1] (e.g. 0.25 for a quarter)");
  if (checkpointEvery < 0) p.push_back("checkpointEvery must be 0 (only at the end) or positive");
  if (batchSize < 0) p.push_back("batchSize must be 0 (the paper's) or positive");
  if (!(beta1 >= 0.0 && beta1 < 1.0)) p.push_back("beta1 must be in [0, 1)");
  if (!(beta2 >= 0.0 && beta2 < 1.0)) p.push_back("beta2 must be in [0, 1)");
  if (numDowns < 1 || numDowns > 10) {
    p.push_back("numDowns " + std::to_string(numDowns) +
                " must be between 1 and 10 (8 for 256 px, 6 for 64 px)");
  } else if (imageSize < (1 << numDowns) || imageSize % (1 << numDowns) != 0) {
    p.push_back("imageSize " + std::to_string(imageSize) +
                " must be a multiple of 2^numDowns = " + std::to_string(1 << numDowns) +
                " (fewer numDowns suit smaller images: 5 for 32 px, 6 for 64 px)");
  }
  if (loadSize != 0 && loadSize < imageSize)
    p.push_back("loadSize " + std::to_string(loadSize) + " must be 0 or at least imageSize " +
                std::to_string(imageSize));
  if (ngf < 1 || ngf > 1024) p.push_back("ngf " + std::to_string(ngf) + " must be between 1 and 1024");
  if (hidden < 1) p.push_back("hidden must be at least 1 (4096 in the paper)");
  if (!(dropout >= 0.0 && dropout < 1.0)) p.push_back("dropout must be in [0, 1)");
  if (classWeights != "none" && task != DownstreamTask::Segmentation)
    p.push_back("classWeights applies to segmentation only; use 'none' for classification");
  if (threads < 0) p.push_back("threads must be 0 (all cores) or positive");
  if (previewCount < 0 || previewCount > 64) p.push_back("previewCount must be between 0 and 64");
  if (logEvery < 1) p.push_back("logEvery must be at least 1");
  if (runsDir.empty()) p.push_back("runsDir is empty: choose where run folders go");
  if (runName.empty()) p.push_back("runName is empty");
  return p;
}

}  // namespace colorproxy
