// `colorproxy-cli export`: writes a compact model file from a colorization run (generator weights and
// settings only), e.g. to ship a model or to hand one to `colorize` and the GUI's Colorize page; with
// --format pix2pix, the state dicts of the reference PyTorch pix2pix (latest_net_G.pth, latest_net_D.pth).
#include <CLI/CLI.hpp>

#include <iomanip>
#include <iostream>
#include <memory>
#include <string>

#include "colorproxy/infer/colorizer.h"
#include "colorproxy/io/pix2pix_interop.h"
#include "command.h"
#include "exit_codes.h"

namespace colorproxy::cli {
namespace {

struct ExportOptions {
  std::string model;
  std::string out;
  std::string format = "colorproxy";
  std::string netD;
};

void runPix2pixExport(const ExportOptions& o) {
  Pix2pixExport r;
  try {
    r = exportPix2pix(o.model, o.out, o.netD);
  } catch (const std::exception& e) {
    throw CommandError{std::string("export: ") + e.what(), kExitUsage};
  }
  std::cout << "wrote " << r.generatorFile.string();
  if (!r.discriminatorFile.empty()) std::cout << " and " << r.discriminatorFile.string();
  std::cout << " (" << r.tensors << " tensors, U-Net ngf " << r.ngf << ", " << r.numDowns
            << " downsamplings) from " << r.source.string() << "\n";
  // The reference builds unet_256 (8 downsamplings) and unet_128 (7) from its flags; other depths need
  // UnetGenerator(num_downs=N) in its define_G.
  const std::string netG = r.numDowns == 8 ? "--netG unet_256"
                           : r.numDowns == 7
                               ? "--netG unet_128"
                               : "UnetGenerator(1, 2, num_downs=" + std::to_string(r.numDowns) + ")";
  std::cout << "load them in pytorch-CycleGAN-and-pix2pix with --model colorization " << netG << " --ngf "
            << r.ngf << " (put them in checkpoints/<name>/ and pass --name <name>)\n";
}

void runExport(const ExportOptions& o) {
  if (o.format == "pix2pix") return runPix2pixExport(o);
  if (!o.netD.empty()) throw CommandError{"export: --netD only applies to --format pix2pix", kExitUsage};
  ExportedModel result;
  try {
    result = exportColorizationModel(o.model, o.out);
  } catch (const std::exception& e) {
    throw CommandError{std::string("export: ") + e.what(), kExitUsage};
  }
  std::cout << "wrote " << result.file.string() << " (" << std::fixed << std::setprecision(1)
            << static_cast<double>(result.bytes) / (1024.0 * 1024.0) << " MiB, generator "
            << result.parameters << " parameters) from " << result.source.string() << "\n";
}

void setup(CLI::App& root) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* cmd = root.add_subcommand(
      "export",
      "Write a compact colorization model file from a run: the generator's weights and the settings needed\n"
      "to colorize, without the discriminator, optimiser state or RNG state (about a third of a "
      "checkpoint).\n"
      "The file works wherever a model is asked for (colorize --model, the GUI's Colorize page).\n"
      "--format pix2pix writes the reference PyTorch pix2pix's latest_net_G.pth (and --netD "
      "latest_net_D.pth).");
  cmd->add_option("--model", opts->model,
                  "colorization run folder (uses checkpoints/latest.pt) or checkpoint")
      ->required();
  cmd->add_option("--out", opts->out,
                  "file to write, replaced atomically: a .pt model file, or with --format pix2pix the\n"
                  "generator's state dict (latest_net_G.pth)")
      ->required();
  cmd->add_option("--format", opts->format,
                  "colorproxy (default): a ColorProxy model file; pix2pix: state dicts that the reference\n"
                  "PyTorch pix2pix loads (torch.load + load_state_dict(strict=True))")
      ->check(CLI::IsMember({"colorproxy", "pix2pix"}));
  cmd->add_option("--netD", opts->netD,
                  "with --format pix2pix: also write the discriminator's state dict here (latest_net_D.pth;\n"
                  "needs a run folder or checkpoint, exported model files keep only the generator)");
  cmd->callback([opts] { runExport(*opts); });
}

const bool kRegistered = registerCommand("export", 45, setup);

}  // namespace
}  // namespace colorproxy::cli
