#pragma once
// The empirical distribution of ab colours over the quantiser's bins, and Zhang et al.'s class
// rebalancing weights derived from it.
//
// Smoothing (the paper's "p smoothed with a Gaussian kernel G_sigma", sigma = 5): the 313-bin
// distribution is convolved with a Gaussian over the bin centres and renormalised,
//   p~_q = sum_j p_j exp(-|c_q - c_j|^2 / 2 sigma^2) / Z,
// i.e. a 2-D Gaussian filter on the grid of 10 whose mass outside the gamut bins is dropped. With
// sigma = 5 a bin keeps weight 1, its 4 grid neighbours get e^-2 and the diagonal ones e^-4.
#include <cstdint>
#include <filesystem>
#include <vector>

#include <opencv2/core.hpp>

namespace colorproxy {

class AbQuantizer;

/// A probability distribution over the ab bins and the rebalancing weights it implies.
class AbPrior {
 public:
  static constexpr double kSigma = 5.0;   ///< default smoothing, ab units
  static constexpr double kLambda = 0.5;  ///< default mix with the uniform distribution

  AbPrior() = default;
  /// A distribution from non-negative values (normalised here to sum 1). Throws std::invalid_argument
  /// for an empty vector, a negative or non-finite value, or a zero sum.
  explicit AbPrior(std::vector<double> probabilities, double smoothingSigma = 0.0,
                   std::uint64_t pixelCount = 0);

  /// The uniform distribution over `numBins` bins.
  static AbPrior uniform(int numBins);
  /// A histogram of nearest bins (one count per bin) normalised and smoothed with smooth().
  static AbPrior fromCounts(const AbQuantizer& quantizer, const std::vector<std::uint64_t>& counts,
                            double sigma = kSigma);
  /// Histogram of the nearest bins of every pixel of the Lab images (CV_32FC3), then fromCounts().
  static AbPrior estimate(const AbQuantizer& quantizer, const std::vector<cv::Mat>& labImages,
                          double sigma = kSigma);
  /// The smoothing described in the file comment; sigma = 0 only renormalises.
  static std::vector<double> smooth(const AbQuantizer& quantizer, const std::vector<double>& distribution,
                                    double sigma);

  bool empty() const { return m_probabilities.empty(); }
  int numBins() const { return int(m_probabilities.size()); }
  const std::vector<double>& probabilities() const { return m_probabilities; }
  double smoothingSigma() const { return m_sigma; }          ///< 0 when unknown or not smoothed
  std::uint64_t pixelCount() const { return m_pixelCount; }  ///< pixels counted, 0 when unknown

  /// Zhang's rebalancing weights w_q proportional to ((1 - lambda) p~_q + lambda / Q)^-1, normalised so
  /// that sum_q p~_q w_q = 1. lambda = 1 gives all ones. Throws std::invalid_argument for lambda outside
  /// [0, 1], or lambda = 0 while some bin has probability 0.
  std::vector<float> rebalancingWeights(double lambda = kLambda) const;

  /// Saves the prior: ".npy" writes a float64 vector (like Zhang's prior_probs.npy); any other
  /// extension writes JSON with the metadata. Atomic (temporary file and rename).
  void save(const std::filesystem::path& file) const;
  /// Loads a prior written by save() (".npy": any 1-D numeric array). Throws std::runtime_error naming
  /// the file when it is missing, malformed or not a valid distribution.
  static AbPrior load(const std::filesystem::path& file);

 private:
  std::vector<double> m_probabilities;
  double m_sigma = 0.0;
  std::uint64_t m_pixelCount = 0;
};

}  // namespace colorproxy
