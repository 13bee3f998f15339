#pragma once
// Where an exported or imported model may be written without destroying saved work.

#include <filesystem>

namespace colorproxy {

/// Throws std::invalid_argument when writing a model file to `out` would destroy saved work: the
/// source file itself, any training checkpoint, or anything inside a run's checkpoints/ folder
/// (a generator-only file there would replace the state `--resume` needs).
void refuseExportDestination(const std::filesystem::path& out, const std::filesystem::path& source);

}  // namespace colorproxy
