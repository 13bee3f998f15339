#pragma once
// Deliberately plain reference implementations of MSE and SSIM, written independently of the engine's
// (direct loops, 2-D window weights, two-pass moments), shared by the eval and CLI tests.
#include <cmath>
#include <vector>

#include <opencv2/core.hpp>

namespace colorproxy::test {

/// Mean squared error over all pixels and channels of two 8-bit images, by a per-element loop.
inline double naiveMse(const cv::Mat& a, const cv::Mat& b) {
  double sum = 0.0;
  const int values = a.cols * a.channels();
  for (int y = 0; y < a.rows; ++y)
    for (int i = 0; i < values; ++i) {
      const double d = double(a.ptr<uchar>(y)[i]) - double(b.ptr<uchar>(y)[i]);
      sum += d * d;
    }
  return sum / (double(a.rows) * values);
}

/// SSIM by definition: for every valid window position, a 2-D Gaussian window built from
/// exp(-(dx² + dy²) / 2σ²) and normalised over its weights, two-pass weighted means, variances and
/// covariance, then Wang et al.'s formula; the mean over positions, then over channels.
inline double naiveSsim(const cv::Mat& a, const cv::Mat& b, int window = 11, double sigma = 1.5,
                        double range = 255.0) {
  const int r = window / 2;
  std::vector<double> w(std::size_t(window * window));
  double total = 0.0;
  for (int dy = -r; dy <= r; ++dy)
    for (int dx = -r; dx <= r; ++dx)
      total += w[std::size_t((dy + r) * window + dx + r)] =
          std::exp(-(dx * dx + dy * dy) / (2.0 * sigma * sigma));
  for (double& v : w) v /= total;
  const double c1 = std::pow(0.01 * range, 2), c2 = std::pow(0.03 * range, 2);
  cv::Mat fa, fb;
  a.convertTo(fa, CV_64F);
  b.convertTo(fb, CV_64F);
  const int channels = a.channels();
  double channelSum = 0.0;
  for (int c = 0; c < channels; ++c) {
    double sum = 0.0;
    int positions = 0;
    for (int y = r; y < a.rows - r; ++y)
      for (int x = r; x < a.cols - r; ++x) {
        auto pa = [&](int dy, int dx) { return fa.ptr<double>(y + dy)[(x + dx) * channels + c]; };
        auto pb = [&](int dy, int dx) { return fb.ptr<double>(y + dy)[(x + dx) * channels + c]; };
        double mx = 0, my = 0;
        for (int dy = -r; dy <= r; ++dy)
          for (int dx = -r; dx <= r; ++dx) {
            const double wt = w[std::size_t((dy + r) * window + dx + r)];
            mx += wt * pa(dy, dx);
            my += wt * pb(dy, dx);
          }
        double vx = 0, vy = 0, cxy = 0;
        for (int dy = -r; dy <= r; ++dy)
          for (int dx = -r; dx <= r; ++dx) {
            const double wt = w[std::size_t((dy + r) * window + dx + r)];
            vx += wt * (pa(dy, dx) - mx) * (pa(dy, dx) - mx);
            vy += wt * (pb(dy, dx) - my) * (pb(dy, dx) - my);
            cxy += wt * (pa(dy, dx) - mx) * (pb(dy, dx) - my);
          }
        sum += (2 * mx * my + c1) * (2 * cxy + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
        ++positions;
      }
    channelSum += sum / positions;
  }
  return channelSum / channels;
}

}  // namespace colorproxy::test
