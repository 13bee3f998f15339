#include "colorproxy/io/run_kind.h"

namespace colorproxy {

namespace {
const char* const kColorizationTag = "colorization";
const char* const kExperimentTag = "experiment";
const char* const kFinetunePrefix = "finetune-";
}  // namespace

std::string toString(DownstreamTask task) {
  return task == DownstreamTask::Segmentation ? "segmentation" : "classification";
}

std::optional<DownstreamTask> parseDownstreamTask(const std::string& text) {
  if (text == "classification") return DownstreamTask::Classification;
  if (text == "segmentation") return DownstreamTask::Segmentation;
  return std::nullopt;
}

std::string toString(RunKind kind) {
  switch (kind) {
    case RunKind::Pretraining:
      return "pretraining";
    case RunKind::Finetune:
      return "finetune";
    case RunKind::Experiment:
      return "experiment";
  }
  return "unknown";
}

std::string configTaskTag(RunKind kind, DownstreamTask task) {
  switch (kind) {
    case RunKind::Pretraining:
      return kColorizationTag;
    case RunKind::Finetune:
      return kFinetunePrefix + toString(task);
    case RunKind::Experiment:
      return kExperimentTag;
  }
  return {};
}

std::optional<RunKindTag> parseConfigTaskTag(const std::string& tag) {
  if (tag == kColorizationTag) return RunKindTag{RunKind::Pretraining, std::nullopt};
  if (tag == kExperimentTag) return RunKindTag{RunKind::Experiment, std::nullopt};
  const std::string prefix = kFinetunePrefix;
  if (tag.compare(0, prefix.size(), prefix) == 0) {
    if (auto task = parseDownstreamTask(tag.substr(prefix.size())))
      return RunKindTag{RunKind::Finetune, task};
  }
  return std::nullopt;
}

}  // namespace colorproxy
