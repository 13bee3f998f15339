#pragma once
// Segmentation test scores recomputed image by image from a fine-tuning run's saved predictions
// (predictions/index.csv, masks/, truth/): at the annotation's own resolution (the predicted classes
// resized back to each mask's size with nearest-neighbour, pixel centres aligned, as PIL and
// scikit-image do) or at the network's square input size (the saved resized truth). The same reader
// scores the trivial predictor that gives every pixel one class. Per-image confusion matrices feed the
// bootstrap over test images.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "colorproxy/eval/segmentation_report.h"
#include "finetune/finetune_data.h"

namespace colorproxy {

/// Where segmentation is scored.
enum class SegmentationScoring { Annotation, Network };

/// "annotation" or "network".
std::string segmentationScoringName(SegmentationScoring scoring);
/// Parses segmentationScoringName's text; throws std::invalid_argument naming the accepted values.
SegmentationScoring parseSegmentationScoring(const std::string& text);

/// One C x C confusion matrix (row = truth, column = prediction) per scored test image.
struct ImageConfusions {
  int classCount = 0;
  std::vector<std::filesystem::path> images;         ///< in index.csv order
  std::vector<std::vector<std::uint64_t>> perImage;  ///< row-major counts per image
};

/// Scores the predictions saved in `predictionsDir` against `data`'s test split. Annotation scoring
/// reads each test image's mask (data.maskSpec, data.maskLut; unmapped ids are ignored); network scoring
/// reads truth/. With `constantClass` >= 0 the saved predictions are not read and every pixel is
/// predicted as that class (the trivial predictor). Throws std::runtime_error naming the file when the
/// folder, a listed image or a mask is missing or unreadable.
ImageConfusions scoreSavedSegmentation(const std::filesystem::path& predictionsDir, const FinetuneData& data,
                                       SegmentationScoring scoring, int constantClass = -1);

/// The metrics of the summed matrices of `images` (indices into perImage, repetitions allowed; all
/// images when empty).
SegmentationReport summedReport(const ImageConfusions& confusions,
                                const std::vector<std::size_t>& images = {});

}  // namespace colorproxy
