#include "colorproxy/train/colorization_config.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <sstream>
#include <stdexcept>

#include "train/config_json.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using C = ColorizationConfig;

/// One field: its metadata and how to move it between the struct and JSON.
struct FieldDef {
  ConfigField info;
  std::function<json(const C&)> read;
  std::function<void(C&, const json&)> write;  // `json` already has the field's type
};

template <typename T>
FieldDef field(const char* key, const char* type, T C::*member, const char* help,
               std::vector<std::string> choices = {}) {
  FieldDef d;
  d.info = {key, type, help, std::move(choices)};
  d.read = [member](const C& c) -> json {
    if constexpr (std::is_same_v<T, fs::path>)
      return (c.*member).string();
    else
      return c.*member;
  };
  d.write = [member](C& c, const json& j) {
    if constexpr (std::is_same_v<T, fs::path>)
      c.*member = fs::path(j.get<std::string>());
    else
      c.*member = j.get<T>();
  };
  return d;
}

const std::vector<FieldDef>& defs() {
  static const std::vector<FieldDef> table = {
      field("dataPath", "path", &C::dataPath, "dataset root folder (image folder, COCO, VOC, CamVid)"),
      field("dataFormat", "string", &C::dataFormat, "dataset layout; auto detects it",
            {"auto", "folder", "coco", "voc", "camvid"}),
      field("trainSplit", "string", &C::trainSplit, "training split; empty = the dataset's train split"),
      field("valSplit", "string", &C::valSplit,
            "validation split; empty = the dataset's val split or a hold-out"),
      field("valFraction", "double", &C::valFraction,
            "share of images held out for validation when there is no val split"),
      field("maxImages", "int", &C::maxImages, "cap on training images, 0 = all"),
      field("maxValImages", "int", &C::maxValImages, "cap on validation images scored each epoch, 0 = all"),
      field("badFilePolicy", "string", &C::badFilePolicy, "unreadable images: skip them or fail",
            {"skip", "fail"}),
      field("loaderWorkers", "int", &C::loaderWorkers,
            "image decoding threads (0 = decode on the training thread)"),
      field("pretext", "string", &C::pretext,
            "pretext task: gan (pix2pix cGAN + L1), classification (Zhang 313 bins), l2 (regression)",
            {"gan", "classification", "l2"}),
      field("imageSize", "int", &C::imageSize, "network input size in pixels"),
      field("loadSize", "int", &C::loadSize, "resize before the random crop (jitter); = imageSize disables"),
      field("flip", "bool", &C::flip, "random horizontal flip"),
      field("abDivisor", "double", &C::abDivisor, "ab scaling to [-1, 1]: 110 (pix2pix) or 128 (paper code)"),
      field("ngf", "int", &C::ngf, "generator base width"),
      field("numDowns", "int", &C::numDowns, "U-Net downsamplings (8 = unet_256)"),
      field("ndf", "int", &C::ndf, "discriminator base width"),
      field("discriminator", "string", &C::discriminator,
            "basic70 (pix2pix 70x70 PatchGAN) or paper16 (paper code, 16x16 map)", {"basic70", "paper16"}),
      field("ganMode", "string", &C::ganMode, "adversarial loss", {"vanilla", "lsgan"}),
      field("lambdaL1", "double", &C::lambdaL1, "weight of the L1 term"),
      field("lr", "double", &C::lr, "Adam learning rate"),
      field("beta1", "double", &C::beta1, "Adam beta1"),
      field("beta2", "double", &C::beta2, "Adam beta2"),
      field("epochs", "int", &C::epochs, "total epochs, decay epochs included"),
      field("epochsDecay", "int", &C::epochsDecay, "last epochs with linear learning-rate decay to zero"),
      field("batchSize", "int", &C::batchSize, "images per batch"),
      field("seed", "int", &C::seed, "random seed (initialisation, shuffling, augmentation, dropout)"),
      field("annealTemperature", "double", &C::annealTemperature,
            "classification pretext: annealed-mean temperature (1 = mean, towards 0 = mode)"),
      field("rebalanceLambda", "double", &C::rebalanceLambda,
            "classification pretext: class rebalancing mix lambda (1 disables rebalancing)"),
      field("device", "string", &C::device, "compute device", {"auto", "cpu", "cuda"}),
      field("threads", "int", &C::threads, "compute threads, 0 = all cores"),
      field("bf16", "bool", &C::bf16, "bfloat16 autocast (faster on CPUs with AMX / AVX-512 BF16)"),
      field("channelsLast", "bool", &C::channelsLast, "channels-last memory format"),
      field("previewCount", "int", &C::previewCount, "validation images in each epoch's preview"),
      field("logEvery", "int", &C::logEvery, "iterations between metrics.csv rows"),
      field("checkpointEvery", "int", &C::checkpointEvery,
            "extra checkpoint every N iterations, 0 = per epoch only"),
      field("keepEpochCheckpoints", "bool", &C::keepEpochCheckpoints,
            "keep a checkpoint per epoch besides latest"),
      field("runsDir", "path", &C::runsDir, "folder that receives run folders"),
      field("runName", "string", &C::runName, "name part of the run folder"),
  };
  return table;
}

