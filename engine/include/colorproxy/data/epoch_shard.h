#pragma once
// One process's share of an epoch in data-parallel training.
#include <cstddef>
#include <vector>

namespace colorproxy {

/// Rank `rank`'s share of an epoch whose (already shuffled) sample order is `order`, out of `shardCount`
/// ranks: the positions k with k mod shardCount == rank, in order. Every rank draws the same global
/// shuffle from the seed, so the shares are disjoint and together cover the epoch. With
/// `dropRemainder` the last (order.size() mod shardCount) positions are left out of the epoch, so every
/// rank gets the same number of samples and batches (collectives stay in step); as the order is
/// reshuffled each epoch, a different at most shardCount - 1 samples miss each epoch. Without it (for
/// evaluation, where only sums are reduced) every sample is in exactly one share and the shares differ by
/// at most one sample. Throws std::invalid_argument unless 0 <= rank < shardCount.
std::vector<std::size_t> epochShard(const std::vector<std::size_t>& order, int rank, int shardCount,
                                    bool dropRemainder);

}  // namespace colorproxy
