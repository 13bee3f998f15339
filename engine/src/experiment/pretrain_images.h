#pragma once
// The image set a colorization run of an experiment pretrains on, combined from several folders.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace colorproxy {

/// Where the pretraining images are and which files they are.
struct PretrainImages {
  std::filesystem::path folder;           ///< the folder to give the colorization trainer
  std::set<std::filesystem::path> files;  ///< canonical paths of every image in it (for overlap checks)
};

/// One source folder is used as it is. Several are combined in `combined` (created) as one sub-folder
/// of symbolic links per source (named after the source's last two path parts, so "camvid/train" does
/// not read as a train split), falling back to copies where links are not possible. Throws
/// std::runtime_error naming a source without images or a folder that cannot be written.
PretrainImages preparePretrainImages(const std::vector<std::filesystem::path>& sources,
                                     const std::filesystem::path& combined);

}  // namespace colorproxy
