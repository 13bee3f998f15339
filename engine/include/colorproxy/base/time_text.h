#pragma once
// Local-time formatting shared by run folders, status files and reports.
#include <ctime>
#include <string>

namespace colorproxy {

/// "2024-01-31T14:25:02" in local time.
std::string localTimeIso(std::time_t t);
/// "20240131-142502" in local time (run folder prefix).
std::string localTimeCompact(std::time_t t);

}  // namespace colorproxy