const FieldDef& def(const std::string& key) {
  for (const auto& d : defs())
    if (d.info.key == key) return d;
  std::string known;
  for (const auto& d : defs()) known += (known.empty() ? "" : ", ") + d.info.key;
  throw std::invalid_argument("unknown setting '" + key + "' (known settings: " + known + ")");
}

// The JSON value of `j` converted to the field's type, or an error naming the key.
json coerce(const FieldDef& d, const json& j) {
  const std::string& type = d.info.type;
  const auto bad = [&]() {
    return std::invalid_argument("setting '" + d.info.key + "' must be " +
                                 (type == "int"      ? std::string("a whole number")
                                  : type == "double" ? std::string("a number")
                                  : type == "bool"   ? std::string("true or false")
                                                     : std::string("a string")) +
                                 ", got " + j.dump());
  };
  if (type == "int") {
    if (j.is_number_integer()) return j;
    // In range before converting: 7.4e29 as an int64 is undefined behaviour (found by fuzz_config_json).
    if (j.is_number_float() && std::floor(j.get<double>()) == j.get<double>() &&
        std::abs(j.get<double>()) < 9.0e18)
      return json(j.get<int64_t>());
    throw bad();
  }
  if (type == "double") {
    if (j.is_number()) return json(j.get<double>());
    throw bad();
  }
  if (type == "bool") {
    if (j.is_boolean()) return j;
    throw bad();
  }
  if (j.is_string()) return j;
  throw bad();
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

json parseText(const FieldDef& d, const std::string& value) {
  const std::string& type = d.info.type;
  const auto bad = [&](const char* what) {
    return std::invalid_argument("setting '" + d.info.key + "' must be " + what + ", got '" + value + "'");
  };
  if (type == "int") {
    size_t used = 0;
    try {
      if (!value.empty() && value[0] == '-') {
        const long long v = std::stoll(value, &used);
        if (used == value.size()) return json(v);
      } else {
        const unsigned long long v = std::stoull(value, &used);
        if (used == value.size()) return v <= 0x7fffffffffffffffULL ? json(static_cast<int64_t>(v)) : json(v);
      }
    } catch (const std::exception&) {
    }
    throw bad("a whole number");
  }
  if (type == "double") {
    size_t used = 0;
    try {
      const double v = std::stod(value, &used);
      if (used == value.size() && std::isfinite(v)) return json(v);
    } catch (const std::exception&) {
    }
    throw bad("a number");
  }
  if (type == "bool") {
    const std::string v = lower(value);
    if (v == "true" || v == "1" || v == "yes" || v == "on") return json(true);
    if (v == "false" || v == "0" || v == "no" || v == "off") return json(false);
    throw bad("true or false");
  }
  return json(value);
}

}  // namespace

const std::vector<ConfigField>& ColorizationConfig::fields() {
  static const std::vector<ConfigField> out = [] {
    std::vector<ConfigField> v;
    for (const auto& d : defs()) v.push_back(d.info);
    return v;
  }();
  return out;
}

json ColorizationConfig::toJson() const {
  json j = json::object();
  for (const auto& d : defs()) j[d.info.key] = d.read(*this);
  return j;
}

std::string ColorizationConfig::toJsonString() const { return toJson().dump(2); }

ColorizationConfig ColorizationConfig::fromJson(const json& input) {
  const json& j = configSettingsObject(input, "a configuration");
  ColorizationConfig c;
  for (const auto& [key, value] : j.items()) {
    const FieldDef& d = def(key);
    d.write(c, coerce(d, value));
  }
  return c;
}

ColorizationConfig ColorizationConfig::fromJsonString(const std::string& text, const std::string& origin) {
  return configFromJsonText<ColorizationConfig>(text, origin);
}

ColorizationConfig ColorizationConfig::fromFile(const fs::path& file) {
  return configFromFile<ColorizationConfig>(file);
}

void ColorizationConfig::set(const std::string& key, const std::string& value) {
  const FieldDef& d = def(key);
  d.write(*this, coerce(d, parseText(d, value)));
}

std::string ColorizationConfig::get(const std::string& key) const {
  const json v = def(key).read(*this);
  return v.is_string() ? v.get<std::string>() : v.dump();
}

