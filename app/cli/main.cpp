// colorproxy-cli: everything the GUI does, headless.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

#include "colorproxy/data/pixel_limit.h"
#include "command.h"
#include "exit_codes.h"
#include "local_workers.h"

namespace {

/// Appends the exit-code table to the --help of `app` and of every subcommand below it.
void addExitCodeFooters(CLI::App& app) {
  const std::string footer = app.get_footer();
  app.footer(footer + (footer.empty() ? "" : "\n") + colorproxy::cli::exitCodeTable());
  for (CLI::App* sub : app.get_subcommands({})) addExitCodeFooters(*sub);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace colorproxy::cli;
  if (const auto launched = runUnderNproc(argc, argv)) return *launched;
  CLI::App app{
      "ColorProxy: self-supervised visual feature learning through image colorization.\n"
      "Pretrain a colorizer, fine-tune it on classification and segmentation, compare with a\n"
      "randomly initialised baseline, and colorize photos.",
      "colorproxy-cli"};
  app.set_version_flag("--version", std::string("colorproxy-cli ") + COLORPROXY_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options such as --max-pixels may come after the subcommand too
  app.add_option_function<std::string>(
         "--max-pixels",
         [](const std::string& text) { colorproxy::setMaxImagePixels(colorproxy::parsePixelCount(text)); },
         "largest image (width x height) any subcommand decodes, checked from the file header before "
         "decoding; e.g. 64000000 or 64M (default: 64M = 8000x8000)")
      ->envname("COLORPROXY_MAX_PIXELS")
      ->check([](const std::string& text) {
        try {
          colorproxy::parsePixelCount(text);
          return std::string();
        } catch (const std::invalid_argument& e) {
          return std::string(e.what());
        }
      });
  // Handled by runUnderNproc before parsing; declared here for --help.
  app.add_option("--nproc",
                 "pretrain or finetune data-parallel in N processes on this machine (each with its own "
                 "share of every batch; batch sizes are per process), or run an experiment's runs as a "
                 "job queue over N processes; see also torchrun and srun")
      ->type_name("N");
  setupAllCommands(app);
  addExitCodeFooters(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help, the version or the parse error
    return code == static_cast<int>(CLI::ExitCodes::Success) ? kExitOk : kExitUsage;
  } catch (const CommandError& e) {
    writeErrorLine("error: " + e.message);
    return e.exitCode;
  } catch (const std::exception& e) {
    writeErrorLine(std::string("error: ") + e.what());
    return kExitFailure;
  }
  return kExitOk;
}
