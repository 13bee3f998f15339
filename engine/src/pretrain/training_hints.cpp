#include "pretrain/training_hints.h"

#include <stdexcept>

#include "colorproxy/data/rng.h"
#include "colorproxy/hints/hint_maps.h"
#include "io/colorization_model.h"

namespace colorproxy {
namespace {

constexpr std::uint64_t kHintKey = 0x68696e7473;  // "hints": keeps these streams apart from augmentation

}  // namespace

torch::Tensor simulatedHintChannels(const std::vector<cv::Mat>& labImages,
                                    const std::vector<std::size_t>& sampleIndices, std::uint64_t seed,
                                    std::uint64_t stream, double abDivisor,
                                    const HintSimulationOptions& options) {
  if (labImages.empty() || labImages.size() != sampleIndices.size())
    throw std::invalid_argument("simulatedHintChannels: " + std::to_string(labImages.size()) +
                                " images and " + std::to_string(sampleIndices.size()) + " sample indices");
  std::vector<HintMaps> maps;
  for (size_t i = 0; i < labImages.size(); ++i) {
    const cv::Mat& lab = labImages[i];
    if (lab.type() != CV_32FC3 || lab.rows != lab.cols)
      throw std::invalid_argument("simulatedHintChannels: image " + std::to_string(i) +
                                  " is not a square CV_32FC3 Lab image");
    cv::Mat ab(lab.size(), CV_32FC2);
    const int fromTo[] = {1, 0, 2, 1};
    cv::mixChannels(&lab, 1, &ab, 1, fromTo, 2);
    const std::uint64_t imageSeed = Rng::derive({seed, kHintKey, stream, std::uint64_t(sampleIndices[i])})();
    const auto hints = simulateHints(ab, imageSeed, options);
    maps.push_back(rasterizeHints(hints, lab.size(), lab.cols, abDivisor));
  }
  return packHintMaps(maps);
}

}  // namespace colorproxy
