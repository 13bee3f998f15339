#pragma once
// The one exit-code table of colorproxy-cli, shared by every subcommand and printed by every --help.

namespace colorproxy::cli {

/// Finished; every input was used.
constexpr int kExitOk = 0;
/// The work could not be done: no usable data, a bad file under --policy fail, a model or checkpoint
/// that cannot be loaded, a run that failed.
constexpr int kExitFailure = 1;
/// Usage error: unknown flag, missing or invalid option value, invalid settings or config file, an output
/// that would overwrite something it must not.
constexpr int kExitUsage = 2;
/// Finished, but some input files were skipped; they are listed at the end of the output.
constexpr int kExitIncomplete = 3;
/// Stopped by Ctrl-C after saving; `--resume RUN_DIR` continues.
constexpr int kExitStopped = 130;

/// The table as --help prints it.
inline const char* exitCodeTable() {
  return "Exit codes (every subcommand): 0 done; 1 the work could not be done (no usable data, a bad file "
         "under --policy fail, a model that cannot be loaded, a failed run); 2 usage error (bad flag or "
         "value, "
         "invalid settings, an output that would overwrite a checkpoint or an input); 3 done, but some input "
         "files were skipped (listed at the end); 130 stopped by Ctrl-C (continue with --resume RUN_DIR).";
}

}  // namespace colorproxy::cli
