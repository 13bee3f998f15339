#pragma once
// Engine-internal: ColorProxy's U-Net and PatchGAN against the reference PyTorch pix2pix networks
// (junyanz/pytorch-CycleGAN-and-pix2pix, models/networks.py: UnetGenerator made of nested
// UnetSkipConnectionBlocks, NLayerDiscriminator), tensor by tensor. The two compute the same function;
// only the names differ: the reference nests one Sequential per level (model.model.1.model.3...).
#include <filesystem>
#include <string>

#include <torch/torch.h>

#include "io/colorization_model.h"
#include "io/torch_save_file.h"
#include "models/patch_discriminator.h"

namespace colorproxy {

/// The reference name of a UNetGenerator tensor, e.g. encoder.down2.norm.running_var ->
/// model.model.1.model.3.model.2.running_var (numDowns levels, 0 = outermost).
std::string pix2pixGeneratorName(const std::string& ours, int64_t numDowns);

/// The reference name of a PatchDiscriminator (basic70) tensor: layers.K.* -> model.K.*.
std::string pix2pixDiscriminatorName(const std::string& ours);

/// A colorization generator (1 -> 2 channels, batch norm) read from a reference latest_net_G.pth, with the
/// spec that describes it (pretext gan, the file's ngf and numDowns, imageSize 256 for unet_256 and
/// 2^numDowns for smaller ones, abDivisor 110 as the reference's colorization dataset). Throws
/// std::runtime_error naming the file and the first tensor that does not fit.
UNetGenerator readPix2pixGenerator(const std::filesystem::path& file, ColorizationModelSpec& spec);

/// A basic70 PatchGAN read from a reference latest_net_D.pth (its ndf and n_layers from the file).
PatchDiscriminator readPix2pixDiscriminator(const std::filesystem::path& file);

/// The reference state dict of `generator` (numDowns levels), every tensor under its reference name.
StateDict pix2pixGeneratorState(const UNetGenerator& generator);

/// The reference state dict of a basic70 `discriminator`.
StateDict pix2pixDiscriminatorState(const PatchDiscriminator& discriminator);

}  // namespace colorproxy
