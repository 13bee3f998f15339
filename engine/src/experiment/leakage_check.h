#pragma once
// The leakage check: which downstream test images were pretraining images, by content hash against the
// pretraining run's trained_images.csv, for a run trained by the experiment and for a reused model.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "colorproxy/data/sample.h"

namespace colorproxy {

/// What the check found for one test split.
struct LeakageCheck {
  bool checkable = false;          ///< the pretraining run recorded its images
  std::size_t overlap = 0;         ///< test images whose content is a pretraining image's
  std::size_t testImages = 0;      ///< test images compared
  std::filesystem::path listFile;  ///< the trained_images.csv compared with (empty when not checkable)
  std::vector<std::filesystem::path> examples;  ///< up to 5 overlapping test images
  std::string sentence;                         ///< a plain sentence for the report
};

/// The run folder of a colorization run folder or of a checkpoint inside one (checkpoints/latest.pt,
/// generator.pt in the run folder): the nearest of the path and its two parents that holds a
/// trained_images.csv or a config.json; the path itself when none does.
std::filesystem::path pretrainingRunOf(const std::filesystem::path& runOrCheckpoint);

/// Compares `test` with the images the pretraining at `runOrCheckpoint` trained on. A model without the
/// list is "not checkable". Throws std::runtime_error naming a malformed list or an unreadable test image.
LeakageCheck checkLeakage(const std::filesystem::path& runOrCheckpoint, const std::vector<Sample>& test);

}  // namespace colorproxy
