#include "experiment/trivial_predictors.h"

#include <cmath>
#include <stdexcept>

#include "colorproxy/eval/multilabel_evaluator.h"
#include "finetune/finetune_class_weights.h"

namespace colorproxy {

int mostFrequentTrainingClass(const FinetuneData& data) {
  const ClassPixelCounts counts =
      countClassPixels(data.train, data.maskSpec, data.maskLut, data.classCount());
  int best = -1;
  for (int c = 0; c < data.classCount(); ++c)
    if (counts.classPixels[std::size_t(c)] > 0 &&
        (best < 0 || counts.classPixels[std::size_t(c)] > counts.classPixels[std::size_t(best)]))
      best = c;
  if (best < 0)
    throw std::runtime_error("the training masks have no labelled pixel, so no class is most frequent");
  return best;
}

TrivialPrediction trivialClassification(const FinetuneData& data) {
  const int classes = data.classCount();
  TrivialPrediction t;
  t.probabilities.assign(std::size_t(classes), 0.0);
  std::size_t labelled = 0;
  for (const auto& s : data.train) {
    if (s.labels.size() != std::size_t(classes)) continue;
    ++labelled;
    for (int c = 0; c < classes; ++c)
      t.probabilities[std::size_t(c)] += s.labels[std::size_t(c)] > 0.5f ? 1 : 0;
  }
  if (labelled == 0) throw std::runtime_error("the training split has no labelled image");
  for (auto& p : t.probabilities) p /= double(labelled);
  MultilabelEvaluator evaluator(classes);
  std::vector<int> truth(static_cast<std::size_t>(classes), 0);
  for (const auto& s : data.test) {
    if (s.labels.size() != std::size_t(classes)) continue;
    for (int c = 0; c < classes; ++c) truth[std::size_t(c)] = s.labels[std::size_t(c)] > 0.5f ? 1 : 0;
    evaluator.addSample(t.probabilities, truth);
  }
  if (evaluator.sampleCount() == 0) throw std::runtime_error("the test split has no labelled image");
  const MultilabelReport r = evaluator.report(0.5);
  for (const auto& c : r.perClass) t.perClass.push_back(c.averagePrecision);
  t.metrics["mAP"] = r.meanAveragePrecision;
  t.metrics["exactMatch"] = r.exactMatchAccuracy;
  t.metrics["labelAccuracy"] = r.perLabelAccuracy;
  t.metrics["microF1"] = r.microF1;
  t.metrics["macroF1"] = r.macroF1;
  t.description = "every image = the training split's label frequencies as constant probabilities";
  return t;
}

bool learnedEnough(double networkMean, double trivialValue, double margin) {
  return std::isfinite(networkMean) && std::isfinite(trivialValue) && networkMean >= trivialValue + margin;
}

}  // namespace colorproxy
