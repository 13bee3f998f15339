#include "colorproxy/probe/probe_config.h"

#include <stdexcept>
#include <string>

namespace colorproxy {

void ProbeConfig::validate() const {
  const auto fail = [](const std::string& m) { throw std::invalid_argument("probe: " + m); };
  if (data.dataPath.empty())
    fail("no dataset given; pass --data DIR (a COCO, VOC or folder dataset with labels)");
  if (model.empty()) fail("no model given; pass --model RUN_OR_FILE, or --model random");
  if (model == "random" && !baseline)
    fail("--model random with --no-baseline leaves nothing to probe; drop --no-baseline");
  if (seeds < 1 || seeds > 100) fail("seeds must be 1..100 (got " + std::to_string(seeds) + ")");
  if (featureBudget < 1) fail("the feature budget must be positive (Zhang et al. use about 9000)");
  if (knnK < 1) fail("k of the k-NN probe must be at least 1");
  if (epochs < 1 || batchSize < 1) fail("linear probe epochs and batch size must be at least 1");
  if (!(lr > 0.0) || weightDecay < 0.0)
    fail("the linear probe's rate must be positive and its weight decay >= 0");
  for (const int l : levels)
    if (l < 0) fail("level " + std::to_string(l) + " does not exist; levels count from 0 (outermost)");
  if (outDir.empty()) fail("no output folder; pass --out DIR");
}

}  // namespace colorproxy
