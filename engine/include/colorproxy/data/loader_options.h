#pragma once
// Settings for the BatchLoader.
#include <cstdint>
#include <functional>
#include <vector>

#include "colorproxy/data/data_problem.h"
#include "colorproxy/data/joint_transform.h"

namespace colorproxy {

/// Settings for BatchLoader: batching, order, resume point, augmentation and bad-file handling.
struct LoaderOptions {
  int batchSize = 4;
  int threads = 2;          ///< worker threads; 0 = load on the caller's thread inside next()
  int prefetchBatches = 0;  ///< batches prepared ahead of the consumer; 0 = 2 x threads (min 2)
  bool shuffle = true;      ///< new permutation per epoch, derived from (seed, epoch)
  bool dropLast = false;    ///< drop the last, incomplete batch of each epoch
  std::uint64_t seed = 0;

  int startEpoch = 0;  ///< resume point: first batch delivered is (startEpoch, startBatch)
  int startBatch = 0;
  int epochs = 1;  ///< epochs to deliver from startEpoch (the partial first one counts); 0 = endless

  /// Data-parallel training: this process delivers only share `shardRank` of `shardCount` of every epoch's
  /// order (colorproxy/data/epoch_shard.h), the tail left out when `shardDropRemainder`.
  int shardRank = 0;
  int shardCount = 1;
  bool shardDropRemainder = true;

  TransformOptions transform;         ///< per-sample augmentation, RNG derived from (seed, epoch, sample)
  bool loadMasks = true;              ///< read masks of samples that have one
  std::vector<std::uint8_t> maskLut;  ///< 256 entries mapping mask ids to training ids; empty = raw
  bool fastDecode = true;             ///< JPEG DCT-scaled decode (IMREAD_REDUCED_COLOR_2/4/8) when the
                                      ///< resize target is small enough

  BadInputPolicy policy = BadInputPolicy::Skip;  ///< Skip: substitute the next sample; Fail: throw
  bool keepGrayscale = false;                    ///< false: grayscale files are reported and substituted

  /// Called (from loader threads, once per file) for each problem met; must be thread-safe and quick.
  std::function<void(const DataProblem&)> onProblem;
};

}  // namespace colorproxy
