#pragma once
// One split (train / val / test / all ...) of a dataset.
#include <cstddef>
#include <string>
#include <vector>

#include "colorproxy/data/data_problem.h"
#include "colorproxy/data/sample.h"

namespace colorproxy {

/// The usable samples of one split, how many images were found for it, and the problems met.
struct DatasetSplit {
  std::string name;
  std::vector<Sample> samples;        ///< usable samples, in a stable (sorted or listed) order
  std::size_t imagesFound = 0;        ///< images the split names, usable or not
  std::vector<DataProblem> problems;  ///< every problem met while scanning this split
};

}  // namespace colorproxy
