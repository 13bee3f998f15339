#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

#include "colorproxy/base/npy_file.h"
#include "colorproxy/color/ab_quantizer.h"
#include "colorproxy/color/lab_conversion.h"
#include "support/test_support.h"

using namespace colorproxy;

namespace {

double dist2(const cv::Vec2f& c, double a, double b) {
  return (c[0] - a) * (c[0] - a) + (c[1] - b) * (c[1] - b);
}

// Brute force: squared distances to every bin, sorted.
std::vector<double> sortedDistances(const AbQuantizer& q, double a, double b) {
  std::vector<double> d;
  for (const cv::Vec2f& c : q.centres()) d.push_back(dist2(c, a, b));
  std::sort(d.begin(), d.end());
  return d;
}

double smallestDistance(const AbQuantizer& q, double a, double b) {
  double best = 1e300;
  for (const cv::Vec2f& c : q.centres()) best = std::min(best, dist2(c, a, b));
  return best;
}

}  // namespace

class AbQuantizerTest : public ::testing::Test {
 protected:
  AbQuantizerTest() : rng(2016) {}
  std::mt19937 rng;
  AbQuantizer q;
};

TEST_F(AbQuantizerTest, GeneratesThe313InGamutBins) {
  ASSERT_EQ(q.numBins(), 313);
  EXPECT_EQ(q.centres().front(), cv::Vec2f(-90, 50));
  EXPECT_EQ(q.centres().back(), cv::Vec2f(100, 0));
  for (std::size_t i = 1; i < q.centres().size(); ++i) {
    const cv::Vec2f& p = q.centres()[i - 1];
    const cv::Vec2f& c = q.centres()[i];
    EXPECT_TRUE(p[0] < c[0] || (p[0] == c[0] && p[1] < c[1])) << "sorted by a then b at " << i;
  }
  // Every saturated sRGB primary and secondary lies within the bins' reach (nearest bin within a cell).
  for (const cv::Vec3d& rgb : {cv::Vec3d(1, 0, 0), cv::Vec3d(0, 1, 0), cv::Vec3d(0, 0, 1), cv::Vec3d(1, 1, 0),
                               cv::Vec3d(0, 1, 1), cv::Vec3d(1, 0, 1)}) {
    const cv::Vec3d lab = rgbToLab(rgb);
    const cv::Vec2f c = q.centres()[q.nearestBin(float(lab[1]), float(lab[2]))];
    EXPECT_LE(std::abs(c[0] - lab[1]), 5.0 + 1e-4);
    EXPECT_LE(std::abs(c[1] - lab[2]), 5.0 + 1e-4);
  }
}

TEST_F(AbQuantizerTest, EqualsZhangsPtsInHull) {
  CP_REQUIRE_SHARED_DATA(file, "zhang2016/pts_in_hull.npy");
  const NpyArray arr = readNpy(file);
  ASSERT_EQ(arr.shape, (std::vector<std::size_t>{313, 2}));
  std::set<std::pair<int, int>> zhang, ours;
  for (std::size_t i = 0; i < 313; ++i) zhang.insert({int(arr.values[2 * i]), int(arr.values[2 * i + 1])});
  for (const cv::Vec2f& c : q.centres()) ours.insert({int(c[0]), int(c[1])});
  EXPECT_EQ(zhang.size(), 313u);
  EXPECT_EQ(ours, zhang);
  // Same order too, so bin indices are interchangeable with Zhang's published models.
  const AbQuantizer fromFile = AbQuantizer::fromNpy(file);
  EXPECT_EQ(fromFile.centres(), q.centres());
}

TEST_F(AbQuantizerTest, NearestBinMatchesBruteForce) {
  std::uniform_real_distribution<float> u(-140.0f, 140.0f);
  for (int i = 0; i < 20000; ++i) {
    const float a = u(rng), b = u(rng);
    const int k = q.nearestBin(a, b);
    ASSERT_GE(k, 0);
    ASSERT_LT(k, 313);
    EXPECT_NEAR(dist2(q.centres()[k], a, b), smallestDistance(q, a, b), 1e-2) << a << "," << b;
  }
  for (int k = 0; k < q.numBins(); ++k) EXPECT_EQ(q.nearestBin(q.centres()[k][0], q.centres()[k][1]), k);
  // Far outside the lattice (garbage values) still answers with the nearest bin.
  EXPECT_EQ(q.centres()[q.nearestBin(1000.0f, 0.0f)], cv::Vec2f(100, 0));
  EXPECT_EQ(q.centres()[q.nearestBin(0.0f, -900.0f)][1], -110.0f);
}

