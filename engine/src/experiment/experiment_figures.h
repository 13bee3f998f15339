#pragma once
// The experiment's figures, drawn with OpenCV: training-loss curves of both initialisations (the
// paper's Figure 8) and a few test predictions side by side.
#include <filesystem>
#include <string>
#include <vector>

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

}  // namespace colorproxy
