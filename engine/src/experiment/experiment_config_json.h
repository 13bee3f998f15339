#pragma once
// Engine-internal: ExperimentConfig as a JSON value (the experiment folder's config.json "settings"), so
// that the public header stays free of nlohmann.
#include <nlohmann/json.hpp>

#include "colorproxy/experiment/experiment_config.h"

namespace colorproxy {

/// Every setting of `config` as a JSON object.
nlohmann::json experimentConfigToJson(const ExperimentConfig& config);

/// Reads experimentConfigToJson()'s form (or an experiment's config.json, whose "settings" is used).
/// Missing keys keep their defaults; unknown keys and wrong types throw std::invalid_argument naming them.
ExperimentConfig experimentConfigFromJson(const nlohmann::json& json);

}  // namespace colorproxy
