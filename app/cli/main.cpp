// colorproxy-cli: everything the GUI does, headless.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

#include "command.h"

int main(int argc, char** argv) {
  CLI::App app{
      "ColorProxy: self-supervised visual feature learning through image colorization.\n"
      "Pretrain a colorizer, fine-tune it on classification and segmentation, compare with a\n"
      "randomly initialised baseline, and colorize photos.",
      "colorproxy-cli"};
  app.set_version_flag("--version", std::string("colorproxy-cli ") + COLORPROXY_VERSION);
  app.require_subcommand(1);
  colorproxy::cli::setupAllCommands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const colorproxy::cli::CommandError& e) {
    std::cerr << "error: " << e.message << "\n";
    return e.exitCode;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
