#pragma once
// What every settings struct offers through the one reflection mechanism (engine-internal ConfigSchema):
// JSON in and out, one field set or read as text (CLI flags) and the field metadata front ends are
// generated from. A settings struct derives from ReflectedConfig<itself>; its .cpp lists its fields.
#include <filesystem>
#include <string>
#include <vector>

#include "colorproxy/train/config_field.h"

namespace colorproxy {

template <class Config>
class ConfigSchema;
template <class Config>
struct ConfigJson;  // engine-internal: the config as a JSON value (train/config_json.h)

/// JSON, text and field metadata of the settings struct `Config` (CRTP base).
template <class Config>
struct ReflectedConfig {
  /// Every field as a pretty-printed JSON object (keys as in fields()).
  std::string toJsonString() const;
  /// Reads a config object, or a run's config.json (whose "settings" object is used), from JSON text.
  /// Missing keys keep their defaults; invalid JSON, unknown keys, wrong types and unknown choices throw
  /// std::invalid_argument naming the key, prefixed with `origin` (e.g. a file name).
  static Config fromJsonString(const std::string& text, const std::string& origin = "config");
  /// Reads a JSON file (see fromJsonString); throws std::invalid_argument naming the file on any problem.
  static Config fromFile(const std::filesystem::path& file);

  /// Sets one field from its text form (as typed on a command line); throws naming key and value.
  void set(const std::string& key, const std::string& value);
  /// The text form of one field; throws for an unknown key.
  std::string get(const std::string& key) const;
  /// Metadata of every field, in a stable order.
  static const std::vector<ConfigField>& fields();

 protected:
  template <class C>
  friend struct ConfigJson;
  /// The field table, defined (specialised) in the config's .cpp.
  static const ConfigSchema<Config>& schema();
  const Config& self() const { return static_cast<const Config&>(*this); }
};

}  // namespace colorproxy
