#pragma once
// The trivial predictors of the "did it learn" gate, scored on the test split: for segmentation every
// pixel gets the training split's most frequent class; for classification every image gets the
// training split's label frequencies as constant probabilities. A network that does not beat them by a
// margin has learned too little for its comparison with another network to say anything about transfer.
#include <map>
#include <string>
#include <vector>

#include "finetune/finetune_data.h"

namespace colorproxy {

/// A trivial predictor and its test metrics (names without the "test_" prefix, as the networks').
struct TrivialPrediction {
  std::string description;  ///< e.g. "every pixel = Road, the training split's most frequent class"
  std::map<std::string, double> metrics;  ///< mIoU, pixelAccuracy, meanClassAccuracy | mAP, exactMatch, ...
  std::vector<double> perClass;           ///< IoU or AP per class
  int constantClass = -1;                 ///< segmentation: the class every pixel gets
  std::vector<double> probabilities;      ///< classification: the constant probability of every class
};

/// The training split's most frequent class by pixels (masks read through data.maskLut; ties go to the
/// lower id). Throws std::runtime_error when no training mask has a labelled pixel.
int mostFrequentTrainingClass(const FinetuneData& data);

/// The classification predictor: per class, the share of training images with the label, as a
/// constant score for every test image, scored like the networks (threshold 0.5). Throws
/// std::runtime_error when the training or test split has no labelled image.
TrivialPrediction trivialClassification(const FinetuneData& data);

/// True when a network's mean primary metric beats the trivial predictor's by at least `margin`
/// (higher is better); false when either value is not finite.
bool learnedEnough(double networkMean, double trivialValue, double margin);

}  // namespace colorproxy
