#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <random>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/color/lab_conversion.h"
#include "support/test_support.h"

using namespace colorproxy;

namespace {

// An independent textbook implementation (CIE constants 0.008856 / 7.787, std::pow and std::cbrt).
cv::Vec3d referenceLab(double r, double g, double b) {
  auto lin = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
  auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
  r = lin(r), g = lin(g), b = lin(b);
  const double x = 0.412453 * r + 0.357580 * g + 0.180423 * b;
  const double y = 0.212671 * r + 0.715160 * g + 0.072169 * b;
  const double z = 0.019334 * r + 0.119193 * g + 0.950227 * b;
  const double fx = f(x / 0.950456), fy = f(y), fz = f(z / 1.088754);
  return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

cv::Vec3f labOf(int r, int g, int b) {
  cv::Mat px(1, 1, CV_8UC3, cv::Scalar(b, g, r));  // OpenCV order
  return bgrToLab(px).at<cv::Vec3f>(0, 0);
}

cv::Mat randomColours(int count, unsigned seed) {
  cv::Mat m(1, count, CV_8UC3);
  cv::RNG rng(seed);
  rng.fill(m, cv::RNG::UNIFORM, 0, 256);
  return m;
}

}  // namespace

class LabConversion : public ::testing::Test {
 protected:
  LabConversion() { cv::theRNG().state = 12345; }
};

TEST_F(LabConversion, HandCheckedReferenceColours) {
  struct Case {
    int r, g, b;
    double L, a, bb;
  };
  // Published sRGB (D65) values, rounded to two decimals.
  const Case cases[] = {{255, 255, 255, 100.0, 0.0, 0.0},    {0, 0, 0, 0.0, 0.0, 0.0},
                        {255, 0, 0, 53.24, 80.09, 67.20},    {0, 255, 0, 87.73, -86.18, 83.18},
                        {0, 0, 255, 32.30, 79.19, -107.86},  {128, 128, 128, 53.59, 0.0, 0.0},
                        {255, 255, 0, 97.14, -21.55, 94.48}, {255, 0, 255, 60.32, 98.24, -60.83}};
  for (const Case& c : cases) {
    const cv::Vec3f lab = labOf(c.r, c.g, c.b);
    SCOPED_TRACE(::testing::Message() << "sRGB (" << c.r << "," << c.g << "," << c.b << ") -> " << lab);
    EXPECT_NEAR(lab[0], c.L, 0.006);
    EXPECT_NEAR(lab[1], c.a, 0.006);
    EXPECT_NEAR(lab[2], c.bb, 0.006);
  }
}

TEST_F(LabConversion, MatchesIndependentFormulaOnRandomColours) {
  const cv::Mat bgr = randomColours(20000, 1);
  const cv::Mat lab = bgrToLab(bgr);
  cv::Mat bgrF;
  bgr.convertTo(bgrF, CV_32FC3, 1.0 / 255.0);
  const cv::Mat labF = bgrToLab(bgrF);
  double worst8 = 0.0, worstF = 0.0, worstScalar = 0.0;
  for (int i = 0; i < bgr.cols; ++i) {
    const cv::Vec3b p = bgr.at<cv::Vec3b>(0, i);
    const cv::Vec3d ref = referenceLab(p[2] / 255.0, p[1] / 255.0, p[0] / 255.0);
    const cv::Vec3d scalar = rgbToLab(cv::Vec3d(p[2], p[1], p[0]) / 255.0);
    for (int c = 0; c < 3; ++c) {
      worst8 = std::max(worst8, std::abs(lab.at<cv::Vec3f>(0, i)[c] - ref[c]));
      worstF = std::max(worstF, std::abs(labF.at<cv::Vec3f>(0, i)[c] - ref[c]));
      worstScalar = std::max(worstScalar, std::abs(scalar[c] - ref[c]));
    }
  }
  EXPECT_LT(worst8, 2e-3);
  EXPECT_LT(worstF, 2e-3);
  EXPECT_LT(worstScalar, 5e-4);  // the textbook 7.787 differs from 841/108 by 4e-5
}

TEST_F(LabConversion, AllGreysAreNeutralAndRoundTripExactly) {
  cv::Mat grey(1, 256, CV_8UC3);
  for (int v = 0; v < 256; ++v) grey.at<cv::Vec3b>(0, v) = cv::Vec3b(v, v, v);
  const cv::Mat lab = bgrToLab(grey);
  for (int v = 0; v < 256; ++v) {
    const cv::Vec3f p = lab.at<cv::Vec3f>(0, v);
    EXPECT_LT(std::abs(p[1]), 0.01) << "grey " << v;
    EXPECT_LT(std::abs(p[2]), 0.01) << "grey " << v;
    if (v > 0) {
      EXPECT_GT(p[0], lab.at<cv::Vec3f>(0, v - 1)[0]) << "L must grow with the grey level";
    }
  }
  const cv::Mat back8 = labToBgr8(lab);
  const cv::Mat backF = labToBgrFloat(lab);
  for (int v = 0; v < 256; ++v)
    for (int c = 0; c < 3; ++c) {
      EXPECT_LE(std::abs(int(back8.at<cv::Vec3b>(0, v)[c]) - v), 1) << "grey " << v;
      EXPECT_LE(std::abs(backF.at<cv::Vec3f>(0, v)[c] - v / 255.0), 1.0 / 255.0) << "grey " << v;
    }
  EXPECT_EQ(cv::norm(back8, grey, cv::NORM_INF), 0.0) << "8-bit greys should even round-trip exactly";
}

TEST_F(LabConversion, RandomColoursRoundTripWithinOneLevel) {
  const cv::Mat bgr = randomColours(20000, 2);
  const cv::Mat lab = bgrToLab(bgr);
  const cv::Mat back8 = labToBgr8(lab);
  const cv::Mat backF = labToBgrFloat(lab);
  cv::Mat bgrF;
  bgr.convertTo(bgrF, CV_32FC3, 1.0 / 255.0);
  EXPECT_LE(cv::norm(back8, bgr, cv::NORM_INF), 1.0);
  EXPECT_LE(cv::norm(backF, bgrF, cv::NORM_INF), 1.0 / 255.0);
  // The float path is far more accurate than the 1/255 requirement.
  EXPECT_LT(cv::norm(backF, bgrF, cv::NORM_INF), 1e-4);
}

TEST_F(LabConversion, FloatAndGreyInputsAgreeWithEightBit) {
  const cv::Mat bgr = colorproxy::test::makeColourImage(48, 32, 3);
  cv::Mat bgrF;
  bgr.convertTo(bgrF, CV_32FC3, 1.0 / 255.0);
  EXPECT_LT(cv::norm(bgrToLab(bgr), bgrToLab(bgrF), cv::NORM_INF), 2e-3);

  cv::Mat grey8(8, 8, CV_8UC1, cv::Scalar(77)), grey3(8, 8, CV_8UC3, cv::Scalar::all(77)), greyF;
  grey8.convertTo(greyF, CV_32F, 1.0 / 255.0);
  EXPECT_EQ(cv::norm(bgrToLab(grey8), bgrToLab(grey3), cv::NORM_INF), 0.0);
  EXPECT_LT(cv::norm(bgrToLab(greyF), bgrToLab(grey3), cv::NORM_INF), 2e-3);
}

TEST_F(LabConversion, WorksOnRegionsOfInterest) {
  const cv::Mat big = colorproxy::test::makeColourImage(64, 64, 5);
  const cv::Rect roi(7, 9, 30, 20);
  const cv::Mat viaRoi = bgrToLab(big(roi));
  const cv::Mat viaCopy = bgrToLab(big(roi).clone());
  EXPECT_EQ(viaRoi.size(), roi.size());
  EXPECT_EQ(cv::norm(viaRoi, viaCopy, cv::NORM_INF), 0.0);
  EXPECT_EQ(
      cv::norm(labToBgr8(viaRoi(cv::Rect(2, 2, 10, 10))), big(roi)(cv::Rect(2, 2, 10, 10)), cv::NORM_INF),
      0.0);
}

TEST_F(LabConversion, OutOfGamutColoursAreClippedOrKept) {
  // L = 50, a = 100, b = 0 lies outside sRGB: red above 1, green below 0.
  cv::Mat lab(1, 1, CV_32FC3, cv::Scalar(50, 100, 0));
  const cv::Vec3f clipped = labToBgrFloat(lab, true).at<cv::Vec3f>(0, 0);
  const cv::Vec3f raw = labToBgrFloat(lab, false).at<cv::Vec3f>(0, 0);
  const cv::Vec3d ref = labToRgb(cv::Vec3d(50, 100, 0));  // R, G, B
  EXPECT_GT(ref[0], 1.0);
  EXPECT_LT(ref[1], 0.0);
  for (int c = 0; c < 3; ++c) {
    EXPECT_GE(clipped[c], 0.0f);
    EXPECT_LE(clipped[c], 1.0f);
    EXPECT_NEAR(raw[c], ref[2 - c], 1e-4);
  }
  EXPECT_FLOAT_EQ(clipped[2], 1.0f);
  EXPECT_FLOAT_EQ(clipped[1], 0.0f);
  const cv::Vec3b eight = labToBgr8(lab).at<cv::Vec3b>(0, 0);
  EXPECT_EQ(eight[2], 255);
  EXPECT_EQ(eight[1], 0);
}

TEST_F(LabConversion, ScalarConversionsAreInverse) {
  std::mt19937 rng(3);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int i = 0; i < 1000; ++i) {
    const cv::Vec3d rgb(u(rng), u(rng), u(rng));
    const cv::Vec3d back = labToRgb(rgbToLab(rgb));
    EXPECT_LT(cv::norm(back - rgb, cv::NORM_INF), 1e-9);
  }
}

