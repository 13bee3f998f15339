// `colorproxy-cli export`: writes a compact model file from a colorization run (generator weights and
// settings only), e.g. to ship a model or to hand one to `colorize` and the GUI's Colorize page.
#include <CLI/CLI.hpp>

#include <iomanip>
#include <iostream>
#include <memory>
#include <string>

#include "colorproxy/infer/colorizer.h"
#include "command.h"
#include "exit_codes.h"

namespace colorproxy::cli {
namespace {

struct ExportOptions {
  std::string model;
  std::string out;
};

void runExport(const ExportOptions& o) {
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
      "The file works wherever a model is asked for (colorize --model, the GUI's Colorize page).");
  cmd->add_option("--model", opts->model,
                  "colorization run folder (uses checkpoints/latest.pt) or checkpoint")
      ->required();
  cmd->add_option("--out", opts->out, "model file to write (.pt); replaced atomically")->required();
  cmd->callback([opts] { runExport(*opts); });
}

const bool kRegistered = registerCommand("export", 45, setup);

}  // namespace
}  // namespace colorproxy::cli
