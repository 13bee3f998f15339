#include "datasets/datasetindex.h"

#include <exception>

#include "colorproxy/data/mask_reader.h"

namespace colorproxy {

std::shared_ptr<const DatasetIndex> DatasetIndex::build(const Dataset& dataset,
                                                        const std::atomic<bool>* cancel) {
  auto index = std::make_shared<DatasetIndex>();
  index->stats = computeDatasetStats(dataset, true, cancel);
  const MaskSpec spec = dataset.maskSpec();
  index->present.resize(dataset.splits.size());
  for (std::size_t s = 0; s < dataset.splits.size(); ++s) {
    const auto& samples = dataset.splits[s].samples;
    index->present[s].resize(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i) {
      if (cancel && cancel->load(std::memory_order_relaxed)) return index;
      if (!samples[i].hasMask()) continue;
      try {
        const cv::Mat ids = readMask(samples[i].mask, spec);
        std::bitset<256>& bits = index->present[s][i];
        for (int y = 0; y < ids.rows; ++y) {
          const uchar* row = ids.ptr<uchar>(y);
          for (int x = 0; x < ids.cols; ++x) bits.set(row[x]);
        }
      } catch (const std::exception&) {
        // computeDatasetStats has recorded the problem.
      }
    }
  }
  return index;
}

}  // namespace colorproxy
