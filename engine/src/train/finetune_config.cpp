#include "colorproxy/train/finetune_config.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>
#include <stdexcept>
#include <variant>

#include "train/config_json.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using F = FinetuneConfig;
using Member = std::variant<std::string F::*, fs::path F::*, int F::*, int64_t F::*, uint64_t F::*,
                            double F::*, bool F::*, std::vector<FinetunePhase> F::*>;

/// A field's metadata and where it lives in the struct.
struct Field {
  ConfigField info;
  Member member;
};

const char kPretrainedPrefix[] = "pretrained:";

const std::vector<Field>& table() {
  static const std::vector<Field> t = {
      {{"task", "string", "downstream task", {"classification", "segmentation"}}, &F::task},
      {{"dataPath", "path", "dataset root folder (COCO/YOLO, VOC, CamVid)", {}}, &F::dataPath},
      {{"dataFormat", "string", "dataset layout; auto detects it", {"auto", "coco", "voc", "camvid"}},
       &F::dataFormat},
      {{"trainSplit", "string", "training split; empty = train, train*, or all", {}}, &F::trainSplit},
      {{"valSplit",
        "string",
        "validation split; empty = val unless it is the test split, else a hold-out",
        {}},
       &F::valSplit},
      {{"testSplit", "string", "test split; empty = test, else val", {}}, &F::testSplit},
      {{"valFraction", "double", "share of the training split held out for validation when needed", {}},
       &F::valFraction},
      {{"labelView",
        "string",
        "classification classes: all, or the 20 VOC classes of a COCO dataset",
        {"all", "voc20"}},
       &F::labelView},
      {{"maxImages", "int", "cap on training images, 0 = all", {}}, &F::maxImages},
      {{"maxValImages", "int", "cap on validation images, 0 = all", {}}, &F::maxValImages},
      {{"maxTestImages", "int", "cap on test images, 0 = all", {}}, &F::maxTestImages},
      {{"badFilePolicy", "string", "unreadable files: skip them or fail", {"skip", "fail"}},
       &F::badFilePolicy},
      {{"loaderWorkers", "int", "image decoding threads (0 = decode on the training thread)", {}},
       &F::loaderWorkers},
      {{"init", "string", "random, or pretrained:<colorization run folder or checkpoint>", {}}, &F::init},
      {{"phases", "phases", "schedule epochs@lr[/frozen+parts],...; empty = the paper's", {}}, &F::phases},
      {{"epochScale", "int", "multiply every phase's epochs (keeps the schedule's proportions)", {}},
       &F::epochScale},
      {{"batchSize", "int", "images per batch, 0 = the paper's (32 classification, 16 segmentation)", {}},
       &F::batchSize},
      {{"beta1", "double", "Adam beta1", {}}, &F::beta1},
      {{"beta2", "double", "Adam beta2", {}}, &F::beta2},
      {{"imageSize", "int", "network input size in pixels (multiple of 2^numDowns)", {}}, &F::imageSize},
      {{"loadSize", "int", "training resize before the random crop, 0 = imageSize (no crop)", {}},
       &F::loadSize},
      {{"flip", "bool", "random horizontal flip while training", {}}, &F::flip},
      {{"ngf", "int", "U-Net base width (as the pretraining run)", {}}, &F::ngf},
      {{"numDowns", "int", "U-Net downsamplings (as the pretraining run)", {}}, &F::numDowns},
      {{"head",
        "string",
        "classification head: dense (flatten, as the paper) or gap (global average pool)",
        {"dense", "gap"}},
       &F::head},
      {{"hidden", "int", "classification: width of the two dense layers", {}}, &F::hidden},
      {{"dropout", "double", "dropout of the dense head and of the U-Net decoder", {}}, &F::dropout},
      {{"classWeights", "string", "segmentation loss class weights", {"none", "median-frequency"}},
       &F::classWeights},
      {{"seed", "int", "random seed (initialisation, batch order, augmentation, dropout)", {}}, &F::seed},
      {{"device", "string", "compute device", {"auto", "cpu", "cuda"}}, &F::device},
      {{"threads", "int", "compute threads, 0 = all cores", {}}, &F::threads},
      {{"bf16", "bool", "bfloat16 autocast on CPU", {}}, &F::bf16},
      {{"previewCount", "int", "validation images in each epoch's preview", {}}, &F::previewCount},
      {{"logEvery", "int", "iterations between metrics.csv rows", {}}, &F::logEvery},
      {{"savePredictions", "bool", "save test predictions (masks, probabilities CSV) in the run folder", {}},
       &F::savePredictions},
      {{"checkpointEvery", "int", "write checkpoints/latest.pt every N epochs, 0 = only at the end", {}},
       &F::checkpointEvery},
      {{"keepEpochCheckpoints", "bool", "keep a checkpoint per epoch besides latest", {}},
       &F::keepEpochCheckpoints},
      {{"runsDir", "path", "folder that receives run folders", {}}, &F::runsDir},
      {{"runName", "string", "name part of the run folder", {}}, &F::runName},
  };
  return t;
}

