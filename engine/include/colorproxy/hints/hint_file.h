#pragma once
// hints.json: a HintSet as JSON text, read and written with clear errors.
//   {"format": "colorproxy-hints", "version": 1, "width": 640, "height": 480,
//    "points": [{"x": 120.5, "y": 40, "a": 35.2, "b": 20.1, "patch": 3},
//               {"x": 300, "y": 200, "rgb": "#c03020"}],
//    "inference": {"protocol": "dropout", "samples": 8, "seed": 1}}
// A point gives its colour as "a"/"b" (Lab) or "rgb" (#rrggbb, sRGB, converted to Lab ab on reading);
// "patch" defaults to 3. "inference" (optional) records how the result saved beside the file was made.
#include <filesystem>
#include <string>

#include "colorproxy/hints/color_hint.h"

namespace colorproxy {

/// The JSON text of `hints` (a and b always; integral coordinates stay integral).
std::string hintsToJsonString(const HintSet& hints);

/// Parses hints.json text. Throws std::invalid_argument naming `origin`, the point and what is wrong
/// (malformed JSON, a missing coordinate, a point outside the photo, both or neither of ab and rgb, a patch
/// outside 1..63, a bad #rrggbb, an "inference" record without a protocol name or with samples outside
/// 1..1000) and how to fix it.
HintSet hintsFromJsonString(const std::string& text, const std::string& origin = "hints");

/// Reads a hints file; throws std::runtime_error when it cannot be read, std::invalid_argument as above.
HintSet readHintFile(const std::filesystem::path& file);

/// Writes a hints file atomically (temporary file + rename).
void writeHintFile(const std::filesystem::path& file, const HintSet& hints);

}  // namespace colorproxy
