#pragma once
// Crash- and disk-full-safe file writes: write a temporary file beside the target, flush it to disk,
// then rename it over the target. A failed write leaves the previous file untouched. Every file the
// engine writes (configs, reports, checkpoints, figures, .npy tables) goes through here.
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace colorproxy {

/// Replaces `target` with `bytes` atomically (creating its folder); throws std::runtime_error naming
/// the file and the cause (e.g. a full disk) on failure.
void writeFileAtomically(const std::filesystem::path& target, std::string_view bytes);

/// Calls `writer(tmp)` to produce a temporary file, fsyncs it and renames it over `target`. When the
/// writer throws or the file is missing/empty afterwards, the temporary is removed, `target` is kept
/// and std::runtime_error (naming `target`) is thrown.
void writeFileAtomically(const std::filesystem::path& target,
                         const std::function<void(const std::filesystem::path& tmp)>& writer);

/// The whole content of a file; throws std::runtime_error naming the file when it cannot be read.
std::string readTextFile(const std::filesystem::path& file);

}  // namespace colorproxy
