#include "colorproxy/eval/confusion_matrix.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "eval/mat_checks.h"

namespace colorproxy {
namespace {

constexpr std::int64_t kNeverAnId = std::numeric_limits<std::int64_t>::min();

bool isIdType(const cv::Mat& m) {
  return m.channels() == 1 && (m.depth() == CV_8U || m.depth() == CV_16U || m.depth() == CV_32S);
}

[[noreturn]] void throwOutOfRange(const char* which, std::int64_t id, int x, int y, int classCount,
                                  int ignoreId) {
  std::string message = std::string("ConfusionMatrix::add: ") + which + " id " + std::to_string(id) +
                        " at (x=" + std::to_string(x) + ", y=" + std::to_string(y) + ") is outside 0.." +
                        std::to_string(classCount - 1);
  if (ignoreId != ConfusionMatrix::kNoIgnore) {
    message += std::string(which) == "truth"
                   ? " and is not the ignore id " + std::to_string(ignoreId)
                   : " (the ignore id " + std::to_string(ignoreId) + " is only allowed in the truth)";
  }
  throw std::invalid_argument(message + "; check the class count and the id mapping");
}

// One tight pass over the pixels: the truth row offset and the prediction index a histogram bin, with the
// range checks done by one unsigned comparison each. Counts go to `bins` (zeroed by the caller).
template <typename P, typename T>
std::uint64_t accumulate(const cv::Mat& prediction, const cv::Mat& truth, int classCount, int ignoreId,
                         std::uint64_t* bins) {
  int rows = truth.rows, cols = truth.cols;
  if (prediction.isContinuous() && truth.isContinuous()) {
    cols *= rows;
    rows = 1;
  }
  const std::int64_t ignoreKey = ignoreId == ConfusionMatrix::kNoIgnore ? kNeverAnId : ignoreId;
  const std::uint64_t n = std::uint64_t(classCount);
  std::uint64_t ignored = 0;
  for (int y = 0; y < rows; ++y) {
    const P* pp = prediction.ptr<P>(y);
    const T* tp = truth.ptr<T>(y);
    for (int x = 0; x < cols; ++x) {
      const std::int64_t t = tp[x];
      if (t == ignoreKey) {
        ++ignored;
        continue;
      }
      const std::int64_t p = pp[x];
      if (std::uint64_t(t) >= n || std::uint64_t(p) >= n) {
        const int px = rows == 1 ? x % truth.cols : x, py = rows == 1 ? x / truth.cols : y;
        if (std::uint64_t(t) >= n) throwOutOfRange("truth", t, px, py, classCount, ignoreId);
        throwOutOfRange("prediction", p, px, py, classCount, ignoreId);
      }
      ++bins[std::uint64_t(t) * n + std::uint64_t(p)];
    }
  }
  return ignored;
}

template <typename P>
std::uint64_t dispatchTruth(const cv::Mat& prediction, const cv::Mat& truth, int classCount, int ignoreId,
                            std::uint64_t* bins) {
  switch (truth.depth()) {
    case CV_8U:
      return accumulate<P, std::uint8_t>(prediction, truth, classCount, ignoreId, bins);
    case CV_16U:
      return accumulate<P, std::uint16_t>(prediction, truth, classCount, ignoreId, bins);
    default:
      return accumulate<P, std::int32_t>(prediction, truth, classCount, ignoreId, bins);
  }
}

}  // namespace

ConfusionMatrix::ConfusionMatrix(int classCount, int ignoreId)
    : m_classCount(classCount), m_ignoreId(ignoreId) {
  if (classCount < 1)
    throw std::invalid_argument("ConfusionMatrix: classCount must be >= 1, got " +
                                std::to_string(classCount));
  if (ignoreId != kNoIgnore && (ignoreId < 0 || ignoreId < classCount))
    throw std::invalid_argument("ConfusionMatrix: ignore id " + std::to_string(ignoreId) +
                                " must be ConfusionMatrix::kNoIgnore (-1) or an id outside the classes 0.." +
                                std::to_string(classCount - 1) + "; remap the ids so void lies outside them");
  m_counts.assign(std::size_t(classCount) * std::size_t(classCount), 0);
}

void ConfusionMatrix::add(const cv::Mat& prediction, const cv::Mat& truth) {
  if (prediction.empty() || truth.empty() || prediction.dims > 2 || truth.dims > 2)
    throw std::invalid_argument(
        "ConfusionMatrix::add: need two non-empty 2-D class-id images, got prediction " +
        eval_detail::describeMat(prediction) + " and truth " + eval_detail::describeMat(truth));
  if (!isIdType(prediction) || !isIdType(truth))
    throw std::invalid_argument(
        "ConfusionMatrix::add: class ids must be single-channel CV_8U, CV_16U or "
        "CV_32S, got prediction " +
        eval_detail::describeMat(prediction) + " and truth " + eval_detail::describeMat(truth) +
        " (take the arg-max over classes and convert)");
  if (prediction.size() != truth.size())
    throw std::invalid_argument("ConfusionMatrix::add: prediction is " +
                                eval_detail::describeMat(prediction) + " but truth is " +
                                eval_detail::describeMat(truth) +
                                " (width x height); resize the prediction to the mask size with "
                                "nearest-neighbour interpolation");

  m_scratch.assign(m_counts.size(), 0);
  std::uint64_t ignored = 0;
  switch (prediction.depth()) {
    case CV_8U:
      ignored = dispatchTruth<std::uint8_t>(prediction, truth, m_classCount, m_ignoreId, m_scratch.data());
      break;
    case CV_16U:
      ignored = dispatchTruth<std::uint16_t>(prediction, truth, m_classCount, m_ignoreId, m_scratch.data());
      break;
    default:
      ignored = dispatchTruth<std::int32_t>(prediction, truth, m_classCount, m_ignoreId, m_scratch.data());
      break;
  }
  for (std::size_t i = 0; i < m_counts.size(); ++i) m_counts[i] += m_scratch[i];
  m_ignored += ignored;
  m_counted += std::uint64_t(truth.total()) - ignored;
}

void ConfusionMatrix::merge(const ConfusionMatrix& other) {
  if (other.m_classCount != m_classCount || other.m_ignoreId != m_ignoreId)
    throw std::invalid_argument("ConfusionMatrix::merge: this matrix has " + std::to_string(m_classCount) +
                                " classes and ignore id " + std::to_string(m_ignoreId) + ", the other " +
                                std::to_string(other.m_classCount) + " and " +
                                std::to_string(other.m_ignoreId));
  for (std::size_t i = 0; i < m_counts.size(); ++i) m_counts[i] += other.m_counts[i];
  m_counted += other.m_counted;
  m_ignored += other.m_ignored;
}

void ConfusionMatrix::clear() {
  std::fill(m_counts.begin(), m_counts.end(), 0);
  m_counted = 0;
  m_ignored = 0;
}

std::uint64_t ConfusionMatrix::count(int truthClass, int predictedClass) const {
  if (truthClass < 0 || truthClass >= m_classCount || predictedClass < 0 || predictedClass >= m_classCount)
    throw std::out_of_range("ConfusionMatrix::count: (" + std::to_string(truthClass) + ", " +
                            std::to_string(predictedClass) + ") is outside 0.." +
                            std::to_string(m_classCount - 1));
  return m_counts[std::size_t(truthClass) * std::size_t(m_classCount) + std::size_t(predictedClass)];
}

SegmentationReport ConfusionMatrix::report() const {
  SegmentationReport r = reportFromCounts(m_classCount, m_counts);
  r.ignoredPixelCount = m_ignored;
  return r;
}

SegmentationReport reportFromCounts(int classCount, const std::vector<std::uint64_t>& counts) {
  if (classCount < 1 || counts.size() != std::size_t(classCount) * std::size_t(classCount))
    throw std::invalid_argument("reportFromCounts: " + std::to_string(counts.size()) + " counts for " +
                                std::to_string(classCount) + " classes (expected classCount squared)");
  const std::size_t n = std::size_t(classCount);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  SegmentationReport r;
  r.classCount = classCount;
  r.truthPixels.assign(n, 0);
  r.predictedPixels.assign(n, 0);
  r.truePositives.assign(n, 0);
  for (std::size_t t = 0; t < n; ++t)
    for (std::size_t p = 0; p < n; ++p) {
      const std::uint64_t c = counts[t * n + p];
      r.truthPixels[t] += c;
      r.predictedPixels[p] += c;
      r.pixelCount += c;
      if (t == p) r.truePositives[t] = c;
    }

  r.iou.assign(n, nan);
  r.classAccuracy.assign(n, nan);
  std::uint64_t correct = 0;
  double iouSum = 0.0, accuracySum = 0.0;
  for (std::size_t c = 0; c < n; ++c) {
    correct += r.truePositives[c];
    const std::uint64_t unionPixels = r.truthPixels[c] + r.predictedPixels[c] - r.truePositives[c];
    if (unionPixels > 0) {
      r.iou[c] = double(r.truePositives[c]) / double(unionPixels);
      iouSum += r.iou[c];
      ++r.iouClassCount;
    }
    if (r.truthPixels[c] > 0) {
      r.classAccuracy[c] = double(r.truePositives[c]) / double(r.truthPixels[c]);
      accuracySum += r.classAccuracy[c];
      ++r.accuracyClassCount;
    }
  }
  if (r.iouClassCount > 0) r.meanIoU = iouSum / double(r.iouClassCount);
  if (r.accuracyClassCount > 0) r.meanClassAccuracy = accuracySum / double(r.accuracyClassCount);
  if (r.pixelCount > 0) r.pixelAccuracy = double(correct) / double(r.pixelCount);
  return r;
}

}  // namespace colorproxy
