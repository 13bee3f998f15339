#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/hints/hint_file.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

void expectError(const std::string& text, const std::string& part) {
  try {
    hintsFromJsonString(text, "photo.hints.json");
    ADD_FAILURE() << "no error for " << text;
  } catch (const std::invalid_argument& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("photo.hints.json"), std::string::npos) << what;
    EXPECT_NE(what.find(part), std::string::npos) << what;
  }
}

TEST(HintFile, RoundTripsThroughAFileAndReadsRgbPoints) {
  test::TempDir tmp;
  HintSet set;
  set.width = 640;
  set.height = 480;
  set.points.push_back({120.5, 40.0, 35.25, -20.0, 3});
  set.points.push_back({639.0, 479.0, 0.0, 80.0, 9});
  const auto file = tmp / "photo.hints.json";
  writeHintFile(file, set);
  const HintSet back = readHintFile(file);
  EXPECT_EQ(back.width, 640);
  EXPECT_EQ(back.height, 480);
  ASSERT_EQ(back.points.size(), 2u);
  EXPECT_EQ(back.points[0].x, 120.5);
  EXPECT_EQ(back.points[0].a, 35.25);
  EXPECT_EQ(back.points[1].patch, 9);
  EXPECT_EQ(back.points[1].b, 80.0);

  // "rgb" is converted with the engine's sRGB -> Lab: grey has no chroma; #c03020 matches rgbToLab.
  const HintSet rgb = hintsFromJsonString(
      R"({"width": 10, "height": 10, "points": [{"x": 1, "y": 2, "rgb": "#808080"},
                                                 {"x": 3, "y": 4, "rgb": "#C03020", "patch": 1}]})");
  ASSERT_EQ(rgb.points.size(), 2u);
  EXPECT_NEAR(rgb.points[0].a, 0.0, 1e-6);
  EXPECT_NEAR(rgb.points[0].b, 0.0, 1e-6);
  const cv::Vec3d lab = rgbToLab({0xc0 / 255.0, 0x30 / 255.0, 0x20 / 255.0});
  EXPECT_NEAR(rgb.points[1].a, lab[1], 1e-9);
  EXPECT_NEAR(rgb.points[1].b, lab[2], 1e-9);
  EXPECT_EQ(rgb.points[0].patch, 3);  // the default
  EXPECT_EQ(rgb.points[1].patch, 1);
}

// The inference record (how the result beside the file was colorized) round-trips, is left out when
// unknown, and older files without it read as "not recorded".
TEST(HintFile, RecordsTheInferenceProtocolOfTheResultBesideIt) {
  HintSet set;
  set.width = 20;
  set.height = 10;
  set.points.push_back({1.0, 2.0, 10.0, -5.0, 3});
  EXPECT_EQ(hintsToJsonString(set).find("inference"), std::string::npos);
  EXPECT_TRUE(hintsFromJsonString(hintsToJsonString(set)).protocol.empty());
  set.protocol = "pix2pix";
  set.samples = 8;
  set.seed = 12345678901234ULL;
  const HintSet back = hintsFromJsonString(hintsToJsonString(set));
  EXPECT_EQ(back.protocol, "pix2pix");
  EXPECT_EQ(back.samples, 8);
  EXPECT_EQ(back.seed, 12345678901234ULL);
  ASSERT_EQ(back.points.size(), 1u);
  const HintSet defaults = hintsFromJsonString(
      R"({"width": 10, "height": 10, "points": [], "inference": {"protocol": "dropout"}})");
  EXPECT_EQ(defaults.protocol, "dropout");
  EXPECT_EQ(defaults.samples, 1);
  EXPECT_EQ(defaults.seed, 1u);
}

TEST(HintFile, BadFilesNameTheFileThePointAndTheFix) {
  expectError("{\"width\": 10", "not valid JSON");
  expectError("[1, 2]", "JSON object");
  expectError(R"({"height": 10, "points": []})", "\"width\"");
  expectError(R"({"width": 10, "height": 10})", "\"points\"");
  expectError(R"({"width": 10, "height": 10, "points": [{"x": 10, "y": 1, "a": 0, "b": 0}]})",
              "outside the 10x10 photo");
  expectError(
      R"({"width": 10, "height": 10, "points": [{"x": 1, "y": 1, "a": 0, "b": 0, "rgb": "#000000"}]})",
      "either");
  expectError(R"({"width": 10, "height": 10, "points": [{"x": 1, "y": 1}]})", "either");
  expectError(R"({"width": 10, "height": 10, "points": [{"x": 1, "y": 1, "rgb": "red"}]})", "#rrggbb");
  expectError(R"({"width": 10, "height": 10, "points": [{"x": 1, "y": 1, "a": 0}]})", "\"b\"");
  expectError(R"({"width": 10, "height": 10, "points": [{"x": 1, "y": 1, "a": 0, "b": 0, "patch": 0}]})",
              "patch");
  expectError(R"({"format": "other", "width": 10, "height": 10, "points": []})", "not a hints file");
  expectError(R"({"version": 9, "width": 10, "height": 10, "points": []})", "update ColorProxy");
  expectError(R"({"width": 10, "height": 10, "points": [], "inference": {"samples": 2}})", "\"protocol\"");
  expectError(R"({"width": 10, "height": 10, "points": [], "inference": {"protocol": "eval", "samples": 0}})",
              "from 1 to 1000");
  expectError(R"({"width": 10, "height": 10, "points": [], "inference": {"protocol": "eval", "seed": -1}})",
              "seed");
  EXPECT_THROW(readHintFile("/nonexistent/photo.hints.json"), std::runtime_error);
}

}  // namespace
}  // namespace colorproxy
