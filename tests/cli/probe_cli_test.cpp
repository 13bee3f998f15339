// End-to-end tests of `colorproxy-cli probe`: a study of random encoders on a generated YOLO dataset,
// its files and printed table, and the usage errors.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>

#include <opencv2/imgcodecs.hpp>

#include "cli_runner.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using colorproxy::test::quoted;
using colorproxy::test::runCli;
using colorproxy::test::TempDir;

// YOLO layout, classes {bright, dark}: 8 images in each of train2017 and val2017.
void makeYolo(const fs::path& root) {
  int index = 0;
  for (const char* split : {"train2017", "val2017"})
    for (int i = 0; i < 8; ++i, ++index) {
      cv::Mat img = colorproxy::test::makeColourImage(40, 32, unsigned(index + 3));
      const bool bright = index % 2 == 0;
      if (!bright) img *= 0.3;
      const std::string stem = std::to_string(200000 + index);
      fs::create_directories(root / "images" / split);
      ASSERT_TRUE(cv::imwrite((root / "images" / split / (stem + ".jpg")).string(), img));
      fs::create_directories(root / "labels" / split);
      std::ofstream(root / "labels" / split / (stem + ".txt")) << (bright ? 0 : 1) << " 0.5 0.5 0.4 0.4\n";
    }
  std::ofstream(root / "classes.txt") << "bright\ndark\n";
}

TEST(ProbeCli, RandomEncodersPerLevelWriteTheReportAndTheTable) {
  TempDir dir;
  makeYolo(dir / "coco");
  const auto r = runCli("probe --model random --data " + quoted((dir / "coco").string()) + " --out " +
                            quoted((dir / "out").string()) +
                            " --set ngf=8 --set numDowns=5 --image-size 32 --seeds 2 --epochs 3 --knn 3 "
                            "--levels 0,4 --threads 1 --set loaderWorkers=0",
                        dir / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("test mAP by level"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("k-NN"), std::string::npos);
  std::ifstream in(dir / "out" / "probe.json");
  const nlohmann::json j = nlohmann::json::parse(in);
  EXPECT_EQ(j["kind"], "probe");
  EXPECT_EQ(j["levels"].size(), 2u);
  EXPECT_EQ(j["levels"][1]["level"], 4);
  EXPECT_EQ(j["scores"].size(), 4u);  // random arm x 2 seeds x 2 levels
  EXPECT_EQ(j["encoder"]["ngf"], 8);
  for (const char* f : {"probe.csv", "probe.md", "probe.png", "features/random-seed2/meta.json"})
    EXPECT_TRUE(fs::exists(dir / "out" / f)) << f;
}

// CamVid (SegNet layout), 3 images per split, classes 0..1 in horizontal bands that follow brightness.
void makeBandCamVid(const fs::path& root) {
  int index = 0;
  for (const std::string split : {"train", "val", "test"})
    for (int i = 0; i < 3; ++i, ++index) {
      cv::Mat img = colorproxy::test::makeColourImage(32, 32, unsigned(index + 5));
      cv::Mat mask(32, 32, CV_8U);
      for (int y = 0; y < 32; ++y) {
        mask.row(y).setTo((y / 8 + index) % 2);
        img.row(y) *= (y / 8 + index) % 2 ? 1.0 : 0.3;
      }
      fs::create_directories(root / split);
      fs::create_directories(root / (split + "annot"));
      const std::string stem = split + std::to_string(i) + ".png";
      ASSERT_TRUE(cv::imwrite((root / split / stem).string(), img));
      ASSERT_TRUE(cv::imwrite((root / (split + "annot") / stem).string(), mask));
    }
  std::ofstream(root / "classes.txt") << "0 Sky\n1 Road\n11 Unlabelled\n";
}

TEST(ProbeCli, SegmentationProbeOfRandomNetworksWritesItsReport) {
  TempDir dir;
  makeBandCamVid(dir / "camvid");
  const auto r = runCli("probe --task segmentation --model random --data " +
                            quoted((dir / "camvid").string()) + " --out " + quoted((dir / "out").string()) +
                            " --set ngf=8 --set numDowns=5 --image-size 32 --seeds 2 --epochs 3 --threads 1 "
                            "--set loaderWorkers=0",
                        dir / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("test mIoU of a 1x1 convolution"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("most frequent class everywhere"), std::string::npos) << r.out;
  std::ifstream in(dir / "out" / "probe-segmentation.json");
  const nlohmann::json j = nlohmann::json::parse(in);
  EXPECT_EQ(j["task"], "segmentation");
  EXPECT_EQ(j["scores"].size(), 2u);     // random arm x 2 seeds
  EXPECT_EQ(j["protocol"]["lr"], 1e-2);  // the segmentation probe's rate when --lr is not given
  EXPECT_EQ(j["features"]["channels"], 16);
  EXPECT_TRUE(fs::exists(dir / "out" / "probe-segmentation.md"));
}

TEST(ProbeCli, BadLevelsAndSettingsNameTheFix) {
  TempDir dir;
  makeYolo(dir / "coco");
  const std::string base = "probe --model random --data " + quoted((dir / "coco").string()) + " --out " +
                           quoted((dir / "out").string()) + " --set ngf=8 --set numDowns=5 --image-size 32 ";
  auto r = runCli(base + "--levels 0,x", dir / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--levels"), std::string::npos) << r.err;
  r = runCli(base + "--levels 7", dir / "err.txt");
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("levels 0..4"), std::string::npos) << r.err;
  r = runCli(base + "--set colour=red", dir / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  r = runCli(base + "--no-baseline", dir / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("drop --no-baseline"), std::string::npos) << r.err;
}

}  // namespace
