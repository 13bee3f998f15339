#pragma once
// The samples a fine-tuning run trains, validates and tests on, resolved from a FinetuneConfig: which
// dataset splits play which role, the validation hold-out, the label view (all classes or VOC-20) and
// the mask id mapping. Torch-free; the same resolution gives identical splits to every run of an
// experiment (it depends on the config's data fields only, never on the seed).
#include <cstdint>
#include <string>
#include <vector>

#include "colorproxy/data/dataset.h"
#include "colorproxy/data/sample.h"
#include "colorproxy/finetune/finetune_config.h"

namespace colorproxy {

/// The three sample lists of a fine-tuning run and what their labels mean.
struct FinetuneData {
  DownstreamTask task = DownstreamTask::Classification;
  std::vector<Sample> train, val, test;
  std::string trainSource, valSource, testSource;  ///< where each came from, e.g. "train2017 (85 % of it)"
  std::vector<std::string> classNames;             ///< label classes (after the view) or segmentation classes
  MaskSpec maskSpec;                               ///< how to read the masks (segmentation)
  std::vector<std::uint8_t> maskLut;  ///< mask id -> training id 0..C-1, void/unknown -> kIgnoreId
  std::string voidName;               ///< the dataset's void class name, for reports
  std::vector<std::string> notes;     ///< what was held out, dropped or remapped (for the log)
  std::vector<DataProblem> skipped;   ///< files of the chosen splits left out as unusable (for the log)

  /// Training id given to void and unknown mask pixels.
  static constexpr std::uint8_t kIgnoreId = 255;
  int classCount() const { return static_cast<int>(classNames.size()); }
};

/// Scans config.dataPath and resolves the splits (see FinetuneConfig's split fields). Throws
/// std::invalid_argument naming the dataset and what is missing (no such split, no labels, no masks,
/// too few images) and DataError for unreadable datasets.
FinetuneData loadFinetuneData(const FinetuneConfig& config);

/// The 20 Pascal VOC class names, in VOC order.
const std::vector<std::string>& vocClassNames();

/// For each VOC class, the index of the matching COCO class in `cocoNames` (airplane -> aeroplane,
/// motorcycle -> motorbike, couch -> sofa, tv -> tvmonitor, ...). Throws std::invalid_argument naming
/// the VOC classes that have no COCO counterpart in `cocoNames`.
std::vector<int> vocFromCocoIndices(const std::vector<std::string>& cocoNames);

/// Indices (ascending) of the first ceil(fraction x count) items (at least 1) of a permutation of
/// 0..count-1 drawn from `seed`: for one seed and count, a smaller fraction's set is a subset of a
/// larger one's, and the result is the same on every platform.
std::vector<std::size_t> nestedSubset(std::size_t count, double fraction, std::uint64_t seed);

/// Indices of the `fraction` share of `count` items spread evenly through them (deterministic).
std::vector<std::size_t> evenlySpacedSubset(std::size_t count, double fraction);

}  // namespace colorproxy
