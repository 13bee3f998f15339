#pragma once
// Parameter counts of the pix2pix networks from their settings alone (no torch), for the CLI and GUI
// and as an independent check of the built modules.
#include <cstdint>

namespace colorproxy {

/// The settings that determine a U-Net generator's size.
struct UNetSize {
  int64_t inChannels = 1;
  int64_t outChannels = 2;
  int64_t ngf = 64;
  int64_t numDowns = 8;
  int64_t outputStride = 1;  ///< 4: Zhang et al.'s quarter-size 1x1 head instead of decoder levels 0 and 1
};

/// The settings that determine a PatchGAN discriminator's size.
struct PatchGanSize {
  int64_t inChannels = 3;
  int64_t ndf = 64;
  int64_t nLayers = 3;     ///< 70x70 variant
  bool strided16 = false;  ///< the paper code's 16x16-map variant instead
};

/// Trainable parameters of the pix2pix U-Net (batch-norm running statistics are not parameters).
int64_t unetParameterCount(const UNetSize& size);
/// Trainable parameters of the PatchGAN discriminator.
int64_t patchGanParameterCount(const PatchGanSize& size);

}  // namespace colorproxy
