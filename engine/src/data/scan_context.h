#pragma once
// Shared bookkeeping of the dataset readers: recording problems under the bad-input policy and
// checking image and mask files as closely as the scan options ask.
#include <filesystem>
#include <string>
#include <vector>

#include "colorproxy/base/text.h"
#include "colorproxy/data/dataset.h"
#include "colorproxy/data/scan_options.h"

namespace colorproxy {

/// Problem recording and file checks for one openDataset() call.
class ScanContext {
 public:
  ScanContext(const ScanOptions& options, Dataset& dataset) : m_options(options), m_dataset(dataset) {}
  const ScanOptions& options() const { return m_options; }
  Dataset& dataset() { return m_dataset; }

  /// Records a problem in `split` (nullptr: dataset-wide). Under BadInputPolicy::Fail an Error
  /// throws DataError with the message instead.
  void report(DatasetSplit* split, const std::filesystem::path& file, ProblemKind kind,
              ProblemSeverity severity, const std::string& message);

  /// Checks the image file per options().imageCheck, fills sample.width/height, and returns false
  /// (after recording why) when the sample must be left out.
  bool checkImage(DatasetSplit& split, Sample& sample);
  /// Compares the mask's header size with the image's (when options().checkMaskHeaders and the image
  /// size is known); returns false (after recording why) when the sample must be left out.
  bool checkMask(DatasetSplit& split, Sample& sample);
  /// checkImage, then checkMask when the sample has a mask; appends the sample when both pass.
  void addSample(DatasetSplit& split, Sample sample);

 private:
  const ScanOptions& m_options;
  Dataset& m_dataset;
};

/// Image files directly in `dir` (recursive: in all sub-folders, hidden ones skipped), sorted.
std::vector<std::filesystem::path> listImages(const std::filesystem::path& dir, bool recursive);
/// Files with extension `ext` (e.g. ".txt", lower-case) in `dir`, recursive, sorted.
std::vector<std::filesystem::path> listFiles(const std::filesystem::path& dir, const std::string& ext,
                                             bool recursive);
/// `path` relative to `base` as a generic string (for messages and lookups).
std::string relativeName(const std::filesystem::path& path, const std::filesystem::path& base);
/// The lines of a text file, trailing CR/blanks removed, empty lines dropped.
std::vector<std::string> readLines(const std::filesystem::path& path);
/// An existing sub-folder of `dir` whose name equals `name` ignoring case, or empty.
std::filesystem::path findDirNoCase(const std::filesystem::path& dir, const std::string& name);

}  // namespace colorproxy
