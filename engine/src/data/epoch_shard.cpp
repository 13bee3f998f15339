#include "colorproxy/data/epoch_shard.h"

#include <stdexcept>
#include <string>

namespace colorproxy {

std::vector<std::size_t> epochShard(const std::vector<std::size_t>& order, int rank, int shardCount,
                                    bool dropRemainder) {
  if (shardCount < 1 || rank < 0 || rank >= shardCount)
    throw std::invalid_argument("epoch shard: rank " + std::to_string(rank) + " of " +
                                std::to_string(shardCount) + " ranks; expected 0 <= rank < ranks");
  const std::size_t w = std::size_t(shardCount);
  const std::size_t end = dropRemainder ? order.size() - order.size() % w : order.size();
  std::vector<std::size_t> out;
  out.reserve(end / w + 1);
  for (std::size_t k = std::size_t(rank); k < end; k += w) out.push_back(order[k]);
  return out;
}

}  // namespace colorproxy