TEST_F(LabConversion, RejectsUnsupportedTypesWithAClearMessage) {
  const cv::Mat bad(4, 4, CV_16UC3, cv::Scalar::all(0));
  try {
    bgrToLab(bad);
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("bgrToLab"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("CV_16UC3"), std::string::npos) << e.what();
  }
  EXPECT_THROW(labToBgrFloat(cv::Mat(2, 2, CV_8UC3)), std::invalid_argument);
  EXPECT_THROW(labToBgr8(cv::Mat(2, 2, CV_32FC1)), std::invalid_argument);
  EXPECT_THROW(bgrToLab(cv::Mat(2, 2, CV_8UC4)), std::invalid_argument);
}

namespace {

// The path recolor replaces: Lab of the whole photo, ab resized by OpenCV and put in place of the photo's,
// then Lab -> 8-bit BGR.
cv::Mat referenceRecolor(const cv::Mat& photo, const cv::Mat& ab) {
  cv::Mat lab = bgrToLab(photo);
  cv::Mat abFull;
  const bool shrinking = photo.cols < ab.cols && photo.rows < ab.rows;
  cv::resize(ab, abFull, photo.size(), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
  const int fromTo[] = {0, 1, 1, 2};
  cv::mixChannels(&abFull, 1, &lab, 1, fromTo, 2);
  return labToBgr8(lab);
}

int maxLevelDifference(const cv::Mat& a, const cv::Mat& b) {
  cv::Mat d;
  cv::absdiff(a, b, d);
  double m = 0.0;
  cv::minMaxLoc(d.reshape(1), nullptr, &m);
  return static_cast<int>(m);
}

cv::Mat randomAb(int w, int h, unsigned seed) {
  cv::Mat ab(h, w, CV_32FC2);
  cv::RNG rng(seed);
  rng.fill(ab, cv::RNG::UNIFORM, -100.0, 100.0);
  return ab;
}

}  // namespace

TEST_F(LabConversion, RecolorEqualsTheReferencePathWithinOneLevel) {
  struct Case {
    cv::Size photo, ab;
  };
  // Enlarging (odd factors, one axis only), the same size, and shrinking (area averaging); 300 rows
  // span several row blocks of the parallel pass.
  const Case cases[] = {{{301, 300}, {32, 32}}, {{97, 61}, {97, 16}}, {{64, 48}, {64, 48}},
                        {{40, 30}, {64, 64}},   {{1, 1}, {8, 8}},     {{123, 77}, {1, 1}}};
  unsigned seed = 1;
  for (const Case& c : cases) {
    SCOPED_TRACE(::testing::Message() << "photo " << c.photo << ", ab " << c.ab);
    // Photos that span the gamut (random pixels) and smooth ones; ab far outside the gamut clips.
    cv::Mat noise(c.photo, CV_8UC3);
    cv::RNG(seed).fill(noise, cv::RNG::UNIFORM, 0, 256);
    for (const cv::Mat& photo :
         {noise, colorproxy::test::makeColourImage(c.photo.width, c.photo.height, seed)}) {
      const cv::Mat ab = randomAb(c.ab.width, c.ab.height, ++seed);
      const cv::Mat got = recolor(photo, ab);
      ASSERT_EQ(got.type(), CV_8UC3);
      ASSERT_EQ(got.size(), photo.size());
      EXPECT_LE(maxLevelDifference(got, referenceRecolor(photo, ab)), 1);
      cv::Mat grey;
      cv::cvtColor(photo, grey, cv::COLOR_BGR2GRAY);
      EXPECT_LE(maxLevelDifference(recolor(grey, ab), referenceRecolor(grey, ab)), 1);
    }
  }
}

TEST_F(LabConversion, RecolorEqualsTheReferencePathOnRealPhotos) {
  // The bundled photos (256 px wide, non-square) at their own size and enlarged to odd sizes about 1000 px
  // wide, with a network-sized ab image: a smooth random colour field and, for the gamut's edges, noise.
  const std::filesystem::path photos = colorproxy::test::sourceDir() / "resources" / "samples" / "photos";
  if (!std::filesystem::is_directory(photos)) GTEST_SKIP() << "bundled photos absent";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(photos))
    if (e.path().extension() == ".jpg") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 4u);
  files.resize(4);
  unsigned seed = 40;
  for (const auto& f : files) {
    const cv::Mat small = cv::imread(f.string(), cv::IMREAD_COLOR);
    ASSERT_FALSE(small.empty()) << f;
    cv::Mat large;
    cv::resize(small, large, cv::Size(1001, 1001 * small.rows / small.cols | 1), 0, 0, cv::INTER_CUBIC);
    cv::Mat smooth;
    cv::resize(randomAb(8, 8, ++seed), smooth, cv::Size(256, 256), 0, 0, cv::INTER_CUBIC);
    for (const cv::Mat& photo : {small, large})
      for (const cv::Mat& ab : {smooth, randomAb(256, 256, ++seed)})
        EXPECT_LE(maxLevelDifference(recolor(photo, ab), referenceRecolor(photo, ab)), 1)
            << f.filename() << " " << photo.size();
  }
}

