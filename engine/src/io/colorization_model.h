#pragma once
// Engine-internal: a colorization generator as described by a run's settings, shared by the trainer
// (which builds and validates it) and the Colorizer (which rebuilds it from a checkpoint), so both turn
// the network's output into ab the same way.
#include <cstdint>
#include <string>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "colorproxy/color/ab_quantizer.h"
#include "colorproxy/hints/hint_maps.h"
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
  /// Hint-conditioned (settings "hints": true): the input is L, hint a, hint b (scaled as the targets)
  /// and the hint mask; models without it read L only.
  bool hints = false;
  /// Classification only: 4 = logits at a quarter of the input size (Zhang et al.'s network; settings
  /// "classificationStride"), decoded there and upsampled bilinearly; 1 = full size. Else always 1.
  int64_t outputStride = 1;

  /// From a ColorizationConfig JSON object (a run's "settings"); missing keys keep the defaults above.
  /// Throws std::invalid_argument for an unknown pretext.
  static ColorizationModelSpec fromSettings(const nlohmann::json& settings);
  /// Output channels of the generator: 313 for classification, else 2.
  int64_t outChannels() const;
  /// Input channels: 4 (L, hint ab, hint mask) for a hint-conditioned generator, else 1.
  int64_t inChannels() const;
};

/// Hint channels of the generator input: the maps (each networkSide x networkSide, ab already divided by
/// abDivisor) as float32 [N, 3, H, W] (a, b, mask).
torch::Tensor packHintMaps(const std::vector<HintMaps>& maps);

/// The generator's input for scaled L [N, 1, H, W]: L itself for a model without hints; for a
/// hint-conditioned one L with `hints` [N, 3, H, W] (undefined = no hint: zeros) on L's device and type.
torch::Tensor generatorInput(const torch::Tensor& scaledL, const torch::Tensor& hints,
                             const ColorizationModelSpec& spec);

/// The generator for `spec` (weights not initialised beyond torch's defaults; load or init them).
UNetGenerator makeColorizationGenerator(const ColorizationModelSpec& spec);

/// Runs `generator` on scaled L [N, 1, H, W] (with `hints` as generatorInput adds them) and returns ab in
/// ab units [N, 2, H, W] (float32): tanh output times abDivisor, or the annealed mean of the 313-bin
/// distribution at `temperature` (upsampled bilinearly to H x W for a quarter-resolution model). Uses the
/// generator in whatever mode (train/eval) it is; call under NoGradGuard for inference.
torch::Tensor predictAb(UNetGenerator& generator, const torch::Tensor& scaledL,
                        const ColorizationModelSpec& spec, double temperature, const AbQuantizer& quantizer,
                        const torch::Tensor& hints = {});

/// The ab (float32, ab units) that the generator output `output` [N, C, h, w] stands for, at the input
/// size h * outputStride x w * outputStride (predictAb's second half, for callers that run the network
/// another way).
torch::Tensor abFromOutput(const torch::Tensor& output, const ColorizationModelSpec& spec, double temperature,
                           const AbQuantizer& quantizer);

}  // namespace colorproxy
