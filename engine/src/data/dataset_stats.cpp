#include "colorproxy/data/dataset_stats.h"

#include <array>
#include <set>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/mask_reader.h"

namespace colorproxy {

double SplitStats::pixelShare(std::size_t i) const {
  return totalPixels == 0 || i >= maskPixels.size() ? 0.0 : double(maskPixels[i]) / double(totalPixels);
}

double SplitStats::voidShare() const {
  return totalPixels == 0 ? 0.0 : double(voidPixels) / double(totalPixels);
}

DatasetStats computeDatasetStats(const Dataset& dataset, bool readMasks, const std::atomic<bool>* cancel) {
  DatasetStats out;
  // Mask value -> position in maskClasses (-1 void, -2 unknown).
  std::array<int, 256> slot;
  slot.fill(-2);
  for (std::size_t i = 0; i < dataset.maskClasses.size(); ++i) {
    const int id = dataset.maskClasses[i].id;
    if (id >= 0 && id < 256) slot[std::size_t(id)] = int(i);
  }
  if (dataset.voidId >= 0 && dataset.voidId < 256) slot[std::size_t(dataset.voidId)] = -1;
  MaskSpec spec = dataset.maskSpec();
  spec.validIds.clear();  // count unknown values here instead of rejecting the mask

  for (const auto& split : dataset.splits) {
    SplitStats st;
    st.split = split.name;
    st.samples = split.samples.size();
    st.labelImages.assign(dataset.labelClasses.size(), 0);
    st.maskImages.assign(dataset.maskClasses.size(), 0);
    st.maskPixels.assign(dataset.maskClasses.size(), 0);
    for (const auto& s : split.samples) {
      if (s.hasLabels()) {
        ++st.withLabels;
        for (std::size_t c = 0; c < s.labels.size() && c < st.labelImages.size(); ++c)
          if (s.labels[c] > 0.5f) ++st.labelImages[c];
      }
      if (!s.hasMask()) continue;
      ++st.withMasks;
      if (!readMasks || (cancel && cancel->load(std::memory_order_relaxed))) continue;
      cv::Mat ids;
      try {
        ids = readMask(s.mask, spec);
      } catch (const DataError& e) {
        out.problems.push_back({s.mask, e.kind(), ProblemSeverity::Error, split.name, e.what()});
        continue;
      }
      std::array<std::uint64_t, 256> hist{};
      for (int y = 0; y < ids.rows; ++y) {
        const std::uint8_t* row = ids.ptr<std::uint8_t>(y);
        for (int x = 0; x < ids.cols; ++x) ++hist[row[x]];
      }
      std::uint64_t unknown = 0;
      int firstUnknown = -1;
      for (int v = 0; v < 256; ++v) {
        if (!hist[std::size_t(v)]) continue;
        st.totalPixels += hist[std::size_t(v)];
        const int k = slot[std::size_t(v)];
        if (k >= 0) {
          st.maskPixels[std::size_t(k)] += hist[std::size_t(v)];
          ++st.maskImages[std::size_t(k)];
        } else if (k == -1) {
          st.voidPixels += hist[std::size_t(v)];
        } else {
          unknown += hist[std::size_t(v)];
          if (firstUnknown < 0) firstUnknown = v;
        }
      }
      st.otherPixels += unknown;
      if (unknown > 0 && !dataset.maskClasses.empty())
        out.problems.push_back(
            {s.mask, ProblemKind::MaskBadValues, ProblemSeverity::Error, split.name,
             s.mask.string() + ": " + std::to_string(unknown) +
                 " pixel(s) hold values that are no class id (first: " + std::to_string(firstUnknown) + ")"});
    }
    out.splits.push_back(std::move(st));
  }
  return out;
}

}  // namespace colorproxy
