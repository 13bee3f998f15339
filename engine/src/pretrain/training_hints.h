#pragma once
// Engine-internal: simulated user hints for a training or validation batch, as the generator's hint
// channels.
#include <cstdint>
#include <vector>

#include <torch/torch.h>
#include <opencv2/core.hpp>

#include "colorproxy/hints/hint_simulation.h"

namespace colorproxy {

/// Hints simulated for each Lab image (CV_32FC3, all networkSide x networkSide) and rasterised into
/// float32 [N, 3, H, W] (a / abDivisor, b / abDivisor, mask). Image i's hints depend only on (seed,
/// stream, sampleIndices[i]): training passes the epoch as `stream`, so a run and its exact resume draw
/// the same hints without saving any state, and an image gets new hints every epoch.
torch::Tensor simulatedHintChannels(const std::vector<cv::Mat>& labImages,
                                    const std::vector<std::size_t>& sampleIndices, std::uint64_t seed,
                                    std::uint64_t stream, double abDivisor,
                                    const HintSimulationOptions& options = {});

/// The `stream` of validation hints (the same hints every epoch, so epochs compare).
constexpr std::uint64_t kValidationHintStream = ~std::uint64_t{0};

}  // namespace colorproxy
