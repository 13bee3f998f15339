#pragma once
// Integrity of a zip archive (the container of LibTorch checkpoints and PyTorch .pth files), checked
// before LibTorch reads it: LibTorch trusts the sizes inside a damaged archive and can try to allocate
// tens of gigabytes for a few flipped bytes (found by fuzz_checkpoint).

#include <filesystem>

namespace colorproxy {

/// Checks that `file` is a complete zip archive whose every entry (stored, or deflated) lies inside
/// the file and matches its CRC-32. Throws std::runtime_error saying what is wrong (without the file
/// name: callers add it).
void verifyZipArchive(const std::filesystem::path& file);

}  // namespace colorproxy
