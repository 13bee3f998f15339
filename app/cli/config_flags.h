#pragma once
// One command-line flag per configuration field (ColorizationConfig / FinetuneConfig::fields()):
// --image-size 128, --bf16 / --no-bf16, ..., with the field's help, choices and default in --help.
// Used by `pretrain` and `finetune`, so both spell and document their settings the same way.
#include <map>
#include <string>
#include <vector>

#include "colorproxy/pretrain/colorization_config.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace colorproxy::cli {

/// "imageSize" -> "image-size".
std::string kebab(const std::string& camel);

/// The values the user typed for configuration fields.
struct ConfigFlags {
  std::map<std::string, std::string> values;  ///< non-bool fields, as typed
  std::map<std::string, bool> flags;          ///< bool fields
  std::map<std::string, CLI::Option*> options;

  /// Whether the flag of field `key` was on the command line.
  bool given(const std::string& key) const;
  /// The typed value as Config::set takes it ("true"/"false" for bool fields).
  std::string text(const ConfigField& field) const;
  /// Config::set for every field given on the command line (over a preset or --config file).
  template <class Config>
  void applyTo(Config& config) const {
    for (const auto& f : Config::fields())
      if (given(f.key)) config.set(f.key, text(f));
  }
};

/// Adds an option group `groupName` to `cmd` with one flag per field; `defaults` gives the "(default …)"
/// texts. dataPath also answers to --data and runName to --name.
void addConfigFlags(CLI::App& cmd, ConfigFlags& flags, const std::vector<ConfigField>& fields,
                    const std::map<std::string, std::string>& defaults, const std::string& groupName,
                    const std::string& groupHelp);

/// The defaults map addConfigFlags wants, from a default-constructed config.
template <class Config>
std::map<std::string, std::string> configDefaults() {
  const Config defaults;
  std::map<std::string, std::string> out;
  for (const auto& f : Config::fields()) out[f.key] = defaults.get(f.key);
  return out;
}

}  // namespace colorproxy::cli
