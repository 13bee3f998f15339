#pragma once
// The pretraining image list: trained_images.csv in a colorization run folder names every image the
// run trained on, with its size and a content hash, so that an experiment can check that no downstream
// test image was a pretraining image, even when the files were copied, linked or moved.
//
// Format (UTF-8 CSV, one header line): fnv1a64,bytes,path
//   fnv1a64  16 lower-case hex digits: FNV-1a 64 over the file's bytes
//   bytes    its size in bytes
//   path     the image as the run read it, absolute; the rest of the line (commas need no quoting)
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace colorproxy {

/// One image a pretraining run trained on.
struct TrainedImage {
  std::filesystem::path path;
  std::uint64_t bytes = 0;
  std::string hash;  ///< fileContentHash() of the file
};

/// The file name inside a run folder: "trained_images.csv".
const char* trainedImagesFileName();

/// FNV-1a 64 over the bytes of `file`, as 16 lower-case hex digits. Throws std::runtime_error naming
/// the file when it cannot be read.
std::string fileContentHash(const std::filesystem::path& file);

/// Hashes `images` and writes the list atomically to `file`. Throws std::runtime_error naming an
/// unreadable image or an unwritable file.
void writeTrainedImages(const std::filesystem::path& file, const std::vector<std::filesystem::path>& images);

/// Reads `runDir`/trained_images.csv; nothing when the run has none (runs written before it existed).
/// Throws std::runtime_error naming the file and line when it is malformed.
std::optional<std::vector<TrainedImage>> readTrainedImages(const std::filesystem::path& runDir);

}  // namespace colorproxy
