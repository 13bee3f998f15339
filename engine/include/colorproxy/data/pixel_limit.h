#pragma once
// The largest image any part of ColorProxy decodes, checked from the file's header before decoding, so
// a small file that claims a huge size (a decompression bomb) is refused instead of exhausting memory.
#include <cstdint>
#include <filesystem>
#include <string>

namespace colorproxy {

struct ImageHeader;

/// Default pixel limit: 64 megapixels (8000×8000), room for every current camera's photos.
constexpr std::uint64_t kDefaultMaxImagePixels = 64'000'000;

/// The process-wide pixel limit (width × height) in force; thread-safe.
std::uint64_t maxImagePixels();
/// Sets the pixel limit; 0 restores kDefaultMaxImagePixels. Thread-safe.
void setMaxImagePixels(std::uint64_t pixels);
/// Parses a limit such as "64000000", "64M" or "100MP"; throws std::invalid_argument naming the text.
std::uint64_t parsePixelCount(const std::string& text);

/// Throws DataError naming `file`, its size and how to raise the limit when
/// `header` declares more pixels than maxImagePixels().
void checkPixelLimit(const ImageHeader& header, const std::filesystem::path& file);
/// The same check for a size known some other way (e.g. Qt's QImageReader); throws DataError.
void checkPixelLimit(std::int64_t width, std::int64_t height, const std::filesystem::path& file);

}  // namespace colorproxy
