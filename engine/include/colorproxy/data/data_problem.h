#pragma once
// A problem found in a dataset while scanning or loading it, and what to do about bad files.
#include <filesystem>
#include <string>

namespace colorproxy {

/// What is wrong with a file.
enum class ProblemKind {
  Unreadable,           ///< cannot be opened, or not an image / mask OpenCV can decode
  Truncated,            ///< the file ends before the image data does
  Grayscale,            ///< one channel: no colour to learn from
  HighBitDepth,         ///< more than 8 bits per channel
  Cmyk,                 ///< CMYK/YCCK colour model
  ImageMissing,         ///< a split list or an annotation names an image that is not on disk
  MaskMissing,          ///< a mask that the layout promises is not on disk
  MaskUnreadable,       ///< the mask cannot be decoded
  MaskSizeMismatch,     ///< the mask is not the image's size
  MaskBadValues,        ///< mask pixels that are not a class id (or colours not in the palette)
  LabelMissing,         ///< an image without a label / annotation file
  LabelOrphan,          ///< a label file without an image
  LabelMalformed,       ///< a label line or class name that cannot be understood
  AnnotationMalformed,  ///< an XML / JSON / list file that does not parse
  Ignored,              ///< a file the layout does not use (outside every split, not listed)
};

/// How much a problem matters.
enum class ProblemSeverity {
  Note,      ///< the sample is kept (e.g. an image without objects gets an all-zero target)
  Excluded,  ///< the sample is left out by a setting (grayscale for colorization); never fatal
  Error,     ///< the sample is unusable: skipped and counted, or fatal, by BadInputPolicy
};

/// What to do with a sample whose files are bad.
enum class BadInputPolicy {
  Skip,  ///< leave it out (the loader substitutes the next sample) and record the problem
  Fail,  ///< raise DataError naming the file
};

/// One problem with one file.
struct DataProblem {
  std::filesystem::path file;
  ProblemKind kind = ProblemKind::Unreadable;
  ProblemSeverity severity = ProblemSeverity::Error;
  std::string split;    ///< the split it was met in; empty when dataset-wide
  std::string message;  ///< full sentence naming the file, what is wrong and what to do
};

/// Stable lower-case name ("grayscale", "mask-size-mismatch", ...) for JSON and the CLI.
const char* toString(ProblemKind kind);
/// "note", "excluded" or "error".
const char* toString(ProblemSeverity severity);
/// "skip" or "fail".
const char* toString(BadInputPolicy policy);
/// Parses "skip" / "fail"; throws std::invalid_argument naming the accepted values.
BadInputPolicy parseBadInputPolicy(const std::string& text);

}  // namespace colorproxy
