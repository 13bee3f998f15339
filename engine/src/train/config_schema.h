#pragma once
// Engine-internal: the one reflection mechanism behind every settings struct (ColorizationConfig,
// FinetuneConfig). A config's .cpp lists its fields once, in a ConfigSchema; JSON in and out, the text
// form of a field (CLI flags), the field metadata (ConfigField, for generated front ends) and the check
// of choice fields all come from here. Enum fields are enums in the struct and strings only here, at the
// JSON/CLI boundary, with the same strings on disk as before they were enums.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "colorproxy/base/text.h"
#include "colorproxy/data/data_problem.h"
#include "colorproxy/data/dataset_format.h"
#include "colorproxy/train/config_field.h"
#include "colorproxy/train/reflected_config.h"
#include "train/config_json.h"

namespace colorproxy {

/// The on-disk names of the enums settings use (for ConfigSchema::enumeration).
inline std::string datasetFormatName(DatasetFormat format) { return toString(format); }
inline std::string badInputPolicyName(BadInputPolicy policy) { return toString(policy); }

/// "a, b, c".
inline std::string joinChoices(const std::vector<std::string>& choices) {
  std::string out;
  for (const auto& c : choices) out += (out.empty() ? "" : ", ") + c;
  return out;
}

/// The JSON value typed as text on a command line for a field of `type` ("int", "double", "bool",
/// anything else is kept as a string); throws std::invalid_argument naming `key` and the text.
inline nlohmann::json configTextToJson(const std::string& key, const std::string& type,
                                       const std::string& value) {
  using nlohmann::json;
  const auto bad = [&](const char* what) {
    return std::invalid_argument("setting '" + key + "' must be " + what + ", got '" + value + "'");
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
    const std::string v = toLower(value);
    if (v == "true" || v == "1" || v == "yes" || v == "on") return json(true);
    if (v == "false" || v == "0" || v == "no" || v == "off") return json(false);
    throw bad("true or false");
  }
  return json(value);
}

/// The fields of one settings struct `Config` and everything done with them generically.
template <class Config>
class ConfigSchema {
 public:
  using json = nlohmann::json;

  /// One field: its metadata and how it moves between the struct, JSON and text.
  struct Field {
    ConfigField info;
    std::function<json(const Config&)> read;          ///< the field as JSON (as written to config.json)
    std::function<void(Config&, const json&)> write;  ///< from JSON; throws naming the key on a bad value
    std::function<json(const std::string&)> parse;    ///< text (a CLI value) to the JSON write() takes
    std::function<std::string(const Config&)> text;   ///< the text form parse() reads back
  };

  /// `settingWord` names one setting in messages ("setting", "fine-tuning setting"), `what` the whole
  /// object ("a configuration"); `parts` are concatenated into the field table, in order.
  ConfigSchema(std::string settingWord, std::string what, std::initializer_list<std::vector<Field>> parts)
      : m_word(std::move(settingWord)), m_what(std::move(what)) {
    for (const auto& part : parts) m_fields.insert(m_fields.end(), part.begin(), part.end());
    for (const auto& f : m_fields) m_info.push_back(f.info);
  }

  /// The fields every trainer's settings share, same key and meaning: the compute device and threads.
  static std::vector<Field> computeFields() {
    return {value("device", &Config::device, "compute device", {"auto", "cpu", "cuda"}),
            value("threads", &Config::threads, "compute threads, 0 = all cores")};
  }
  /// ... and where the run goes: epoch checkpoints kept, the runs folder and the run's name.
  static std::vector<Field> runFolderFields() {
    return {value("keepEpochCheckpoints", &Config::keepEpochCheckpoints,
                  "keep a checkpoint per epoch besides latest"),
            value("runsDir", &Config::runsDir, "folder that receives run folders"),
            value("runName", &Config::runName, "name part of the run folder")};
  }

