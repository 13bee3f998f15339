#include "finetune/finetune_model.h"

#include <stdexcept>

#include "finetune/finetune_data.h"
#include "models/weight_init.h"
#include "models/weight_transfer.h"

namespace colorproxy {
namespace {

bool startsWithAny(const std::string& name, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes)
    if (name.compare(0, p.size(), p) == 0) return true;
  return false;
}

}  // namespace

FinetuneModel::FinetuneModel(const FinetuneConfig& config, int classCount)
    : m_segmentation(config.task == DownstreamTask::Segmentation), m_task(toString(config.task)) {
  if (m_segmentation) {
    m_segmenter = SegmentationNet(
        SegmentationNetOptions(classCount).ngf(config.ngf).numDowns(config.numDowns).dropout(config.dropout));
  } else {
    m_classifier = MultilabelClassifier(MultilabelClassifierOptions(classCount)
                                            .ngf(config.ngf)
                                            .numDowns(config.numDowns)
                                            .inputSize(config.imageSize)
                                            .hidden(config.hidden)
                                            .dropout(config.dropout)
                                            .globalPool(config.head == "gap"));
  }
  initPix2PixWeights(module());
}

torch::nn::Module& FinetuneModel::module() {
  return m_segmentation ? static_cast<torch::nn::Module&>(*m_segmenter) : *m_classifier;
}

const torch::nn::Module& FinetuneModel::module() const {
  return m_segmentation ? static_cast<const torch::nn::Module&>(*m_segmenter) : *m_classifier;
}

torch::Tensor FinetuneModel::forward(const torch::Tensor& l) {
  return m_segmentation ? m_segmenter->forward(l) : m_classifier->forward(l);
}

torch::Tensor FinetuneModel::loss(const torch::Tensor& logits, const torch::Tensor& target) const {
  const auto x = logits.to(torch::kFloat);
  if (!m_segmentation) {
    const auto t = target.to(torch::kFloat);
    const auto judged = t.ge(0.0);
    if (judged.all().item<bool>()) return torch::binary_cross_entropy_with_logits(x, t);
    // Ignored labels (kIgnoredLabel, VOC "difficult only") add nothing: the mean over the judged labels.
    const auto weight = judged.to(torch::kFloat);
    return torch::binary_cross_entropy_with_logits(x, t.clamp_min(0.0), weight, {}, at::Reduction::Sum) /
           weight.sum().clamp_min(1.0);
  }
  auto options = torch::nn::functional::CrossEntropyFuncOptions().ignore_index(FinetuneData::kIgnoreId);
  if (m_classWeights.defined()) options.weight(m_classWeights.to(x.device()));
  return torch::nn::functional::cross_entropy(x, target, options);
}

std::vector<std::string> FinetuneModel::newPrefixes() const {
  if (!m_segmentation) return MultilabelClassifierImpl::newPrefixes();
  auto prefixes = SegmentationNetImpl::newPrefixes();
  if (m_quarterSource) prefixes.push_back("decoder.up1.");
  return prefixes;
}

TransferReport FinetuneModel::transferFrom(const PretrainedGenerator& generator) {
  if (!m_segmentation)
    return transferWeights(generator.state, module(), MultilabelClassifierImpl::transferPrefixes(),
                           newPrefixes());
  // A quarter-resolution classification generator (Zhang et al.) has a 1x1 "decoder.head" instead of up0
  // and up1: the segmentation network starts both of those levels fresh and leaves the head behind.
  m_quarterSource = generator.state.contains("decoder.head.weight");
  if (!m_quarterSource)
    return transferWeights(generator.state, module(), SegmentationNetImpl::transferPrefixes(), newPrefixes());
  torch::OrderedDict<std::string, torch::Tensor> state;
  for (const auto& item : generator.state)
    if (!startsWithAny(item.key(), {"decoder.head."})) state.insert(item.key(), item.value());
  TransferReport report =
      transferWeights(state, module(), SegmentationNetImpl::transferPrefixes(), newPrefixes());
  report.skipped.push_back("decoder.head.weight");
  report.skipped.push_back("decoder.head.bias");
  return report;
}

std::vector<std::string> FinetuneModel::transferableNames() const {
  const auto in =
      m_segmentation ? SegmentationNetImpl::transferPrefixes() : MultilabelClassifierImpl::transferPrefixes();
  const auto out = newPrefixes();
  std::vector<std::string> names;
  for (const auto& item : namedState(module()))
    if (startsWithAny(item.key(), in) && !startsWithAny(item.key(), out)) names.push_back(item.key());
  return names;
}

std::vector<std::string> FinetuneModel::partParameters(const std::string& part) const {
  const auto in =
      m_segmentation ? SegmentationNetImpl::transferPrefixes() : MultilabelClassifierImpl::transferPrefixes();
  const auto out = newPrefixes();
  std::vector<std::string> names;
  for (const auto& p : module().named_parameters(true)) {
    const std::string& n = p.key();
    const bool transferable = startsWithAny(n, in) && !startsWithAny(n, out);
    bool match;
    if (part == "transferred")
      match = transferable;
    else if (part == "head")
      match = !transferable;
    else
      match = n == part || n.compare(0, part.size() + 1, part + ".") == 0;
    if (match) names.push_back(n);
  }
  if (names.empty())
    throw std::invalid_argument(
        "frozen part '" + part + "' matches no parameter of the " + m_task +
        " network (use transferred, encoder, decoder, head or a parameter-name prefix)");
  return names;
}

int64_t FinetuneModel::freeze(const std::vector<std::string>& frozenParts) {
  for (auto& p : module().parameters(true)) p.set_requires_grad(true);
  int64_t frozen = 0;
  for (const auto& part : frozenParts) {
    const auto names = partParameters(part);
    setTrainable(module(), names, false);
  }
  for (const auto& p : module().parameters(true))
    if (!p.requires_grad()) frozen += p.numel();
  return frozen;
}

void FinetuneModel::trainMode() {
  module().train();
  for (auto& m : module().modules(/*include_self=*/false)) {
    auto* bn = m->as<torch::nn::BatchNorm2d>();
    if (bn && bn->weight.defined() && !bn->weight.requires_grad()) bn->eval();
  }
}

std::vector<torch::Tensor> FinetuneModel::trainableParameters() {
  std::vector<torch::Tensor> out;
  for (auto& p : module().parameters(true))
    if (p.requires_grad()) out.push_back(p);
  return out;
}

}  // namespace colorproxy
