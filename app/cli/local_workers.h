#pragma once
// `colorproxy-cli --nproc N pretrain|finetune|experiment ...`: the process becomes a launcher of N local
// ranks (as torchrun).
#include <optional>

namespace colorproxy::cli {

/// When the arguments hold `--nproc N` (or `--nproc=N`): starts N copies of this program without it, each
/// with the data-parallel environment of one rank on 127.0.0.1 and a free port, waits for them and returns
/// the job's exit code (0, or the first failing rank's). Without the flag: nothing (run normally).
/// Bad values and use outside `pretrain`, `finetune` and `experiment` give the usage exit code with a
/// message.
std::optional<int> runUnderNproc(int argc, char** argv);

}  // namespace colorproxy::cli
