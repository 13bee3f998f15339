#pragma once
// The experiment's figures, drawn with OpenCV: training-loss curves of both initialisations (the
// paper's Figure 8) and a few test predictions side by side.
#include <filesystem>
#include <string>
#include <vector>

#include "colorproxy/experiment/experiment_result.h"
#include "colorproxy/finetune/finetune_trainer.h"

namespace colorproxy {

/// Training loss against epochs: one thin line per seed (smoothed per-iteration loss) and a thick line
/// of the per-epoch mean over seeds, baseline in blue and pretrained in orange. Written atomically.
void writeLossFigure(const std::filesystem::path& file, const std::string& task,
                     const std::vector<FinetuneResult>& baseline,
                     const std::vector<FinetuneResult>& pretrained);

/// Up to `count` test images, evenly spread: grey input | baseline | pretrained | truth (masks in the
/// VOC colours for segmentation; top predicted labels and the true labels for classification), read
/// from the two runs' saved predictions. Returns false (and writes nothing) when a run saved none.
bool writeExamplesFigure(const std::filesystem::path& file, const std::string& task,
                         const FinetuneResult& baseline, const FinetuneResult& pretrained, int count);

/// Label efficiency of one task: its primary metric against the share of labelled training images (log
/// scale), each arm's mean with its 95 % interval as error bars (baseline blue, pretrained orange), the
/// trivial predictor dashed grey, and each fraction's verdict under the axis. Written atomically.
void writeLabelEfficiencyFigure(const std::filesystem::path& file, const std::string& task,
                                const std::vector<const TaskComparison*>& rows);

}  // namespace colorproxy
