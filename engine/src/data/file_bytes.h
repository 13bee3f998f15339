#pragma once
// Whole-file reads shared by the loader, the mask reader and the annotation readers.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace colorproxy {

/// The bytes of `path`; throws DataError (Unreadable) naming the file when it cannot be read.
std::vector<std::uint8_t> readFileBytes(const std::filesystem::path& path);
/// The text of `path`; throws DataError (Unreadable) naming the file when it cannot be read.
std::string readFileText(const std::filesystem::path& path);

}  // namespace colorproxy
