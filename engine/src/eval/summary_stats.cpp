#include "colorproxy/eval/summary_stats.h"

#include <algorithm>
#include <cmath>

namespace colorproxy {

SummaryStats summarize(const std::vector<double>& values) {
  SummaryStats s;
  s.count = values.size();
  double sum = 0.0;
  for (double v : values) {
    if (std::isnan(v)) {
      ++s.nanCount;
    } else if (std::isinf(v)) {
      ++(v > 0 ? s.positiveInfiniteCount : s.negativeInfiniteCount);
    } else {
      if (s.finiteCount == 0) s.min = s.max = v;
      s.min = std::min(s.min, v);
      s.max = std::max(s.max, v);
      sum += v;
      ++s.finiteCount;
    }
  }
  if (s.finiteCount == 0) return s;
  s.mean = sum / double(s.finiteCount);
  double squares = 0.0;
  for (double v : values)
    if (std::isfinite(v)) squares += (v - s.mean) * (v - s.mean);
  s.std = std::sqrt(squares / double(s.finiteCount));
  return s;
}

}  // namespace colorproxy
