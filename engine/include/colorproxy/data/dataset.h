#pragma once
// A scanned dataset: its layout, splits, classes and problems.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "colorproxy/data/dataset_format.h"
#include "colorproxy/data/dataset_split.h"
#include "colorproxy/data/mask_spec.h"

namespace colorproxy {

/// One segmentation class: the value its pixels have in the mask files, and its name.
struct MaskClass {
  int id = 0;
  std::string name;
};

/// A dataset as found on disk by openDataset(): splits of samples plus what the labels mean.
struct Dataset {
  DatasetFormat format = DatasetFormat::Folder;
  std::string layout;  ///< finer description, e.g. "coco (YOLO labels)", "voc2012"
  std::filesystem::path root;
  std::vector<DatasetSplit> splits;

  std::vector<std::string> labelClasses;  ///< names for Sample::labels positions (multi-hot)
  std::vector<MaskClass> maskClasses;     ///< segmentation classes, void excluded, by id
  int voidId = -1;                        ///< mask value to ignore (CamVid 11, VOC 255, COCO 0); -1 none
  std::string voidName;
  MaskEncoding maskEncoding = MaskEncoding::Ids;

  std::vector<DataProblem> problems;  ///< problems not tied to one split (class lists, ...)

  /// The split called `name`, or nullptr.
  const DatasetSplit* findSplit(const std::string& name) const;
  /// The split called `name`; throws DataError listing the split names when absent.
  const DatasetSplit& split(const std::string& name) const;
  /// Names of the splits, in order.
  std::vector<std::string> splitNames() const;
  /// Usable samples over all splits.
  std::size_t sampleCount() const;
  /// Dataset-wide problems followed by every split's.
  std::vector<DataProblem> allProblems() const;
  /// Reading spec for the loader: encoding, the valid ids (classes + void) and the void id.
  MaskSpec maskSpec() const;
  /// A 256-entry table mapping mask ids to contiguous training ids 0..maskClasses.size()-1 in
  /// maskClasses order; void and unknown values map to `ignore`.
  std::vector<std::uint8_t> contiguousMaskLut(std::uint8_t ignore = 255) const;
};

}  // namespace colorproxy
