#include "experiment/task_comparison.h"

#include <cmath>
#include <map>
#include <stdexcept>

#include "experiment/trivial_predictors.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

// Higher-is-better for every metric except losses.
bool higherIsBetter(const std::string& metric) { return metric.find("loss") == std::string::npos; }

fs::path predictionsOf(const FinetuneResult& r) {
  if (!r.predictionsDir.empty()) return r.predictionsDir;
  return r.runDir.empty() ? fs::path() : r.runDir / "predictions";
}

bool allSavedPredictions(const std::vector<FinetuneResult>& runs) {
  for (const auto& r : runs) {
    const fs::path p = predictionsOf(r);
    if (p.empty() || !fs::exists(p / "index.csv")) return false;
  }
  return !runs.empty();
}

void storeSegmentationScores(FinetuneResult& r, const SegmentationReport& report) {
  r.testMetrics["test_mIoU"] = report.meanIoU;
  r.testMetrics["test_pixelAccuracy"] = report.pixelAccuracy;
  r.testMetrics["test_meanClassAccuracy"] = report.meanClassAccuracy;
  r.testPerClass = report.iou;
}

std::vector<ImageConfusions> rescore(std::vector<FinetuneResult>& runs, const FinetuneData& data,
                                     SegmentationScoring scoring) {
  std::vector<ImageConfusions> out;
  for (auto& r : runs) {
    out.push_back(scoreSavedSegmentation(predictionsOf(r), data, scoring));
    storeSegmentationScores(r, summedReport(out.back()));
  }
  return out;
}

std::vector<double> perClassMean(const std::vector<FinetuneResult>& runs, std::size_t classes) {
  std::vector<double> mean(classes, std::nan(""));
  for (std::size_t c = 0; c < classes; ++c) {
    double sum = 0;
    int n = 0;
    for (const auto& r : runs)
      if (c < r.testPerClass.size() && std::isfinite(r.testPerClass[c])) {
        sum += r.testPerClass[c];
        ++n;
      }
    if (n) mean[c] = sum / n;
  }
  return mean;
}

}  // namespace

TaskComparison compareTask(const std::string& task, const std::vector<std::uint64_t>& seeds,
                           std::vector<FinetuneResult>& baseline, std::vector<FinetuneResult>& pretrained,
                           const FinetuneData& data, const TaskComparisonOptions& options) {
  if (baseline.empty() || baseline.size() != pretrained.size() || baseline.size() != seeds.size())
    throw std::runtime_error(task + ": " + std::to_string(baseline.size()) + " baseline and " +
                             std::to_string(pretrained.size()) + " pretrained runs for " +
                             std::to_string(seeds.size()) + " seeds");
  TaskComparison t;
  t.task = task;
  t.seeds = seeds;
  t.pretrainIndex = options.pretrainIndex.empty() ? std::vector<int>(seeds.size(), 0) : options.pretrainIndex;
  t.trainImages = data.train.size();
  const bool seg = task == "segmentation";
  t.primaryMetric = seg ? "test_mIoU" : "test_mAP";
  t.perClassMetric = seg ? "IoU" : "AP";
  t.classNames = baseline.front().classNames;
  t.learnMargin = options.learnMargin;

  // Scores per image (segmentation) and the trivial predictor.
  std::vector<ImageConfusions> baselineImages, pretrainedImages;
  std::map<std::string, double> trivial;
  if (seg) {
    const bool saved = allSavedPredictions(baseline) && allSavedPredictions(pretrained);
    const SegmentationScoring scoring = saved ? options.scoring : SegmentationScoring::Network;
    t.scoring = segmentationScoringName(scoring);
    if (saved) {
      baselineImages = rescore(baseline, data, scoring);
      pretrainedImages = rescore(pretrained, data, scoring);
      for (const auto* set : {&baselineImages, &pretrainedImages})
        for (const auto& c : *set)
          if (c.images != baselineImages.front().images)
            throw std::runtime_error(task +
                                     ": the runs were scored on different test images; run the "
                                     "experiment again so that they share one test split");
      const int k = mostFrequentTrainingClass(data);
      const SegmentationReport r =
          summedReport(scoreSavedSegmentation(predictionsOf(baseline.front()), data, scoring, k));
      trivial = {{"mIoU", r.meanIoU},
                 {"pixelAccuracy", r.pixelAccuracy},
                 {"meanClassAccuracy", r.meanClassAccuracy}};
      t.trivialDescription = "every pixel = " + data.classNames.at(std::size_t(k)) +
                             ", the training split's most frequent class";
    } else {
      t.trivialDescription = "not computed: the runs saved no test predictions";
    }
  } else {
    const TrivialPrediction p = trivialClassification(data);
    trivial = p.metrics;
    t.trivialDescription = p.description;
  }

  // Paired statistics per metric.
  std::vector<std::string> names = {t.primaryMetric};
  for (const auto& [name, value] : baseline.front().testMetrics)
    if (name != t.primaryMetric) names.push_back(name);
  for (const auto& name : names) {
    std::vector<double> b, p;
    for (const auto& r : baseline)
      b.push_back(r.testMetrics.count(name) ? r.testMetrics.at(name) : std::nan(""));
    for (const auto& r : pretrained)
      p.push_back(r.testMetrics.count(name) ? r.testMetrics.at(name) : std::nan(""));
    MetricComparison m = compareMetric(name, higherIsBetter(name), b, p, options.pretrainIndex);
    const std::string bare = name.rfind("test_", 0) == 0 ? name.substr(5) : name;
    if (trivial.count(bare)) m.trivial = trivial.at(bare);
    t.metrics.push_back(std::move(m));
  }

  // Segmentation: the mean difference of mIoU, resampling test images (paired: the same resample for
  // both networks and every seed).
  if (!baselineImages.empty() && baselineImages.front().perImage.size() >= 2) {
    const auto statistic = [&](const std::vector<std::size_t>& images) {
      double sum = 0.0;
      for (std::size_t s = 0; s < baselineImages.size(); ++s)
        sum += summedReport(pretrainedImages[s], images).meanIoU -
               summedReport(baselineImages[s], images).meanIoU;
      return sum / double(baselineImages.size());
    };
    const ConfidenceInterval ci =
        bootstrapInterval(baselineImages.front().perImage.size(), statistic, 0.95, options.imageResamples);
    t.metrics.front().imageCiLow = ci.low;
    t.metrics.front().imageCiHigh = ci.high;
  }

  t.baselinePerClass = perClassMean(baseline, t.classNames.size());
  t.pretrainedPerClass = perClassMean(pretrained, t.classNames.size());
  for (const auto& r : baseline) {
    t.baselineRuns.push_back(r.runDir);
    t.baselineSeconds.push_back(r.seconds);
  }
  for (const auto& r : pretrained) {
    t.pretrainedRuns.push_back(r.runDir);
    t.pretrainedSeconds.push_back(r.seconds);
  }
  const MetricComparison& primary = t.metrics.front();
  t.baselineLearned = learnedEnough(primary.baselineMean, primary.trivial, t.learnMargin);
  t.pretrainedLearned = learnedEnough(primary.pretrainedMean, primary.trivial, t.learnMargin);
  t.outcome = primary.verdict;
  t.verdict = describeVerdict(t);
  return t;
}

}  // namespace colorproxy
