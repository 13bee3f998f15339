// `colorproxy-cli import-pix2pix`: turns the reference PyTorch pix2pix colorization checkpoints
// (junyanz/pytorch-CycleGAN-and-pix2pix, --model colorization: latest_net_G.pth, latest_net_D.pth) into a
// ColorProxy model file for colorize, fine-tuning, experiments and the GUI.
#include <CLI/CLI.hpp>

#include <iomanip>
#include <iostream>
#include <memory>
#include <string>

#include "colorproxy/io/pix2pix_interop.h"
#include "command.h"
#include "exit_codes.h"

namespace colorproxy::cli {
namespace {

struct ImportOptions {
  std::string netG;
  std::string netD;
  std::string out;
};

void runImport(const ImportOptions& o) {
  Pix2pixImport r;
  try {
    r = importPix2pix(o.netG, o.netD, o.out);
  } catch (const std::exception& e) {
    throw CommandError{std::string("import-pix2pix: ") + e.what(), kExitUsage};
  }
  std::cout << "wrote " << r.file.string() << " (" << std::fixed << std::setprecision(1)
            << static_cast<double>(r.bytes) / (1024.0 * 1024.0) << " MiB): U-Net generator ngf " << r.ngf
            << ", " << r.numDowns << " downsamplings, " << r.generatorParameters << " parameters";
  if (r.ndf > 0)
    std::cout << "; PatchGAN discriminator ndf " << r.ndf << ", n_layers " << r.nLayers << ", "
              << r.discriminatorParameters << " parameters";
  std::cout << "\ncolorize with: colorproxy-cli colorize --model " << r.file.string() << " PHOTOS --out DIR"
            << " (working size " << r.imageSize << " px)\n";
}

void setup(CLI::App& root) {
  auto opts = std::make_shared<ImportOptions>();
  CLI::App* cmd = root.add_subcommand(
      "import-pix2pix",
      "Convert checkpoints of the reference PyTorch pix2pix (junyanz/pytorch-CycleGAN-and-pix2pix trained\n"
      "with --model colorization: L in, ab out, unet_256, batch norm) into a ColorProxy model file.\n"
      "Every tensor's name and shape is checked; a mismatch names the first tensor that does not fit.");
  cmd->add_option("netG", opts->netG, "the generator's state dict, e.g. checkpoints/<name>/latest_net_G.pth")
      ->required();
  cmd->add_option("--netD", opts->netD,
                  "the discriminator's state dict (latest_net_D.pth), kept in the model");
  cmd->add_option("--out", opts->out, "ColorProxy model file to write (.pt); replaced atomically")
      ->required();
  cmd->callback([opts] { runImport(*opts); });
}

const bool kRegistered = registerCommand("import-pix2pix", 46, setup);

}  // namespace
}  // namespace colorproxy::cli
