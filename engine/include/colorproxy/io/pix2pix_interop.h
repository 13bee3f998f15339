#pragma once
// Checkpoints of the reference PyTorch pix2pix (junyanz/pytorch-CycleGAN-and-pix2pix, `--model
// colorization`: L in, ab out, unet_256, batch norm), both directions: its latest_net_G.pth /
// latest_net_D.pth state dicts become a ColorProxy model file, and a ColorProxy colorization model
// becomes state dicts the reference code loads with torch.load + load_state_dict(strict=True).
#include <cstdint>
#include <filesystem>

namespace colorproxy {

/// What importPix2pix read and wrote.
struct Pix2pixImport {
  std::filesystem::path file;  ///< the ColorProxy model file written
  std::uintmax_t bytes = 0;
  int ngf = 0;        ///< generator width read from latest_net_G.pth
  int numDowns = 0;   ///< U-Net downsamplings (8 = unet_256)
  int imageSize = 0;  ///< working size recorded for colorizing
  int ndf = 0;        ///< discriminator width, 0 without --netD
  int nLayers = 0;    ///< PatchGAN n_layers, 0 without --netD
  int64_t generatorParameters = 0;
  int64_t discriminatorParameters = 0;
};

/// Reads the reference's `netG` (latest_net_G.pth) and, when not empty, `netD` (latest_net_D.pth) and
/// writes a ColorProxy model file `out` (atomically) that colorizes, fine-tunes and exports like one made
/// by `pretrain`. Every tensor's name and shape is checked; a mismatch throws std::runtime_error naming
/// the file, the first tensor that does not fit and both shapes.
Pix2pixImport importPix2pix(const std::filesystem::path& netG, const std::filesystem::path& netD,
                            const std::filesystem::path& out);

/// What exportPix2pix read and wrote.
struct Pix2pixExport {
  std::filesystem::path source;             ///< the checkpoint read
  std::filesystem::path generatorFile;      ///< latest_net_G.pth
  std::filesystem::path discriminatorFile;  ///< latest_net_D.pth, empty when not asked for
  int ngf = 0;
  int numDowns = 0;
  int64_t tensors = 0;  ///< tensors written, both files together
};

/// Writes the generator of a ColorProxy colorization model (run folder, checkpoint or model file; pretext
/// gan or l2) as the reference's latest_net_G.pth, and its discriminator as `netD` when that is not empty.
/// Throws std::runtime_error naming the model when it cannot be expressed (a classification pretext, the
/// paper16 discriminator, no discriminator in an exported model file).
Pix2pixExport exportPix2pix(const std::filesystem::path& model, const std::filesystem::path& netG,
                            const std::filesystem::path& netD = {});

/// True for a file written by Python's torch.save (such as latest_net_G.pth) rather than a ColorProxy
/// checkpoint; false for anything else, including unreadable files.
bool isPytorchStateDictFile(const std::filesystem::path& file);

}  // namespace colorproxy
