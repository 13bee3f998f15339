#include "colorproxy/models/model_size.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace colorproxy {
namespace {

constexpr int64_t kTaps = 16;  // every layer uses 4x4 kernels

int64_t conv(int64_t in, int64_t out, bool bias) { return in * out * kTaps + (bias ? out : 0); }
int64_t batchNorm(int64_t channels) { return 2 * channels; }
int64_t level(int64_t ngf, int64_t i) { return ngf * (int64_t{1} << std::min<int64_t>(i, 3)); }

}  // namespace

int64_t unetParameterCount(const UNetSize& s) {
  if (s.numDowns < 5 || s.numDowns > 10 || s.ngf <= 0 || s.inChannels <= 0 || s.outChannels <= 0 ||
      (s.outputStride != 1 && s.outputStride != 4))
    throw std::invalid_argument(
        "unetParameterCount: need numDowns in 5..10 and positive channels, got numDowns " +
        std::to_string(s.numDowns) + ", ngf " + std::to_string(s.ngf));
  const int64_t n = s.numDowns;
  int64_t total = 0;
  for (int64_t i = 0; i < n; ++i) {
    const bool outermost = i == 0, innermost = i == n - 1;
    const int64_t inner = level(s.ngf, i);
    const int64_t outer = outermost ? s.outChannels : level(s.ngf, i - 1);
    // Down: conv without bias (+ batch norm between the ends).
    total += conv(outermost ? s.inChannels : level(s.ngf, i - 1), inner, false);
    if (!outermost && !innermost) total += batchNorm(inner);
    // Up: transposed conv reading skip + previous output (the innermost reads the bottleneck alone);
    // only the output layer has a bias, every other level ends in batch norm. A quarter-size model has no
    // up0 and up1.
    if (s.outputStride == 4 && i < 2) continue;
    total += conv(innermost ? inner : 2 * inner, outer, outermost);
    if (!outermost) total += batchNorm(outer);
  }
  // The quarter-size head: a 1x1 convolution (with bias) on level 1's skip beside up2's output.
  if (s.outputStride == 4) total += 2 * level(s.ngf, 1) * s.outChannels + s.outChannels;
  return total;
}

int64_t patchGanParameterCount(const PatchGanSize& s) {
  if (s.inChannels <= 0 || s.ndf <= 0 || (!s.strided16 && (s.nLayers < 1 || s.nLayers > 6)))
    throw std::invalid_argument(
        "patchGanParameterCount: need positive channels and nLayers in 1..6, got nLayers " +
        std::to_string(s.nLayers));
  int64_t total = conv(s.inChannels, s.ndf, true);
  if (s.strided16) {
    int64_t prev = s.ndf;
    for (int64_t w : {2 * s.ndf, 4 * s.ndf, 8 * s.ndf, 8 * s.ndf}) {
      total += conv(prev, w, false) + batchNorm(w);
      prev = w;
    }
    return total + conv(prev, 1, true);
  }
  int64_t mult = 1;
  for (int64_t n = 1; n <= s.nLayers; ++n) {
    const int64_t prev = mult;
    mult = std::min<int64_t>(int64_t{1} << n, 8);
    total += conv(s.ndf * prev, s.ndf * mult, false) + batchNorm(s.ndf * mult);
  }
  return total + conv(s.ndf * mult, 1, true);
}

}  // namespace colorproxy
