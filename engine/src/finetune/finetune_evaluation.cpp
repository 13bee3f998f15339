#include "finetune/finetune_evaluation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <stdexcept>

#include <unistd.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/base/csv.h"
#include "colorproxy/base/number_text.h"
#include "colorproxy/data/batch_loader.h"
#include "colorproxy/eval/confusion_matrix.h"
#include "colorproxy/eval/multilabel_evaluator.h"
#include "dist/dist_group.h"
#include "finetune/finetune_batch.h"
#include "tensor/mat_tensor.h"
#include "train/cpu_autocast.h"
#include "train/preview_picker.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

// A probability on a preview card: two decimals ("0.57", not 0.569999993).
std::string probabilityText(double p) { return fixedText(p, 2); }

std::string predictionName(std::size_t index, const fs::path& image) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04zu-", index);
  return buf + image.stem().string() + ".png";
}

void writePng(const fs::path& file, const cv::Mat& ids) {
  if (!cv::imwrite(file.string(), ids))
    throw std::runtime_error("cannot write the prediction '" + file.string() + "' (is the disk full?)");
}

// Collects the prediction files in a private folder and swaps it in when the pass is complete, so a
// predictions/ folder is always whole (a crash leaves at most a stray temporary folder).
class PredictionWriter {
 public:
  PredictionWriter(fs::path target, const FinetuneData& data, bool segmentation)
      : m_target(std::move(target)), m_segmentation(segmentation) {
    m_tmp =
        m_target.parent_path() / ("." + m_target.filename().string() + ".tmp-" + std::to_string(::getpid()));
    std::error_code ec;
    fs::remove_all(m_tmp, ec);
    fs::create_directories(m_segmentation ? m_tmp / "masks" : m_tmp, ec);
    if (m_segmentation) fs::create_directories(m_tmp / "truth", ec);
    if (ec) throw std::runtime_error("cannot create '" + m_tmp.string() + "': " + ec.message());
    if (m_segmentation) {
      m_index.open(m_tmp / "index.csv");
      m_index << "index,image,prediction,truth\n";
    } else {
      m_probs.open(m_tmp / "probabilities.csv");
      m_labels.open(m_tmp / "labels.csv");
      m_probs << "image";
      m_labels << "image";
      for (const auto& c : data.classNames) {
        m_probs << "," << csvField(c);
        m_labels << "," << csvField(c);
      }
      m_probs << "\n";
      m_labels << "\n";
    }
  }

  void addMask(std::size_t index, const fs::path& image, const cv::Mat& prediction, const cv::Mat& truth) {
    const std::string name = predictionName(index, image);
    writePng(m_tmp / "masks" / name, prediction);
    writePng(m_tmp / "truth" / name, truth);
    m_index << csvLine({std::to_string(index), image.string(), "masks/" + name, "truth/" + name}) << "\n";
  }

  void addScores(const fs::path& image, const float* probs, const float* labels, int classCount) {
    m_probs << csvField(image.string());
    m_labels << csvField(image.string());
    for (int c = 0; c < classCount; ++c) {
      m_probs << "," << preciseText(probs[c]);
      m_labels << "," << (labels[c] > 0.5f ? 1 : 0);
    }
    m_probs << "\n";
    m_labels << "\n";
  }

  void commit() {
    for (auto* f : {&m_index, &m_probs, &m_labels}) {
      if (!f->is_open()) continue;
      f->flush();
      if (!*f)
        throw std::runtime_error("cannot write the predictions in '" + m_tmp.string() + "' (disk full?)");
      f->close();
    }
    std::error_code ec;
    fs::remove_all(m_target, ec);
    fs::rename(m_tmp, m_target, ec);
    if (ec)
      throw std::runtime_error("cannot move the predictions into '" + m_target.string() +
                               "': " + ec.message());
  }

  ~PredictionWriter() {
    std::error_code ec;
    if (fs::exists(m_tmp, ec)) fs::remove_all(m_tmp, ec);
  }

 private:
  fs::path m_target, m_tmp;
  bool m_segmentation;
  std::ofstream m_index, m_probs, m_labels;
};

