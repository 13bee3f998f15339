#include "colorproxy/data/pixel_limit.h"

#include <atomic>
#include <cctype>
#include <stdexcept>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_header.h"

namespace colorproxy {
namespace {

std::atomic<std::uint64_t> g_maxPixels{kDefaultMaxImagePixels};

std::string megapixels(std::uint64_t pixels) {
  const std::uint64_t tenths = (pixels + 50'000) / 100'000;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " megapixels";
}

}  // namespace

std::uint64_t maxImagePixels() { return g_maxPixels.load(std::memory_order_relaxed); }

void setMaxImagePixels(std::uint64_t pixels) {
  g_maxPixels.store(pixels == 0 ? kDefaultMaxImagePixels : pixels, std::memory_order_relaxed);
}

std::uint64_t parsePixelCount(const std::string& text) {
  std::size_t i = 0;
  std::uint64_t value = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    if (value > (UINT64_MAX - 9) / 10) throw std::invalid_argument("pixel limit '" + text + "' is too large");
    value = value * 10 + std::uint64_t(text[i++] - '0');
  }
  std::string unit = text.substr(i);
  for (auto& c : unit) c = char(std::toupper(static_cast<unsigned char>(c)));
  if (i == 0 || (!unit.empty() && unit != "M" && unit != "MP"))
    throw std::invalid_argument("pixel limit '" + text +
                                "' is not a number of pixels (e.g. 64000000, 64M or 64MP)");
  if (!unit.empty()) {
    if (value > UINT64_MAX / 1'000'000)
      throw std::invalid_argument("pixel limit '" + text + "' is too large");
    value *= 1'000'000;
  }
  if (value == 0) throw std::invalid_argument("pixel limit '" + text + "' must be at least 1 pixel");
  return value;
}

void checkPixelLimit(std::int64_t width, std::int64_t height, const std::filesystem::path& file) {
  if (width <= 0 || height <= 0) return;
  const std::uint64_t pixels = std::uint64_t(width) * std::uint64_t(height);
  const std::uint64_t limit = maxImagePixels();
  if (pixels <= limit) return;
  throw DataError(file.string() + ": the image is " + std::to_string(width) + "x" + std::to_string(height) +
                      " (" + megapixels(pixels) + "), above the limit of " + megapixels(limit) +
                      "; shrink it, or raise the limit (colorproxy-cli --max-pixels N, or Preferences "
                      "in the GUI) if the machine has the memory",
                  file, ProblemKind::Unreadable);
}

void checkPixelLimit(const ImageHeader& header, const std::filesystem::path& file) {
  checkPixelLimit(header.width, header.height, file);
}

}  // namespace colorproxy
