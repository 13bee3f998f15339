#pragma once
// Scoring a fine-tuned network on a list of samples: loss and task metrics, optionally the saved
// predictions (for independent recomputation) and preview pictures of the first few samples.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <torch/torch.h>

#include <opencv2/core.hpp>

#include "colorproxy/data/loader_options.h"
#include "colorproxy/data/sample.h"
#include "colorproxy/eval/multilabel_report.h"
#include "colorproxy/eval/segmentation_report.h"
#include "finetune/finetune_data.h"
#include "finetune/finetune_model.h"

namespace colorproxy {

class DistGroup;

/// What one evaluation pass measured.
struct FinetuneEvaluation {
  std::size_t sampleCount = 0;
  std::map<std::string, double> metrics;  ///< loss, mAP, exactMatch, labelAccuracy, microF1, macroF1 |
                                          ///< loss, mIoU, pixelAccuracy, meanClassAccuracy
  std::vector<double> perClass;           ///< AP or IoU per class
  MultilabelReport multilabel;            ///< classification details
  SegmentationReport segmentation;        ///< segmentation details
  std::vector<std::uint64_t> confusion;   ///< segmentation: C x C counts, row = truth
  std::vector<cv::Mat> previewGrey, previewPrediction,
      previewTruth;  ///< previewCount samples spread over the set
};

/// Settings of one evaluation pass.
struct FinetuneEvaluationOptions {
  LoaderOptions loader;  ///< batch size, threads, transform (no augmentation), LUT
  MaskSpec maskSpec;
  torch::Device device = torch::kCPU;
  bool bf16 = false;
  int previewCount = 0;
  std::filesystem::path predictionsDir;  ///< empty = do not save predictions
  /// Data-parallel: every rank scores its share of the samples (k mod N = rank) and the metrics are
  /// reduced so that every rank gets those of the whole list: segmentation sums the confusion matrices,
  /// classification gathers every sample's scores and labels in the list's order (AP needs them all).
  /// Previews come from rank 0's share. Not with predictionsDir (the files would be split over ranks).
  DistGroup* group = nullptr;
};

/// Runs `model` in eval mode over `samples` and measures it (see FinetuneTrainer for the layout of
/// predictionsDir: it is written into a temporary folder and renamed into place when complete).
FinetuneEvaluation evaluateFinetune(FinetuneModel& model, const FinetuneData& data,
                                    const std::vector<Sample>& samples,
                                    const FinetuneEvaluationOptions& options);

/// Metric names, without the val_/test_ prefix, in report order.
std::vector<std::string> finetuneMetricNames(bool segmentation);

}  // namespace colorproxy
