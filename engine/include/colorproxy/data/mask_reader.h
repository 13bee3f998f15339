#pragma once
// Reading segmentation masks into class-id images.
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>

#include <opencv2/core.hpp>

#include "colorproxy/data/mask_spec.h"

namespace colorproxy {

/// Reads a mask file as CV_8UC1 class ids according to `spec`. Throws DataError naming the file
/// when it cannot be decoded, is not 8-bit, has colours outside the VOC palette, or (when
/// spec.validIds is set) holds a value that is not a class id.
cv::Mat readMask(const std::filesystem::path& path, const MaskSpec& spec);

/// Same, from the bytes of a mask file already in memory (`path` is used in messages).
cv::Mat decodeMask(const std::uint8_t* data, std::size_t size, const std::filesystem::path& path,
                   const MaskSpec& spec);

/// The Pascal VOC colour map: entry i is the RGB colour of class id i (0 black, 255 = (224,224,192)).
const std::array<cv::Vec3b, 256>& vocColormap();

}  // namespace colorproxy
