#include "colorproxy/base/number_text.h"

#include <cmath>
#include <cstdio>

namespace colorproxy {
namespace {

// One printf conversion with a precision argument ("%.*f", "%+.*f", "%.*g", "%.*e").
std::string printed(const char* pattern, int precision, double value) {
  if (!std::isfinite(value)) return "n/a";
  char buf[64];
  std::snprintf(buf, sizeof buf, pattern, precision, value);
  return buf;
}

}  // namespace

std::string fixedText(double value, int decimals) { return printed("%.*f", decimals, value); }

std::string signedText(double value, int decimals) { return printed("%+.*f", decimals, value); }

std::string significantText(double value, int digits) { return printed("%.*g", digits, value); }

std::string scientificText(double value, int decimals) { return printed("%.*e", decimals, value); }

std::string meanSdText(double mean, double sd, int decimals) {
  return fixedText(mean, decimals) + (std::isfinite(sd) ? " ± " + fixedText(sd, decimals) : std::string());
}

std::string percentText(double share, int decimals) { return fixedText(100.0 * share, decimals); }

std::string preciseText(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  return printed("%.*g", 9, value);
}

}  // namespace colorproxy
