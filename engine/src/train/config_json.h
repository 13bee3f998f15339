#pragma once
// Engine-internal: the JSON text and file front ends shared by the configuration structs
// (ColorizationConfig, FinetuneConfig), which each provide `static Config fromJson(const json&)`.
#include <filesystem>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"

namespace colorproxy {

/// The settings object of `input`: a run's config.json wraps it with metadata under "settings".
/// Throws std::invalid_argument when it is not an object (`what` names the kind of configuration).
inline const nlohmann::json& configSettingsObject(const nlohmann::json& input, const std::string& what) {
  const nlohmann::json& j = input.is_object() && input.contains("settings") ? input.at("settings") : input;
  if (!j.is_object()) throw std::invalid_argument(what + " must be a JSON object, got " + j.dump());
  return j;
}

/// Config::fromJson on parsed `text`; every error is prefixed with `origin` (e.g. the file's name).
template <class Config>
Config configFromJsonText(const std::string& text, const std::string& origin) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {  // parse errors, and numbers such as 1e688 (out_of_range)
    throw std::invalid_argument(origin + ": not valid JSON (" + e.what() + ")");
  }
  try {
    return Config::fromJson(j);
  } catch (const std::exception& e) {
    throw std::invalid_argument(origin + ": " + e.what());
  }
}

/// Config::fromJson on the contents of `file`; errors name the file.
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
