#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/mask_reader.h"
#include "data_fixtures.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

using test::TempDir;

TEST(VocColormap, MatchesTheDevkitColours) {
  // Values from the VOC devkit's VOClabelcolormap.m (also PIL's palette of every SegmentationClass PNG).
  const auto& m = vocColormap();
  EXPECT_EQ(m[0], cv::Vec3b(0, 0, 0));
  EXPECT_EQ(m[1], cv::Vec3b(128, 0, 0));        // aeroplane
  EXPECT_EQ(m[2], cv::Vec3b(0, 128, 0));        // bicycle
  EXPECT_EQ(m[7], cv::Vec3b(128, 128, 128));    // car
  EXPECT_EQ(m[12], cv::Vec3b(64, 0, 128));      // dog
  EXPECT_EQ(m[15], cv::Vec3b(192, 128, 128));   // person
  EXPECT_EQ(m[20], cv::Vec3b(0, 64, 128));      // tvmonitor
  EXPECT_EQ(m[255], cv::Vec3b(224, 224, 192));  // void border
  std::set<std::tuple<int, int, int>> unique;
  for (const auto& c : m) unique.insert({c[0], c[1], c[2]});
  EXPECT_EQ(unique.size(), 256u);  // a bijection, so colours map back to ids
}

TEST(MaskReader, ReadsPaletteIndicesNotColours) {
  TempDir dir;
  const auto& cmap = vocColormap();
  cv::Mat ids = test::twoClassMask(20, 10, 12, 15);
  ids.row(0).setTo(255);
  test::writePalettePng(dir / "m.png", ids, std::vector<cv::Vec3b>(cmap.begin(), cmap.end()));
  const MaskSpec spec{MaskEncoding::VocPalette, {}, 255};
  const cv::Mat read = readMask(dir / "m.png", spec);
  ASSERT_EQ(read.type(), CV_8UC1);
  EXPECT_EQ(cv::countNonZero(read != ids), 0);

  // A palette in another order still gives the indices: the file's own palette is used.
  std::vector<cv::Vec3b> shuffled = {{9, 9, 9}, {200, 10, 10}, {10, 200, 10}};
  test::writePalettePng(dir / "p.png", test::twoClassMask(6, 4, 2, 1), shuffled);
  EXPECT_EQ(cv::countNonZero(readMask(dir / "p.png", spec) != test::twoClassMask(6, 4, 2, 1)), 0);
}

TEST(MaskReader, MapsRgbVocMasksThroughTheColourMap) {
  TempDir dir;
  const auto& cmap = vocColormap();
  cv::Mat rgb(4, 6, CV_8UC3);
  for (int x = 0; x < 6; ++x) {
    const cv::Vec3b c = cmap[x < 3 ? 12 : 255];
    rgb.col(x).setTo(cv::Scalar(c[2], c[1], c[0]));  // BGR for imwrite
  }
  test::writeImage(dir / "rgb.png", rgb);
  const cv::Mat ids = readMask(dir / "rgb.png", {MaskEncoding::VocPalette, {}, 255});
  EXPECT_EQ(ids.at<std::uint8_t>(0, 0), 12);
  EXPECT_EQ(ids.at<std::uint8_t>(3, 5), 255);

  rgb.at<cv::Vec3b>(2, 1) = cv::Vec3b(1, 2, 3);  // not a VOC colour
  test::writeImage(dir / "bad.png", rgb);
  try {
    readMask(dir / "bad.png", {MaskEncoding::VocPalette, {}, 255});
    FAIL() << "a colour outside the palette was accepted";
  } catch (const DataError& e) {
    EXPECT_EQ(e.kind(), ProblemKind::MaskBadValues);
    EXPECT_NE(std::string(e.what()).find("bad.png"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("(3, 2, 1)"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("x 1, y 2"), std::string::npos) << e.what();
  }
}

TEST(MaskReader, ReadsGrayIdsAndChecksValidIds) {
  TempDir dir;
  test::writeImage(dir / "g.png", test::twoClassMask(8, 6, 3, 11));
  const cv::Mat ids = readMask(dir / "g.png", {MaskEncoding::Ids, {}, 11});
  EXPECT_EQ(ids.at<std::uint8_t>(0, 0), 3);
  EXPECT_EQ(ids.at<std::uint8_t>(5, 7), 11);
  // A gray VOC mask (SegmentationClassAug style) is read as ids too.
  EXPECT_EQ(readMask(dir / "g.png", {MaskEncoding::VocPalette, {}, 255}).at<std::uint8_t>(0, 0), 3);

  test::writeImage(dir / "h.png", test::twoClassMask(8, 6, 3, 40));
  try {
    readMask(dir / "h.png", {MaskEncoding::Ids, {0, 1, 2, 3, 11}, 11});
    FAIL() << "value 40 was accepted";
  } catch (const DataError& e) {
    EXPECT_EQ(e.kind(), ProblemKind::MaskBadValues);
    EXPECT_NE(std::string(e.what()).find("value 40"), std::string::npos) << e.what();
  }
}

TEST(MaskReader, RejectsLossySixteenBitColourAndCorruptMasks) {
  TempDir dir;
  test::writeImage(dir / "m.jpg", test::twoClassMask(8, 8, 1, 2));
  cv::Mat m16;
  test::twoClassMask(8, 8, 1, 2).convertTo(m16, CV_16U);
  test::writeImage(dir / "m16.png", m16);
  test::writeImage(dir / "colour.png", test::makeColourImage(8, 8));
  test::writeImage(dir / "cut.png", test::twoClassMask(64, 64, 1, 2));
  test::truncateFile(dir / "cut.png", 60);
  const MaskSpec spec{MaskEncoding::Ids, {}, -1};
  for (const char* name : {"m.jpg", "m16.png", "colour.png", "cut.png", "missing.png"}) {
    try {
      readMask(dir / name, spec);
      ADD_FAILURE() << name << " was accepted";
    } catch (const DataError& e) {
      EXPECT_NE(std::string(e.what()).find(name), std::string::npos) << e.what();
    }
  }
}

}  // namespace
}  // namespace colorproxy
