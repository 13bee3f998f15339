#pragma once
// The run-folder vocabulary: what kind of run a folder holds and which downstream task a fine-tuning
// run trains. Everything in the engine and the UI uses these enums; their strings exist only at the
// JSON boundary (config.json, report.json, checkpoint metadata), written and parsed here.
#include <optional>
#include <string>

namespace colorproxy {

/// What a run folder holds.
enum class RunKind {
  Pretraining,  ///< a colorization pretext run (`pretrain`); config.json "task": "colorization"
  Finetune,     ///< one fine-tuning run (`finetune`); config.json "task": "finetune-<task>"
  Experiment,   ///< an experiment (`experiment`); config.json "task": "experiment"
};

/// The downstream task of a fine-tuning run.
enum class DownstreamTask {
  Classification,  ///< multilabel classification on the encoder + a dense head
  Segmentation,    ///< semantic segmentation on the whole U-Net + a new output layer
};

/// "classification" / "segmentation".
std::string toString(DownstreamTask task);
/// Parses "classification" / "segmentation"; nothing for any other text.
std::optional<DownstreamTask> parseDownstreamTask(const std::string& text);

/// "pretraining" / "finetune" / "experiment" (the names users see in listings).
std::string toString(RunKind kind);

/// The value config.json's "task" field holds for a run of this kind ("colorization",
/// "finetune-classification", "finetune-segmentation", "experiment"). `task` is used for Finetune only.
std::string configTaskTag(RunKind kind, DownstreamTask task = DownstreamTask::Classification);

/// The kind (and, for fine-tuning, the task) a config.json "task" value names; nothing when unknown.
struct RunKindTag {
  RunKind kind = RunKind::Pretraining;
  std::optional<DownstreamTask> task;  ///< set for Finetune
};
std::optional<RunKindTag> parseConfigTaskTag(const std::string& tag);

}  // namespace colorproxy
