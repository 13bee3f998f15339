#include "probe/epoch_knn_probe.h"

#include <stdexcept>

#include "colorproxy/base/stop_token.h"
#include "colorproxy/data/batch_loader.h"
#include "colorproxy/eval/knn_probe.h"
#include "colorproxy/eval/multilabel_evaluator.h"
#include "colorproxy/probe/linear_probe.h"
#include "finetune/finetune_batch.h"
#include "finetune/finetune_data.h"
#include "tensor/mat_tensor.h"

namespace colorproxy {
namespace {

// The L tensors and labels of `samples`, decoded once at `size`.
void decode(const std::vector<Sample>& samples, int size, int workers, int classes, torch::Tensor& l,
            cv::Mat& labels) {
  LoaderOptions lo;
  lo.batchSize = 32;
  lo.threads = workers;
  lo.shuffle = false;
  lo.loadMasks = false;
  lo.keepGrayscale = true;
  lo.transform = TransformOptions::resizeOnly(size);
  BatchLoader loader(samples, lo);
  std::vector<torch::Tensor> ls, ys;
  while (auto batch = loader.next()) {
    const FinetuneBatch b = toFinetuneBatch(*batch, false, classes);
    ls.push_back(b.l);
    ys.push_back(b.labels);
  }
  l = torch::cat(ls);
  const torch::Tensor y = torch::cat(ys).contiguous();
  labels = cv::Mat(int(y.size(0)), int(y.size(1)), CV_32F, y.data_ptr<float>()).clone();
}

}  // namespace

EpochKnnProbe::EpochKnnProbe(const EpochKnnProbeOptions& o) : m_options(o) {
  const auto shapes = probeLevelShapes(o.ngf, o.numDowns, o.imageSize, o.featureBudget);
  const int level = o.level < 0 ? o.numDowns - 1 : o.level;
  if (level >= o.numDowns)
    throw std::invalid_argument("probeLevel " + std::to_string(o.level) +
                                " does not exist: the encoder has levels 0.." +
                                std::to_string(o.numDowns - 1) + " (-1 = the bottleneck)");
  m_shape = shapes[std::size_t(level)];

  FinetuneConfig fc;
  fc.task = DownstreamTask::Classification;
  fc.dataPath = o.dataPath;
  fc.imageSize = o.imageSize;
  fc.maxImages = o.maxImages;
  fc.maxTestImages = o.maxImages;
  const FinetuneData data = loadFinetuneData(fc);
  std::vector<Sample> memory = data.train;
  memory.insert(memory.end(), data.val.begin(), data.val.end());
  if (o.maxImages > 0 && int64_t(memory.size()) > o.maxImages) memory.resize(std::size_t(o.maxImages));
  decode(memory, o.imageSize, o.loaderWorkers, data.classCount(), m_memoryL, m_memoryLabels);
  decode(data.test, o.imageSize, o.loaderWorkers, data.classCount(), m_queryL, m_queryLabels);
  m_description = "k-NN probe (k " + std::to_string(o.k) + ") after each probed epoch: encoder level " +
                  std::to_string(m_shape.level) + " (" + std::to_string(m_shape.channels) + " x " +
                  std::to_string(m_shape.grid) + "^2 features), " + std::to_string(m_memoryL.size(0)) +
                  " memory / " + std::to_string(m_queryL.size(0)) + " query images (" + data.testSource +
                  "), " + std::to_string(data.classCount()) + " classes, from '" + o.dataPath.string() + "'";
}

torch::Tensor EpochKnnProbe::features(UNetEncoder& encoder, const torch::Tensor& l,
                                      const torch::Device& device) const {
  std::vector<torch::Tensor> out;
  for (int64_t start = 0; start < l.size(0); start += 32) {
    torch::Tensor x = l.slice(0, start, std::min(l.size(0), start + 32)).to(device);
    // A hint-conditioned encoder reads L plus hint channels: probe it without hints (all zero).
    const int64_t extra = encoder->options.inChannels() - 1;
    if (extra > 0)
      x = torch::cat({x, torch::zeros({x.size(0), extra, x.size(2), x.size(3)}, x.options())}, 1);
    const torch::Tensor a = encoder->forward(x).at(std::size_t(m_shape.level));
    out.push_back(
        torch::adaptive_avg_pool2d(a.to(torch::kFloat32), {m_shape.grid, m_shape.grid}).flatten(1).cpu());
  }
  return torch::cat(out);
}

double EpochKnnProbe::score(UNetEncoder& encoder, const torch::Device& device) const {
  torch::NoGradGuard noGrad;
  encoder->eval();
  const cv::Mat memory = tensorToMat(features(encoder, m_memoryL, device));
  const cv::Mat query = tensorToMat(features(encoder, m_queryL, device));
  cv::Mat mean, sd;
  featureMoments(memory, mean, sd);
  KnnProbeOptions ko;
  ko.k = m_options.k;
  const cv::Mat scores = knnProbeScores(standardizeFeatures(memory, mean, sd), m_memoryLabels,
                                        standardizeFeatures(query, mean, sd), ko);
  cv::Mat truth;
  m_queryLabels.convertTo(truth, CV_64F);
  return evaluateMultilabel(scores, truth).meanAveragePrecision;
}

}  // namespace colorproxy
