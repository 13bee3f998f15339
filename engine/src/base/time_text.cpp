#include "colorproxy/base/time_text.h"

namespace colorproxy {
namespace {

std::string format(std::time_t t, const char* pattern) {
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[64];
  const size_t n = std::strftime(buf, sizeof buf, pattern, &tm);
  return std::string(buf, n);
}

}  // namespace

std::string localTimeIso(std::time_t t) { return format(t, "%Y-%m-%dT%H:%M:%S"); }
std::string localTimeCompact(std::time_t t) { return format(t, "%Y%m%d-%H%M%S"); }

}  // namespace colorproxy