// Every rank's (sample index, scores, labels) rows, added to `evaluator` in the order of the sample list,
// as one process would add them. Each rank pads its rows to the largest share (index -1) so the
// all-gather has one shape.
void addGatheredSamples(DistGroup& group, const std::vector<float>& rows, std::size_t sampleCount,
                        int classes, MultilabelEvaluator& evaluator) {
  const int64_t width = 1 + 2 * int64_t(classes);
  const int64_t most = int64_t((sampleCount + std::size_t(group.size()) - 1) / std::size_t(group.size()));
  torch::Tensor mine = torch::full({most, width}, -1.0f);
  const int64_t have = int64_t(rows.size()) / width;
  if (have > 0)
    mine.narrow(0, 0, have).copy_(torch::from_blob(const_cast<float*>(rows.data()), {have, width}));
  // Sample indices are exact in float up to 2^24 images per split.
  const torch::Tensor all = group.allGather(mine).reshape({-1, width}).contiguous();
  const float* data = all.data_ptr<float>();
  std::vector<std::pair<float, int64_t>> order;  // (sample index, row)
  for (int64_t i = 0; i < all.size(0); ++i)
    if (data[i * width] >= 0) order.emplace_back(data[i * width], i);
  std::sort(order.begin(), order.end());
  for (const auto& [sample, row] : order) {
    const float* r = data + row * width;
    evaluator.add(cv::Mat(1, classes, CV_32F, const_cast<float*>(r + 1)),
                  cv::Mat(1, classes, CV_32F, const_cast<float*>(r + 1 + classes)));
  }
}

}  // namespace

std::vector<std::string> finetuneMetricNames(bool segmentation) {
  if (segmentation) return {"mIoU", "pixelAccuracy", "meanClassAccuracy", "loss"};
  return {"mAP", "exactMatch", "labelAccuracy", "microF1", "macroF1", "loss"};
}

