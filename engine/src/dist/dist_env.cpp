#include "colorproxy/dist/dist_env.h"

#include <cstdlib>
#include <optional>
#include <stdexcept>

namespace colorproxy {
namespace {

std::optional<std::string> env(const char* name) {
  const char* v = std::getenv(name);
  if (!v || !*v) return std::nullopt;
  return std::string(v);
}

int intVariable(const char* name, const std::string& text, int low, int high) {
  size_t used = 0;
  long value = 0;
  try {
    value = std::stol(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || used == 0 || value < low || value > high)
    throw std::invalid_argument("environment variable " + std::string(name) + "='" + text +
                                "' is not a whole number from " + std::to_string(low) + " to " +
                                std::to_string(high) + "; fix or unset it");
  return int(value);
}

int intVariable(const char* name, int fallback, int low, int high) {
  const auto text = env(name);
  return text ? intVariable(name, *text, low, high) : fallback;
}

}  // namespace

std::string DistEnv::describe() const {
  if (!distributed()) return "single process";
  return "rank " + std::to_string(rank) + " of " + std::to_string(worldSize) + " (local " +
         std::to_string(localRank) + " of " + std::to_string(localWorldSize) + "), rendezvous " + masterAddr +
         ":" + std::to_string(masterPort) + ", via " + launcher;
}

std::string firstSlurmHost(const std::string& nodeList) {
  std::string out;
  for (size_t i = 0; i < nodeList.size(); ++i) {
    const char c = nodeList[i];
    if (c == ',') break;
    if (c != '[') {
      out += c;
      continue;
    }
    // A range list: take its first number, keeping its leading zeros ("[03-05,9]" -> "03").
    for (++i; i < nodeList.size() && nodeList[i] != '-' && nodeList[i] != ',' && nodeList[i] != ']'; ++i)
      out += nodeList[i];
    while (i < nodeList.size() && nodeList[i] != ']') ++i;
  }
  return out;
}

DistEnv distEnvFromEnvironment() {
  DistEnv e;
  e.timeoutSeconds = intVariable("COLORPROXY_DIST_TIMEOUT", e.timeoutSeconds, 1, 7 * 24 * 3600);
  const auto worldText = env("WORLD_SIZE");
  const auto rankText = env("RANK");
  if (worldText || rankText) {
    if (!worldText || !rankText)
      throw std::invalid_argument(std::string("environment variable ") + (worldText ? "RANK" : "WORLD_SIZE") +
                                  " is missing while " + (worldText ? "WORLD_SIZE" : "RANK") +
                                  " is set; a launcher sets both (torchrun, colorproxy-cli --nproc)");
    e.launcher = "torchrun";
    e.worldSize = intVariable("WORLD_SIZE", *worldText, 1, 1 << 20);
    e.rank = intVariable("RANK", *rankText, 0, e.worldSize - 1);
    e.localRank = intVariable("LOCAL_RANK", e.rank, 0, e.worldSize - 1);
    e.localWorldSize = intVariable("LOCAL_WORLD_SIZE", e.worldSize, 1, e.worldSize);
    if (const auto addr = env("MASTER_ADDR")) e.masterAddr = *addr;
  } else if (const auto tasks = env("SLURM_NTASKS")) {
    e.launcher = "slurm";
    e.worldSize = intVariable("SLURM_NTASKS", *tasks, 1, 1 << 20);
    e.rank = intVariable("SLURM_PROCID", 0, 0, e.worldSize - 1);
    e.localRank = intVariable("SLURM_LOCALID", 0, 0, e.worldSize - 1);
    // SLURM_NTASKS_PER_NODE may read "2(x3)" (2 tasks on each of 3 nodes): its leading number counts.
    if (const auto perNode = env("SLURM_NTASKS_PER_NODE")) {
      const std::string digits = perNode->substr(0, perNode->find_first_not_of("0123456789"));
      e.localWorldSize = intVariable("SLURM_NTASKS_PER_NODE", digits, 1, e.worldSize);
    }
    if (const auto addr = env("MASTER_ADDR")) {
      e.masterAddr = *addr;
    } else if (const auto nodes =
                   env("SLURM_STEP_NODELIST") ? env("SLURM_STEP_NODELIST") : env("SLURM_JOB_NODELIST")) {
      e.masterAddr = firstSlurmHost(*nodes);
    }
  } else {
    return e;
  }
  e.masterPort = intVariable("MASTER_PORT", e.masterPort, 1, 65535);
  if (e.masterAddr.empty())
    throw std::invalid_argument(
        "the rendezvous host is empty; set MASTER_ADDR to rank 0's host name or address");
  return e;
}

}  // namespace colorproxy
