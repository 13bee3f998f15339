#pragma once
#include <atomic>
#include <bitset>
#include <memory>
#include <vector>

#include "colorproxy/data/dataset_stats.h"

namespace colorproxy {

/// What the Datasets page learns by reading every mask once a dataset is open (off the GUI thread): the
/// per-split, per-class statistics and, for the class filter, which mask ids each sample contains.
struct DatasetIndex {
  DatasetStats stats;
  /// present[split][sample][id]: the sample's mask holds id (empty for samples without a mask).
  std::vector<std::vector<std::bitset<256>>> present;

  /// Builds the index of `dataset`; never throws (unreadable masks are in stats.problems). Stops early
  /// (with an incomplete index, to be thrown away) once `cancel` is set.
  static std::shared_ptr<const DatasetIndex> build(const Dataset& dataset,
                                                   const std::atomic<bool>* cancel = nullptr);
};

}  // namespace colorproxy
