// libFuzzer target: the image-header parser (JPEG/PNG/BMP/TIFF/WebP) and the pixel-limit check, then the
// checked decoder on anything the header accepts below a small limit.
#include <cstdint>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_file.h"
#include "colorproxy/data/image_header.h"
#include "colorproxy/data/pixel_limit.h"
#include "fuzz_scratch.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path dir = colorproxy::fuzz::scratchDir("header");
  colorproxy::setMaxImagePixels(1 << 16);  // decode at most 256x256: a bomb must be refused, not decoded
  try {
    const colorproxy::ImageHeader h = colorproxy::parseImageHeader(data, size, "fuzz");
    colorproxy::checkPixelLimit(h, "fuzz");
    (void)h.isGrayscale();
  } catch (const colorproxy::DataError&) {
  }
  // The same bytes through the file path: readImageHeader (seeking reads) and readImageFile (decode).
  const auto file = dir / "image";
  colorproxy::fuzz::writeFile(file, data, size);
  try {
    (void)colorproxy::readImageHeader(file);
    (void)colorproxy::readImageFile(file);
  } catch (const colorproxy::DataError&) {
  }
  return 0;
}
