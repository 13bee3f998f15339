#include "colorproxy/data/data_problem.h"

#include <stdexcept>

namespace colorproxy {

const char* toString(ProblemKind kind) {
  switch (kind) {
    case ProblemKind::Unreadable:
      return "unreadable";
    case ProblemKind::Truncated:
      return "truncated";
    case ProblemKind::Grayscale:
      return "grayscale";
    case ProblemKind::HighBitDepth:
      return "high-bit-depth";
    case ProblemKind::Cmyk:
      return "cmyk";
    case ProblemKind::ImageMissing:
      return "image-missing";
    case ProblemKind::MaskMissing:
      return "mask-missing";
    case ProblemKind::MaskUnreadable:
      return "mask-unreadable";
    case ProblemKind::MaskSizeMismatch:
      return "mask-size-mismatch";
    case ProblemKind::MaskBadValues:
      return "mask-bad-values";
    case ProblemKind::LabelMissing:
      return "label-missing";
    case ProblemKind::LabelOrphan:
      return "label-orphan";
    case ProblemKind::LabelMalformed:
      return "label-malformed";
    case ProblemKind::AnnotationMalformed:
      return "annotation-malformed";
    case ProblemKind::Ignored:
      return "ignored";
  }
  return "unknown";
}

const char* toString(ProblemSeverity severity) {
  switch (severity) {
    case ProblemSeverity::Note:
      return "note";
    case ProblemSeverity::Excluded:
      return "excluded";
    case ProblemSeverity::Error:
      return "error";
  }
  return "unknown";
}

const char* toString(BadInputPolicy policy) { return policy == BadInputPolicy::Skip ? "skip" : "fail"; }

BadInputPolicy parseBadInputPolicy(const std::string& text) {
  if (text == "skip") return BadInputPolicy::Skip;
  if (text == "fail") return BadInputPolicy::Fail;
  throw std::invalid_argument("bad-input policy '" + text + "' is not one of: skip, fail");
}

}  // namespace colorproxy
