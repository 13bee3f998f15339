#include "config_flags.h"

#include <CLI/CLI.hpp>

#include <cctype>

namespace colorproxy::cli {

std::string kebab(const std::string& camel) {
  std::string out;
  for (char c : camel) {
    if (std::isupper(static_cast<unsigned char>(c))) {
      out += '-';
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      out += c;
    }
  }
  return out;
}

bool ConfigFlags::given(const std::string& key) const {
  const auto it = options.find(key);
  return it != options.end() && it->second->count() > 0;
}

std::string ConfigFlags::text(const ConfigField& field) const {
  if (field.type == "bool") return flags.at(field.key) ? "true" : "false";
  return values.at(field.key);
}

void addConfigFlags(CLI::App& cmd, ConfigFlags& flags, const std::vector<ConfigField>& fields,
                    const std::map<std::string, std::string>& defaults, const std::string& groupName,
                    const std::string& groupHelp) {
  auto* group = cmd.add_option_group(groupName, groupHelp);
  for (const auto& f : fields) {
    std::string names = "--" + kebab(f.key);
    if (f.key == "dataPath") names += ",--data";
    if (f.key == "runName") names += ",--name";
    std::string help = f.help;
    if (!f.choices.empty()) {
      help += " [";
      for (std::size_t i = 0; i < f.choices.size(); ++i) help += (i ? "|" : "") + f.choices[i];
      help += "]";
    }
    const auto def = defaults.find(f.key);
    if (def != defaults.end() && !def->second.empty()) help += " (default " + def->second + ")";
    if (f.type == "bool") {
      flags.flags[f.key] = false;
      flags.options[f.key] = group->add_flag(names + ",!--no-" + kebab(f.key), flags.flags[f.key], help);
    } else {
      flags.values[f.key];
      CLI::Option* option = group->add_option(names, flags.values[f.key], help);
      option->type_name(f.type == "int"      ? "INT"
                        : f.type == "double" ? "NUMBER"
                        : f.type == "path"   ? "PATH"
                                             : "TEXT");
      flags.options[f.key] = option;
    }
  }
}

}  // namespace colorproxy::cli
