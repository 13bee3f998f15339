#include "io/export_destination.h"

#include <stdexcept>
#include <string>

#include "colorproxy/io/run_folder.h"
#include "io/checkpoint.h"

namespace colorproxy {
namespace fs = std::filesystem;

void refuseExportDestination(const fs::path& out, const fs::path& source) {
  std::error_code ec;
  const fs::path target = fs::weakly_canonical(fs::absolute(out), ec);
  const fs::path folder = (ec ? fs::absolute(out) : target).parent_path();
  if (folder.filename() == "checkpoints" && fs::exists(folder.parent_path() / "config.json", ec))
    throw std::invalid_argument("--out '" + out.string() + "' is inside the checkpoints/ folder of the run " +
                                folder.parent_path().string() +
                                "; write the exported model elsewhere (e.g. " +
                                (folder.parent_path() / "model.pt").string() + ")");
  if (!fs::exists(out, ec)) return;
  if (fs::equivalent(out, source, ec))
    throw std::invalid_argument("--out '" + out.string() +
                                "' is the checkpoint being exported; choose another file");
  if (fs::is_directory(out, ec))
    throw std::invalid_argument("--out '" + out.string() +
                                "' is a folder; give a file name such as model.pt");
  std::string meta;
  try {
    meta = CheckpointReader(out).meta();
  } catch (const std::exception&) {
    return;  // not a checkpoint: an ordinary file the user chose to replace
  }
  if (meta.find("\"exportedParts\"") == std::string::npos)
    throw std::invalid_argument("--out '" + out.string() +
                                "' holds a training checkpoint; exporting over it would replace it with a "
                                "generator-only file that cannot be resumed. Choose another file");
}

}  // namespace colorproxy
