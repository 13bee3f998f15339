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
  std::vector<std::size_t> judged(std::size_t(classes), 0);  // images whose label of the class is not ignored
  std::size_t labelled = 0;
  for (const auto& s : data.train) {
    if (s.labels.size() != std::size_t(classes)) continue;
    ++labelled;
    for (std::size_t c = 0; c < std::size_t(classes); ++c) {
      if (s.labels[c] == kIgnoredLabel) continue;
      ++judged[c];
      t.probabilities[c] += s.labels[c] > 0.5f ? 1 : 0;
    }
  }
  if (labelled == 0) throw std::runtime_error("the training split has no labelled image");
  for (std::size_t c = 0; c < t.probabilities.size(); ++c)
    if (judged[c] > 0) t.probabilities[c] /= double(judged[c]);
  MultilabelEvaluator evaluator(classes);
  std::vector<int> truth(static_cast<std::size_t>(classes), 0);
  for (const auto& s : data.test) {
    if (s.labels.size() != std::size_t(classes)) continue;
    for (std::size_t c = 0; c < std::size_t(classes); ++c)
      truth[c] = s.labels[c] == kIgnoredLabel ? -1 : s.labels[c] > 0.5f ? 1 : 0;
    evaluator.addSample(t.probabilities, truth);
  }
  if (evaluator.sampleCount() == 0) throw std::runtime_error("the test split has no labelled image");
  const MultilabelReport r = evaluator.report(0.5);
  for (const auto& c : r.perClass) t.perClass.push_back(c.averagePrecision);
  for (const auto& [name, value] : multilabelMetrics(r)) t.metrics[name] = value;
  t.description = "every image = the training split's label frequencies as constant probabilities";
  return t;
}

bool learnedEnough(double networkMean, double trivialValue, double margin) {
  return std::isfinite(networkMean) && std::isfinite(trivialValue) && networkMean >= trivialValue + margin;
}

}  // namespace colorproxy
