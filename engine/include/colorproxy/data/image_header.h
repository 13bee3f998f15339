#pragma once
// Reading what an image file is (size, channels, depth, completeness) without decoding its pixels.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace colorproxy {

/// Container format of an image file, from its magic bytes (not its extension).
enum class ImageFileType { Unknown, Jpeg, Png, Bmp, Tiff, Webp };

/// Colour model declared by the file header.
enum class ColorModel { Unknown, Gray, GrayAlpha, Rgb, Rgba, Palette, Cmyk, Ycck };

/// What the header of an image file says, plus whether the file is complete.
struct ImageHeader {
  ImageFileType type = ImageFileType::Unknown;
  int width = 0;
  int height = 0;
  int channels = 0;  ///< as stored (palette images: 1; the palette colours are in `palette`)
  int bitDepth = 0;  ///< bits per channel
  ColorModel color = ColorModel::Unknown;
  bool truncated = false;          ///< the file ends before the data the header announces
  bool grayPalette = false;        ///< palette (PNG/BMP) whose every colour is gray
  std::vector<cv::Vec3b> palette;  ///< PNG PLTE / BMP colour table entries, as RGB

  /// True when the image carries no colour (gray, gray+alpha, or a gray palette).
  bool isGrayscale() const;
};

/// Parses the header of an in-memory image file. Throws DataError naming `name` when the bytes are
/// not a JPEG/PNG/BMP/TIFF/WebP file or the header itself is cut short or inconsistent.
ImageHeader parseImageHeader(const std::uint8_t* data, std::size_t size, const std::filesystem::path& name);

/// Reads only as much of `path` as needed (header segments and the last bytes). Throws DataError.
ImageHeader readImageHeader(const std::filesystem::path& path);

/// Lower-case name of a file type ("jpeg", "png", ...).
const char* toString(ImageFileType type);
/// Lower-case name of a colour model ("gray", "rgb", "cmyk", ...).
const char* toString(ColorModel color);

}  // namespace colorproxy
