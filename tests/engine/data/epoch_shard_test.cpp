#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "colorproxy/data/batch_loader.h"
#include "colorproxy/data/epoch_shard.h"
#include "data_fixtures.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

std::vector<std::size_t> identity(std::size_t n) {
  std::vector<std::size_t> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = i;
  return v;
}

TEST(EpochShard, StridedSharesByHand) {
  const std::vector<std::size_t> order = {7, 3, 9, 0, 5, 1, 8};
  EXPECT_EQ(epochShard(order, 0, 2, true), (std::vector<std::size_t>{7, 9, 5}));
  EXPECT_EQ(epochShard(order, 1, 2, true), (std::vector<std::size_t>{3, 0, 1}));  // 8 left out
  EXPECT_EQ(epochShard(order, 0, 2, false), (std::vector<std::size_t>{7, 9, 5, 8}));
  EXPECT_EQ(epochShard(order, 1, 2, false), (std::vector<std::size_t>{3, 0, 1}));
  EXPECT_EQ(epochShard(order, 0, 1, true), order);
  EXPECT_THROW(epochShard(order, 2, 2, true), std::invalid_argument);
  EXPECT_THROW(epochShard(order, 0, 0, true), std::invalid_argument);
}

// Test (c) of issue 15: the shares of one epoch are disjoint and cover it (all of it without the
// remainder rule; all but n mod ranks samples with it, each rank the same count).
TEST(EpochShard, SharesAreDisjointAndCoverTheEpoch) {
  for (const int ranks : {2, 3, 4}) {
    for (const std::size_t n : {12u, 13u, 14u, 1u}) {
      for (const bool drop : {true, false}) {
        std::set<std::size_t> seen;
        std::size_t total = 0;
        for (int r = 0; r < ranks; ++r) {
          const auto share = epochShard(identity(n), r, ranks, drop);
          if (drop) {
            EXPECT_EQ(share.size(), n / std::size_t(ranks));
          }
          for (std::size_t i : share) EXPECT_TRUE(seen.insert(i).second) << "sample " << i << " twice";
          total += share.size();
        }
        EXPECT_EQ(total, drop ? n - n % std::size_t(ranks) : n) << ranks << " ranks, " << n << " samples";
      }
    }
  }
}

// Two loaders over the same samples, one per rank, deliver disjoint batches that together are exactly
// what one loader with twice the batch delivers, batch by batch.
TEST(EpochShard, TwoRankLoadersSplitEachGlobalBatch) {
  test::TempDir dir;
  std::vector<Sample> samples;
  for (int i = 0; i < 13; ++i) {
    Sample s;
    s.image = dir / ("img" + std::to_string(i) + ".png");
    test::writeImage(s.image, test::makeColourImage(20, 16, unsigned(i + 1)));
    samples.push_back(s);
  }
  LoaderOptions o;
  o.batchSize = 6;
  o.threads = 0;
  o.seed = 99;
  o.epochs = 2;
  o.shuffle = true;
  o.transform = TransformOptions::resizeOnly(16);
  o.dropLast = true;  // 2 whole batches of 6 per epoch, as the shares below
  std::vector<std::vector<std::size_t>> whole;
  {
    BatchLoader one(samples, o);
    const auto order0 = one.epochOrder(0);
    while (auto b = one.next()) whole.push_back(b->sampleIndices);
    ASSERT_EQ(order0.size(), 13u);
  }
  o.batchSize = 3;
  o.shardCount = 2;
  std::vector<std::vector<std::size_t>> shards[2];
  for (int r = 0; r < 2; ++r) {
    o.shardRank = r;
    BatchLoader loader(samples, o);
    EXPECT_EQ(loader.batchesPerEpoch(), 2u);  // 6 of the 13 samples each, in batches of 3
    while (auto b = loader.next()) shards[r].push_back(b->sampleIndices);
  }
  ASSERT_EQ(shards[0].size(), 4u);
  ASSERT_EQ(shards[1].size(), 4u);
  for (std::size_t k = 0; k < 4; ++k) {
    std::vector<std::size_t> together = shards[0][k];
    together.insert(together.end(), shards[1][k].begin(), shards[1][k].end());
    std::sort(together.begin(), together.end());
    std::vector<std::size_t> expected = whole[k];
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(together, expected) << "global batch " << k;
  }
  o.shardRank = 5;
  EXPECT_THROW(BatchLoader(samples, o), std::invalid_argument);
}

}  // namespace
}  // namespace colorproxy
