#pragma once
// Hints as the network's extra input: an ab map and a mask at the network's resolution.
#include <vector>

#include <opencv2/core.hpp>

#include "colorproxy/hints/color_hint.h"

namespace colorproxy {

/// The two extra inputs of a hint-conditioned generator, both networkSide x networkSide.
struct HintMaps {
  cv::Mat ab;    ///< CV_32FC2: each hint's (a, b) / abDivisor over its patch, 0 elsewhere
  cv::Mat mask;  ///< CV_32FC1: 1 where a hint was placed, 0 elsewhere
};

/// Places `hints` (photo coordinates of a photo of `photoSize`) on the network's square grid: the photo is
/// resized to networkSide x networkSide without keeping its aspect ratio (as the Colorizer does), so a
/// point (x, y) lands on cell (floor(x * side / width), floor(y * side / height)); its patch is the
/// patch x patch square around that cell (top-left at cell - (patch - 1) / 2), clipped to the grid.
/// Later hints overwrite earlier ones where they overlap. Throws std::invalid_argument when a size is not
/// positive or abDivisor is not.
HintMaps rasterizeHints(const std::vector<ColorHint>& hints, cv::Size photoSize, int networkSide,
                        double abDivisor);

/// The network cell of a photo position (the mapping rasterizeHints uses), clamped to the grid.
cv::Point hintCell(double x, double y, cv::Size photoSize, int networkSide);

}  // namespace colorproxy