TEST_F(LabConversion, RecolorKeepsLightnessAndTakesTheGivenColour) {
  // A flat photo and flat ab: every pixel is the double-precision conversion of (L of the photo, a, b).
  const cv::Mat photo(20, 30, CV_8UC3, cv::Scalar(40, 120, 200));  // B, G, R
  const cv::Vec3d lab = rgbToLab({200 / 255.0, 120 / 255.0, 40 / 255.0});
  const cv::Mat ab(4, 5, CV_32FC2, cv::Scalar(-20.0, 35.0));
  const cv::Vec3d rgb = labToRgb({lab[0], -20.0, 35.0});
  const cv::Mat got = recolor(photo, ab);
  for (int y = 0; y < got.rows; ++y)
    for (int x = 0; x < got.cols; ++x)
      for (int c = 0; c < 3; ++c)
        ASSERT_NEAR(got.at<cv::Vec3b>(y, x)[2 - c], std::clamp(rgb[c], 0.0, 1.0) * 255.0, 0.6)
            << "pixel " << x << "," << y << " channel " << c;
  // Zero ab gives the photo's grey.
  const cv::Mat grey = recolor(photo, cv::Mat(2, 2, CV_32FC2, cv::Scalar(0, 0)));
  const cv::Vec3d neutral = labToRgb({lab[0], 0.0, 0.0});
  EXPECT_NEAR(grey.at<cv::Vec3b>(7, 7)[1], neutral[1] * 255.0, 0.6);
  EXPECT_EQ(grey.at<cv::Vec3b>(7, 7)[0], grey.at<cv::Vec3b>(7, 7)[2]);
}

TEST_F(LabConversion, RecolorRejectsUnsupportedTypes) {
  const cv::Mat ab(4, 4, CV_32FC2, cv::Scalar(0, 0));
  try {
    recolor(cv::Mat(4, 4, CV_32FC3), ab);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("recolor"), std::string::npos);
  }
  EXPECT_THROW(recolor(cv::Mat(4, 4, CV_8UC3), cv::Mat(4, 4, CV_32FC3)), std::invalid_argument);
  EXPECT_THROW(recolor(cv::Mat(4, 4, CV_8UC3), cv::Mat()), std::invalid_argument);
}
