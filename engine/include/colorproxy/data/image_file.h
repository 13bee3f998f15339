#pragma once
// Reading one image file safely: header first (type, pixel limit), then the decode.
#include <filesystem>
#include <string>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace colorproxy {

/// Decodes `file` with cv::imdecode `flags` (default: 8-bit BGR) after reading its header and checking
/// the pixel limit. Throws DataError naming the file and what is wrong with it (missing, permission
/// denied, not an image, too large, corrupt) — never returns an empty Mat.
cv::Mat readImageFile(const std::filesystem::path& file, int flags = cv::IMREAD_COLOR);

/// Why `file` cannot be opened for reading, as a phrase: "no such file", "permission denied (make it
/// readable)", "is a folder", "is a symbolic link loop", ...
std::string openFailureReason(const std::filesystem::path& file);

}  // namespace colorproxy