TEST_F(AbQuantizerTest, SoftEncodingMatchesBruteForce) {
  std::uniform_real_distribution<float> u(-130.0f, 130.0f);
  int indices[5];
  float weights[5];
  for (int i = 0; i < 5000; ++i) {
    const float a = u(rng), b = u(rng);
    q.softEncode(a, b, indices, weights);
    const std::vector<double> d = sortedDistances(q, a, b);
    double sum = 0.0, expectedSum = 0.0;
    for (int k = 0; k < 5; ++k) expectedSum += std::exp(-(d[k] - d[0]) / 50.0);
    std::set<int> distinct(indices, indices + 5);
    EXPECT_EQ(distinct.size(), 5u);
    for (int k = 0; k < 5; ++k) {
      const double dk = dist2(q.centres()[indices[k]], a, b);
      EXPECT_NEAR(dk, d[k], 1e-2) << "neighbour " << k << " of " << a << "," << b;
      EXPECT_NEAR(weights[k], std::exp(-(d[k] - d[0]) / 50.0) / expectedSum, 1e-5);
      sum += weights[k];
    }
    EXPECT_NEAR(sum, 1.0, 1e-5);
  }
}

TEST_F(AbQuantizerTest, SoftEncodingHandWorkedValues) {
  int idx[5];
  float w[5];
  // At a bin centre: itself at distance 0, its four grid neighbours at 10 -> e^-2 each.
  q.softEncode(0.0f, 0.0f, idx, w);
  const double e2 = std::exp(-2.0);
  EXPECT_EQ(q.centres()[idx[0]], cv::Vec2f(0, 0));
  EXPECT_NEAR(w[0], 1.0 / (1.0 + 4.0 * e2), 1e-6);  // 0.6488
  for (int k = 1; k < 5; ++k) {
    EXPECT_NEAR(w[k], e2 / (1.0 + 4.0 * e2), 1e-6);  // 0.0878
    EXPECT_NEAR(cv::norm(q.centres()[idx[k]]), 10.0, 1e-6);
  }
  // Half-way between (0,0) and (10,0): two bins at 5 (weight e^-0.5), three of the four at sqrt(125).
  q.softEncode(5.0f, 0.0f, idx, w);
  const double near = std::exp(-0.5), far = std::exp(-2.5), z = 2 * near + 3 * far;
  EXPECT_NEAR(w[0], near / z, 1e-6);
  EXPECT_NEAR(w[1], near / z, 1e-6);
  for (int k = 2; k < 5; ++k) EXPECT_NEAR(w[k], far / z, 1e-6);
  // One neighbour is the hard (nearest-bin) encoding.
  q.softEncode(33.0f, -41.0f, idx, w, 1);
  EXPECT_EQ(idx[0], q.nearestBin(33.0f, -41.0f));
  EXPECT_FLOAT_EQ(w[0], 1.0f);
  EXPECT_EQ(q.centres()[idx[0]], cv::Vec2f(30, -40));
}

TEST_F(AbQuantizerTest, AnnealedMeanDecoding) {
  std::vector<float> p(313, 0.0f);
  // A one-hot distribution decodes to its bin at every temperature.
  p[200] = 1.0f;
  for (const double t : {1.0, 0.38, 1e-3}) EXPECT_EQ(q.annealedMean(p, t), q.centres()[200]);

  // T = 1 is the plain expectation sum p_q c_q.
  std::uniform_real_distribution<float> u(0.0f, 1.0f);
  float total = 0.0f;
  for (float& v : p) total += v = u(rng) * u(rng);
  for (float& v : p) v /= total;
  double ea = 0.0, eb = 0.0;
  for (int k = 0; k < 313; ++k) {
    ea += p[k] * q.centres()[k][0];
    eb += p[k] * q.centres()[k][1];
  }
  const cv::Vec2f mean = q.annealedMean(p, 1.0);
  EXPECT_NEAR(mean[0], ea, 1e-3);
  EXPECT_NEAR(mean[1], eb, 1e-3);

  // T -> 0 is the mode.
  const int mode = int(std::max_element(p.begin(), p.end()) - p.begin());
  EXPECT_LT(cv::norm(q.annealedMean(p, 1e-4) - q.centres()[mode]), 1e-3);

  // T = 0.38 on two bins, with the power form z^(1/T) / sum z^(1/T) as the second formula.
  std::fill(p.begin(), p.end(), 0.0f);
  p[10] = 0.75f;
  p[20] = 0.25f;
  const double w10 = std::pow(0.75, 1 / 0.38), w20 = std::pow(0.25, 1 / 0.38);
  const cv::Vec2d expected =
      (w10 * cv::Vec2d(q.centres()[10]) + w20 * cv::Vec2d(q.centres()[20])) / (w10 + w20);
  const cv::Vec2f annealed = q.annealedMean(p, 0.38);
  EXPECT_NEAR(annealed[0], expected[0], 1e-4);
  EXPECT_NEAR(annealed[1], expected[1], 1e-4);
  // Unnormalised input decodes the same as normalised.
  for (float& v : p) v *= 3.0f;
  EXPECT_LT(cv::norm(q.annealedMean(p, 0.38) - annealed), 1e-5);
}

