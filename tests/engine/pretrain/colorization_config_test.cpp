#include <gtest/gtest.h>

#include <set>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/pretrain/colorization_config.h"
#include "support/test_support.h"
#include "train/config_json.h"

using namespace colorproxy;
using colorproxy::test::TempDir;

namespace {

bool mentions(const std::vector<std::string>& problems, const std::string& text) {
  for (const auto& p : problems)
    if (p.find(text) != std::string::npos) return true;
  return false;
}

// dataFormat and badFilePolicy are enums; config.json keeps the strings it always had.
TEST(ColorizationConfig, EnumChoicesKeepTheirStringsOnDisk) {
  const ColorizationConfig c = ColorizationConfig::fromJsonString(
      R"({"settings": {"dataFormat": "folder", "badFilePolicy": "fail"}})");
  EXPECT_EQ(c.dataFormat, DatasetFormat::Folder);
  EXPECT_EQ(c.badFilePolicy, BadInputPolicy::Fail);
  EXPECT_EQ(configToJson(c).at("dataFormat"), "folder");
  EXPECT_EQ(configToJson(c).at("badFilePolicy"), "fail");
  EXPECT_EQ(ColorizationConfig().get("badFilePolicy"), "skip");
  ColorizationConfig d;
  EXPECT_THROW(d.set("dataFormat", "imagenet"), std::invalid_argument);
  d.set("dataFormat", "coco");
  EXPECT_EQ(d.dataFormat, DatasetFormat::Coco);
}

}  // namespace

TEST(ColorizationConfig, DefaultsArePaperAndPix2PixValues) {
  const ColorizationConfig c;
  EXPECT_EQ(c.pretext, "gan");
  EXPECT_EQ(c.imageSize, 256);
  EXPECT_EQ(c.loadSize, 286);
  EXPECT_TRUE(c.flip);
  EXPECT_EQ(c.ngf, 64);
  EXPECT_EQ(c.numDowns, 8);
  EXPECT_EQ(c.ndf, 64);
  EXPECT_EQ(c.discriminator, "basic70");
  EXPECT_EQ(c.ganMode, "vanilla");
  EXPECT_DOUBLE_EQ(c.lambdaL1, 100.0);
  EXPECT_DOUBLE_EQ(c.abDivisor, 110.0);
  EXPECT_DOUBLE_EQ(c.lr, 2e-4);
  EXPECT_DOUBLE_EQ(c.beta1, 0.5);
  EXPECT_DOUBLE_EQ(c.beta2, 0.999);
  EXPECT_EQ(c.epochs, 20);
  EXPECT_EQ(c.batchSize, 32);
  EXPECT_DOUBLE_EQ(c.annealTemperature, 0.38);
  EXPECT_DOUBLE_EQ(c.rebalanceLambda, 0.5);
  EXPECT_EQ(c.dataFormat, DatasetFormat::Auto);
  EXPECT_EQ(c.device, "auto");
}

TEST(ColorizationConfig, JsonRoundTripsEveryField) {
  ColorizationConfig c = ColorizationConfig::preset("cpu-small");
  c.dataPath = "/data/photos";
  c.pretext = "classification";
  c.seed = 12345678901234ULL;
  c.bf16 = true;
  c.lr = 1.5e-4;
  const ColorizationConfig back = configFromJson<ColorizationConfig>(configToJson(c));
  EXPECT_EQ(configToJson(back), configToJson(c));
  EXPECT_EQ(back.dataPath, "/data/photos");
  EXPECT_EQ(back.seed, 12345678901234ULL);
  // Every field appears in the JSON and in fields(), with the same keys.
  std::set<std::string> keys;
  const nlohmann::json j = configToJson(c);  // items() must not outlive its object
  for (const auto& [k, v] : j.items()) keys.insert(k);
  std::set<std::string> fieldKeys;
  for (const auto& f : ColorizationConfig::fields()) fieldKeys.insert(f.key);
  EXPECT_EQ(keys, fieldKeys);
  EXPECT_GE(keys.size(), 35u);
}

TEST(ColorizationConfig, ReadsRunConfigJsonSettingsAndKeepsDefaults) {
  const auto c = ColorizationConfig::fromJsonString(
      R"({"task":"colorization","engineVersion":"0.1.0","settings":{"ngf":8,"pretext":"l2"}})");
  EXPECT_EQ(c.ngf, 8);
  EXPECT_EQ(c.pretext, "l2");
  EXPECT_EQ(c.imageSize, 256);
}

