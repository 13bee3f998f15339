#pragma once
// Counters and per-stage timings of a BatchLoader.
#include <cstddef>

namespace colorproxy {

/// What a BatchLoader has done so far. Stage times are CPU time of the loading threads (summed over
/// threads, in seconds), so they do not grow when other processes compete for the cores.
struct LoaderStats {
  std::size_t batches = 0;         ///< batches built
  std::size_t images = 0;          ///< samples loaded successfully
  std::size_t substituted = 0;     ///< loads that failed and were replaced (Skip policy)
  std::size_t reducedDecodes = 0;  ///< images decoded with JPEG DCT scaling
  double readSeconds = 0;          ///< file reading and header parsing
  double decodeSeconds = 0;
  double transformSeconds = 0;  ///< resize, crop, flip of the image
  double labSeconds = 0;        ///< BGR -> Lab
  double maskSeconds = 0;       ///< mask reading, checking and transforming
};

}  // namespace colorproxy