const Field& lookup(const std::string& key) {
  for (const auto& f : table())
    if (f.info.key == key) return f;
  std::string known;
  for (const auto& f : table()) known += (known.empty() ? "" : ", ") + f.info.key;
  throw std::invalid_argument("unknown fine-tuning setting '" + key + "' (known: " + known + ")");
}

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

json readField(const F& c, const Field& f) {
  return std::visit(
      [&](auto m) -> json {
        using T = std::decay_t<decltype(c.*m)>;
        if constexpr (std::is_same_v<T, fs::path>)
          return (c.*m).string();
        else if constexpr (std::is_same_v<T, std::vector<FinetunePhase>>)
          return phasesToJson(c.*m);
        else
          return c.*m;
      },
      f.member);
}

// Stores `j` in the field, checking that its JSON type fits; errors name the key.
void writeField(F& c, const Field& f, const json& j) {
  const auto bad = [&](const char* expected) {
    return std::invalid_argument("setting '" + f.info.key + "' must be " + expected + ", got " + j.dump());
  };
  std::visit(
      [&](auto m) {
        using T = std::decay_t<decltype(c.*m)>;
        if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, fs::path>) {
          if (!j.is_string()) throw bad("a string");
          c.*m = T(j.get<std::string>());
        } else if constexpr (std::is_same_v<T, bool>) {
          if (!j.is_boolean()) throw bad("true or false");
          c.*m = j.get<bool>();
        } else if constexpr (std::is_same_v<T, double>) {
          if (!j.is_number()) throw bad("a number");
          c.*m = j.get<double>();
        } else if constexpr (std::is_same_v<T, std::vector<FinetunePhase>>) {
          c.*m = phasesFromJson(j);
        } else {
          const bool whole = j.is_number_integer() ||
                             (j.is_number_float() && std::floor(j.get<double>()) == j.get<double>() &&
                              std::abs(j.get<double>()) < 9.0e18);  // in int64 range (found by fuzzing)
          if (!whole) throw bad("a whole number");
          if (std::is_unsigned_v<T> && j.get<double>() < 0) throw bad("zero or positive");
          c.*m = static_cast<T>(j.is_number_unsigned() ? j.get<uint64_t>() : j.get<int64_t>());
        }
      },
      f.member);
}