TEST_F(AbQuantizerTest, AccumulatesNearestBinCounts) {
  cv::Mat lab(2, 3, CV_32FC3);
  const cv::Vec3f px[] = {{50, 0, 0}, {50, 1, 1}, {20, 12, -3}, {70, 0, 0}, {90, -47, 68}, {10, 2, -4}};
  for (int i = 0; i < 6; ++i) lab.at<cv::Vec3f>(i / 3, i % 3) = px[i];
  std::vector<std::uint64_t> counts;
  q.accumulateCounts(lab, counts);
  ASSERT_EQ(counts.size(), 313u);
  EXPECT_EQ(counts[q.nearestBin(0, 0)], 4u);   // (0,0), (1,1), (0,0), (2,-4)
  EXPECT_EQ(counts[q.nearestBin(10, 0)], 1u);  // (12,-3)
  EXPECT_EQ(counts[q.nearestBin(-50, 70)], 1u);
  q.accumulateCounts(lab, counts, 2);  // rows 0, columns 0 and 2: (0,0) and (12,-3)
  EXPECT_EQ(counts[q.nearestBin(0, 0)], 5u);
  EXPECT_EQ(counts[q.nearestBin(10, 0)], 2u);
}

TEST_F(AbQuantizerTest, RejectsBadInput) {
  EXPECT_THROW(AbQuantizer({cv::Vec2f(0, 5)}), std::invalid_argument);
  EXPECT_THROW(AbQuantizer({cv::Vec2f(0, 0), cv::Vec2f(0, 0)}), std::invalid_argument);
  EXPECT_THROW(AbQuantizer({cv::Vec2f(200, 0)}), std::invalid_argument);
  EXPECT_THROW(AbQuantizer(std::vector<cv::Vec2f>{}), std::invalid_argument);
  EXPECT_THROW(q.nearestBin(NAN, 0.0f), std::invalid_argument);
  std::vector<float> p(313, 0.0f);
  EXPECT_THROW(q.annealedMean(p, 1.0), std::invalid_argument);  // all zero
  p[0] = 1.0f;
  EXPECT_THROW(q.annealedMean(p, 0.0), std::invalid_argument);
  p[1] = -0.5f;
  EXPECT_THROW(q.annealedMean(p, 1.0), std::invalid_argument);
  EXPECT_THROW(q.annealedMean(std::vector<float>(312, 1.0f), 1.0), std::invalid_argument);
  int idx[6];
  float w[6];
  EXPECT_THROW(q.softEncode(0, 0, idx, w, 0), std::invalid_argument);
  EXPECT_THROW(q.softEncode(0, 0, idx, w, 5, 0.0), std::invalid_argument);
  std::vector<std::uint64_t> wrong(10, 0);
  EXPECT_THROW(q.accumulateCounts(cv::Mat(2, 2, CV_32FC3, cv::Scalar::all(0)), wrong), std::invalid_argument);
  colorproxy::test::TempDir dir;
  writeNpy(dir / "bad.npy", {3}, {0, 10, 20});
  try {
    AbQuantizer::fromNpy(dir / "bad.npy");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.npy"), std::string::npos) << e.what();
  }
}

TEST_F(AbQuantizerTest, SmallCustomQuantiser) {
  const AbQuantizer two({cv::Vec2f(-10, 0), cv::Vec2f(20, 0)});
  EXPECT_EQ(two.numBins(), 2);
  EXPECT_EQ(two.nearestBin(4.0f, 50.0f), 0);
  EXPECT_EQ(two.nearestBin(6.0f, -50.0f), 1);
  int idx[2];
  float w[2];
  two.softEncode(0.0f, 0.0f, idx, w, 2);  // distances 10 and 20: weights e^-2 vs e^-8 relative
  EXPECT_EQ(idx[0], 0);
  EXPECT_NEAR(w[1] / w[0], std::exp(-(400.0 - 100.0) / 50.0), 1e-6);
}
