#include "colorproxy/hints/hint_simulation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "colorproxy/data/rng.h"

namespace colorproxy {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Standard normal from two uniforms (Box-Muller): the same numbers on every platform, unlike
// std::normal_distribution.
double standardNormal(Rng& rng) {
  const double u1 = 1.0 - rng.uniform();  // (0, 1]: log stays finite
  const double u2 = rng.uniform();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
}

// Top-left coordinate of a patch of side `patch` along an axis of `side` cells.
int drawStart(Rng& rng, int side, int patch, bool centreBiased) {
  const int room = side - patch + 1;  // valid starts 0 .. room - 1
  if (!centreBiased) return int(rng.uniformInt(0, room - 1));
  const double v = room / 2.0 + standardNormal(rng) * room / 4.0;
  return std::clamp(int(std::floor(v)), 0, room - 1);
}

}  // namespace

std::vector<ColorHint> simulateHints(const cv::Mat& ab, std::uint64_t seed, const HintSimulationOptions& o) {
  if (ab.empty() || ab.type() != CV_32FC2)
    throw std::invalid_argument("simulateHints: the ground truth must be a non-empty CV_32FC2 ab image");
  if (!(o.stopProbability > 0.0 && o.stopProbability <= 1.0))
    throw std::invalid_argument("simulateHints: stopProbability must be in (0, 1] (the reference uses 1/8)");
  if (o.maxPoints < 0) throw std::invalid_argument("simulateHints: maxPoints must be 0 or more");
  if (o.minPatch < 1 || o.maxPatch < o.minPatch)
    throw std::invalid_argument(
        "simulateHints: patch sides need 1 <= minPatch <= maxPatch (the reference: 1..9)");
  Rng rng(seed);
  std::vector<ColorHint> hints;
  while (int(hints.size()) < o.maxPoints && !rng.bernoulli(o.stopProbability)) {
    const int patch = std::min<int>(int(rng.uniformInt(o.minPatch, o.maxPatch)), std::min(ab.rows, ab.cols));
    const int y0 = drawStart(rng, ab.rows, patch, o.centreBiased);
    const int x0 = drawStart(rng, ab.cols, patch, o.centreBiased);
    const cv::Scalar mean = cv::mean(ab(cv::Rect(x0, y0, patch, patch)));
    ColorHint h;
    // The patch's centre cell (the one rasterizeHints grows the same patch from), at its pixel centre.
    h.x = x0 + (patch - 1) / 2 + 0.5;
    h.y = y0 + (patch - 1) / 2 + 0.5;
    h.a = mean[0];
    h.b = mean[1];
    h.patch = patch;
    hints.push_back(h);
  }
  return hints;
}

}  // namespace colorproxy
