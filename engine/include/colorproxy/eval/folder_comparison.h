#pragma once
// PSNR and SSIM between the same-named images of two folders (colorizations against their originals).
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "colorproxy/eval/ssim.h"
#include "colorproxy/eval/summary_stats.h"

namespace colorproxy {

/// Settings of compareImageFolders.
struct FolderComparisonOptions {
  SsimOptions ssim;  ///< its dataRange is also PSNR's peak
  /// Walk sub-folders too; a pair is then matched by relative path without extension ("a/b" for a/b.png).
  bool recursive = false;
  /// Called after each pair with (done, total); return false to stop early (the result is then marked
  /// cancelled and holds the pairs done so far). Called on the caller's thread.
  std::function<bool(std::size_t done, std::size_t total)> progress;
};

/// Per-image PSNR/SSIM, their summaries, and every file that could not be compared.
struct FolderComparison {
  /// One prediction/truth pair that was compared.
  struct Pair {
    std::string name;  ///< the matching key: file stem (or relative path without extension)
    std::filesystem::path prediction, truth;
    int width = 0, height = 0;
    double mse = 0.0;   ///< over all pixels and the three channels
    double psnr = 0.0;  ///< dB; +infinity when the images are identical (mse == 0)
    double ssim = 0.0;  ///< mean of the R, G and B SSIM
  };

  /// A file left out of the comparison, and why.
  struct Problem {
    /// Why the file was left out.
    enum class Kind { MissingTruth, MissingPrediction, DuplicateName, Unreadable, SizeMismatch, TooSmall };
    Kind kind = Kind::Unreadable;
    std::filesystem::path file;  ///< the file concerned
    std::string message;         ///< one readable sentence naming the file(s)
  };

  std::vector<Pair> pairs;  ///< sorted by name
  std::vector<Problem> problems;
  SummaryStats psnr;  ///< identical pairs (+inf) counted in positiveInfiniteCount, not in mean/min/max
  SummaryStats ssim;
  bool cancelled = false;
};

/// Stable name of a problem kind for machine-readable output: "missing_truth", "missing_prediction",
/// "duplicate_name", "unreadable", "size_mismatch", "too_small".
const char* problemKindName(FolderComparison::Problem::Kind kind);

/// Compares every image (jpg, jpeg, png, bmp, webp, tif, tiff; any case; hidden files skipped) of
/// `predictionDir` with the image of the same stem in `truthDir` (extensions may differ: a.png vs a.jpg).
/// Both are read as 8-bit 3-channel colour (grey files are expanded to RGB, alpha dropped, 16-bit scaled
/// down), so PSNR and SSIM are on RGB 8-bit as in the paper. Files without a partner, with an ambiguous
/// name (a.png and a.jpg in one folder), unreadable, of different sizes or smaller than the SSIM window
/// are listed in `problems` and left out; the rest are still compared. Throws std::invalid_argument when
/// a folder does not exist or is not a directory.
FolderComparison compareImageFolders(const std::filesystem::path& predictionDir,
                                     const std::filesystem::path& truthDir,
                                     const FolderComparisonOptions& options = {});

}  // namespace colorproxy
