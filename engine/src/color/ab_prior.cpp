#include "colorproxy/color/ab_prior.h"

#include <cmath>
#include <fstream>
#include <iterator>
#include <numeric>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/npy_file.h"
#include "colorproxy/color/ab_quantizer.h"

namespace colorproxy {
namespace {

constexpr const char* kFormat = "colorproxy-ab-prior";
constexpr int kVersion = 1;

}  // namespace

AbPrior::AbPrior(std::vector<double> probabilities, double smoothingSigma, std::uint64_t pixelCount)
    : m_probabilities(std::move(probabilities)), m_sigma(smoothingSigma), m_pixelCount(pixelCount) {
  if (m_probabilities.empty()) throw std::invalid_argument("AbPrior: no probabilities given");
  double sum = 0.0;
  for (std::size_t q = 0; q < m_probabilities.size(); ++q) {
    const double p = m_probabilities[q];
    if (!std::isfinite(p) || p < 0.0)
      throw std::invalid_argument("AbPrior: probability of bin " + std::to_string(q) + " is " +
                                  std::to_string(p) + "; expected a finite value >= 0");
    sum += p;
  }
  if (!(sum > 0.0))
    throw std::invalid_argument("AbPrior: the probabilities sum to zero (no pixels counted?)");
  for (double& p : m_probabilities) p /= sum;
}

AbPrior AbPrior::uniform(int numBins) {
  if (numBins < 1) throw std::invalid_argument("AbPrior::uniform: numBins must be >= 1");
  return AbPrior(std::vector<double>(numBins, 1.0));
}

std::vector<double> AbPrior::smooth(const AbQuantizer& quantizer, const std::vector<double>& distribution,
                                    double sigma) {
  const int q = quantizer.numBins();
  if (int(distribution.size()) != q)
    throw std::invalid_argument("AbPrior::smooth: distribution has " + std::to_string(distribution.size()) +
                                " entries but the quantiser has " + std::to_string(q) + " bins");
  if (!(sigma >= 0.0) || !std::isfinite(sigma))
    throw std::invalid_argument("AbPrior::smooth: sigma must be >= 0, got " + std::to_string(sigma));
  std::vector<double> out(distribution);
  if (sigma > 0.0) {
    const auto& c = quantizer.centres();
    const double k = 1.0 / (2.0 * sigma * sigma);
    for (int i = 0; i < q; ++i) {
      double s = 0.0;
      for (int j = 0; j < q; ++j) {
        if (distribution[j] == 0.0) continue;
        const double da = c[i][0] - c[j][0], db = c[i][1] - c[j][1];
        s += distribution[j] * std::exp(-(da * da + db * db) * k);
      }
      out[i] = s;
    }
  }
  const double sum = std::accumulate(out.begin(), out.end(), 0.0);
  if (!(sum > 0.0)) throw std::invalid_argument("AbPrior::smooth: the distribution is all zeros");
  for (double& p : out) p /= sum;
  return out;
}

AbPrior AbPrior::fromCounts(const AbQuantizer& quantizer, const std::vector<std::uint64_t>& counts,
                            double sigma) {
  std::vector<double> p(counts.begin(), counts.end());
  const std::uint64_t total = std::accumulate(counts.begin(), counts.end(), std::uint64_t(0));
  if (total == 0) throw std::invalid_argument("AbPrior::fromCounts: no pixels counted");
  return AbPrior(smooth(quantizer, p, sigma), sigma, total);
}

AbPrior AbPrior::estimate(const AbQuantizer& quantizer, const std::vector<cv::Mat>& labImages, double sigma) {
  std::vector<std::uint64_t> counts(quantizer.numBins(), 0);
  for (const cv::Mat& lab : labImages) quantizer.accumulateCounts(lab, counts);
  return fromCounts(quantizer, counts, sigma);
}

std::vector<float> AbPrior::rebalancingWeights(double lambda) const {
  if (empty()) throw std::logic_error("AbPrior::rebalancingWeights: the prior is empty");
  if (!(lambda >= 0.0 && lambda <= 1.0))
    throw std::invalid_argument(
        "AbPrior::rebalancingWeights: lambda must be in [0, 1] (0.5 as the paper, "
        "1 disables rebalancing), got " +
        std::to_string(lambda));
  const double uniform = 1.0 / numBins();
  std::vector<double> w(numBins());
  double expectation = 0.0;
  for (int q = 0; q < numBins(); ++q) {
    const double mix = (1.0 - lambda) * m_probabilities[q] + lambda * uniform;
    if (!(mix > 0.0))
      throw std::invalid_argument("AbPrior::rebalancingWeights: bin " + std::to_string(q) +
                                  " has probability 0, so lambda = 0 would give it an infinite weight; "
                                  "use lambda > 0 or a smoothed prior");
    w[q] = 1.0 / mix;
    expectation += m_probabilities[q] * w[q];
  }
  std::vector<float> out(numBins());
  for (int q = 0; q < numBins(); ++q) out[q] = float(w[q] / expectation);
  return out;
}

void AbPrior::save(const std::filesystem::path& file) const {
  if (empty()) throw std::logic_error("AbPrior::save(" + file.string() + "): the prior is empty");
  if (file.extension() == ".npy") {
    writeNpy(file, {m_probabilities.size()}, m_probabilities);
    return;
  }
  nlohmann::json j;
  j["format"] = kFormat;
  j["version"] = kVersion;
  j["numBins"] = numBins();
  j["smoothingSigma"] = m_sigma;
  j["pixelCount"] = m_pixelCount;
  j["probabilities"] = m_probabilities;
  writeFileAtomically(file, j.dump(1) + "\n");
}

AbPrior AbPrior::load(const std::filesystem::path& file) {
  try {
    if (file.extension() == ".npy") {
      NpyArray arr = readNpy(file);
      if (arr.shape.size() != 1)
        throw std::runtime_error("expected a 1-D array of bin probabilities, got " +
                                 std::to_string(arr.shape.size()) + " dimensions");
      return AbPrior(std::move(arr.values));
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open the prior file (does it exist?)");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const nlohmann::json j = nlohmann::json::parse(text);
    if (!j.is_object() || j.value("format", std::string()) != kFormat)
      throw std::runtime_error(std::string("not an ab prior file (no \"format\": \"") + kFormat + "\")");
    if (j.value("version", 0) != kVersion)
      throw std::runtime_error("unsupported ab prior version " + j.value("version", nlohmann::json()).dump());
    const auto probabilities = j.at("probabilities").get<std::vector<double>>();
    if (j.contains("numBins") && j.at("numBins").get<std::size_t>() != probabilities.size())
      throw std::runtime_error("numBins says " + j.at("numBins").dump() + " but " +
                               std::to_string(probabilities.size()) + " probabilities follow");
    return AbPrior(probabilities, j.value("smoothingSigma", 0.0), j.value("pixelCount", std::uint64_t(0)));
  } catch (const std::exception& e) {
    const std::string what = e.what();
    if (what.rfind(file.string() + ":", 0) == 0) throw std::runtime_error(what);
    throw std::runtime_error(file.string() + ": " + what);
  }
}

}  // namespace colorproxy
