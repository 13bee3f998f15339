#include "colorproxy/data/image_file.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_header.h"
#include "colorproxy/data/pixel_limit.h"
#include "data/file_bytes.h"

namespace fs = std::filesystem;

namespace colorproxy {

std::string openFailureReason(const fs::path& file) {
  std::error_code ec;
  const fs::file_status st = fs::status(file, ec);
  if (ec) {
    if (ec == std::errc::too_many_symbolic_link_levels) return "is a symbolic link loop";
    if (ec == std::errc::permission_denied) return "permission denied on a folder above it";
    if (ec == std::errc::no_such_file_or_directory) {
      if (fs::is_symlink(fs::symlink_status(file, ec))) return "is a dangling symbolic link";
      return "no such file";
    }
    return ec.message();
  }
  if (fs::is_directory(st)) return "is a folder, not a file";
  std::ifstream probe(file, std::ios::binary);
  if (!probe) {
    const int err = errno;
    if (err == EACCES || err == EPERM) return "permission denied (make it readable, e.g. chmod +r)";
    if (err != 0) return std::strerror(err);
    return "cannot be opened";
  }
  return "cannot be read";
}

cv::Mat readImageFile(const fs::path& file, int flags) {
  std::vector<std::uint8_t> bytes = readFileBytes(file);
  if (bytes.size() > std::size_t(INT32_MAX))
    throw DataError(file.string() + ": the file is over 2 GiB, too large to decode", file,
                    ProblemKind::Unreadable);
  const ImageHeader h = parseImageHeader(bytes.data(), bytes.size(), file);
  checkPixelLimit(h, file);
  if (h.truncated)  // decoders fill the missing part with grey: a silently wrong image, so refuse it
    throw DataError(file.string() + ": " + toString(h.type) +
                        " file is cut short (truncated); re-export or re-download it",
                    file, ProblemKind::Truncated);
  cv::Mat image;
  try {
    const cv::Mat buf(1, int(bytes.size()), CV_8UC1, bytes.data());
    image = cv::imdecode(buf, flags);
  } catch (const cv::Exception& e) {
    throw DataError(file.string() + ": cannot be decoded (" + e.msg + ")", file, ProblemKind::Unreadable);
  }
  if (image.empty())
    throw DataError(file.string() + ": the " + toString(h.type) + " data cannot be decoded (" +
                        (h.truncated ? "the file is cut short" : "corrupt file") +
                        "); re-export or re-download it",
                    file, h.truncated ? ProblemKind::Truncated : ProblemKind::Unreadable);
  return image;
}

}  // namespace colorproxy
