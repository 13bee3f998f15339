#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <random>

#include "colorproxy/base/npy_file.h"
#include "colorproxy/color/ab_prior.h"
#include "colorproxy/color/ab_quantizer.h"
#include "colorproxy/color/lab_conversion.h"
#include "support/test_support.h"

using namespace colorproxy;
using colorproxy::test::TempDir;

namespace {

double expectation(const AbPrior& prior, const std::vector<float>& w) {
  double s = 0.0;
  for (int q = 0; q < prior.numBins(); ++q) s += prior.probabilities()[q] * w[q];
  return s;
}

std::string loadError(const std::filesystem::path& file) {
  try {
    AbPrior::load(file);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

class AbPriorTest : public ::testing::Test {
 protected:
  AbPriorTest() : rng(7) {}
  std::mt19937 rng;
  AbQuantizer q;
};

TEST_F(AbPriorTest, UniformPriorGivesUniformWeights) {
  const AbPrior uniform = AbPrior::uniform(313);
  for (const double lambda : {0.0, 0.5, 1.0})
    for (const float w : uniform.rebalancingWeights(lambda)) EXPECT_NEAR(w, 1.0f, 1e-6);
}

TEST_F(AbPriorTest, HandWorkedTwoBinWeights) {
  // p = (3/4, 1/4), lambda = 1/2: mix = (5/8, 3/8), w ~ (8/5, 8/3); E_p[w] = 6/5 + 2/3 = 28/15,
  // so w = (6/7, 10/7).
  const AbPrior prior({3.0, 1.0});
  EXPECT_DOUBLE_EQ(prior.probabilities()[0], 0.75);
  const std::vector<float> w = prior.rebalancingWeights(0.5);
  EXPECT_NEAR(w[0], 6.0 / 7.0, 1e-6);
  EXPECT_NEAR(w[1], 10.0 / 7.0, 1e-6);
  // lambda = 0: w ~ 1/p -> (4/3, 4) / 2 = (2/3, 2).
  const std::vector<float> w0 = prior.rebalancingWeights(0.0);
  EXPECT_NEAR(w0[0], 2.0 / 3.0, 1e-6);
  EXPECT_NEAR(w0[1], 2.0, 1e-6);
}

TEST_F(AbPriorTest, WeightsAreNormalisedUnderThePrior) {
  std::vector<double> p(313);
  std::exponential_distribution<double> e(1.0);
  for (double& v : p) v = std::pow(e(rng), 4.0);  // heavy-tailed, like natural images
  const AbPrior prior(p);
  for (const double lambda : {0.1, 0.5, 0.9}) {
    const std::vector<float> w = prior.rebalancingWeights(lambda);
    EXPECT_NEAR(expectation(prior, w), 1.0, 1e-5) << "lambda " << lambda;
    // Rare bins weigh more than common ones.
    const auto rare = std::min_element(p.begin(), p.end()) - p.begin();
    const auto common = std::max_element(p.begin(), p.end()) - p.begin();
    EXPECT_GT(w[rare], w[common]);
  }
  for (const float w : prior.rebalancingWeights(1.0)) EXPECT_NEAR(w, 1.0f, 1e-6);
}

TEST_F(AbPriorTest, SmoothingIsAGaussianOverBinCentres) {
  std::vector<double> oneHot(313, 0.0);
  const int centre = q.nearestBin(0, 0);
  oneHot[centre] = 1.0;
  const std::vector<double> s = AbPrior::smooth(q, oneHot, 5.0);
  EXPECT_NEAR(std::accumulate(s.begin(), s.end(), 0.0), 1.0, 1e-12);
  const double self = s[centre];
  EXPECT_NEAR(s[q.nearestBin(10, 0)] / self, std::exp(-2.0), 1e-12);
  EXPECT_NEAR(s[q.nearestBin(0, -10)] / self, std::exp(-2.0), 1e-12);
  EXPECT_NEAR(s[q.nearestBin(10, 10)] / self, std::exp(-4.0), 1e-12);
  EXPECT_NEAR(s[q.nearestBin(-20, 0)] / self, std::exp(-8.0), 1e-12);
  // Normaliser: 1 + 4 e^-2 + 4 e^-4 + 4 e^-8 + ... (every bin near (0,0) is in gamut).
  double z = 0.0;
  for (const cv::Vec2f& c : q.centres()) z += std::exp(-(c[0] * c[0] + c[1] * c[1]) / 50.0);
  EXPECT_NEAR(self, 1.0 / z, 1e-12);
  // sigma = 0 only renormalises.
  std::vector<double> twice(313, 0.0);
  twice[3] = 2.0;
  twice[4] = 6.0;
  const std::vector<double> none = AbPrior::smooth(q, twice, 0.0);
  EXPECT_DOUBLE_EQ(none[3], 0.25);
  EXPECT_DOUBLE_EQ(none[4], 0.75);
}

TEST_F(AbPriorTest, EstimateFromLabImages) {
  const cv::Mat a = bgrToLab(colorproxy::test::makeColourImage(40, 32, 1));
  const cv::Mat b = bgrToLab(colorproxy::test::makeColourImage(32, 24, 2));
  const AbPrior prior = AbPrior::estimate(q, {a, b}, 5.0);
  EXPECT_EQ(prior.pixelCount(), 40u * 32u + 32u * 24u);
  EXPECT_EQ(prior.smoothingSigma(), 5.0);
  // Second computation: count by hand, smooth with the same formula written out.
  std::vector<double> counts(313, 0.0);
  for (const cv::Mat* m : {&a, &b})
    for (int y = 0; y < m->rows; ++y)
      for (int x = 0; x < m->cols; ++x) {
        const cv::Vec3f p = m->at<cv::Vec3f>(y, x);
        counts[q.nearestBin(p[1], p[2])] += 1.0;
      }
  std::vector<double> expected(313, 0.0);
  for (int i = 0; i < 313; ++i)
    for (int j = 0; j < 313; ++j)
      expected[i] += counts[j] * std::exp(-std::pow(cv::norm(q.centres()[i] - q.centres()[j]), 2) / 50.0);
  const double z = std::accumulate(expected.begin(), expected.end(), 0.0);
  for (int i = 0; i < 313; ++i) EXPECT_NEAR(prior.probabilities()[i], expected[i] / z, 1e-12);
  const std::vector<float> w = prior.rebalancingWeights();
  EXPECT_NEAR(expectation(prior, w), 1.0, 1e-5);
}

TEST_F(AbPriorTest, SaveAndLoadRoundTrip) {
  TempDir dir;
  std::vector<std::uint64_t> counts(313, 0);
  counts[5] = 10;
  counts[100] = 30;
  const AbPrior prior = AbPrior::fromCounts(q, counts);
  prior.save(dir / "prior.json");
  const AbPrior json = AbPrior::load(dir / "prior.json");
  EXPECT_EQ(json.probabilities(), prior.probabilities());
  EXPECT_EQ(json.pixelCount(), 40u);
  EXPECT_EQ(json.smoothingSigma(), 5.0);
  prior.save(dir / "prior.npy");
  const AbPrior npy = AbPrior::load(dir / "prior.npy");
  EXPECT_EQ(npy.probabilities(), prior.probabilities());
  EXPECT_EQ(readNpy(dir / "prior.npy").shape, (std::vector<std::size_t>{313}));
  // Overwriting keeps a valid file (atomic replace) and leaves no temporaries behind.
  AbPrior::uniform(313).save(dir / "prior.json");
  EXPECT_NEAR(AbPrior::load(dir / "prior.json").probabilities()[0], 1.0 / 313, 1e-15);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 2);
}

TEST_F(AbPriorTest, LoadErrorsNameTheFile) {
  TempDir dir;
  colorproxy::test::writeBytes(dir / "broken.json", "{\"format\": \"colorproxy-ab-prior\", \"version\": 1,");
  colorproxy::test::writeBytes(dir / "other.json", "{\"format\": \"something-else\"}");
  colorproxy::test::writeBytes(
      dir / "negative.json",
      "{\"format\": \"colorproxy-ab-prior\", \"version\": 1, \"probabilities\": [0.5, -1]}");
  writeNpy(dir / "matrix.npy", {2, 2}, {1, 2, 3, 4});
  for (const char* name : {"broken.json", "other.json", "negative.json", "matrix.npy", "absent.json"}) {
    const std::string message = loadError(dir / name);
    EXPECT_NE(message.find(name), std::string::npos) << name << ": '" << message << "'";
  }
  EXPECT_NE(loadError(dir / "negative.json").find("bin 1"), std::string::npos);
}

TEST_F(AbPriorTest, RejectsBadArguments) {
  EXPECT_THROW(AbPrior(std::vector<double>{}), std::invalid_argument);
  EXPECT_THROW(AbPrior({0.0, 0.0}), std::invalid_argument);
  EXPECT_THROW(AbPrior({1.0, NAN}), std::invalid_argument);
  const AbPrior withZero({1.0, 0.0});
  EXPECT_THROW(withZero.rebalancingWeights(0.0), std::invalid_argument);
  EXPECT_NO_THROW(withZero.rebalancingWeights(0.5));
  EXPECT_THROW(withZero.rebalancingWeights(1.5), std::invalid_argument);
  EXPECT_THROW(AbPrior::fromCounts(q, std::vector<std::uint64_t>(313, 0)), std::invalid_argument);
  EXPECT_THROW(AbPrior::fromCounts(q, std::vector<std::uint64_t>(3, 1)), std::invalid_argument);
  EXPECT_THROW(AbPrior::smooth(q, std::vector<double>(313, 1.0), -1.0), std::invalid_argument);
  EXPECT_THROW(AbPrior().rebalancingWeights(), std::logic_error);
}
