#include "colorproxy/probe/probe_levels.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "models/unet_encoder.h"

namespace colorproxy {

int probeGridSide(int channels, int spatial, int featureBudget) {
  if (channels <= 0 || spatial <= 0 || featureBudget <= 0)
    throw std::invalid_argument("probeGridSide: channels (" + std::to_string(channels) + "), spatial size (" +
                                std::to_string(spatial) + ") and feature budget (" +
                                std::to_string(featureBudget) + ") must be positive");
  const double ideal = std::sqrt(double(featureBudget) / double(channels));
  return std::clamp(int(std::lround(ideal)), 1, spatial);
}

std::vector<ProbeLevelShape> probeLevelShapes(int ngf, int numDowns, int imageSize, int featureBudget) {
  if (ngf <= 0 || numDowns <= 0 || numDowns > 16)
    throw std::invalid_argument("probe: ngf (" + std::to_string(ngf) + ") and numDowns (" +
                                std::to_string(numDowns) + ") must be positive (numDowns at most 16)");
  const int unit = 1 << numDowns;
  if (imageSize <= 0 || imageSize % unit != 0)
    throw std::invalid_argument("probe: the image size " + std::to_string(imageSize) +
                                " must be a positive multiple of 2^numDowns = " + std::to_string(unit) +
                                "; set imageSize to e.g. " +
                                std::to_string(std::max(1, imageSize / unit) * unit));
  std::vector<ProbeLevelShape> out;
  for (int level = 0; level < numDowns; ++level) {
    ProbeLevelShape s;
    s.level = level;
    s.channels = int(unetLevelChannels(ngf, level));
    s.spatial = imageSize >> (level + 1);
    s.grid = probeGridSide(s.channels, s.spatial, featureBudget);
    s.features = int64_t(s.channels) * s.grid * s.grid;
    out.push_back(s);
  }
  return out;
}

}  // namespace colorproxy
