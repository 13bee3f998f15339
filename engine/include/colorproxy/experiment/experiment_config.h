#pragma once
// Settings of the paper's experiment as one job: pretrain a colorizer once (or reuse one), then
// fine-tune a randomly initialised baseline and a pretrained network on identical data for several
// seeds, per downstream task. Serialisable to JSON (the experiment folder's config.json).
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "colorproxy/finetune/finetune_config.h"
#include "colorproxy/pretrain/colorization_config.h"

namespace colorproxy {

/// Everything an experiment run needs.
struct ExperimentConfig {
  std::string name = "experiment";         ///< suffix of runs/<yyyymmdd-hhmmss>-<name>
  std::filesystem::path runsDir = "runs";  ///< parent of the experiment folder
  std::string presetName;                  ///< the preset it came from (informational)
  std::vector<std::string> tasks = {"segmentation", "classification"};
  int seeds = 3;  ///< fine-tuning seeds per pretraining run: firstSeed, firstSeed + 1, ...
  uint64_t firstSeed = 1;
  /// Pretraining runs (seeds pretrain.seed, pretrain.seed + 1, ...), each paired with its own `seeds`
  /// fine-tuning seeds (run j gets firstSeed + j x seeds ...), so the spread includes pretraining; the
  /// statistics then treat each pretraining run as one unit (the mean of its pairs).
  int pretrainSeeds = 1;
  /// Label-efficiency: percentages (0, 100] of the labelled training images, strictly increasing; both
  /// arms are fine-tuned on each, the smaller sets being subsets of the larger (drawn once from
  /// fractionSeed). {100} = every image, no label-efficiency curve.
  std::vector<double> fractions = {100.0};
  uint64_t fractionSeed = 1;  ///< the permutation the nested training subsets are taken from

  /// A colorization run folder or checkpoint to reuse; empty = pretrain with `pretrain`.
  std::filesystem::path pretrained;
  /// Folders whose images are pretrained on together (each searched recursively). When there are
  /// several they are combined through links in the experiment folder; `pretrain.dataPath` is ignored.
  std::vector<std::filesystem::path> pretrainSources;
  ColorizationConfig pretrain;  ///< runsDir/runName are set by the runner

  FinetuneConfig segmentation;    ///< template; init, seed, runName, runsDir set per run
  FinetuneConfig classification;  ///< template, as segmentation
  int exampleCount = 4;           ///< test images in the prediction-example figures
  int threads = 0;                ///< ATen threads for every run, 0 = all cores
  /// Where segmentation is scored for the report: "annotation" (each test mask at its own size, the
  /// predicted classes resized back with nearest-neighbour) or "network" (the network's input size).
  std::string segmentationScoring = "annotation";
  /// The "did it learn" gate: each arm's mean primary metric (mIoU / mAP) must beat the trivial
  /// predictor's by at least this much, or the task gets no verdict.
  double learnMargin = 0.05;
  /// Representation probes of the (first) colorization network against randomly initialised networks of
  /// the same shape, after fine-tuning: linear and k-NN multilabel probes per encoder level on the
  /// classification data, and a 1x1 convolution on the decoder's last features on the segmentation data
  /// (test mIoU); `seeds` probe seeds. Written to probes/ in the experiment folder and into the report.
  bool probes = false;

  /// Problems (empty when runnable), each naming the field: tasks, seeds, the pretraining and
  /// fine-tuning settings (dataPath of every task used), and ngf/numDowns agreement between them.
  std::vector<std::string> validate() const;

  /// Every setting as pretty-printed JSON (the experiment folder's config.json holds it as "settings").
  std::string toJsonString() const;
  /// Reads toJsonString()'s form (or an experiment's config.json, whose "settings" is used). Missing keys
  /// keep their defaults; invalid JSON, unknown keys and wrong types throw std::invalid_argument naming
  /// them, prefixed with `origin` (e.g. a file name).
  static ExperimentConfig fromJsonString(const std::string& text,
                                         const std::string& origin = "experiment config");
  static ExperimentConfig fromFile(const std::filesystem::path& file);

  /// True when more than one label fraction (or one below 100 %) is studied.
  bool labelEfficiency() const;

  /// Sets one setting from text. Keys: name, runsDir, tasks (comma list), seeds, firstSeed, pretrainSeeds,
  /// fractions (comma list of percentages), fractionSeed, pretrained,
  /// pretrainSources (comma list), exampleCount, threads, segmentationScoring, learnMargin, probes;
  /// "pretrain.<key>",
  /// "segmentation.<key>", "classification.<key>" for the nested configs; "finetune.<key>" for both tasks;
  /// and the shape keys imageSize, ngf, numDowns, device, bf16 which set the pretraining run and both tasks
  /// at once.
  void set(const std::string& key, const std::string& value);

  /// The fine-tuning template of `task` ("segmentation" or "classification"); throws otherwise.
  const FinetuneConfig& finetune(const std::string& task) const;
  FinetuneConfig& finetune(const std::string& task);

  /// "paper": Pascal VOC 2012 at `dataRoot` (VOCdevkit/VOC2012, VOC2012 or the folder itself), 256 px,
  /// ngf 64, 8 downs, the paper's schedules and batch sizes; pretraining on `dataRoot`'s training images
  /// unless pretrainSources / pretrained are given (the paper pretrained on COCO 2014 train).
  /// "quick": the bundled samples layout at `dataRoot` (photos/, camvid/, coco128/): pretraining on
  /// photos + camvid/train, segmentation on CamVid, classification on coco128's VOC-20 view, 64 px,
  /// small networks; minutes on a laptop CPU.
  /// "study": CamVid at `dataRoot` (train/val/test with annotations): pretraining on the train + val images
  /// only (never test), 128 px, 6 seeds, label fractions 10/25/50/100 %, 800 fine-tuning steps per run
  /// whatever the fraction (warm-up + cosine), bf16; about 75-90 minutes on 2 CPU cores. Throws
  /// std::invalid_argument for other names.
  static ExperimentConfig preset(const std::string& name, const std::filesystem::path& dataRoot);
  static std::vector<std::string> presetNames();
};

}  // namespace colorproxy
