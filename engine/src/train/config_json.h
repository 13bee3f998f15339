#pragma once
// Engine-internal: the settings structs (ColorizationConfig, FinetuneConfig) as JSON values, and the JSON
// text and file front ends they share. Public headers stay free of nlohmann: only engine sources see
// the JSON values.
#include <filesystem>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"

namespace colorproxy {

/// A settings struct as a JSON value and back (defined in train/config_schema.h, instantiated in each
/// config's .cpp next to ReflectedConfig).
template <class Config>
struct ConfigJson {
  /// Every field as a JSON object (keys as in fields()).
  static nlohmann::json to(const Config& config);
  /// Reads a config object, or a run's config.json (whose "settings" object is used). Missing keys keep
  /// their defaults; unknown keys, wrong types and unknown choices throw std::invalid_argument naming the
  /// key.
  static Config from(const nlohmann::json& json);
};

/// `config` as a JSON object.
template <class Config>
nlohmann::json configToJson(const Config& config) {
  return ConfigJson<Config>::to(config);
}

/// The `Config` a JSON object (or a run's config.json) describes; see ConfigJson::from.
template <class Config>
Config configFromJson(const nlohmann::json& json) {
  return ConfigJson<Config>::from(json);
}

/// The settings object of `input`: a run's config.json wraps it with metadata under "settings".
/// Throws std::invalid_argument when it is not an object (`what` names the kind of configuration).
inline const nlohmann::json& configSettingsObject(const nlohmann::json& input, const std::string& what) {
  const nlohmann::json& j = input.is_object() && input.contains("settings") ? input.at("settings") : input;
  if (!j.is_object()) throw std::invalid_argument(what + " must be a JSON object, got " + j.dump());
  return j;
}

/// configFromJson on parsed `text`; every error is prefixed with `origin` (e.g. the file's name).
template <class Config>
Config configFromJsonText(const std::string& text, const std::string& origin) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {  // parse errors, and numbers such as 1e688 (out_of_range)
    throw std::invalid_argument(origin + ": not valid JSON (" + e.what() + ")");
  }
  try {
    return configFromJson<Config>(j);
  } catch (const std::exception& e) {
    throw std::invalid_argument(origin + ": " + e.what());
  }
}

/// configFromJson on the contents of `file`; errors name the file.
template <class Config>
Config configFromFile(const std::filesystem::path& file) {
  std::string text;
  try {
    text = readTextFile(file);
  } catch (const std::exception& e) {
    throw std::invalid_argument(e.what());
  }
  return configFromJsonText<Config>(text, "config file '" + file.string() + "'");
}

}  // namespace colorproxy
