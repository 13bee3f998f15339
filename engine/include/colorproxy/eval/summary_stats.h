#pragma once
// Summary of a set of per-item metric values (PSNR or SSIM over a folder, AP over classes, ...).
#include <cstddef>
#include <limits>
#include <vector>

namespace colorproxy {

/// Count, mean, population standard deviation and range of a set of values. Non-finite values (a PSNR of
/// +inf for identical images, a NaN AP for an absent class) are counted but left out of mean/std/min/max,
/// so one identical pair cannot turn the mean into +inf.
struct SummaryStats {
  std::size_t count = 0;        ///< every value given
  std::size_t finiteCount = 0;  ///< values that entered mean, std, min and max
  std::size_t positiveInfiniteCount = 0;
  std::size_t negativeInfiniteCount = 0;
  std::size_t nanCount = 0;
  double mean = std::numeric_limits<double>::quiet_NaN();  ///< NaN when finiteCount == 0
  double std = std::numeric_limits<double>::quiet_NaN();   ///< population std (divides by finiteCount)
  double min = std::numeric_limits<double>::quiet_NaN();
  double max = std::numeric_limits<double>::quiet_NaN();
};

/// Summarises `values` (two-pass mean and variance, so large offsets lose no precision).
SummaryStats summarize(const std::vector<double>& values);

}  // namespace colorproxy
