#include <gtest/gtest.h>

#include <fstream>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_header.h"
#include "data_fixtures.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

using test::TempDir;

ImageHeader headerOf(const TempDir& dir, const std::string& name, const cv::Mat& image) {
  test::writeImage(dir / name, image);
  return readImageHeader(dir / name);
}

TEST(ImageHeader, ReadsSizeAndChannelsOfEveryFormat) {
  TempDir dir;
  const cv::Mat colour = test::makeColourImage(37, 21, 3);
  cv::Mat gray;
  cv::extractChannel(colour, gray, 0);
  struct Case {
    const char* name;
    ImageFileType type;
  };
  for (const Case& c : {Case{"a.jpg", ImageFileType::Jpeg}, Case{"a.png", ImageFileType::Png},
                        Case{"a.bmp", ImageFileType::Bmp}, Case{"a.tif", ImageFileType::Tiff},
                        Case{"a.webp", ImageFileType::Webp}}) {
    SCOPED_TRACE(c.name);
    const ImageHeader h = headerOf(dir, std::string("c_") + c.name, colour);
    EXPECT_EQ(h.type, c.type);
    EXPECT_EQ(h.width, 37);
    EXPECT_EQ(h.height, 21);
    EXPECT_EQ(h.bitDepth, 8);
    EXPECT_EQ(h.color, ColorModel::Rgb);
    EXPECT_FALSE(h.truncated);
    EXPECT_FALSE(h.isGrayscale());
    if (c.type == ImageFileType::Webp) continue;  // WebP has no grayscale mode
    const ImageHeader g = headerOf(dir, std::string("g_") + c.name, gray);
    EXPECT_EQ(g.width, 37);
    EXPECT_EQ(g.height, 21);
    EXPECT_TRUE(g.isGrayscale()) << toString(g.color);
  }
}

TEST(ImageHeader, DetectsSixteenBitFiles) {
  TempDir dir;
  cv::Mat img16;
  test::makeColourImage(16, 8).convertTo(img16, CV_16UC3, 257.0);
  EXPECT_EQ(headerOf(dir, "a.png", img16).bitDepth, 16);
  EXPECT_EQ(headerOf(dir, "a.tif", img16).bitDepth, 16);
}

TEST(ImageHeader, ReadsPalettePngIndicesPalette) {
  TempDir dir;
  const std::vector<cv::Vec3b> palette = {{0, 0, 0}, {128, 0, 0}, {0, 128, 0}};
  test::writePalettePng(dir / "p.png", test::twoClassMask(9, 5, 1, 2), palette);
  const ImageHeader h = readImageHeader(dir / "p.png");
  EXPECT_EQ(h.color, ColorModel::Palette);
  EXPECT_EQ(h.width, 9);
  EXPECT_EQ(h.height, 5);
  ASSERT_EQ(h.palette.size(), 3u);
  EXPECT_EQ(h.palette[1], cv::Vec3b(128, 0, 0));
  EXPECT_FALSE(h.isGrayscale());
  // The hand-written file is a valid PNG: OpenCV decodes it to the palette colours (BGR).
  const cv::Mat decoded = cv::imread((dir / "p.png").string(), cv::IMREAD_COLOR);
  ASSERT_FALSE(decoded.empty());
  EXPECT_EQ(decoded.at<cv::Vec3b>(0, 0), cv::Vec3b(0, 0, 128));
  EXPECT_EQ(decoded.at<cv::Vec3b>(0, 8), cv::Vec3b(0, 128, 0));
}

TEST(ImageHeader, FlagsTruncatedFiles) {
  TempDir dir;
  const cv::Mat colour = test::makeColourImage(64, 48, 2);
  for (const char* name : {"t.jpg", "t.png", "t.bmp", "t.tif", "t.webp"}) {
    SCOPED_TRACE(name);
    test::writeImage(dir / name, colour);
    const auto size = std::filesystem::file_size(dir / name);
    test::truncateFile(dir / name, size * 2 / 3);
    try {
      EXPECT_TRUE(readImageHeader(dir / name).truncated);
    } catch (const DataError& e) {  // TIFF keeps its directory at the end: then the header is gone
      EXPECT_EQ(e.kind(), ProblemKind::Truncated) << e.what();
    }
  }
}

TEST(ImageHeader, ReportsCmykJpegFrames) {
  // A JPEG whose frame header declares 4 components (what Photoshop writes for CMYK), after an
  // Adobe APP14 segment with transform 0 (CMYK) or 2 (YCCK).
  for (int transform : {0, 2}) {
    std::string jpeg = "\xFF\xD8";
    jpeg += std::string(
                "\xFF\xEE\x00\x0E"
                "Adobe\x00\x64\x00\x00\x00\x00",
                15) +
            char(transform);
    jpeg += std::string("\xFF\xC0\x00\x14\x08\x00\x10\x00\x20\x04", 10);
    for (int c = 1; c <= 4; ++c) jpeg += std::string{char(c), '\x11', '\x00'};
    jpeg += "\xFF\xD9";
    const ImageHeader h =
        parseImageHeader(reinterpret_cast<const std::uint8_t*>(jpeg.data()), jpeg.size(), "x.jpg");
    EXPECT_EQ(h.width, 32);
    EXPECT_EQ(h.height, 16);
    EXPECT_EQ(h.channels, 4);
    EXPECT_EQ(h.color, transform == 2 ? ColorModel::Ycck : ColorModel::Cmyk);
  }
}

TEST(ImageHeader, RejectsNonImagesWithTheFileName) {
  TempDir dir;
  test::writeBytes(dir / "empty.jpg", "");
  test::writeBytes(dir / "text.png", "this is not an image at all");
  test::writeBytes(dir / "cut.jpg", "\xFF\xD8\xFF\xE0\x00\x10JFIF");
  for (const char* name : {"empty.jpg", "text.png", "cut.jpg", "missing.jpg"}) {
    try {
      readImageHeader(dir / name);
      ADD_FAILURE() << name << " was accepted";
    } catch (const DataError& e) {
      EXPECT_NE(std::string(e.what()).find(name), std::string::npos) << e.what();
      EXPECT_EQ(e.file(), dir / name);
    }
  }
}

TEST(ImageHeader, MemoryAndFileParsingAgree) {
  TempDir dir;
  test::writeImage(dir / "a.jpg", test::makeColourImage(50, 20, 9));
  std::ifstream in(dir / "a.jpg", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const ImageHeader fromMemory =
      parseImageHeader(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size(), dir / "a.jpg");
  const ImageHeader fromFile = readImageHeader(dir / "a.jpg");
  EXPECT_EQ(fromMemory.width, fromFile.width);
  EXPECT_EQ(fromMemory.height, fromFile.height);
  EXPECT_EQ(fromMemory.channels, fromFile.channels);
  EXPECT_EQ(fromMemory.truncated, fromFile.truncated);
}

}  // namespace
}  // namespace colorproxy
