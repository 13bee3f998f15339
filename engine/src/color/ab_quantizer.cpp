#include "colorproxy/color/ab_quantizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "colorproxy/base/npy_file.h"
#include "colorproxy/color/lab_conversion.h"

namespace colorproxy {
namespace {

using Point = cv::Vec2d;

double cross(const Point& o, const Point& a, const Point& b) {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

// Counter-clockwise convex hull (Andrew's monotone chain).
std::vector<Point> convexHull(std::vector<Point> pts) {
  std::sort(pts.begin(), pts.end(),
            [](const Point& p, const Point& q) { return p[0] < q[0] || (p[0] == q[0] && p[1] < q[1]); });
  std::vector<Point> hull(2 * pts.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < pts.size(); ++i) {
    while (k >= 2 && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) --k;
    hull[k++] = pts[i];
  }
  for (std::size_t i = pts.size() - 1, lower = k + 1; i-- > 0;) {
    while (k >= lower && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) --k;
    hull[k++] = pts[i];
  }
  hull.resize(k - 1);
  return hull;
}

// Whether the axis-aligned square of half-width h around c meets the convex polygon (separating axes:
// the square's two axes and every edge normal of the polygon).
bool squareMeetsPolygon(const Point& c, double h, const std::vector<Point>& poly) {
  double minA = 1e300, maxA = -1e300, minB = 1e300, maxB = -1e300;
  for (const Point& p : poly) {
    minA = std::min(minA, p[0]);
    maxA = std::max(maxA, p[0]);
    minB = std::min(minB, p[1]);
    maxB = std::max(maxB, p[1]);
  }
  if (maxA < c[0] - h || minA > c[0] + h || maxB < c[1] - h || minB > c[1] + h) return false;
  for (std::size_t i = 0; i < poly.size(); ++i) {
    const Point& p = poly[i];
    const Point& q = poly[(i + 1) % poly.size()];
    const double nx = q[1] - p[1], ny = p[0] - q[0];  // outward normal of a counter-clockwise edge
    const double polygonMax = nx * p[0] + ny * p[1];
    const double squareMin = nx * c[0] + ny * c[1] - h * (std::abs(nx) + std::abs(ny));
    if (squareMin > polygonMax) return false;
  }
  return true;
}

std::vector<cv::Vec2f> generateInGamutCentres() {
  // The ab projection of the gamut is the projection of the RGB cube's surface; 64 steps per edge put
  // the sampled hull within 0.01 of the true one, far inside the 0.28 / 0.07 margins of the rule.
  constexpr int kSteps = 64;
  std::vector<Point> ab;
  for (int r = 0; r <= kSteps; ++r)
    for (int g = 0; g <= kSteps; ++g)
      for (int b = 0; b <= kSteps; ++b) {
        const bool onSurface = r == 0 || g == 0 || b == 0 || r == kSteps || g == kSteps || b == kSteps;
        if (!onSurface) continue;
        const cv::Vec3d lab = rgbToLab(cv::Vec3d(r, g, b) / double(kSteps));
        ab.emplace_back(lab[1], lab[2]);
      }
  const std::vector<Point> hull = convexHull(std::move(ab));
  std::vector<cv::Vec2f> centres;
  const int step = AbQuantizer::kGridStep;
  for (int a = -120; a <= 120; a += step)
    for (int b = -120; b <= 120; b += step)
      if (squareMeetsPolygon(Point(a, b), step, hull)) centres.emplace_back(float(a), float(b));
  return centres;
}

// Offsets from a cell's lower-left grid point to its 4 corners and 8 edge neighbours. For any point of
// the cell the 5 nearest grid points are among these 12: every other grid point is farther than one of
// the edge neighbours (which are at most 1.58 cells away; the rest are at least 1.41 cells and farther
// than the edge neighbour they shadow).
constexpr int kCellNeighbourhood[12][2] = {{0, 0}, {1, 0}, {0, 1},  {1, 1},  {-1, 0}, {-1, 1},
                                           {2, 0}, {2, 1}, {0, -1}, {1, -1}, {0, 2},  {1, 2}};

}  // namespace

AbQuantizer::AbQuantizer() : AbQuantizer(inGamutCentres()) {}

AbQuantizer::AbQuantizer(std::vector<cv::Vec2f> centres) : m_centres(std::move(centres)) {
  if (m_centres.empty()) throw std::invalid_argument("AbQuantizer: no bin centres given");
  m_lattice.assign(kLatticeSide * kLatticeSide, -1);
  for (std::size_t i = 0; i < m_centres.size(); ++i) {
    const cv::Vec2f& c = m_centres[i];
    const float ga = c[0] / kGridStep, gb = c[1] / kGridStep;
    const bool onGrid =
        std::isfinite(ga) && std::isfinite(gb) && ga == std::round(ga) && gb == std::round(gb);
    const bool inRange = std::abs(ga) <= kLatticeHalf - 1 && std::abs(gb) <= kLatticeHalf - 1;
    if (!onGrid || !inRange)
      throw std::invalid_argument("AbQuantizer: bin centre " + std::to_string(i) + " (" +
                                  std::to_string(c[0]) + ", " + std::to_string(c[1]) +
                                  ") is not a multiple of " + std::to_string(kGridStep) +
                                  " within [-120, 120]");
    int& slot = m_lattice[(int(ga) + kLatticeHalf) * kLatticeSide + int(gb) + kLatticeHalf];
    if (slot >= 0)
      throw std::invalid_argument("AbQuantizer: bin centres " + std::to_string(slot) + " and " +
                                  std::to_string(i) + " are both (" + std::to_string(c[0]) + ", " +
                                  std::to_string(c[1]) + ")");
    slot = int(i);
  }
  m_fullCell.assign(kLatticeSide * kLatticeSide, 0);
  for (int i = -kLatticeHalf + 1; i <= kLatticeHalf - 2; ++i)
    for (int j = -kLatticeHalf + 1; j <= kLatticeHalf - 2; ++j) {
      bool full = true;
      for (const auto& o : kCellNeighbourhood)
        full = full && m_lattice[(i + o[0] + kLatticeHalf) * kLatticeSide + j + o[1] + kLatticeHalf] >= 0;
      m_fullCell[(i + kLatticeHalf) * kLatticeSide + j + kLatticeHalf] = full;
    }
}

AbQuantizer AbQuantizer::fromNpy(const std::filesystem::path& file) {
  const NpyArray arr = readNpy(file);
  if (arr.shape.size() != 2 || arr.shape[1] != 2 || arr.shape[0] == 0)
    throw std::runtime_error(file.string() + ": expected an array of (a, b) rows, shape (Q, 2), got " +
                             std::to_string(arr.shape.size()) + "-d shape");
  std::vector<cv::Vec2f> centres(arr.shape[0]);
  for (std::size_t i = 0; i < centres.size(); ++i)
    centres[i] = cv::Vec2f(float(arr.values[2 * i]), float(arr.values[2 * i + 1]));
  try {
    return AbQuantizer(std::move(centres));
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(file.string() + ": " + e.what());
  }
}

const std::vector<cv::Vec2f>& AbQuantizer::inGamutCentres() {
  static const std::vector<cv::Vec2f> centres = generateInGamutCentres();
  return centres;
}

void AbQuantizer::nearest(float a, float b, int count, Neighbour* out) const {
  if (!std::isfinite(a) || !std::isfinite(b))
    throw std::invalid_argument("AbQuantizer: ab value (" + std::to_string(a) + ", " + std::to_string(b) +
                                ") is not finite");
  const float ga = a / kGridStep, gb = b / kGridStep;  // lattice coordinates
  auto binAt = [&](int i, int j) {
    return (i < -kLatticeHalf || i > kLatticeHalf || j < -kLatticeHalf || j > kLatticeHalf)
               ? -1
               : m_lattice[(i + kLatticeHalf) * kLatticeSide + j + kLatticeHalf];
  };
  auto dist2 = [&](int q) {
    const float da = a - m_centres[q][0], db = b - m_centres[q][1];
    return da * da + db * db;
  };
  if (count == 1) {
    // The grid point nearest to (a, b) is the nearest bin whenever it is a bin at all.
    const int q = binAt(int(std::lround(std::clamp(ga, -100.0f, 100.0f))),
                        int(std::lround(std::clamp(gb, -100.0f, 100.0f))));
    if (q >= 0) {
      out[0] = {dist2(q), q};
      return;
    }
  }
  const int ia0 = int(std::floor(ga)), ib0 = int(std::floor(gb));
  if (count <= 5 && ia0 >= -kLatticeHalf && ia0 <= kLatticeHalf && ib0 >= -kLatticeHalf &&
      ib0 <= kLatticeHalf && m_fullCell[(ia0 + kLatticeHalf) * kLatticeSide + ib0 + kLatticeHalf]) {
    // Inside the gamut: select the nearest among the cell's 12-point neighbourhood (fixed-size loops).
    Neighbour cand[12];
    for (int k = 0; k < 12; ++k) {
      const int q = m_lattice[(ia0 + kCellNeighbourhood[k][0] + kLatticeHalf) * kLatticeSide + ib0 +
                              kCellNeighbourhood[k][1] + kLatticeHalf];
      cand[k] = {dist2(q), q};
    }
    for (int k = 0; k < count; ++k) {
      int best = k;
      for (int m = k + 1; m < 12; ++m)
        if (cand[m].dist2 < cand[best].dist2 ||
            (cand[m].dist2 == cand[best].dist2 && cand[m].bin < cand[best].bin))
          best = m;
      std::swap(cand[k], cand[best]);
      out[k] = cand[k];
    }
    return;
  }
  // Near the gamut's edge: scan a window of grid points around (a, b)'s cell, keeping the `count` best in
  // `out` by insertion (ties by lower bin index), and grow the window until the count-th best is closer than
  // any grid point outside it can be. A 4x4 window suffices away from the gamut's edge.
  const int ia = std::clamp(int(std::floor(ga)), -kLatticeHalf - 1, kLatticeHalf);
  const int ib = std::clamp(int(std::floor(gb)), -kLatticeHalf - 1, kLatticeHalf);
  for (int r = 2;; ++r) {
    const int loA = ia - r + 1, hiA = ia + r, loB = ib - r + 1, hiB = ib + r;
    int kept = 0;
    for (int i = std::max(loA, -kLatticeHalf); i <= std::min(hiA, kLatticeHalf); ++i)
      for (int j = std::max(loB, -kLatticeHalf); j <= std::min(hiB, kLatticeHalf); ++j) {
        const int q = binAt(i, j);
        if (q < 0) continue;
        const Neighbour cand{dist2(q), q};
        auto better = [](const Neighbour& x, const Neighbour& y) {
          return x.dist2 < y.dist2 || (x.dist2 == y.dist2 && x.bin < y.bin);
        };
        if (kept == count && !better(cand, out[count - 1])) continue;
        int pos = kept < count ? kept++ : count - 1;
        while (pos > 0 && better(cand, out[pos - 1])) {
          out[pos] = out[pos - 1];
          --pos;
        }
        out[pos] = cand;
      }
    const bool whole =
        loA <= -kLatticeHalf && hiA >= kLatticeHalf && loB <= -kLatticeHalf && hiB >= kLatticeHalf;
    if (whole) return;  // count <= numBins(), so every slot is filled
    if (kept < count) continue;
    const float bound = kGridStep * std::min({ga - float(loA - 1), float(hiA + 1) - ga, gb - float(loB - 1),
                                              float(hiB + 1) - gb});
    if (bound > 0.0f && out[count - 1].dist2 < bound * bound) return;
  }
}

int AbQuantizer::nearestBin(float a, float b) const {
  Neighbour best;
  nearest(a, b, 1, &best);
  return best.bin;
}

void AbQuantizer::softEncode(float a, float b, int* indices, float* weights, int count, double sigma) const {
  if (count < 1 || count > numBins())
    throw std::invalid_argument("AbQuantizer::softEncode: count " + std::to_string(count) +
                                " must be in [1, " + std::to_string(numBins()) + "]");
  if (!(sigma > 0.0) || !std::isfinite(sigma))
    throw std::invalid_argument("AbQuantizer::softEncode: sigma must be > 0, got " + std::to_string(sigma));
  constexpr int kStack = 16;
  Neighbour stackBuffer[kStack];
  std::vector<Neighbour> heapBuffer(count > kStack ? count : 0);
  Neighbour* best = count > kStack ? heapBuffer.data() : stackBuffer;
  nearest(a, b, count, best);
  // Weights relative to the nearest bin, so that far-away values cannot underflow to all zeros.
  const float k = float(1.0 / (2.0 * sigma * sigma));
  float sum = 0.0f;
  for (int i = 0; i < count; ++i) sum += weights[i] = std::exp(-(best[i].dist2 - best[0].dist2) * k);
  const float inv = 1.0f / sum;
  for (int i = 0; i < count; ++i) {
    indices[i] = best[i].bin;
    weights[i] *= inv;
  }
}

cv::Vec2f AbQuantizer::annealedMean(const float* p, double temperature) const {
  if (!(temperature > 0.0) || !std::isfinite(temperature))
    throw std::invalid_argument(
        "AbQuantizer::annealedMean: temperature must be > 0 (1 = mean, small = "
        "mode), got " +
        std::to_string(temperature));
  double maxLog = -std::numeric_limits<double>::infinity();
  for (int q = 0; q < numBins(); ++q) {
    if (!(p[q] >= 0.0f) || !std::isfinite(p[q]))
      throw std::invalid_argument("AbQuantizer::annealedMean: probability " + std::to_string(q) + " is " +
                                  std::to_string(p[q]) + "; expected a finite value >= 0");
    if (p[q] > 0.0f) maxLog = std::max(maxLog, std::log(double(p[q])));
  }
  if (!std::isfinite(maxLog))
    throw std::invalid_argument("AbQuantizer::annealedMean: all probabilities are zero");
  // z^(1/T), scaled by the largest so that small temperatures cannot overflow.
  double sum = 0.0, sa = 0.0, sb = 0.0;
  for (int q = 0; q < numBins(); ++q) {
    if (p[q] <= 0.0f) continue;
    const double w = std::exp((std::log(double(p[q])) - maxLog) / temperature);
    sum += w;
    sa += w * m_centres[q][0];
    sb += w * m_centres[q][1];
  }
  return {float(sa / sum), float(sb / sum)};
}

cv::Vec2f AbQuantizer::annealedMean(const std::vector<float>& p, double temperature) const {
  if (int(p.size()) != numBins())
    throw std::invalid_argument("AbQuantizer::annealedMean: expected " + std::to_string(numBins()) +
                                " probabilities, got " + std::to_string(p.size()));
  return annealedMean(p.data(), temperature);
}

void AbQuantizer::accumulateCounts(const cv::Mat& lab, std::vector<std::uint64_t>& counts, int stride) const {
  if (lab.type() != CV_32FC3)
    throw std::invalid_argument("AbQuantizer::accumulateCounts: expected a CV_32FC3 Lab image, got " +
                                cv::typeToString(lab.type()));
  if (stride < 1) throw std::invalid_argument("AbQuantizer::accumulateCounts: stride must be >= 1");
  if (counts.empty()) counts.assign(numBins(), 0);
  if (int(counts.size()) != numBins())
    throw std::invalid_argument("AbQuantizer::accumulateCounts: counts has " + std::to_string(counts.size()) +
                                " entries but the quantiser has " + std::to_string(numBins()) + " bins");
  for (int y = 0; y < lab.rows; y += stride) {
    const float* p = lab.ptr<float>(y);
    for (int x = 0; x < lab.cols; x += stride) ++counts[nearestBin(p[3 * x + 1], p[3 * x + 2])];
  }
}

}  // namespace colorproxy
