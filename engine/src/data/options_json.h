#pragma once
// JSON (de)serialisation of the data area's settings structs, for config.json and --config files.
// Engine-internal (nlohmann stays out of the public headers); areas that write configs include it as
// "data/options_json.h". Reading accepts partial objects: missing keys keep their defaults, unknown
// keys are rejected with a message naming them.
#include <nlohmann/json.hpp>

#include "colorproxy/data/loader_options.h"
#include "colorproxy/data/scan_options.h"

namespace colorproxy {

void to_json(nlohmann::json& j, const TransformOptions& o);
void from_json(const nlohmann::json& j, TransformOptions& o);
/// Everything but the onProblem callback.
void to_json(nlohmann::json& j, const LoaderOptions& o);
void from_json(const nlohmann::json& j, LoaderOptions& o);
void to_json(nlohmann::json& j, const ScanOptions& o);
void from_json(const nlohmann::json& j, ScanOptions& o);

}  // namespace colorproxy
