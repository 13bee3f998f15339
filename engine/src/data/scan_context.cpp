#include "data/scan_context.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "colorproxy/data/image_header.h"
#include "colorproxy/data/pixel_limit.h"
#include "data/file_bytes.h"

namespace fs = std::filesystem;

namespace colorproxy {

void ScanContext::report(DatasetSplit* split, const fs::path& file, ProblemKind kind,
                         ProblemSeverity severity, const std::string& message) {
  if (severity == ProblemSeverity::Error && m_options.policy == BadInputPolicy::Fail)
    throw DataError(message + " (bad-input policy is 'fail'; use 'skip' to leave such files out)", file,
                    kind);
  DataProblem p{file, kind, severity, split ? split->name : std::string(), message};
  (split ? split->problems : m_dataset.problems).push_back(std::move(p));
}

bool ScanContext::checkImage(DatasetSplit& split, Sample& sample) {
  const fs::path& file = sample.image;
  if (m_options.imageCheck == ImageCheck::None) {
    if (fs::is_regular_file(file)) return true;
    report(&split, file, ProblemKind::ImageMissing, ProblemSeverity::Error,
           file.string() + ": image file not found");
    return false;
  }
  ImageHeader h;
  try {
    h = readImageHeader(file);
  } catch (const DataError& e) {
    report(&split, file, e.kind(), ProblemSeverity::Error, std::string(e.what()) + "; the image is skipped");
    return false;
  }
  sample.width = h.width;
  sample.height = h.height;
  try {
    checkPixelLimit(h, file);
  } catch (const DataError& e) {
    report(&split, file, e.kind(), ProblemSeverity::Error, std::string(e.what()) + "; the image is skipped");
    return false;
  }
  if (h.truncated) {
    report(&split, file, ProblemKind::Truncated, ProblemSeverity::Error,
           file.string() + ": " + toString(h.type) +
               " file is cut short (truncated); re-export or re-download it");
    return false;
  }
  if (h.bitDepth > 8) {
    report(&split, file, ProblemKind::HighBitDepth, ProblemSeverity::Error,
           file.string() + ": " + std::to_string(h.bitDepth) + " bits per channel; convert it to 8-bit sRGB");
    return false;
  }
  if (h.color == ColorModel::Cmyk || h.color == ColorModel::Ycck) {
    report(&split, file, ProblemKind::Cmyk, ProblemSeverity::Error,
           file.string() + ": " + toString(h.color) + " colour model; convert it to RGB (sRGB)");
    return false;
  }
  if (h.color == ColorModel::Unknown) {
    report(&split, file, ProblemKind::Unreadable, ProblemSeverity::Error,
           file.string() + ": unsupported colour model (" + std::to_string(h.channels) +
               " channels); convert it to 8-bit RGB");
    return false;
  }
  if (m_options.imageCheck == ImageCheck::Decode) {
    bool ok = false;
    try {
      const auto bytes = readFileBytes(file);
      const cv::Mat buf(1, int(bytes.size()), CV_8UC1, const_cast<std::uint8_t*>(bytes.data()));
      ok = !cv::imdecode(buf, cv::IMREAD_UNCHANGED | cv::IMREAD_IGNORE_ORIENTATION).empty();
    } catch (const std::exception&) {
      ok = false;
    }
    if (!ok) {
      report(&split, file, ProblemKind::Unreadable, ProblemSeverity::Error,
             file.string() + ": the image data cannot be decoded (corrupt file)");
      return false;
    }
  }
  if (h.isGrayscale()) {
    if (!m_options.keepGrayscale) {
      report(&split, file, ProblemKind::Grayscale, ProblemSeverity::Excluded,
             file.string() + ": grayscale image (no colour); excluded from colorization");
      return false;
    }
    report(&split, file, ProblemKind::Grayscale, ProblemSeverity::Note,
           file.string() + ": grayscale image (no colour); kept, loaded as gray RGB");
  }
  return true;
}

bool ScanContext::checkMask(DatasetSplit& split, Sample& sample) {
  const fs::path& mask = sample.mask;
  if (!m_options.checkMaskHeaders || m_options.imageCheck == ImageCheck::None) return true;
  ImageHeader h;
  try {
    h = readImageHeader(mask);
  } catch (const DataError& e) {
    report(&split, mask, ProblemKind::MaskUnreadable, ProblemSeverity::Error,
           std::string(e.what()) + "; the sample " + sample.image.filename().string() + " is skipped");
    return false;
  }
  try {
    checkPixelLimit(h, mask);
  } catch (const DataError& e) {
    report(&split, mask, ProblemKind::MaskUnreadable, ProblemSeverity::Error,
           std::string(e.what()) + "; the sample " + sample.image.filename().string() + " is skipped");
    return false;
  }
  if (h.truncated) {
    report(&split, mask, ProblemKind::MaskUnreadable, ProblemSeverity::Error,
           mask.string() + ": mask file is cut short; the sample is skipped");
    return false;
  }
  if (sample.width > 0 && (h.width != sample.width || h.height != sample.height)) {
    report(&split, mask, ProblemKind::MaskSizeMismatch, ProblemSeverity::Error,
           mask.string() + ": mask is " + std::to_string(h.width) + "x" + std::to_string(h.height) +
               " but its image " + sample.image.filename().string() + " is " + std::to_string(sample.width) +
               "x" + std::to_string(sample.height) + "; the sample is skipped");
    return false;
  }
  return true;
}

void ScanContext::addSample(DatasetSplit& split, Sample sample) {
  if (!checkImage(split, sample)) return;
  if (sample.hasMask() && !checkMask(split, sample)) return;
  split.samples.push_back(std::move(sample));
}

namespace {
bool hidden(const fs::path& p) {
  const std::string n = p.filename().string();
  return !n.empty() && n[0] == '.';
}
}  // namespace

namespace {

/// An image file, or an image-named symbolic link that leads nowhere (a loop, a dangling link): listed so
/// that the scan reports it by name instead of leaving it out silently.
bool isImageCandidate(const fs::directory_entry& e) {
  if (!isImageFile(e.path())) return false;
  std::error_code ec;
  if (e.is_regular_file(ec)) return true;
  std::error_code linkEc;
  return e.is_symlink(linkEc) && !e.is_directory(linkEc);
}

}  // namespace

std::vector<fs::path> listImages(const fs::path& dir, bool recursive) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  if (recursive) {
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (isImageCandidate(*it)) out.push_back(it->path());
    }
  } else {
    for (const auto& e : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec))
      if (!hidden(e.path()) && isImageCandidate(e)) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<fs::path> listFiles(const fs::path& dir, const std::string& ext, bool recursive) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  auto take = [&](const fs::directory_entry& e) {
    if (!hidden(e.path()) && e.is_regular_file(ec) && toLower(e.path().extension().string()) == ext)
      out.push_back(e.path());
  };
  if (recursive) {
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      take(*it);
    }
  } else {
    for (const auto& e : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec))
      take(e);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string relativeName(const fs::path& path, const fs::path& base) {
  return path.lexically_relative(base).generic_string();
}

std::vector<std::string> readLines(const fs::path& path) {
  std::vector<std::string> lines;
  std::istringstream in(readFileText(path));
  std::string line;
  while (std::getline(in, line)) {
    std::string clean = trim(line);
    if (!clean.empty()) lines.push_back(std::move(clean));
  }
  return lines;
}

fs::path findDirNoCase(const fs::path& dir, const std::string& name) {
  std::error_code ec;
  if (fs::is_directory(dir / name, ec)) return dir / name;
  const std::string want = toLower(name);
  for (const auto& e : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec))
    if (e.is_directory(ec) && toLower(e.path().filename().string()) == want) return e.path();
  return {};
}

}  // namespace colorproxy
