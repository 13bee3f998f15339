#pragma once
// Which checkpoint a resume starts from: checkpoints/latest.pt when it loads, else the newest
// checkpoints/epoch-NNN.pt that does (a crash or a full disk can leave latest.pt damaged).
#include <filesystem>
#include <string>

#include "colorproxy/io/run_folder.h"

namespace colorproxy {

/// The checkpoint to resume from and why it is not latest.pt when it is not.
struct ResumeCheckpoint {
  std::filesystem::path file;
  std::string meta;  ///< its JSON metadata
  std::string
      fallback;  ///< empty when latest.pt was used; else a sentence for the log saying what was skipped
};

/// Opens latest.pt, then epoch-NNN.pt newest first, and returns the first that loads and whose metadata
/// parses as JSON. Throws std::runtime_error naming the run and every file tried when none does.
ResumeCheckpoint openResumeCheckpoint(const RunFolder& run);

}  // namespace colorproxy
