#pragma once
// Which images a colorization run trains and validates on, and a fingerprint of them so a resume can
// tell when the dataset changed.
#include <cstdint>
#include <string>
#include <vector>

#include "colorproxy/data/dataset.h"
#include "colorproxy/pretrain/colorization_config.h"

namespace colorproxy {

/// The training and validation images of a run.
struct ColorizationData {
  Dataset dataset;
  std::vector<Sample> train;
  std::vector<Sample> val;
  std::string
      description;  ///< e.g. "image folder: 120 training images (split 'all'), 13 held out for validation"
  std::vector<DataProblem> skipped;  ///< files of the chosen splits left out as unusable (logged by the run)
  std::string fingerprint;  ///< 16 hex digits over the relative paths and sizes of train and val, in order
};

/// Scans config.dataPath and picks the splits: trainSplit / valSplit when set; else the split whose name
/// starts with "train" (or the only split), and the one starting with "val"; without a validation split
/// a seeded valFraction of the training images is held out. maxImages / maxValImages take seeded
/// subsets (order kept). Throws DataError / std::invalid_argument with a message naming the folder.
ColorizationData selectColorizationData(const ColorizationConfig& config);

/// FNV-1a 64 over each sample's path relative to `root` and its file size.
std::string datasetFingerprint(const std::filesystem::path& root, const std::vector<Sample>& train,
                               const std::vector<Sample>& val);

}  // namespace colorproxy
