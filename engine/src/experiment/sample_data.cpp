#include <system_error>

#include "colorproxy/experiment/experiment_runner.h"
#include "colorproxy/io/data_folders.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

bool isSampleFolder(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "photos", ec) && fs::is_directory(dir / "camvid", ec) &&
         fs::is_directory(dir / "coco128", ec);
}

std::optional<fs::path> searchUpward(fs::path dir) {
  std::error_code ec;
  dir = fs::weakly_canonical(dir, ec);
  for (int depth = 0; depth < 12 && !dir.empty(); ++depth) {
    for (const fs::path& candidate :
         {dir / "resources" / "samples", dir / "share" / "colorproxy" / "samples"})
      if (isSampleFolder(candidate)) return candidate;
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

}  // namespace

std::optional<fs::path> findSampleData(const fs::path& start, const fs::path& executable) {
  if (!start.empty())
    if (auto found = searchUpward(start)) return found;
  if (!executable.empty()) {
    std::error_code ec;
    fs::path exe = fs::weakly_canonical(executable, ec);
    if (auto found = searchUpward(exe.parent_path())) return found;
  }
  // The source tree and install prefix recorded at configure time: a build folder anywhere finds them.
  for (const fs::path& dir : recordedDataFolders())
    if (isSampleFolder(dir / "samples")) return dir / "samples";
  return std::nullopt;
}

}  // namespace colorproxy
