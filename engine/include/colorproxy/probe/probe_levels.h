#pragma once
// Which features a representation probe reads at each U-Net encoder level: the level's activation,
// average-pooled to a small square grid so that every level gives about the same number of features
// (Zhang et al. 2016 pool conv1..conv5 to ~9,000 features each for their linear classification probes).
#include <cstdint>
#include <vector>

namespace colorproxy {

/// The pooled features of one encoder level.
struct ProbeLevelShape {
  int level = 0;         ///< 0 = outermost down block (down0)
  int channels = 0;      ///< channels of the level's activation: ngf * min(2^level, 8)
  int spatial = 0;       ///< side of the activation: imageSize / 2^(level + 1)
  int grid = 0;          ///< side of the pooled grid
  int64_t features = 0;  ///< channels * grid^2
};

/// Side g of the pooled grid for `channels` x `spatial`^2 activations: the integer nearest to
/// sqrt(featureBudget / channels), clamped to [1, spatial]. Throws std::invalid_argument for a non-positive
/// argument.
int probeGridSide(int channels, int spatial, int featureBudget);

/// The pooled shape of every level (0 .. numDowns-1) of an encoder of width `ngf` reading imageSize^2
/// inputs. Throws std::invalid_argument when imageSize is not a positive multiple of 2^numDowns.
std::vector<ProbeLevelShape> probeLevelShapes(int ngf, int numDowns, int imageSize, int featureBudget);

}  // namespace colorproxy
