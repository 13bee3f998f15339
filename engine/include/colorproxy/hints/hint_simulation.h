#pragma once
// Simulated user hints for training a hint-conditioned colorizer, as the reference (Zhang, Zhu et al. 2017)
// trains: a random number of points per image, each revealing the mean ab of a small square of the truth.
#include <cstdint>
#include <vector>

#include <opencv2/core.hpp>

#include "colorproxy/hints/color_hint.h"

namespace colorproxy {

/// How many hints, where, and how large.
struct HintSimulationOptions {
  /// Stop probability of the geometric count: P(n points) = (1 - p)^n * p for n >= 0, so a share p of the
  /// images gets no hint and the mean is (1 - p) / p (7 for the reference's 1/8).
  double stopProbability = 0.125;
  int maxPoints = 64;  ///< cap on the count (the geometric tail is cut here)
  int minPatch = 1;    ///< patch sides drawn uniformly from minPatch..maxPatch (the reference's 1..9)
  int maxPatch = 9;
  bool centreBiased = true;  ///< positions ~ N(centre, side / 4) clipped (the reference), else uniform
};

/// Hints drawn for one image from its ground-truth `ab` (CV_32FC2, Lab a and b, any size: simulation runs
/// at the network's resolution, so photo = grid and x, y are patch-centre cells + 0.5). Each hint's colour
/// is the mean ab of its patch. Deterministic for a given `seed` (the training loop derives it from the
/// run's seed, the epoch and the image's index, so an exact resume draws the same hints).
/// Throws std::invalid_argument for an empty or non-CV_32FC2 `ab` or invalid options.
std::vector<ColorHint> simulateHints(const cv::Mat& ab, std::uint64_t seed,
                                     const HintSimulationOptions& options = {});

}  // namespace colorproxy
