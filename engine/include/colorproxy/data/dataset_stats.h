#pragma once
// Per-split, per-class counts of a dataset (images per class, mask pixel shares).
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "colorproxy/data/data_problem.h"
#include "colorproxy/data/dataset.h"

namespace colorproxy {

/// Counts for one split. Vectors are indexed like Dataset::labelClasses / Dataset::maskClasses.
struct SplitStats {
  std::string split;
  std::size_t samples = 0;
  std::size_t withLabels = 0;
  std::size_t withMasks = 0;
  std::vector<std::size_t> labelImages;   ///< images whose labels contain the class
  std::vector<std::size_t> maskImages;    ///< images whose mask contains the class
  std::vector<std::uint64_t> maskPixels;  ///< pixels of the class over the split's masks
  std::uint64_t voidPixels = 0;
  std::uint64_t otherPixels = 0;  ///< values that are neither a class nor void
  std::uint64_t totalPixels = 0;  ///< all mask pixels read

  /// Share of all mask pixels (void included) for mask class `i`; 0 when no mask was read.
  double pixelShare(std::size_t i) const;
  double voidShare() const;
};

/// Counts for every split, plus the problems met while reading masks.
struct DatasetStats {
  std::vector<SplitStats> splits;
  std::vector<DataProblem> problems;  ///< masks that could not be read or hold unknown values
};

/// Counts labels and (when `readMasks`) decodes every mask to count pixels. Never throws for a bad
/// mask: it is recorded in DatasetStats::problems. When `cancel` becomes true it stops reading masks and
/// returns the counts so far (the GUI drops them: another dataset replaced this one, or the program ends).
DatasetStats computeDatasetStats(const Dataset& dataset, bool readMasks = true,
                                 const std::atomic<bool>* cancel = nullptr);

}  // namespace colorproxy
