#include <gtest/gtest.h>

#include "data/options_json.h"

namespace colorproxy {
namespace {

using nlohmann::json;

TEST(OptionsJson, LoaderRoundTripsEveryField) {
  LoaderOptions o;
  o.batchSize = 7;
  o.threads = 3;
  o.prefetchBatches = 5;
  o.shuffle = false;
  o.dropLast = true;
  o.seed = 123456789012345ull;
  o.startEpoch = 2;
  o.startBatch = 4;
  o.epochs = 0;
  o.transform = TransformOptions::pix2pix(143, 128);
  o.transform.resizeMode = ResizeMode::ShortSide;
  o.loadMasks = false;
  o.maskLut = std::vector<std::uint8_t>(256, 9);
  o.fastDecode = false;
  o.policy = BadInputPolicy::Fail;
  o.keepGrayscale = true;
  const json j = o;
  const LoaderOptions back = j.get<LoaderOptions>();
  EXPECT_EQ(json(back), j);
  EXPECT_EQ(back.seed, o.seed);
  EXPECT_EQ(back.transform.resizeMode, ResizeMode::ShortSide);
  EXPECT_EQ(j["policy"], "fail");
}

TEST(OptionsJson, PartialObjectsKeepDefaultsAndTyposAreRejected) {
  const LoaderOptions o =
      json::parse(R"({"batch_size": 16, "transform": {"crop_size": 128}})").get<LoaderOptions>();
  EXPECT_EQ(o.batchSize, 16);
  EXPECT_EQ(o.threads, LoaderOptions{}.threads);
  EXPECT_EQ(o.transform.cropSize, 128);
  EXPECT_EQ(o.transform.loadSize, TransformOptions{}.loadSize);
  try {
    json::parse(R"({"batchsize": 16})").get<LoaderOptions>();
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("batchsize"), std::string::npos);
  }
  EXPECT_THROW(json::parse(R"({"transform": {"resize_mode": "squash"}})").get<LoaderOptions>(),
               std::invalid_argument);
}

TEST(OptionsJson, ScanOptionsRoundTrip) {
  ScanOptions s;
  s.format = DatasetFormat::Voc;
  s.policy = BadInputPolicy::Fail;
  s.imageCheck = ImageCheck::Decode;
  s.keepGrayscale = true;
  s.checkMaskHeaders = false;
  s.vocCountDifficult = false;
  const json j = s;
  EXPECT_EQ(json(j.get<ScanOptions>()), j);
  EXPECT_EQ(j["format"], "voc");
}

}  // namespace
}  // namespace colorproxy
