#pragma once
// Multi-threaded, reproducible batch loading with a bounded prefetch queue.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "colorproxy/data/batch.h"
#include "colorproxy/data/dataset.h"
#include "colorproxy/data/loader_options.h"
#include "colorproxy/data/loader_stats.h"

namespace colorproxy {

/// Decodes, transforms and converts samples to Lab in worker threads, ahead of the consumer, and
/// hands out batches in a fixed order. The batches (order, crops, flips, substitutions) depend only
/// on the samples, the options and the seed, never on thread timing. Construct and call next() from
/// one consumer thread; stats() and problems() may be called from any thread. The destructor stops
/// and joins the workers, whether or not the consumer is reading.
class BatchLoader {
 public:
  /// Loads `samples`; `maskSpec` says how to read and check their masks.
  BatchLoader(std::vector<Sample> samples, LoaderOptions options, MaskSpec maskSpec = {});
  /// Loads the split `split` of `dataset` (throws DataError when there is no such split).
  BatchLoader(const Dataset& dataset, const std::string& split, LoaderOptions options);
  ~BatchLoader();
  BatchLoader(const BatchLoader&) = delete;
  BatchLoader& operator=(const BatchLoader&) = delete;

  /// The next batch, waiting for it if needed; nullopt after the last epoch or after stop().
  /// Under BadInputPolicy::Fail rethrows the DataError (naming the file) of a bad sample, in the
  /// position where that batch would have been.
  std::optional<Batch> next();
  /// Stops the workers and joins them; later next() calls return nullopt. Idempotent.
  void stop();

  std::size_t sampleCount() const;
  std::size_t batchesPerEpoch() const;
  const LoaderOptions& options() const;
  LoaderStats stats() const;
  /// Every distinct problem met so far (each file once).
  std::vector<DataProblem> problems() const;
  /// The sample order of `epoch` (a permutation of 0..sampleCount()-1, identity without shuffle).
  std::vector<std::size_t> epochOrder(int epoch) const;

 private:
  struct State;
  std::unique_ptr<State> m_state;
};

}  // namespace colorproxy
