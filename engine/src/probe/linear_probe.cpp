#include "colorproxy/probe/linear_probe.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include <torch/torch.h>

#include "colorproxy/eval/multilabel_evaluator.h"

namespace colorproxy {
namespace {

void requireFeatures(const cv::Mat& x, const char* name, int columns) {
  if (x.channels() != 1)
    throw std::invalid_argument(std::string("linear probe: ") + name + " must be a single-channel matrix");
  if (columns >= 0 && x.cols != columns)
    throw std::invalid_argument(std::string("linear probe: ") + name + " has " + std::to_string(x.cols) +
                                " features, the training set " + std::to_string(columns));
  cv::Mat d;
  x.convertTo(d, CV_64F);
  if (!cv::checkRange(d))
    throw std::invalid_argument(std::string("linear probe: ") + name + " holds a non-finite feature");
}

void requireLabels(const cv::Mat& y, const char* name, int rows, int columns) {
  if (y.rows != rows || (columns >= 0 && y.cols != columns) || y.channels() != 1)
    throw std::invalid_argument(std::string("linear probe: ") + name + " is " + std::to_string(y.rows) +
                                " x " + std::to_string(y.cols) + ", expected " + std::to_string(rows) +
                                " rows" + (columns >= 0 ? " x " + std::to_string(columns) : std::string()));
  cv::Mat d;
  y.convertTo(d, CV_64F);
  for (int r = 0; r < d.rows; ++r)
    for (int c = 0; c < d.cols; ++c) {
      const double v = d.at<double>(r, c);
      if (v != 0.0 && v != 1.0 && v != -1.0)
        throw std::invalid_argument(std::string("linear probe: ") + name + " holds " + std::to_string(v) +
                                    " at row " + std::to_string(r) + "; labels are 0, 1 or -1 (ignored)");
    }
}

torch::Tensor toTensor(const cv::Mat& m) {
  cv::Mat f;
  m.convertTo(f, CV_32F);
  return torch::from_blob(f.ptr<float>(), {f.rows, f.cols}, torch::kFloat32).clone();
}

cv::Mat toMat64(const torch::Tensor& t) {
  const torch::Tensor d = t.to(torch::kFloat64).contiguous();
  cv::Mat out(int(d.size(0)), int(d.size(1)), CV_64F);
  std::memcpy(out.ptr<double>(), d.data_ptr<double>(), sizeof(double) * std::size_t(d.numel()));
  return out;
}

}  // namespace

void featureMoments(const cv::Mat& x, cv::Mat& mean, cv::Mat& std) {
  cv::Mat d;
  x.convertTo(d, CV_64F);
  mean = cv::Mat::zeros(1, d.cols, CV_64F);
  std = cv::Mat::ones(1, d.cols, CV_64F);
  if (d.rows == 0) return;
  cv::reduce(d, mean, 0, cv::REDUCE_AVG, CV_64F);
  for (int c = 0; c < d.cols; ++c) {
    double sum = 0.0;
    for (int r = 0; r < d.rows; ++r) {
      const double e = d.at<double>(r, c) - mean.at<double>(0, c);
      sum += e * e;
    }
    const double s = std::sqrt(sum / d.rows);
    std.at<double>(0, c) = s > 1e-12 ? s : 1.0;
  }
}

cv::Mat standardizeFeatures(const cv::Mat& x, const cv::Mat& mean, const cv::Mat& std) {
  cv::Mat d;
  x.convertTo(d, CV_64F);
  for (int r = 0; r < d.rows; ++r) {
    d.row(r) -= mean;
    d.row(r) /= std;
  }
  cv::Mat out;
  d.convertTo(out, CV_32F);
  return out;
}

LinearProbeResult trainLinearProbe(const cv::Mat& trainX, const cv::Mat& trainY, const cv::Mat& valX,
                                   const cv::Mat& valY, const cv::Mat& testX, const LinearProbeOptions& o) {
  if (trainX.rows == 0 || trainX.cols == 0)
    throw std::invalid_argument("linear probe: the training set is empty");
  if (o.epochs < 1 || o.batchSize < 1 || !(o.lr > 0.0) || o.weightDecay < 0.0)
    throw std::invalid_argument(
        "linear probe: epochs and batch size must be at least 1, the rate positive "
        "and the weight decay not negative");
  requireFeatures(trainX, "the training features", -1);
  requireLabels(trainY, "the training labels", trainX.rows, -1);
  const int classes = trainY.cols;
  const bool validate = !valX.empty();
  if (validate) {
    requireFeatures(valX, "the validation features", trainX.cols);
    requireLabels(valY, "the validation labels", valX.rows, classes);
  }
  if (!testX.empty()) requireFeatures(testX, "the test features", trainX.cols);

  cv::Mat mean, std;
  if (o.standardize)
    featureMoments(trainX, mean, std);
  else {
    mean = cv::Mat::zeros(1, trainX.cols, CV_64F);
    std = cv::Mat::ones(1, trainX.cols, CV_64F);
  }
  const torch::Tensor x = toTensor(standardizeFeatures(trainX, mean, std));
  const torch::Tensor y = toTensor(trainY);
  const torch::Tensor judged = (y >= 0).to(torch::kFloat32);
  const torch::Tensor target = y.clamp_min(0);
  const torch::Tensor xv = validate ? toTensor(standardizeFeatures(valX, mean, std)) : torch::Tensor();
  const torch::Tensor xt = testX.empty() ? torch::Tensor() : toTensor(standardizeFeatures(testX, mean, std));

  torch::manual_seed(o.seed);
  torch::Tensor w = (torch::randn({trainX.cols, classes}) * 0.01).requires_grad_(true);
  torch::Tensor b = torch::zeros({classes}).requires_grad_(true);
  torch::optim::Adam optimizer({w, b}, torch::optim::AdamOptions(o.lr));

  LinearProbeResult result;
  torch::Tensor bestW = w.detach().clone(), bestB = b.detach().clone();
  double bestVal = -std::numeric_limits<double>::infinity();
  const int64_t n = x.size(0);
  torch::Generator order = at::detail::createCPUGenerator(o.seed + 0x9e3779b97f4a7c15ULL);
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    const torch::Tensor perm = torch::randperm(n, order, torch::kLong);
    double lossSum = 0.0;
    int64_t batches = 0;
    for (int64_t start = 0; start < n; start += o.batchSize) {
      const torch::Tensor idx = perm.slice(0, start, std::min(n, start + o.batchSize));
      const torch::Tensor logits = torch::addmm(b, x.index_select(0, idx), w);
      const torch::Tensor mask = judged.index_select(0, idx);
      const torch::Tensor perLabel = torch::binary_cross_entropy_with_logits(
          logits, target.index_select(0, idx), {}, {}, at::Reduction::None);
      torch::Tensor loss = (perLabel * mask).sum() / mask.sum().clamp_min(1.0);
      if (o.weightDecay > 0.0) loss = loss + 0.5 * o.weightDecay * w.pow(2).sum();
      optimizer.zero_grad();
      loss.backward();
      optimizer.step();
      lossSum += loss.item<double>();
      ++batches;
    }
    result.trainLoss.push_back(lossSum / double(std::max<int64_t>(1, batches)));
    torch::NoGradGuard noGrad;
    if (validate) {
      const cv::Mat scores = toMat64(torch::sigmoid(torch::addmm(b, xv, w)));
      cv::Mat truth;
      valY.convertTo(truth, CV_64F);
      const double map = evaluateMultilabel(scores, truth).meanAveragePrecision;
      result.valMeanAP.push_back(map);
      if (std::isfinite(map) && map > bestVal) {
        bestVal = map;
        bestW = w.detach().clone();
        bestB = b.detach().clone();
        result.bestEpoch = epoch;
      }
    }
  }
  if (!validate || result.bestEpoch == 0) {
    bestW = w.detach().clone();
    bestB = b.detach().clone();
    result.bestEpoch = o.epochs;
  }
  if (!testX.empty()) {
    torch::NoGradGuard noGrad;
    result.testScores = toMat64(torch::sigmoid(torch::addmm(bestB, xt, bestW)));
  }
  return result;
}

}  // namespace colorproxy
