#include "colorproxy/eval/ssim.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

#include <opencv2/imgproc.hpp>

#include "eval/mat_checks.h"

namespace colorproxy {
namespace {

// Output rows per strip. Strips bound memory on large photos (five double maps of a 4000x3000 image would
// take ~0.5 GB) and are the unit of parallel work; partial sums are added in strip order, so the result
// does not depend on the thread count.
constexpr int kStripRows = 64;

void validate(const SsimOptions& o) {
  if (o.windowSize < 3 || o.windowSize % 2 == 0)
    throw std::invalid_argument("ssim: windowSize must be odd and >= 3, got " + std::to_string(o.windowSize));
  if (!(o.sigma > 0.0)) throw std::invalid_argument("ssim: sigma must be > 0, got " + std::to_string(o.sigma));
  if (!(o.dataRange > 0.0))
    throw std::invalid_argument("ssim: dataRange must be > 0, got " + std::to_string(o.dataRange));
  if (!(o.k1 >= 0.0) || !(o.k2 >= 0.0))
    throw std::invalid_argument("ssim: k1 and k2 must be >= 0, got " + std::to_string(o.k1) + " and " +
                                std::to_string(o.k2));
}

// Sum of the SSIM map over the valid output rows [r + first, r + last) of one channel. `x` and `y` are the
// input rows [first, last + 2r) of that channel, as doubles.
double stripSum(const cv::Mat& x, const cv::Mat& y, const cv::Mat& kernel, int radius, double c1, double c2) {
  cv::Mat xx, yy, xy;
  cv::multiply(x, x, xx);
  cv::multiply(y, y, yy);
  cv::multiply(x, y, xy);
  cv::Mat mx, my, mxx, myy, mxy;
  // The border mode only affects rows/columns within `radius` of the strip's edge, which are never read.
  const cv::Point anchor(-1, -1);
  cv::sepFilter2D(x, mx, CV_64F, kernel, kernel, anchor, 0.0, cv::BORDER_REFLECT);
  cv::sepFilter2D(y, my, CV_64F, kernel, kernel, anchor, 0.0, cv::BORDER_REFLECT);
  cv::sepFilter2D(xx, mxx, CV_64F, kernel, kernel, anchor, 0.0, cv::BORDER_REFLECT);
  cv::sepFilter2D(yy, myy, CV_64F, kernel, kernel, anchor, 0.0, cv::BORDER_REFLECT);
  cv::sepFilter2D(xy, mxy, CV_64F, kernel, kernel, anchor, 0.0, cv::BORDER_REFLECT);

  double sum = 0.0;
  const int cols = x.cols;
  for (int row = radius; row < x.rows - radius; ++row) {
    const double* pmx = mx.ptr<double>(row);
    const double* pmy = my.ptr<double>(row);
    const double* pxx = mxx.ptr<double>(row);
    const double* pyy = myy.ptr<double>(row);
    const double* pxy = mxy.ptr<double>(row);
    for (int col = radius; col < cols - radius; ++col) {
      const double ux = pmx[col], uy = pmy[col];
      const double vx = pxx[col] - ux * ux, vy = pyy[col] - uy * uy, cxy = pxy[col] - ux * uy;
      sum += ((2.0 * ux * uy + c1) * (2.0 * cxy + c2)) / ((ux * ux + uy * uy + c1) * (vx + vy + c2));
    }
  }
  return sum;
}

}  // namespace

std::vector<double> ssimPerChannel(const cv::Mat& prediction, const cv::Mat& truth, const SsimOptions& options) {
  validate(options);
  eval_detail::requireSameShape("ssim", prediction, truth);
  if (prediction.cols < options.windowSize || prediction.rows < options.windowSize)
    throw std::invalid_argument("ssim: images are " + eval_detail::describeMat(prediction) +
                                ", smaller than the " + std::to_string(options.windowSize) + "x" +
                                std::to_string(options.windowSize) +
                                " window; SSIM needs at least one full window");

  const int radius = options.windowSize / 2;
  const int channels = prediction.channels();
  const int validRows = prediction.rows - 2 * radius;
  const int validCols = prediction.cols - 2 * radius;
  const int strips = (validRows + kStripRows - 1) / kStripRows;
  const cv::Mat kernel = cv::getGaussianKernel(options.windowSize, options.sigma, CV_64F);
  const double c1 = (options.k1 * options.dataRange) * (options.k1 * options.dataRange);
  const double c2 = (options.k2 * options.dataRange) * (options.k2 * options.dataRange);

  std::vector<double> partial(std::size_t(strips) * channels, 0.0);
  cv::parallel_for_(cv::Range(0, strips), [&](const cv::Range& range) {
    cv::Mat channelX, channelY, x, y;
    for (int s = range.start; s < range.end; ++s) {
      const int first = s * kStripRows;
      const int last = std::min(validRows, first + kStripRows);
      const cv::Range inputRows(first, last + 2 * radius);
      const cv::Mat a = prediction.rowRange(inputRows), b = truth.rowRange(inputRows);
      for (int c = 0; c < channels; ++c) {
        cv::extractChannel(a, channelX, c);
        cv::extractChannel(b, channelY, c);
        channelX.convertTo(x, CV_64F);
        channelY.convertTo(y, CV_64F);
        partial[std::size_t(s) * channels + c] = stripSum(x, y, kernel, radius, c1, c2);
      }
    }
  });

  std::vector<double> result(channels, 0.0);
  for (int s = 0; s < strips; ++s)
    for (int c = 0; c < channels; ++c) result[c] += partial[std::size_t(s) * channels + c];
  const double positions = double(validRows) * double(validCols);
  for (double& v : result) v /= positions;
  return result;
}

double ssim(const cv::Mat& prediction, const cv::Mat& truth, const SsimOptions& options) {
  const std::vector<double> perChannel = ssimPerChannel(prediction, truth, options);
  return std::accumulate(perChannel.begin(), perChannel.end(), 0.0) / double(perChannel.size());
}

}  // namespace colorproxy
