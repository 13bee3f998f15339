#pragma once
// The inference-protocol flags `colorize` and `evaluate` share: --protocol eval|dropout|pix2pix,
// --samples K, --seed S (and colorize's older --dropout, the same as --protocol dropout).
#include <cstdint>
#include <string>

namespace CLI {
class App;
}  // namespace CLI

namespace colorproxy {
struct ColorizerOptions;
}  // namespace colorproxy

namespace colorproxy::cli {

/// What the user typed for the inference protocol.
struct InferenceFlags {
  std::string protocol = "eval";
  int samples = 1;
  std::uint64_t seed = 1;
  bool dropout = false;  ///< --dropout (colorize only)
  bool given = false;    ///< one of the flags was on the command line (set by markGivenInferenceFlags)
};

/// Adds --protocol, --samples and --seed to `cmd` (an App or option group); `withDropoutAlias` also adds
/// --dropout.
void addInferenceFlags(CLI::App& cmd, InferenceFlags& flags, bool withDropoutAlias = false);

/// After parsing: sets `flags.given` when `cmd` got --protocol, --samples, --seed or --dropout.
void markGivenInferenceFlags(const CLI::App& cmd, InferenceFlags& flags);

/// Sets the options' protocol, samples and seed; throws CommandError (usage) for contradicting flags.
void applyInferenceFlags(const InferenceFlags& flags, ColorizerOptions& options, const std::string& command);

}  // namespace colorproxy::cli
