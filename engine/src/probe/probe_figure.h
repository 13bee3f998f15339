#pragma once
// Engine-internal: the "mAP by level" figure of a probe study (Zhang et al. 2016, Fig. on conv1..conv5
// probes), drawn with OpenCV.
#include <filesystem>

#include "colorproxy/probe/probe_runner.h"

namespace colorproxy {

/// Test mAP against encoder level: per arm (random init blue, pretrained orange) the linear probe's mean
/// over seeds with its 95 % interval as error bars (solid) and the k-NN probe (dashed). Written atomically.
void writeProbeFigure(const std::filesystem::path& file, const ProbeReport& report);

}  // namespace colorproxy