FinetuneEvaluation evaluateFinetune(FinetuneModel& model, const FinetuneData& data,
                                    const std::vector<Sample>& samples,
                                    const FinetuneEvaluationOptions& options) {
  const bool seg = model.segmentation();
  const int classes = data.classCount();
  FinetuneEvaluation out;
  ConfusionMatrix confusion(classes, FinetuneData::kIgnoreId);
  MultilabelEvaluator multilabel(classes);
  std::unique_ptr<PredictionWriter> writer;
  DistGroup* group = options.group;
  if (group && !options.predictionsDir.empty())
    throw std::logic_error("evaluateFinetune: saved predictions need one process scoring every sample");
  if (!options.predictionsDir.empty())
    writer = std::make_unique<PredictionWriter>(options.predictionsDir, data, seg);

  LoaderOptions lo = options.loader;
  lo.shuffle = false;
  lo.epochs = 1;
  lo.startEpoch = 0;
  lo.startBatch = 0;
  std::size_t share = samples.size();  // samples this process scores
  if (group) {
    lo.shardRank = group->rank();
    lo.shardCount = group->size();
    lo.shardDropRemainder = false;
    const std::size_t r = std::size_t(group->rank()), n = std::size_t(group->size());
    share = samples.size() > r ? (samples.size() - r + n - 1) / n : 0;
  }
  BatchLoader loader(samples, lo, options.maskSpec);

  torch::NoGradGuard noGrad;
  model.module().eval();
  double lossSum = 0.0;
  std::size_t index = 0;
  PreviewPicker previews(share, group && group->rank() != 0 ? 0 : options.previewCount);
  // Data-parallel classification: (sample index, scores, labels) of every sample scored here.
  std::vector<float> rows;
  while (auto batch = loader.next()) {
    const FinetuneBatch b = toFinetuneBatch(*batch, seg, classes);
    torch::Tensor logits;
    {
      CpuAutocast autocast(options.bf16);
      logits = model.forward(b.l.to(options.device));
    }
    logits = logits.to(torch::kFloat);
    const auto target = (seg ? b.masks : b.labels).to(options.device);
    const double loss = model.loss(logits, target).item<double>();
    // A batch whose pixels are all ignored has an undefined (NaN) cross-entropy and no weight.
    if (std::isfinite(loss)) lossSum += loss * double(batch->size());
    logits = logits.to(torch::kCPU);
    if (seg) {
      const torch::Tensor predicted = logits.argmax(1).to(torch::kFloat);
      for (std::size_t i = 0; i < batch->size(); ++i, ++index) {
        cv::Mat ids;
        tensorToMat(predicted[int64_t(i)]).convertTo(ids, CV_8U);
        const cv::Mat& truth = batch->masks[i];
        confusion.add(ids, truth);
        if (writer) writer->addMask(index, batch->paths[i], ids, truth);
        if (previews.take(index)) {
          out.previewGrey.push_back(greyFromL(b.l[int64_t(i)][0]));
          out.previewPrediction.push_back(colourMask(ids));
          out.previewTruth.push_back(colourMask(truth));
        }
      }
    } else {
      const torch::Tensor probs = torch::sigmoid(logits).contiguous();
      const torch::Tensor labels = b.labels.contiguous();
      cv::Mat scores(int(batch->size()), classes, CV_32F, probs.data_ptr<float>());
      cv::Mat truth(int(batch->size()), classes, CV_32F, labels.data_ptr<float>());
      if (group) {
        for (std::size_t i = 0; i < batch->size(); ++i) {
          rows.push_back(float(batch->sampleIndices[i]));
          rows.insert(rows.end(), scores.ptr<float>(int(i)), scores.ptr<float>(int(i)) + classes);
          rows.insert(rows.end(), truth.ptr<float>(int(i)), truth.ptr<float>(int(i)) + classes);
        }
      } else {
        multilabel.add(scores, truth);
      }
      for (std::size_t i = 0; i < batch->size(); ++i, ++index) {
        const float* p = probs.data_ptr<float>() + i * std::size_t(classes);
        const float* t = labels.data_ptr<float>() + i * std::size_t(classes);
        if (writer) writer->addScores(batch->paths[i], p, t, classes);
        if (previews.take(index)) {
          std::vector<int> order(static_cast<std::size_t>(classes));
          for (int c = 0; c < classes; ++c) order[std::size_t(c)] = c;
          std::sort(order.begin(), order.end(), [&](int a, int b2) { return p[a] > p[b2]; });
          std::vector<std::string> predicted, actual;
          for (int k = 0; k < std::min(classes, 5); ++k)
            predicted.push_back(data.classNames[std::size_t(order[std::size_t(k)])] + " " +
                                probabilityText(p[order[std::size_t(k)]]));
          for (int c = 0; c < classes; ++c)
            if (t[c] > 0.5f) actual.push_back(data.classNames[std::size_t(c)]);
          const int side = std::max(128, int(b.l.size(2)));
          cv::Mat grey;
          cv::resize(greyFromL(b.l[int64_t(i)][0]), grey, cv::Size(side, side));
          out.previewGrey.push_back(grey);
          out.previewPrediction.push_back(textCard(predicted, side, cv::Scalar(120, 230, 255)));
          out.previewTruth.push_back(textCard(actual, side, cv::Scalar(140, 255, 140)));
        }
      }
    }
  }
  if (group) {
    // The loss and count sums (and a segmentation's confusion counts, exact in doubles below 2^53).
    std::vector<double> sums = {lossSum, double(index), double(confusion.ignoredPixels())};
    if (seg)
      for (const auto c : confusion.counts()) sums.push_back(double(c));
    sums = group->sum(sums);
    lossSum = sums[0];
    index = std::size_t(sums[1]);
    if (seg) {
      std::vector<std::uint64_t> counts;
      for (std::size_t i = 3; i < sums.size(); ++i) counts.push_back(std::uint64_t(sums[i]));
      out.segmentation = reportFromCounts(classes, counts);
      out.segmentation.ignoredPixelCount = std::uint64_t(sums[2]);
      out.confusion = counts;
    } else {
      addGatheredSamples(*group, rows, samples.size(), classes, multilabel);
    }
  }
  out.sampleCount = index;
  if (index == 0)
    throw std::runtime_error("evaluation: none of the " + std::to_string(samples.size()) +
                             " images could be loaded");
  out.metrics["loss"] = lossSum / double(index);
  if (seg) {
    if (!group) {
      out.segmentation = confusion.report();
      out.confusion = confusion.counts();
    }
    out.perClass = out.segmentation.iou;
    out.metrics["mIoU"] = out.segmentation.meanIoU;
    out.metrics["pixelAccuracy"] = out.segmentation.pixelAccuracy;
    out.metrics["meanClassAccuracy"] = out.segmentation.meanClassAccuracy;
  } else {
    out.multilabel = multilabel.report(0.5);
    for (const auto& c : out.multilabel.perClass) out.perClass.push_back(c.averagePrecision);
    for (const auto& [name, value] : multilabelMetrics(out.multilabel)) out.metrics[name] = value;
  }
  if (writer) writer->commit();
  return out;
}

}  // namespace colorproxy
