#include "finetune/finetune_class_weights.h"

#include <algorithm>
#include <stdexcept>

#include "colorproxy/data/mask_reader.h"

namespace colorproxy {

ClassPixelCounts countClassPixels(const std::vector<Sample>& samples, const MaskSpec& spec,
                                  const std::vector<std::uint8_t>& lut, int classCount) {
  ClassPixelCounts counts;
  counts.classPixels.assign(std::size_t(classCount), 0);
  counts.presentPixels.assign(std::size_t(classCount), 0);
  std::vector<std::uint64_t> image(static_cast<std::size_t>(classCount), 0);
  for (const auto& s : samples) {
    if (!s.hasMask()) continue;
    const cv::Mat mask = readMask(s.mask, spec);
    std::fill(image.begin(), image.end(), 0);
    std::uint64_t total = 0;
    for (int y = 0; y < mask.rows; ++y) {
      const auto* row = mask.ptr<std::uint8_t>(y);
      for (int x = 0; x < mask.cols; ++x) {
        const int c = lut.empty() ? row[x] : lut[row[x]];
        if (c < classCount) {
          ++image[std::size_t(c)];
          ++total;
        }
      }
    }
    for (int c = 0; c < classCount; ++c) {
      if (image[std::size_t(c)] == 0) continue;
      counts.classPixels[std::size_t(c)] += image[std::size_t(c)];
      counts.presentPixels[std::size_t(c)] += total;
    }
  }
  return counts;
}

std::vector<double> medianFrequencyWeights(const ClassPixelCounts& counts) {
  if (counts.classPixels.size() != counts.presentPixels.size())
    throw std::invalid_argument("medianFrequencyWeights: " + std::to_string(counts.classPixels.size()) +
                                " class counts but " + std::to_string(counts.presentPixels.size()) +
                                " totals");
  std::vector<double> freq(counts.classPixels.size(), 0.0), seen;
  for (std::size_t c = 0; c < freq.size(); ++c) {
    if (counts.classPixels[c] == 0 || counts.presentPixels[c] == 0) continue;
    freq[c] = double(counts.classPixels[c]) / double(counts.presentPixels[c]);
    seen.push_back(freq[c]);
  }
  if (seen.empty())
    throw std::invalid_argument("median-frequency class weights: no class appears in the training masks");
  std::sort(seen.begin(), seen.end());
  const std::size_t n = seen.size();
  const double median = n % 2 ? seen[n / 2] : 0.5 * (seen[n / 2 - 1] + seen[n / 2]);
  std::vector<double> w(freq.size(), 1.0);
  for (std::size_t c = 0; c < freq.size(); ++c)
    if (freq[c] > 0.0) w[c] = median / freq[c];
  return w;
}

}  // namespace colorproxy