std::vector<std::string> ColorizationConfig::validate() const {
  std::vector<std::string> p;
  const auto choice = [&](const std::string& key) {
    const FieldDef& d = def(key);
    const std::string v = d.read(*this).get<std::string>();
    if (std::find(d.info.choices.begin(), d.info.choices.end(), v) == d.info.choices.end()) {
      std::string list;
      for (const auto& c : d.info.choices) list += (list.empty() ? "" : ", ") + c;
      p.push_back(key + " '" + v + "' is not one of: " + list);
    }
  };
  std::error_code ec;
  if (dataPath.empty())
    p.push_back("dataPath is empty: choose the folder of training images");
  else if (!fs::is_directory(dataPath, ec))
    p.push_back("dataPath '" + dataPath.string() + "' is not an existing folder");
  for (const char* key : {"dataFormat", "badFilePolicy", "pretext", "discriminator", "ganMode", "device"})
    choice(key);
  if (!(valFraction > 0.0 && valFraction < 1.0))
    p.push_back("valFraction " + std::to_string(valFraction) + " must be between 0 and 1 (e.g. 0.1)");
  if (maxImages < 0) p.push_back("maxImages must be 0 (all) or positive");
  if (maxValImages < 0) p.push_back("maxValImages must be 0 (all) or positive");
  if (loaderWorkers < 0 || loaderWorkers > 64) p.push_back("loaderWorkers must be between 0 and 64");
  if (numDowns < 5 || numDowns > 10)
    p.push_back("numDowns " + std::to_string(numDowns) +
                " must be between 5 and 10 (8 for 256 px, 6 for 64 px)");
  else if (imageSize < (1 << numDowns) || imageSize % (1 << numDowns) != 0)
    p.push_back("imageSize " + std::to_string(imageSize) + " must be a multiple of 2^numDowns = " +
                std::to_string(1 << numDowns) + " (fewer numDowns suit smaller images: 6 for 64 px)");
  if (imageSize < 32)
    p.push_back("imageSize " + std::to_string(imageSize) + " is too small: use at least 32");
  if (loadSize < imageSize)
    p.push_back("loadSize " + std::to_string(loadSize) + " must be at least imageSize " +
                std::to_string(imageSize));
  if (!(abDivisor > 0.0)) p.push_back("abDivisor must be positive (110 or 128)");
  if (ngf < 1 || ngf > 1024) p.push_back("ngf " + std::to_string(ngf) + " must be between 1 and 1024");
  if (ndf < 1 || ndf > 1024) p.push_back("ndf " + std::to_string(ndf) + " must be between 1 and 1024");
  if (!(lambdaL1 >= 0.0)) p.push_back("lambdaL1 must be 0 or positive");
  if (!(lr > 0.0 && lr < 1.0))
    p.push_back("lr " + std::to_string(lr) + " must be between 0 and 1 (2e-4 is the pix2pix value)");
  if (!(beta1 >= 0.0 && beta1 < 1.0)) p.push_back("beta1 must be in [0, 1)");
  if (!(beta2 >= 0.0 && beta2 < 1.0)) p.push_back("beta2 must be in [0, 1)");
  if (epochs < 1) p.push_back("epochs must be at least 1");
  if (epochsDecay < 0 || epochsDecay > epochs)
    p.push_back("epochsDecay " + std::to_string(epochsDecay) + " must be between 0 and epochs (" +
                std::to_string(epochs) + ")");
  if (batchSize < 1) p.push_back("batchSize must be at least 1");
  if (!(annealTemperature > 0.0 && annealTemperature <= 1.0))
    p.push_back("annealTemperature must be in (0, 1] (0.38 in Zhang et al.)");
  if (!(rebalanceLambda >= 0.0 && rebalanceLambda <= 1.0))
    p.push_back("rebalanceLambda must be in [0, 1] (0.5 in Zhang et al.; 1 disables rebalancing)");
  if (threads < 0) p.push_back("threads must be 0 (all cores) or positive");
  if (previewCount < 0 || previewCount > 64) p.push_back("previewCount must be between 0 and 64");
  if (logEvery < 1) p.push_back("logEvery must be at least 1");
  if (checkpointEvery < 0) p.push_back("checkpointEvery must be 0 (epochs only) or positive");
  if (runsDir.empty()) p.push_back("runsDir is empty: choose where run folders go");
  if (runName.empty()) p.push_back("runName is empty");
  return p;
}

ColorizationConfig ColorizationConfig::preset(const std::string& name) {
  ColorizationConfig c;
  if (name == "paper") return c;
  if (name == "cpu-small") {
    c.imageSize = 64;
    c.loadSize = 72;
    c.ngf = 16;
    c.ndf = 16;
    c.numDowns = 6;
    c.batchSize = 16;
    c.epochs = 10;
    c.epochsDecay = 5;
    c.runName = "cpu-small";
    return c;
  }
  if (name == "tiny") {
    c.imageSize = 32;
    c.loadSize = 36;
    c.ngf = 8;
    c.ndf = 8;
    c.numDowns = 5;
    c.batchSize = 4;
    c.epochs = 2;
    c.epochsDecay = 1;
    c.previewCount = 4;
    c.maxValImages = 16;
    c.runName = "tiny";
    return c;
  }
  std::string list;
  for (const auto& n : presetNames()) list += (list.empty() ? "" : ", ") + n;
  throw std::invalid_argument("unknown preset '" + name + "' (available: " + list + ")");
}

std::vector<std::string> ColorizationConfig::presetNames() { return {"paper", "cpu-small", "tiny"}; }

}  // namespace colorproxy
