#include "inference_flags.h"

#include <CLI/CLI.hpp>

#include "colorproxy/infer/colorizer.h"
#include "command.h"
#include "exit_codes.h"

namespace colorproxy::cli {

void addInferenceFlags(CLI::App& cmd, InferenceFlags& flags, bool withDropoutAlias) {
  cmd.add_option("--protocol", flags.protocol,
                 "inference protocol: eval (BatchNorm running statistics, dropout off; deterministic), "
                 "dropout (running statistics, dropout on: Treneska et al.'s test setting) or pix2pix "
                 "(each image's own BatchNorm statistics and dropout on: pix2pix's test.py without --eval)")
      ->check(CLI::IsMember({"eval", "dropout", "pix2pix"}))
      ->capture_default_str();
  cmd.add_option("--samples", flags.samples,
                 "dropout and pix2pix protocols: average the colours of K stochastic passes (1: one "
                 "sample, as the papers test)")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd.add_option("--seed", flags.seed, "seed of the dropout masks (sample k uses seed + k)")
      ->capture_default_str();
  if (withDropoutAlias)
    cmd.add_flag("--dropout", flags.dropout, "the same as --protocol dropout (kept for older scripts)");
}

void markGivenInferenceFlags(const CLI::App& cmd, InferenceFlags& flags) {
  for (const char* name : {"--protocol", "--samples", "--seed", "--dropout"}) {
    const CLI::Option* option = cmd.get_option_no_throw(name);
    if (option && option->count() > 0) flags.given = true;
  }
}

void applyInferenceFlags(const InferenceFlags& flags, ColorizerOptions& options, const std::string& command) {
  std::string protocol = flags.protocol;
  if (flags.dropout) {
    if (protocol != "eval" && protocol != "dropout")
      throw CommandError{command + ": --dropout contradicts --protocol " + protocol + "; give one of them",
                         kExitUsage};
    protocol = "dropout";
  }
  try {
    options.protocol = parseInferenceProtocol(protocol);
  } catch (const std::exception& e) {
    throw CommandError{command + ": " + e.what(), kExitUsage};
  }
  if (options.protocol == InferenceProtocol::Eval && flags.samples > 1)
    throw CommandError{command + ": --samples " + std::to_string(flags.samples) +
                           " needs a stochastic protocol (--protocol dropout or pix2pix); eval mode is "
                           "deterministic",
                       kExitUsage};
  options.samples = flags.samples;
  options.seed = flags.seed;
}

}  // namespace colorproxy::cli
