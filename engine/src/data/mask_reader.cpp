#include "colorproxy/data/mask_reader.h"

#include <string>
#include <unordered_map>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_header.h"
#include "colorproxy/data/pixel_limit.h"
#include "data/file_bytes.h"

namespace colorproxy {
namespace {

std::string rgbText(const cv::Vec3b& rgb) {
  return "(" + std::to_string(rgb[0]) + ", " + std::to_string(rgb[1]) + ", " + std::to_string(rgb[2]) + ")";
}

/// Maps every pixel of a decoded BGR mask to the index of its colour in `palette` (RGB entries).
/// Colours outside the palette raise MaskBadValues, naming the first one and where it is.
cv::Mat colorsToIndices(const cv::Mat& bgr, const std::vector<cv::Vec3b>& palette,
                        const std::filesystem::path& path, const char* paletteName) {
  std::unordered_map<std::uint32_t, std::uint8_t> lookup;
  for (std::size_t i = palette.size(); i-- > 0;)  // first index wins when colours repeat
    lookup[std::uint32_t(palette[i][0]) << 16 | std::uint32_t(palette[i][1]) << 8 | palette[i][2]] =
        std::uint8_t(i);
  cv::Mat ids(bgr.size(), CV_8UC1);
  std::uint32_t lastKey = 0xFFFFFFFF;
  std::uint8_t lastId = 0;
  for (int y = 0; y < bgr.rows; ++y) {
    const cv::Vec3b* src = bgr.ptr<cv::Vec3b>(y);
    std::uint8_t* dst = ids.ptr<std::uint8_t>(y);
    for (int x = 0; x < bgr.cols; ++x) {
      const std::uint32_t key = std::uint32_t(src[x][2]) << 16 | std::uint32_t(src[x][1]) << 8 | src[x][0];
      if (key != lastKey) {  // masks are made of long runs: one lookup per run
        const auto it = lookup.find(key);
        if (it == lookup.end())
          throw DataError(path.string() + ": mask colour " + rgbText({src[x][2], src[x][1], src[x][0]}) +
                              " at (x " + std::to_string(x) + ", y " + std::to_string(y) +
                              ") is not in the " + paletteName +
                              "; save the mask as a palette PNG or with class ids as gray values",
                          path, ProblemKind::MaskBadValues);
        lastKey = key;
        lastId = it->second;
      }
      dst[x] = lastId;
    }
  }
  return ids;
}

}  // namespace

const std::array<cv::Vec3b, 256>& vocColormap() {
  static const std::array<cv::Vec3b, 256> map = [] {
    std::array<cv::Vec3b, 256> m{};
    for (int i = 0; i < 256; ++i) {
      int r = 0, g = 0, b = 0, c = i;
      for (int j = 0; j < 8; ++j) {  // the devkit's bit interleaving: bits 0,1,2 of each triple
        r |= ((c >> 0) & 1) << (7 - j);
        g |= ((c >> 1) & 1) << (7 - j);
        b |= ((c >> 2) & 1) << (7 - j);
        c >>= 3;
      }
      m[std::size_t(i)] = cv::Vec3b(std::uint8_t(r), std::uint8_t(g), std::uint8_t(b));
    }
    return m;
  }();
  return map;
}

cv::Mat decodeMask(const std::uint8_t* data, std::size_t size, const std::filesystem::path& path,
                   const MaskSpec& spec) {
  ImageHeader header;
  try {
    header = parseImageHeader(data, size, path);
  } catch (const DataError& e) {
    throw DataError(std::string(e.what()), path, ProblemKind::MaskUnreadable);
  }
  if (header.type == ImageFileType::Jpeg || header.type == ImageFileType::Webp)
    throw DataError(path.string() + ": mask is a " + toString(header.type) +
                        " file; lossy compression changes class ids, use PNG",
                    path, ProblemKind::MaskUnreadable);
  if (header.truncated)
    throw DataError(path.string() + ": mask file is cut short", path, ProblemKind::MaskUnreadable);
  try {
    checkPixelLimit(header, path);
  } catch (const DataError& e) {
    throw DataError(std::string(e.what()), path, ProblemKind::MaskUnreadable);
  }
  if (header.bitDepth > 8)
    throw DataError(path.string() + ": mask has " + std::to_string(header.bitDepth) +
                        " bits per channel; class ids must be 8-bit",
                    path, ProblemKind::MaskBadValues);

  const cv::Mat buffer(1, int(size), CV_8UC1, const_cast<std::uint8_t*>(data));
  const bool colourFile = header.color == ColorModel::Palette || header.color == ColorModel::Rgb ||
                          header.color == ColorModel::Rgba;
  cv::Mat decoded = cv::imdecode(buffer, colourFile ? cv::IMREAD_COLOR : cv::IMREAD_GRAYSCALE);
  if (decoded.empty())
    throw DataError(path.string() + ": mask cannot be decoded (corrupt file)", path,
                    ProblemKind::MaskUnreadable);
  if (decoded.depth() != CV_8U)
    throw DataError(path.string() + ": mask is not 8-bit", path, ProblemKind::MaskBadValues);

  cv::Mat ids;
  if (header.color == ColorModel::Palette) {
    // Palette PNGs store indices; OpenCV expands them to colours, so map colours back through the
    // file's own palette to recover the index (= class id).
    ids = colorsToIndices(decoded, header.palette, path, "file's palette");
  } else if (colourFile) {
    if (spec.encoding == MaskEncoding::VocPalette) {
      const auto& map = vocColormap();
      ids = colorsToIndices(decoded, std::vector<cv::Vec3b>(map.begin(), map.end()), path, "VOC colour map");
    } else {
      cv::Mat channels[3];
      cv::split(decoded, channels);
      if (cv::countNonZero(channels[0] != channels[1]) || cv::countNonZero(channels[0] != channels[2]))
        throw DataError(
            path.string() + ": mask is a colour image; this dataset expects class ids as gray values", path,
            ProblemKind::MaskBadValues);
      ids = channels[0];
    }
  } else {
    ids = decoded;
    if (header.bitDepth > 0 && header.bitDepth < 8) {  // libpng scaled 1/2/4-bit values up to 0..255
      const int scale = 255 / ((1 << header.bitDepth) - 1);
      ids = decoded / scale;
    }
  }

  if (!spec.validIds.empty()) {
    bool valid[256] = {};
    for (int id : spec.validIds)
      if (id >= 0 && id < 256) valid[id] = true;
    for (int y = 0; y < ids.rows; ++y) {
      const std::uint8_t* row = ids.ptr<std::uint8_t>(y);
      for (int x = 0; x < ids.cols; ++x)
        if (!valid[row[x]])
          throw DataError(path.string() + ": mask value " + std::to_string(row[x]) + " at (x " +
                              std::to_string(x) + ", y " + std::to_string(y) +
                              ") is not a class id of this dataset",
                          path, ProblemKind::MaskBadValues);
    }
  }
  return ids;
}

cv::Mat readMask(const std::filesystem::path& path, const MaskSpec& spec) {
  std::vector<std::uint8_t> bytes;
  try {
    bytes = readFileBytes(path);
  } catch (const DataError& e) {
    throw DataError(e.what(), path, ProblemKind::MaskMissing);
  }
  return decodeMask(bytes.data(), bytes.size(), path, spec);
}

}  // namespace colorproxy
