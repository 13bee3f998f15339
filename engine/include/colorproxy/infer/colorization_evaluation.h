#pragma once
// Scores a colorization model on a dataset split as Treneska et al.'s Table 3: every image is resized to
// the model's size (256x256 in the paper), reduced to its lightness, colorized, and compared with the
// original in RGB with PSNR and SSIM; the summary gives mean, min and max.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "colorproxy/eval/summary_stats.h"

namespace colorproxy {

class Colorizer;

/// Settings of evaluateColorization.
struct ColorizationEvalOptions {
  std::string split;                ///< empty: "test" when the dataset has it, else its only split
  std::string dataFormat = "auto";  ///< dataset layout ("auto", "folder", "coco", "voc", "camvid")
  std::size_t maxImages = 0;        ///< first N images of the split (in dataset order), 0 = all
  bool fullResolution = false;      ///< compare at each image's own size instead of the model's square size
  std::filesystem::path saveDir;    ///< when set, the colorizations are written there as PNG
  /// Hint-conditioned models: also score each image with this many simulated hints (Zhang, Zhu et al. 2017
  /// report 0, 1, 2, 5, 10, 20, 50), each the mean ab of a random 1..9-cell patch of the truth at the
  /// network's size, seeded by hintSeed and the image's position; the points for n are the first n of
  /// the largest count's. Empty = automatic colorization only.
  std::vector<int> hintCounts;
  std::uint64_t hintSeed = 1;
  /// Called after each image with (done, total); return false to stop early (result.cancelled).
  std::function<bool(std::size_t done, std::size_t total)> progress;
};

/// Scores of one image.
struct ColorizationEvalImage {
  std::filesystem::path image;
  int width = 0;  ///< size compared
  int height = 0;
  double psnr = 0.0;  ///< dB, RGB 8-bit; +inf when identical
  double ssim = 0.0;  ///< mean of the R, G and B SSIM
};

/// Scores with a given number of simulated hints per image.
struct HintCountScores {
  int hints = 0;
  SummaryStats psnr;
  SummaryStats ssim;
};

/// Result of evaluateColorization.
struct ColorizationEvaluation {
  std::string split;
  std::string layout;  ///< dataset layout found
  std::vector<ColorizationEvalImage> images;
  SummaryStats psnr;
  SummaryStats ssim;
  std::vector<HintCountScores> byHints;  ///< one per ColorizationEvalOptions::hintCounts entry, same order
  std::vector<std::string> problems;  ///< unusable files left out (unreadable, too small), one sentence each
  std::vector<std::string> excluded;  ///< files left out by design (grayscale originals have no colour)
  bool cancelled = false;
};

/// Colorizes and scores every image of one split of the dataset at `dataPath`. Throws DataError /
/// std::invalid_argument naming the folder or split when they cannot be used, or when hintCounts are
/// asked of a model without hints or hold a count outside 0..1000.
ColorizationEvaluation evaluateColorization(const Colorizer& colorizer, const std::filesystem::path& dataPath,
                                            const ColorizationEvalOptions& options = {});

}  // namespace colorproxy
