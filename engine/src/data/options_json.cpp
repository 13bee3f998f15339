#include "data/options_json.h"

#include <set>
#include <stdexcept>
#include <string>

namespace colorproxy {
namespace {

using nlohmann::json;

const char* resizeModeName(ResizeMode m) {
  switch (m) {
    case ResizeMode::None:
      return "none";
    case ResizeMode::Stretch:
      return "stretch";
    case ResizeMode::ShortSide:
      return "short-side";
  }
  return "stretch";
}

ResizeMode parseResizeMode(const std::string& s) {
  for (ResizeMode m : {ResizeMode::None, ResizeMode::Stretch, ResizeMode::ShortSide})
    if (s == resizeModeName(m)) return m;
  throw std::invalid_argument("resize mode '" + s + "' is not one of: none, stretch, short-side");
}

/// Rejects keys a settings object does not have (a typo would otherwise be silently ignored).
void checkKeys(const json& j, const char* what, std::initializer_list<const char*> keys) {
  if (!j.is_object()) throw std::invalid_argument(std::string(what) + " settings must be a JSON object");
  const std::set<std::string> known(keys.begin(), keys.end());
  for (const auto& item : j.items())
    if (!known.count(item.key()))
      throw std::invalid_argument(std::string(what) + " settings have no field '" + item.key() + "'");
}

template <typename T>
void read(const json& j, const char* key, T& out) {
  if (j.contains(key)) out = j.at(key).get<T>();
}

}  // namespace

void to_json(json& j, const TransformOptions& o) {
  j = {{"resize_mode", resizeModeName(o.resizeMode)},
       {"load_size", o.loadSize},
       {"crop_size", o.cropSize},
       {"random_crop", o.randomCrop},
       {"flip", o.flip}};
}

void from_json(const json& j, TransformOptions& o) {
  checkKeys(j, "transform", {"resize_mode", "load_size", "crop_size", "random_crop", "flip"});
  if (j.contains("resize_mode")) o.resizeMode = parseResizeMode(j.at("resize_mode").get<std::string>());
  read(j, "load_size", o.loadSize);
  read(j, "crop_size", o.cropSize);
  read(j, "random_crop", o.randomCrop);
  read(j, "flip", o.flip);
}

void to_json(json& j, const LoaderOptions& o) {
  j = {{"batch_size", o.batchSize},   {"threads", o.threads},         {"prefetch_batches", o.prefetchBatches},
       {"shuffle", o.shuffle},        {"drop_last", o.dropLast},      {"seed", o.seed},
       {"start_epoch", o.startEpoch}, {"start_batch", o.startBatch},  {"epochs", o.epochs},
       {"transform", o.transform},    {"load_masks", o.loadMasks},    {"mask_lut", o.maskLut},
       {"fast_decode", o.fastDecode}, {"policy", toString(o.policy)}, {"keep_grayscale", o.keepGrayscale}};
}

void from_json(const json& j, LoaderOptions& o) {
  checkKeys(j, "loader",
            {"batch_size", "threads", "prefetch_batches", "shuffle", "drop_last", "seed", "start_epoch",
             "start_batch", "epochs", "transform", "load_masks", "mask_lut", "fast_decode", "policy",
             "keep_grayscale"});
  read(j, "batch_size", o.batchSize);
  read(j, "threads", o.threads);
  read(j, "prefetch_batches", o.prefetchBatches);
  read(j, "shuffle", o.shuffle);
  read(j, "drop_last", o.dropLast);
  read(j, "seed", o.seed);
  read(j, "start_epoch", o.startEpoch);
  read(j, "start_batch", o.startBatch);
  read(j, "epochs", o.epochs);
  if (j.contains("transform")) from_json(j.at("transform"), o.transform);
  read(j, "load_masks", o.loadMasks);
  read(j, "mask_lut", o.maskLut);
  read(j, "fast_decode", o.fastDecode);
  if (j.contains("policy")) o.policy = parseBadInputPolicy(j.at("policy").get<std::string>());
  read(j, "keep_grayscale", o.keepGrayscale);
}

void to_json(json& j, const ScanOptions& o) {
  j = {{"format", toString(o.format)},
       {"policy", toString(o.policy)},
       {"image_check", toString(o.imageCheck)},
       {"keep_grayscale", o.keepGrayscale},
       {"check_mask_headers", o.checkMaskHeaders},
       {"voc_count_difficult", o.vocCountDifficult},
       {"voc_ignore_difficult", o.vocIgnoreDifficult}};
}

void from_json(const json& j, ScanOptions& o) {
  checkKeys(j, "dataset scan",
            {"format", "policy", "image_check", "keep_grayscale", "check_mask_headers", "voc_count_difficult",
             "voc_ignore_difficult"});
  if (j.contains("format")) o.format = parseDatasetFormat(j.at("format").get<std::string>());
  if (j.contains("policy")) o.policy = parseBadInputPolicy(j.at("policy").get<std::string>());
  if (j.contains("image_check")) o.imageCheck = parseImageCheck(j.at("image_check").get<std::string>());
  read(j, "keep_grayscale", o.keepGrayscale);
  read(j, "check_mask_headers", o.checkMaskHeaders);
  read(j, "voc_count_difficult", o.vocCountDifficult);
  read(j, "voc_ignore_difficult", o.vocIgnoreDifficult);
}

}  // namespace colorproxy