// The JSON value for a field's text form (as typed on a command line).
json textToJson(const Field& f, const std::string& value) {
  const std::string& type = f.info.type;
  const auto bad = [&](const char* expected) {
    return std::invalid_argument("setting '" + f.info.key + "' must be " + expected + ", got '" + value +
                                 "'");
  };
  std::istringstream in(value);
  if (type == "int") {
    long long v = 0;
    if (value.empty() || !(in >> v) || !in.eof()) throw bad("a whole number");
    return json(static_cast<int64_t>(v));
  }
  if (type == "double") {
    double v = 0;
    if (value.empty() || !(in >> v) || !in.eof() || !std::isfinite(v)) throw bad("a number");
    return json(v);
  }
  if (type == "bool") {
    std::string v = value;
    std::transform(v.begin(), v.end(), v.begin(), [](unsigned char ch) { return char(std::tolower(ch)); });
    if (v == "true" || v == "1" || v == "yes" || v == "on") return json(true);
    if (v == "false" || v == "0" || v == "no" || v == "off") return json(false);
    throw bad("true or false");
  }
  if (type == "phases") return phasesToJson(parsePhases(value));
  return json(value);
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::string number(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

}  // namespace

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

std::vector<FinetunePhase> FinetuneConfig::paperPhases(const std::string& task, bool pretrained) {
  if (task == "segmentation") {
    if (!pretrained) return {{6, 3e-4, {}}};
    return {{1, 3e-4, {"transferred"}}, {5, 3e-4, {}}};
  }
  if (!pretrained) return {{4, 3e-4, {}}};
  return {{3, 3e-4, {"transferred"}}, {1, 5e-5, {}}};
}

std::vector<FinetunePhase> FinetuneConfig::effectivePhases() const {
  auto out = phases.empty() ? paperPhases(task, pretrained()) : phases;
  for (auto& p : out) p.epochs *= std::max(1, epochScale);
  return out;
}

int64_t FinetuneConfig::effectiveBatchSize() const {
  if (batchSize > 0) return batchSize;
  return task == "segmentation" ? 16 : 32;
}

int64_t FinetuneConfig::totalEpochs() const {
  int64_t n = 0;
  for (const auto& p : effectivePhases()) n += p.epochs;
  return n;
}

std::vector<std::string> FinetuneConfig::validate() const {
  std::vector<std::string> p;
  for (const auto& f : table()) {
    if (f.info.choices.empty()) continue;
    const std::string v = readField(*this, f).get<std::string>();
    if (std::find(f.info.choices.begin(), f.info.choices.end(), v) == f.info.choices.end()) {
      std::string list;
      for (const auto& c : f.info.choices) list += (list.empty() ? "" : ", ") + c;
      p.push_back(f.info.key + " '" + v + "' is not one of: " + list);
    }
  }
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
  if (labelView == "voc20" && task != "classification")
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
  if (classWeights != "none" && task != "segmentation")
    p.push_back("classWeights applies to segmentation only; use 'none' for classification");
  if (threads < 0) p.push_back("threads must be 0 (all cores) or positive");
  if (previewCount < 0 || previewCount > 64) p.push_back("previewCount must be between 0 and 64");
  if (logEvery < 1) p.push_back("logEvery must be at least 1");
  if (runsDir.empty()) p.push_back("runsDir is empty: choose where run folders go");
  if (runName.empty()) p.push_back("runName is empty");
  return p;
}

json FinetuneConfig::toJson() const {
  json j = json::object();
  for (const auto& f : table()) j[f.info.key] = readField(*this, f);
  return j;
}

std::string FinetuneConfig::toJsonString() const { return toJson().dump(2); }

FinetuneConfig FinetuneConfig::fromJson(const json& input) {
  const json& j = configSettingsObject(input, "a fine-tuning configuration");
  FinetuneConfig c;
  for (const auto& [key, value] : j.items()) writeField(c, lookup(key), value);
  return c;
}

FinetuneConfig FinetuneConfig::fromJsonString(const std::string& text, const std::string& origin) {
  return configFromJsonText<FinetuneConfig>(text, origin);
}

FinetuneConfig FinetuneConfig::fromFile(const fs::path& file) { return configFromFile<FinetuneConfig>(file); }

void FinetuneConfig::set(const std::string& key, const std::string& value) {
  const Field& f = lookup(key);
  writeField(*this, f, textToJson(f, value));
}

std::string FinetuneConfig::get(const std::string& key) const {
  const Field& f = lookup(key);
  if (f.info.type == "phases") return formatPhases(phases);
  const json v = readField(*this, f);
  return v.is_string() ? v.get<std::string>() : v.dump();
}

const std::vector<ConfigField>& FinetuneConfig::fields() {
  static const std::vector<ConfigField> out = [] {
    std::vector<ConfigField> v;
    for (const auto& f : table()) v.push_back(f.info);
    return v;
  }();
  return out;
}

}  // namespace colorproxy
