#pragma once
// Metadata of one settings field, shared by every config struct (pretraining, fine-tuning) so that the
// front ends (CLI flags, wizard forms) are generated the same way from any of them.
#include <string>
#include <vector>

namespace colorproxy {

/// Describes one config field for generated front ends (CLI flags, wizard forms).
struct ConfigField {
  std::string key;                   ///< JSON key, camelCase (e.g. "imageSize"); CLI flag is --image-size
  std::string type;                  ///< "int", "double", "bool", "string" or "path"
  std::string help;                  ///< one line for --help and tooltips
  std::vector<std::string> choices;  ///< allowed values of a "string" field, empty when free
};

}  // namespace colorproxy