  /// A plain field: int, int64_t, uint64_t, double, bool, std::string or std::filesystem::path.
  /// `choices` (strings only): the values validate accepts.
  template <class T>
  static Field value(const char* key, T Config::*member, const char* help,
                     std::vector<std::string> choices = {}) {
    Field f;
    f.info = {key, typeName<T>(), help, std::move(choices)};
    f.read = [member](const Config& c) -> json {
      if constexpr (std::is_same_v<T, std::filesystem::path>)
        return (c.*member).string();
      else
        return c.*member;
    };
    const std::string k = key;
    f.write = [member, k](Config& c, const json& j) { c.*member = fromJsonValue<T>(k, j); };
    f.parse = [k, type = f.info.type](const std::string& text) { return configTextToJson(k, type, text); };
    f.text = [read = f.read](const Config& c) {
      const json v = read(c);
      return v.is_string() ? v.get<std::string>() : v.dump();
    };
    return f;
  }

  /// An enum field, a string on disk: `values` are those the field accepts, `name` gives any value's
  /// string (the enum's own toString), which is what config.json holds.
  template <class E>
  static Field enumeration(const char* key, E Config::*member, const char* help, std::vector<E> values,
                           std::function<std::string(E)> name) {
    std::vector<std::string> choices;
    for (const E v : values) choices.push_back(name(v));
    Field f;
    f.info = {key, "string", help, choices};
    f.read = [member, name](const Config& c) -> json { return name(c.*member); };
    const std::string k = key;
    f.write = [member, k, values, choices](Config& c, const json& j) {
      for (std::size_t i = 0; i < values.size(); ++i)
        if (j.is_string() && j.get<std::string>() == choices[i]) {
          c.*member = values[i];
          return;
        }
      throw std::invalid_argument("setting '" + k + "' must be one of: " + joinChoices(choices) + ", got " +
                                  j.dump());
    };
    f.parse = [](const std::string& text) { return json(text); };
    f.text = [member, name](const Config& c) { return name(c.*member); };
    return f;
  }

  /// A field with its own JSON and text forms (e.g. a list); `type` names its text form.
  template <class T>
  static Field custom(const char* key, const char* type, T Config::*member, const char* help,
                      std::function<json(const T&)> toJson, std::function<T(const json&)> fromJson,
                      std::function<std::string(const T&)> toText,
                      std::function<T(const std::string&)> fromText) {
    Field f;
    f.info = {key, type, help, {}};
    f.read = [member, toJson](const Config& c) { return toJson(c.*member); };
    f.write = [member, fromJson](Config& c, const json& j) { c.*member = fromJson(j); };
    f.parse = [toJson, fromText](const std::string& text) { return toJson(fromText(text)); };
    f.text = [member, toText](const Config& c) { return toText(c.*member); };
    return f;
  }

  /// Every field's metadata, in table order.
  const std::vector<ConfigField>& fields() const { return m_info; }

  /// The field called `key`; throws std::invalid_argument listing the known keys.
  const Field& field(const std::string& key) const {
    for (const auto& f : m_fields)
      if (f.info.key == key) return f;
    std::string known;
    for (const auto& f : m_fields) known += (known.empty() ? "" : ", ") + f.info.key;
    throw std::invalid_argument("unknown " + m_word + " '" + key + "' (known settings: " + known + ")");
  }

  /// Every field as one JSON object.
  json toJson(const Config& c) const {
    json j = json::object();
    for (const auto& f : m_fields) j[f.info.key] = f.read(c);
    return j;
  }

  /// A config from an object, or from a run's config.json (its "settings"); missing keys keep their
  /// defaults, unknown keys and wrong types throw naming the key.
  Config fromJson(const json& input) const {
    const json& j = configSettingsObject(input, m_what);
    Config c;
    for (const auto& [key, value] : j.items()) field(key).write(c, value);
    return c;
  }

  /// Sets one field from its text form; throws naming key and value.
  void set(Config& c, const std::string& key, const std::string& value) const {
    const Field& f = field(key);
    f.write(c, f.parse(value));
  }

