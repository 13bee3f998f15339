#include "experiment/leakage_check.h"

#include <set>

#include "colorproxy/io/trained_images.h"

namespace colorproxy {
namespace fs = std::filesystem;

fs::path pretrainingRunOf(const fs::path& runOrCheckpoint) {
  std::error_code ec;
  fs::path p = fs::is_directory(runOrCheckpoint, ec) ? runOrCheckpoint : runOrCheckpoint.parent_path();
  for (int up = 0; up < 2 && !p.empty(); ++up, p = p.parent_path())
    if (fs::exists(p / trainedImagesFileName(), ec) || fs::exists(p / "config.json", ec)) return p;
  return fs::is_directory(runOrCheckpoint, ec) ? runOrCheckpoint : runOrCheckpoint.parent_path();
}

LeakageCheck checkLeakage(const fs::path& runOrCheckpoint, const std::vector<Sample>& test) {
  LeakageCheck c;
  c.testImages = test.size();
  const fs::path run = pretrainingRunOf(runOrCheckpoint);
  const auto list = readTrainedImages(run);
  if (!list) {
    c.sentence = "Leakage check not checkable: the pretraining model '" + runOrCheckpoint.string() +
                 "' has no " + trainedImagesFileName() +
                 " (it was trained before runs recorded their images, or copied without its run folder), so "
                 "nobody can tell whether the test images were pretraining images.";
    return c;
  }
  c.checkable = true;
  c.listFile = run / trainedImagesFileName();
  std::set<std::string> hashes;
  for (const auto& image : *list) hashes.insert(image.hash);
  for (const auto& sample : test)
    if (hashes.count(fileContentHash(sample.image))) {
      ++c.overlap;
      if (c.examples.size() < 5) c.examples.push_back(sample.image);
    }
  if (c.overlap == 0) {
    c.sentence = "Leakage check: none of the " + std::to_string(c.testImages) +
                 " test images is one of the " + std::to_string(list->size()) +
                 " pretraining images (compared by content with " + c.listFile.string() + ").";
  } else {
    c.sentence = "Leakage warning: " + std::to_string(c.overlap) + " of the " + std::to_string(c.testImages) +
                 " test images were pretraining images (same content as an image in " + c.listFile.string() +
                 ", e.g. " + c.examples.front().string() +
                 "); the comparison favours the pretrained network.";
  }
  return c;
}

}  // namespace colorproxy