TEST(ColorizationConfig, BadJsonNamesKeyAndOrigin) {
  try {
    ColorizationConfig::fromJsonString(R"({"imagesize": 64})", "run.json");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("run.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("unknown setting 'imagesize'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("imageSize"), std::string::npos) << e.what();
  }
  try {
    ColorizationConfig::fromJsonString(R"({"ngf": "wide"})");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'ngf' must be a whole number"), std::string::npos) << e.what();
  }
  EXPECT_THROW(ColorizationConfig::fromJsonString(R"({"ngf": 8.5})"), std::invalid_argument);
  EXPECT_EQ(ColorizationConfig::fromJsonString(R"({"ngf": 8.0})").ngf, 8);
  EXPECT_THROW(ColorizationConfig::fromJsonString("{not json"), std::invalid_argument);
  // Found by fuzz_config_json: a number too large for a double threw nlohmann's out_of_range past the
  // invalid_argument contract (the CLI then said "error: number overflow" without the file's name).
  try {
    ColorizationConfig::fromJsonString(R"({"lr": 1e688})", "big.json");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("big.json"), std::string::npos) << e.what();
  }
  EXPECT_THROW(ColorizationConfig::fromJsonString("[1,2]"), std::invalid_argument);
  try {
    ColorizationConfig::fromFile("/nonexistent/run.json");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/run.json"), std::string::npos) << e.what();
  }
}

TEST(ColorizationConfig, FromFile) {
  TempDir tmp;
  writeFileAtomically(tmp / "c.json", R"({"epochs": 3, "bf16": true, "dataPath": "x"})");
  const auto c = ColorizationConfig::fromFile(tmp / "c.json");
  EXPECT_EQ(c.epochs, 3);
  EXPECT_TRUE(c.bf16);
  EXPECT_EQ(c.dataPath, "x");
}

TEST(ColorizationConfig, SetAndGetFromText) {
  ColorizationConfig c;
  c.set("imageSize", "64");
  c.set("lr", "1e-3");
  c.set("flip", "no");
  c.set("pretext", "l2");
  c.set("dataPath", "/tmp/x y");
  c.set("seed", "18446744073709551615");
  EXPECT_EQ(c.imageSize, 64);
  EXPECT_DOUBLE_EQ(c.lr, 1e-3);
  EXPECT_FALSE(c.flip);
  EXPECT_EQ(c.pretext, "l2");
  EXPECT_EQ(c.dataPath, "/tmp/x y");
  EXPECT_EQ(c.seed, 18446744073709551615ULL);
  EXPECT_EQ(c.get("imageSize"), "64");
  EXPECT_EQ(c.get("flip"), "false");
  EXPECT_EQ(c.get("pretext"), "l2");
  try {
    c.set("imageSize", "64px");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'imageSize' must be a whole number, got '64px'"), std::string::npos)
        << e.what();
  }
  EXPECT_THROW(c.set("lr", "fast"), std::invalid_argument);
  EXPECT_THROW(c.set("flip", "maybe"), std::invalid_argument);
  EXPECT_THROW(c.set("nope", "1"), std::invalid_argument);
  EXPECT_THROW(c.get("nope"), std::invalid_argument);
}

TEST(ColorizationConfig, ValidateNamesEachProblem) {
  TempDir tmp;
  ColorizationConfig c;
  c.dataPath = tmp.path();
  EXPECT_TRUE(c.validate().empty()) << c.validate().front();
  c.dataPath = tmp / "missing";
  c.pretext = "colour";
  c.imageSize = 100;
  c.epochsDecay = 30;
  c.lr = 0;
  c.annealTemperature = 0;
  c.device = "tpu";
  const auto p = c.validate();
  EXPECT_TRUE(mentions(p, "missing' is not an existing folder"));
  EXPECT_TRUE(mentions(p, "pretext 'colour' is not one of: gan, classification, l2"));
  EXPECT_TRUE(mentions(p, "imageSize 100 must be a multiple of 2^numDowns = 256"));
  EXPECT_TRUE(mentions(p, "epochsDecay 30"));
  EXPECT_TRUE(mentions(p, "lr "));
  EXPECT_TRUE(mentions(p, "annealTemperature"));
  EXPECT_TRUE(mentions(p, "device 'tpu'"));
  EXPECT_EQ(p.size(), 7u);
  ColorizationConfig e;
  EXPECT_TRUE(mentions(e.validate(), "dataPath is empty"));
}

TEST(ColorizationConfig, PresetsAreValid) {
  TempDir tmp;
  for (const auto& name : ColorizationConfig::presetNames()) {
    auto c = ColorizationConfig::preset(name);
    c.dataPath = tmp.path();
    EXPECT_TRUE(c.validate().empty()) << name << ": " << c.validate().front();
  }
  const auto small = ColorizationConfig::preset("cpu-small");
  EXPECT_EQ(small.imageSize, 64);
  EXPECT_EQ(small.ngf, 16);
  EXPECT_EQ(small.numDowns, 6);
  EXPECT_EQ(configToJson(ColorizationConfig::preset("paper")), configToJson(ColorizationConfig()));
  EXPECT_THROW(ColorizationConfig::preset("huge"), std::invalid_argument);
}