  /// The text form of one field; throws for an unknown key.
  std::string get(const Config& c, const std::string& key) const { return field(key).text(c); }

  /// "<key> '<value>' is not one of: a, b" for every field with choices whose value is not one of them.
  std::vector<std::string> choiceProblems(const Config& c) const {
    std::vector<std::string> out;
    for (const auto& f : m_fields) {
      const auto& choices = f.info.choices;
      if (choices.empty()) continue;
      const std::string v = f.text(c);
      if (std::find(choices.begin(), choices.end(), v) == choices.end())
        out.push_back(f.info.key + " '" + v + "' is not one of: " + joinChoices(choices));
    }
    return out;
  }

 private:
  template <class T>
  static const char* typeName() {
    if constexpr (std::is_same_v<T, bool>)
      return "bool";
    else if constexpr (std::is_integral_v<T>)
      return "int";
    else if constexpr (std::is_floating_point_v<T>)
      return "double";
    else if constexpr (std::is_same_v<T, std::filesystem::path>)
      return "path";
    else
      return "string";
  }

  // `j` as a T, checking its JSON type; errors name `key`.
  template <class T>
  static T fromJsonValue(const std::string& key, const json& j) {
    const auto bad = [&](const char* expected) {
      return std::invalid_argument("setting '" + key + "' must be " + expected + ", got " + j.dump());
    };
    if constexpr (std::is_same_v<T, bool>) {
      if (!j.is_boolean()) throw bad("true or false");
      return j.get<bool>();
    } else if constexpr (std::is_integral_v<T>) {
      const bool whole =
          j.is_number_integer() || (j.is_number_float() && std::floor(j.get<double>()) == j.get<double>() &&
                                    std::abs(j.get<double>()) < 9.0e18);  // in int64 range (found by fuzzing)
      if (!whole) throw bad("a whole number");
      if (std::is_unsigned_v<T> && j.get<double>() < 0) throw bad("zero or positive");
      return static_cast<T>(j.is_number_unsigned() ? j.get<uint64_t>() : j.get<int64_t>());
    } else if constexpr (std::is_floating_point_v<T>) {
      if (!j.is_number()) throw bad("a number");
      return j.get<double>();
    } else {
      if (!j.is_string()) throw bad("a string");
      return T(j.get<std::string>());
    }
  }

  std::string m_word;
  std::string m_what;
  std::vector<Field> m_fields;
  std::vector<ConfigField> m_info;
};

// ReflectedConfig's and ConfigJson's members, for a config's .cpp to instantiate (`template struct
// ReflectedConfig<X>; template struct ConfigJson<X>;`) after defining ReflectedConfig<X>::schema().
template <class Config>
nlohmann::json ConfigJson<Config>::to(const Config& config) {
  return ReflectedConfig<Config>::schema().toJson(config);
}
template <class Config>
Config ConfigJson<Config>::from(const nlohmann::json& json) {
  return ReflectedConfig<Config>::schema().fromJson(json);
}
template <class Config>
std::string ReflectedConfig<Config>::toJsonString() const {
  return configToJson(self()).dump(2);
}
template <class Config>
Config ReflectedConfig<Config>::fromJsonString(const std::string& text, const std::string& origin) {
  return configFromJsonText<Config>(text, origin);
}
template <class Config>
Config ReflectedConfig<Config>::fromFile(const std::filesystem::path& file) {
  return configFromFile<Config>(file);
}
template <class Config>
void ReflectedConfig<Config>::set(const std::string& key, const std::string& value) {
  schema().set(static_cast<Config&>(*this), key, value);
}
template <class Config>
std::string ReflectedConfig<Config>::get(const std::string& key) const {
  return schema().get(self(), key);
}
template <class Config>
const std::vector<ConfigField>& ReflectedConfig<Config>::fields() {
  return schema().fields();
}

}  // namespace colorproxy
