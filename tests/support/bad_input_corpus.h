#pragma once
// The bad-input corpus, made at test time in a temporary folder: tiny files, each wrong in one way
// (truncated, empty, decompression-bomb headers, CMYK, 16-bit, text posing as an image, symlink loops,
// malformed COCO/VOC/YOLO/CamVid annotations, corrupt configs and checkpoints), next to a few good ones
// so that commands have something to work with.
#include <filesystem>
#include <string>
#include <vector>

namespace colorproxy::test {

/// One bad file of the corpus and what it is.
struct BadFile {
  std::filesystem::path path;
  std::string what;  ///< e.g. "0-byte JPEG"
  /// OpenCV decodes it to a usable 8-bit image (16-bit PNG): colorize and evaluate may accept it, while
  /// training leaves it out (its extra precision would be thrown away silently).
  bool decodable = false;
};

/// Paths of the corpus, all under `root`.
struct BadInputCorpus {
  std::filesystem::path root;
  std::filesystem::path clean;                ///< 4 good colour PNGs (48x48)
  std::filesystem::path photos;               ///< 4 good PNGs plus every bad image in `badImages`
  std::vector<BadFile> badImages;             ///< in `photos`
  std::filesystem::path cocoTruncated;        ///< COCO JSON layout whose instances_train.json is cut short
  std::filesystem::path cocoStringIds;        ///< COCO JSON layout with image ids given as strings
  std::filesystem::path cocoDuplicateIds;     ///< COCO JSON layout where two images share one id
  std::filesystem::path yoloFractionalClass;  ///< YOLO layout with a class "3.7" on one line
  std::filesystem::path vocBadXml;            ///< Pascal VOC with a malformed annotation XML
  std::filesystem::path camvidBadMask;        ///< CamVid with a mask of the wrong size and a truncated one
  std::filesystem::path malformedConfig;      ///< a JSON settings file cut short
  std::filesystem::path wrongTypeConfig;      ///< a JSON settings file with "epochs": "many"
  std::filesystem::path emptyCheckpoint;      ///< 0 bytes, named .pt
  std::filesystem::path garbageCheckpoint;    ///< random bytes, named .pt
};

/// Writes the corpus under `root` (created) and returns where everything is.
BadInputCorpus makeBadInputCorpus(const std::filesystem::path& root);

}  // namespace colorproxy::test
