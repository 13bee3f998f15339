#pragma once
// Engine-internal: a colorization generator as described by a run's settings, shared by the trainer
// (which builds and validates it) and the Colorizer (which rebuilds it from a checkpoint), so both turn
// the network's output into ab the same way.
#include <cstdint>
#include <string>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "colorproxy/color/ab_quantizer.h"
#include "models/unet_generator.h"

namespace colorproxy {

/// What a colorization generator is: enough to rebuild it and decode its output.
struct ColorizationModelSpec {
  std::string pretext = "gan";  ///< "gan" and "l2": 2 tanh channels (scaled ab); "classification": 313 logits
  int64_t ngf = 64;
  int64_t numDowns = 8;
  int imageSize = 256;  ///< training size, the Colorizer's default working size
  double abDivisor = 110.0;
  double annealTemperature = 0.38;

  /// From a ColorizationConfig JSON object (a run's "settings"); missing keys keep the defaults above.
  /// Throws std::invalid_argument for an unknown pretext.
  static ColorizationModelSpec fromSettings(const nlohmann::json& settings);
  /// Output channels of the generator: 313 for classification, else 2.
  int64_t outChannels() const;
};

/// The generator for `spec` (weights not initialised beyond torch's defaults; load or init them).
UNetGenerator makeColorizationGenerator(const ColorizationModelSpec& spec);

/// Runs `generator` on scaled L [N, 1, H, W] and returns ab in ab units [N, 2, H, W] (float32):
/// tanh output times abDivisor, or the annealed mean of the 313-bin distribution at `temperature`.
/// Uses the generator in whatever mode (train/eval) it is; call under NoGradGuard for inference.
torch::Tensor predictAb(UNetGenerator& generator, const torch::Tensor& scaledL,
                        const ColorizationModelSpec& spec, double temperature, const AbQuantizer& quantizer);

/// The ab (float32, ab units) that the generator output `output` [N, C, H, W] stands for (predictAb's
/// second half, for callers that run the network another way).
torch::Tensor abFromOutput(const torch::Tensor& output, const ColorizationModelSpec& spec, double temperature,
                           const AbQuantizer& quantizer);

}  // namespace colorproxy
