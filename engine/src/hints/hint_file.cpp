#include "colorproxy/hints/hint_file.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/color/lab_conversion.h"

namespace colorproxy {
namespace {

using json = nlohmann::json;

constexpr const char* kFormat = "colorproxy-hints";
constexpr int kVersion = 1;
constexpr int kMaxPatch = 63;

json number(double v) {
  if (std::floor(v) == v && std::abs(v) < 1e15) return json(static_cast<long long>(v));
  return json(v);
}

// "#rrggbb" -> Lab ab; false when the text is not of that form.
bool abFromHex(const std::string& text, double& a, double& b) {
  if (text.size() != 7 || text[0] != '#') return false;
  unsigned rgb[3];
  for (int i = 0; i < 3; ++i) {
    const std::string part = text.substr(std::size_t(1 + 2 * i), 2);
    if (part.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return false;
    rgb[i] = unsigned(std::stoul(part, nullptr, 16));
  }
  const cv::Vec3d lab = rgbToLab({rgb[0] / 255.0, rgb[1] / 255.0, rgb[2] / 255.0});
  a = lab[1];
  b = lab[2];
  return true;
}

}  // namespace

std::string hintsToJsonString(const HintSet& hints) {
  json points = json::array();
  for (const ColorHint& h : hints.points)
    points.push_back(
        {{"x", number(h.x)}, {"y", number(h.y)}, {"a", number(h.a)}, {"b", number(h.b)}, {"patch", h.patch}});
  json j = {{"format", kFormat},
            {"version", kVersion},
            {"width", hints.width},
            {"height", hints.height},
            {"points", points}};
  if (!hints.protocol.empty())
    j["inference"] = {{"protocol", hints.protocol}, {"samples", hints.samples}, {"seed", hints.seed}};
  return j.dump(2) + "\n";
}

HintSet hintsFromJsonString(const std::string& text, const std::string& origin) {
  const auto bad = [&origin](const std::string& why) { return std::invalid_argument(origin + ": " + why); };
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    throw bad(std::string("not valid JSON (") + e.what() + "); save the hints again or fix the file");
  }
  if (!j.is_object()) throw bad("the top level must be a JSON object with width, height and points");
  if (j.contains("format") && j["format"] != kFormat)
    throw bad("format is " + j["format"].dump() + ", not \"" + kFormat + "\": this is not a hints file");
  if (j.contains("version") && (!j["version"].is_number_integer() || j["version"].get<int>() > kVersion))
    throw bad("version " + j["version"].dump() + " is newer than this ColorProxy reads (" +
              std::to_string(kVersion) + "); update ColorProxy");
  HintSet set;
  for (const char* key : {"width", "height"}) {
    if (!j.contains(key) || !j[key].is_number_integer() || j[key].get<long long>() < 1 ||
        j[key].get<long long>() > 1000000)
      throw bad(std::string("\"") + key + "\" must be the photo's " + key +
                " in pixels (a positive integer): the hints' coordinates refer to it");
  }
  set.width = j["width"].get<int>();
  set.height = j["height"].get<int>();
  if (!j.contains("points") || !j["points"].is_array())
    throw bad(
        "\"points\" must be an array of {\"x\", \"y\", \"a\", \"b\"} or {\"x\", \"y\", \"rgb\"} objects");
  int index = 0;
  for (const json& p : j["points"]) {
    const std::string where = "point " + std::to_string(index++);
    if (!p.is_object()) throw bad(where + " is not an object");
    ColorHint h;
    for (const char* key : {"x", "y"})
      if (!p.contains(key) || !p[key].is_number() || !std::isfinite(p[key].get<double>()))
        throw bad(where + " has no numeric \"" + key + "\"");
    h.x = p["x"].get<double>();
    h.y = p["y"].get<double>();
    if (h.x < 0 || h.x >= set.width || h.y < 0 || h.y >= set.height)
      throw bad(where + " at (" + std::to_string(h.x) + ", " + std::to_string(h.y) + ") lies outside the " +
                std::to_string(set.width) + "x" + std::to_string(set.height) +
                " photo; were the hints saved for another photo?");
    const bool hasAb = p.contains("a") || p.contains("b");
    const bool hasRgb = p.contains("rgb");
    if (hasAb == hasRgb)
      throw bad(where +
                " must give its colour either as \"a\" and \"b\" (Lab) or as \"rgb\" (#rrggbb), once");
    if (hasAb) {
      for (const char* key : {"a", "b"})
        if (!p.contains(key) || !p[key].is_number() || std::abs(p[key].get<double>()) > 200.0)
          throw bad(where + " needs a numeric \"" + key + "\" between -200 and 200 (Lab)");
      h.a = p["a"].get<double>();
      h.b = p["b"].get<double>();
    } else if (!p["rgb"].is_string() || !abFromHex(p["rgb"].get<std::string>(), h.a, h.b)) {
      throw bad(where + " has rgb " + p["rgb"].dump() + "; write it as \"#rrggbb\" (hexadecimal sRGB)");
    }
    if (p.contains("patch")) {
      if (!p["patch"].is_number_integer() || p["patch"].get<int>() < 1 || p["patch"].get<int>() > kMaxPatch)
        throw bad(where + " has patch " + p["patch"].dump() + "; give a side between 1 and " +
                  std::to_string(kMaxPatch) + " network pixels");
      h.patch = p["patch"].get<int>();
    }
    set.points.push_back(h);
  }
  if (j.contains("inference")) {
    const json& inference = j["inference"];
    if (!inference.is_object() || !inference.contains("protocol") || !inference["protocol"].is_string() ||
        inference["protocol"].get<std::string>().empty())
      throw bad(
          "\"inference\" must be an object naming the \"protocol\" the result was colorized with "
          "(eval, dropout or pix2pix); remove it if unknown");
    set.protocol = inference["protocol"].get<std::string>();
    if (inference.contains("samples")) {
      if (!inference["samples"].is_number_integer() || inference["samples"].get<long long>() < 1 ||
          inference["samples"].get<long long>() > 1000)
        throw bad("inference samples " + inference["samples"].dump() +
                  " must be a whole number from 1 to 1000");
      set.samples = inference["samples"].get<int>();
    }
    if (inference.contains("seed")) {
      if (!inference["seed"].is_number_unsigned())
        throw bad("inference seed " + inference["seed"].dump() + " must be a whole number of 0 or more");
      set.seed = inference["seed"].get<std::uint64_t>();
    }
  }
  return set;
}

HintSet readHintFile(const std::filesystem::path& file) {
  return hintsFromJsonString(readTextFile(file), file.string());
}

void writeHintFile(const std::filesystem::path& file, const HintSet& hints) {
  writeFileAtomically(file, hintsToJsonString(hints));
}

}  // namespace colorproxy
