#pragma once
// Zhang, Isola and Efros (ECCV 2016) quantised ab space: Q = 313 bin centres on a grid of 10.
//
// The default bins are generated from the sRGB gamut, not read from a file: a grid point (a, b) (both
// multiples of 10) is a bin when one of the four 10x10 grid cells that have it as a corner overlaps
// the convex hull of the sRGB gamut projected onto the ab plane (equivalently: the point is within
// Chebyshev distance 10 of that hull). This reproduces Zhang's pts_in_hull.npy exactly, in the same
// order (sorted by a, then b); the nearest excluded point is at distance 10.07, the farthest included
// one at 9.72. Simpler rules do not: "some L gives an in-gamut colour" keeps 229 points, and rounding
// every 8-bit sRGB colour to its grid cell keeps 261.
//
// All methods are const and thread-safe.
#include <cstdint>
#include <filesystem>
#include <vector>

#include <opencv2/core.hpp>

namespace colorproxy {

/// The quantised ab space: bin centres, nearest-bin lookup, soft encoding, annealed-mean decoding.
class AbQuantizer {
 public:
  static constexpr int kGridStep = 10;    ///< spacing of the bin centres in ab units
  static constexpr int kZhangBins = 313;  ///< number of bins of the default (sRGB) quantiser
  static constexpr int kNeighbours = 5;   ///< soft encoding: number of nearest bins used
  static constexpr double kSigma = 5.0;   ///< soft encoding: Gaussian sigma in ab units

  /// The 313 in-gamut bins generated from the sRGB gamut (see the file comment).
  AbQuantizer();
  /// Bins at explicit centres, each a multiple of kGridStep within [-120, 120], no duplicates.
  /// Throws std::invalid_argument otherwise.
  explicit AbQuantizer(std::vector<cv::Vec2f> centres);
  /// Bins read from a (Q, 2) .npy file of (a, b) rows such as Zhang's pts_in_hull.npy.
  static AbQuantizer fromNpy(const std::filesystem::path& file);

  /// The bin centres of the generation rule, sorted by a then b (computed once per process).
  static const std::vector<cv::Vec2f>& inGamutCentres();

  int numBins() const { return int(m_centres.size()); }
  const std::vector<cv::Vec2f>& centres() const { return m_centres; }

  /// Index of the bin centre nearest to (a, b); ties between equidistant centres are broken
  /// deterministically. Throws std::invalid_argument for a non-finite value.
  int nearestBin(float a, float b) const;

  /// Soft encoding of one ab value: the `count` nearest bins (nearest first) go to
  /// `indices`, their weights exp(-d^2 / 2 sigma^2), normalised to sum 1, to `weights`. Both arrays
  /// must hold `count` entries; 1 <= count <= numBins().
  void softEncode(float a, float b, int* indices, float* weights, int count = kNeighbours,
                  double sigma = kSigma) const;

  /// Annealed mean of a distribution over the bins (numBins() non-negative values, not necessarily
  /// normalised): sum_q f_T(z)_q c_q with f_T(z) = z^(1/T) / sum z^(1/T). T = 1 is the mean, T -> 0
  /// the mode. Throws std::invalid_argument for T <= 0 or an all-zero vector.
  cv::Vec2f annealedMean(const float* probabilities, double temperature) const;
  cv::Vec2f annealedMean(const std::vector<float>& probabilities, double temperature) const;

  /// Adds the nearest-bin histogram of a Lab image (CV_32FC3) to `counts` (sized to numBins() when
  /// empty). Pixels are visited with the given stride in x and y (1 = every pixel).
  void accumulateCounts(const cv::Mat& lab, std::vector<std::uint64_t>& counts, int stride = 1) const;

 private:
  struct Neighbour {
    float dist2;
    int bin;
  };
  // The `count` nearest bins of (a, b), nearest first, into `out`; used by both lookups.
  void nearest(float a, float b, int count, Neighbour* out) const;

  static constexpr int kLatticeHalf = 13;  // lattice indices -13..13 cover centres within +-120 plus a ring
  static constexpr int kLatticeSide = 2 * kLatticeHalf + 1;
  std::vector<cv::Vec2f> m_centres;
  std::vector<int> m_lattice;  // kLatticeSide^2 grid point -> bin index, or -1
  // Per grid cell (indexed by its lower-left grid point): whether the 4 corners and 8 edge neighbours
  // are all bins, in which case they hold the 5 nearest bins of any point of the cell.
  std::vector<unsigned char> m_fullCell;
};

}  // namespace colorproxy
