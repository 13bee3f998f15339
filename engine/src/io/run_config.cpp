#include "colorproxy/io/run_config.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"

namespace colorproxy {

RunConfig readRunConfig(const std::filesystem::path& file) {
  if (!std::filesystem::exists(file))
    throw std::runtime_error("'" + file.parent_path().string() +
                             "' is not a run folder: it has no config.json");
  RunConfig c;
  c.text = readTextFile(file);
  try {
    const nlohmann::json j = nlohmann::json::parse(c.text);
    if (!j.is_object()) throw std::runtime_error("it is not a JSON object");
    c.kindTag = j.value("task", std::string());
    if (const auto tag = parseConfigTaskTag(c.kindTag)) {
      c.kind = tag->kind;
      c.task = tag->task;
    }
    c.createdAt = j.value("createdAt", std::string());
    c.primaryMetric = j.value("primaryMetric", std::string());
    c.primaryMetricHigherIsBetter = j.value("primaryMetricHigherIsBetter", true);
    const nlohmann::json settings = j.value("settings", nlohmann::json::object());
    c.settingsJson = settings.dump();
    if (settings.is_object()) {
      if (settings.contains("runName") && settings["runName"].is_string())
        c.name = settings["runName"].get<std::string>();
      else if (settings.contains("name") && settings["name"].is_string())
        c.name = settings["name"].get<std::string>();
    }
  } catch (const std::exception& e) {
    throw std::runtime_error("run config '" + file.string() + "' cannot be read: " + e.what());
  }
  return c;
}

}  // namespace colorproxy
