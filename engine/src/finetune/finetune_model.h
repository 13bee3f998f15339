#pragma once
// The network a fine-tuning run trains: a MultilabelClassifier or a SegmentationNet behind one
// interface (forward, loss, transfer, freezing by part name).
#include <string>
#include <vector>

#include <torch/torch.h>

#include "colorproxy/finetune/finetune_config.h"
#include "colorproxy/models/transfer_report.h"
#include "finetune/finetune_pretrained.h"
#include "models/multilabel_classifier.h"
#include "models/segmentation_net.h"

namespace colorproxy {

/// A downstream network built from a FinetuneConfig, with the loss of its task.
class FinetuneModel {
 public:
  /// Builds the network for `classCount` classes and initialises every weight from N(0, 0.02) drawn
  /// from torch's global generator (seed it first: baseline and pretrained runs of one seed then give
  /// their new layers identical values).
  FinetuneModel(const FinetuneConfig& config, int classCount);

  torch::nn::Module& module();
  const torch::nn::Module& module() const;
  bool segmentation() const { return m_segmentation; }

  /// L [N, 1, H, W] in [-1, 1] -> logits [N, C] (classification) or [N, C, H, W] (segmentation).
  torch::Tensor forward(const torch::Tensor& l);
  /// Mean BCE-with-logits against multi-hot targets [N, C], or cross-entropy against class ids [N, H, W]
  /// (int64; FinetuneData::kIgnoreId ignored; weighted by `classWeights` when defined).
  torch::Tensor loss(const torch::Tensor& logits, const torch::Tensor& target) const;
  void setClassWeights(const torch::Tensor& weights) { m_classWeights = weights; }

  /// Copies the generator's tensors into the transferable part; throws std::invalid_argument (from
  /// transferWeights) on any shape or name mismatch, leaving the network untouched.
  TransferReport transferFrom(const PretrainedGenerator& generator);

  /// Names of every parameter and buffer a transfer would fill ("transferred" part).
  std::vector<std::string> transferableNames() const;
  /// Parameter names matching a part ("transferred", "encoder", "decoder", "head" or a name prefix).
  /// Throws std::invalid_argument naming the part when nothing matches.
  std::vector<std::string> partParameters(const std::string& part) const;

  /// Makes exactly the parameters of `frozenParts` non-trainable (all others trainable); returns the
  /// number of frozen parameters' elements.
  int64_t freeze(const std::vector<std::string>& frozenParts);
  /// train() plus eval mode for the batch norms whose parameters are all frozen, so frozen parts keep
  /// their running statistics too (as Keras does for non-trainable layers).
  void trainMode();
  /// Parameters that currently require gradients.
  std::vector<torch::Tensor> trainableParameters();

 private:
  bool m_segmentation;
  std::string m_task;
  MultilabelClassifier m_classifier{nullptr};
  SegmentationNet m_segmenter{nullptr};
  torch::Tensor m_classWeights;
  /// The last transferFrom read a quarter-resolution (Zhang) generator: decoder.up1 is new as well.
  bool m_quarterSource = false;
  /// Parameter-name prefixes this network trains from scratch (its task's, plus up1 after a quarter source).
  std::vector<std::string> newPrefixes() const;
};

}  // namespace colorproxy
