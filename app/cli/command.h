#pragma once
// Registry of colorproxy-cli subcommands: each cmd_*.cpp registers a setup function at static-init time.
#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace colorproxy::cli {

/// Adds one subcommand (with its options and callback) to the root CLI11 app.
using CommandSetup = std::function<void(CLI::App& root)>;

/// Registers a subcommand; `order` sorts the --help listing. Returns true so it can seed a static.
bool registerCommand(const std::string& name, int order, CommandSetup setup);

/// Calls every registered setup, in `order`.
void setupAllCommands(CLI::App& root);

/// The subcommand `name` of `parent`, created with `description` if no file made it yet. Lets several
/// files add sub-subcommands to one group (e.g. `bench loader` and `bench train`).
CLI::App& ensureSubcommand(CLI::App& parent, const std::string& name, const std::string& description);

/// Writes `line` and a newline to standard error in one write(2) call, so that several processes sharing
/// one terminal or log file (the ranks of `--nproc` and their launcher) never split each other's lines.
void writeErrorLine(const std::string& line);

/// Raised by a subcommand for an expected failure: the message is printed, the exit code returned.
struct CommandError {
  std::string message;
  int exitCode = 1;
};

}  // namespace colorproxy::cli
