#include "local_workers.h"

#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "colorproxy/dist/dist_env.h"
#include "colorproxy/dist/local_launcher.h"
#include "command.h"
#include "exit_codes.h"

namespace colorproxy::cli {

std::optional<int> runUnderNproc(int argc, char** argv) {
  std::vector<std::string> rest;
  std::optional<std::string> value;
  bool parallel = false;  // a subcommand that runs data-parallel
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--nproc") {
      value = i + 1 < argc ? std::string(argv[++i]) : std::string();
    } else if (a.rfind("--nproc=", 0) == 0) {
      value = a.substr(8);
    } else {
      parallel = parallel || a == "pretrain" || a == "finetune" || a == "experiment";
      rest.push_back(a);
    }
  }
  if (!value) return std::nullopt;
  int n = 0;
  try {
    size_t used = 0;
    n = std::stoi(*value, &used);
    if (used != value->size()) n = 0;
  } catch (const std::exception&) {
    n = 0;
  }
  if (n < 1 || n > 256) {
    std::cerr << "error: --nproc '" << *value << "': expected a number of processes from 1 to 256\n";
    return kExitUsage;
  }
  if (!parallel) {
    std::cerr << "error: --nproc starts data-parallel `pretrain` and `finetune` workers, or spreads an "
                 "`experiment`'s runs over N processes; other subcommands run in one process\n";
    return kExitUsage;
  }
  try {
    if (distEnvFromEnvironment().distributed()) {
      std::cerr << "error: --nproc inside a data-parallel job (RANK/WORLD_SIZE or SLURM variables are set): "
                   "let that launcher start the processes, or unset them\n";
      return kExitUsage;
    }
  } catch (const std::invalid_argument& e) {
    std::cerr << "error: " << e.what() << "\n";
    return kExitUsage;
  }
  try {
    const auto result = runLocalWorkers("/proc/self/exe", rest, n, [n](int rank, int code) {
      if (code != 0)
        writeErrorLine("colorproxy-cli --nproc " + std::to_string(n) + ": rank " + std::to_string(rank) +
                       " ended with exit code " + std::to_string(code) +
                       (code > 128 ? " (signal " + std::to_string(code - 128) + ")" : std::string()));
    });
    return result.exitCode();
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace colorproxy::cli
