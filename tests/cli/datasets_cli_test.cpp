// End-to-end tests of `colorproxy-cli datasets` (and a smoke run of `bench loader`): the built CLI runs
// on small datasets generated here, and its JSON is checked against what was written.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <opencv2/imgcodecs.hpp>

#include "cli_runner.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using colorproxy::test::CliResult;
using colorproxy::test::quoted;
using colorproxy::test::readAll;
using colorproxy::test::runCli;
using colorproxy::test::TempDir;
using nlohmann::json;

void write(const fs::path& path, const cv::Mat& image) {
  fs::create_directories(path.parent_path());
  ASSERT_TRUE(cv::imwrite(path.string(), image)) << path;
}

cv::Mat halves(int w, int h, int left, int right) {
  cv::Mat m(h, w, CV_8UC1, cv::Scalar(left));
  m(cv::Rect(w / 2, 0, w - w / 2, h)).setTo(right);
  return m;
}

/// CamVid layout: train 3 (masks: class i | void), val 2, test 1; one train mask of the wrong size;
/// one truncated test image.
void makeFlawedCamVid(const fs::path& root) {
  colorproxy::test::writeBytes(
      root / "classes.txt",
      "0 Sky\n1 Building\n2 Pole\n3 Road\n4 Pavement\n5 Tree\n6 SignSymbol\n7 Fence\n"
      "8 Car\n9 Pedestrian\n10 Bicyclist\n11 Unlabelled\n");
  unsigned seed = 1;
  for (auto [split, n] : {std::pair<std::string, int>{"train", 4}, {"val", 2}, {"test", 2}})
    for (int i = 0; i < n; ++i) {
      const std::string stem = split + std::to_string(i);
      write(root / split / (stem + ".jpg"), colorproxy::test::makeColourImage(40, 30, seed++));
      write(root / (split + "annot") / (stem + ".png"), halves(40, 30, i, 11));
    }
  write(root / "trainannot/train3.png", halves(20, 20, 1, 11));
  std::ifstream in(root / "test/test1.jpg", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  colorproxy::test::writeBytes(root / "test/test1.jpg", bytes.substr(0, bytes.size() / 2));
}

TEST(DatasetsCli, CamVidJson) {
  TempDir dir;
  makeFlawedCamVid(dir / "camvid");
  const CliResult r = runCli("datasets " + quoted((dir / "camvid").string()) + " --json", dir / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["format"], "camvid");
  ASSERT_EQ(j["splits"].size(), 3u);
  EXPECT_EQ(j["splits"][0]["name"], "train");
  EXPECT_EQ(j["splits"][0]["images_found"], 4);
  EXPECT_EQ(j["splits"][0]["samples"], 3);  // train3's mask is 20x20
  EXPECT_EQ(j["splits"][1]["samples"], 2);
  EXPECT_EQ(j["splits"][2]["samples"], 1);  // test1 is truncated
  ASSERT_EQ(j["mask_classes"].size(), 11u);
  EXPECT_EQ(j["mask_classes"][0]["name"], "Sky");
  EXPECT_EQ(j["void"]["id"], 11);
  // train masks: train0 = class 0 | void, train1 = class 1 | void, train2 = class 2 | void (600 px each
  // half).
  EXPECT_EQ(j["mask_classes"][0]["images"]["train"], 1);
  EXPECT_EQ(j["mask_classes"][3]["images"]["train"], 0);
  EXPECT_DOUBLE_EQ(j["mask_classes"][1]["pixel_share"]["train"].get<double>(), 600.0 / 3600.0);
  EXPECT_DOUBLE_EQ(j["void"]["pixel_share"]["train"].get<double>(), 0.5);
  EXPECT_TRUE(j["label_classes"].empty());

  ASSERT_EQ(j["problems"].size(), 2u);
  EXPECT_EQ(j["problem_counts"]["mask-size-mismatch"], 1);
  EXPECT_EQ(j["problem_counts"]["truncated"], 1);
  for (const auto& p : j["problems"]) {
    const std::string file = p["file"];
    EXPECT_TRUE(file.find("train3.png") != std::string::npos || file.find("test1.jpg") != std::string::npos)
        << file;
    EXPECT_NE(p["message"].get<std::string>().find(fs::path(file).filename().string()), std::string::npos);
    EXPECT_EQ(p["severity"], "error");
  }
}

TEST(DatasetsCli, CocoYoloJsonAndText) {
  TempDir dir;
  const fs::path root = dir / "coco";
  colorproxy::test::writeBytes(root / "classes.txt", "cat\ndog\n");
  write(root / "images/train/a.jpg", colorproxy::test::makeColourImage(24, 16, 1));
  colorproxy::test::writeBytes(root / "labels/train/a.txt", "0 0.5 0.5 0.1 0.1\n1 0.2 0.2 0.1 0.1\n");
  write(root / "images/train/b.jpg", colorproxy::test::makeColourImage(24, 16, 2));
  colorproxy::test::writeBytes(root / "labels/train/b.txt", "1 0.5 0.5 0.1 0.1\n");
  write(root / "images/train/gray.jpg", halves(24, 16, 30, 200));
  colorproxy::test::writeBytes(root / "labels/train/gray.txt", "0 0.5 0.5 0.1 0.1\n");
  colorproxy::test::writeBytes(root / "labels/train/lost.txt", "0 0.5 0.5 0.1 0.1\n");
  const CliResult r = runCli("datasets " + quoted(root.string()) + " --json", dir / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["format"], "coco");
  EXPECT_EQ(j["splits"][0]["samples"], 2);
  ASSERT_EQ(j["label_classes"].size(), 2u);
  EXPECT_EQ(j["label_classes"][0]["name"], "cat");
  EXPECT_EQ(j["label_classes"][0]["images"]["train"], 1);  // gray.jpg is excluded
  EXPECT_EQ(j["label_classes"][1]["images"]["train"], 2);
  EXPECT_EQ(j["problem_counts"]["grayscale"], 1);
  EXPECT_EQ(j["problem_counts"]["label-orphan"], 1);

  const CliResult kept =
      runCli("datasets " + quoted(root.string()) + " --json --keep-grayscale", dir / "err.txt");
  ASSERT_EQ(kept.exitCode, 0) << kept.err;
  EXPECT_EQ(json::parse(kept.out)["label_classes"][0]["images"]["train"], 2);

  const CliResult text = runCli("datasets " + quoted(root.string()), dir / "err.txt");
  ASSERT_EQ(text.exitCode, 0) << text.err;
  EXPECT_NE(text.out.find("gray.jpg"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("lost.txt"), std::string::npos) << text.out;
}

TEST(DatasetsCli, ErrorsNameWhatWasLookedFor) {
  TempDir dir;
  colorproxy::test::writeBytes(dir / "empty/readme.txt", "nothing");
  const CliResult none = runCli("datasets " + quoted((dir / "empty").string()), dir / "err.txt");
  EXPECT_EQ(none.exitCode, 1);
  EXPECT_NE(none.err.find("no dataset found"), std::string::npos) << none.err;
  EXPECT_NE(none.err.find("JPEGImages"), std::string::npos) << none.err;

  makeFlawedCamVid(dir / "camvid");
  const CliResult fail =
      runCli("datasets " + quoted((dir / "camvid").string()) + " --policy fail", dir / "err.txt");
  EXPECT_EQ(fail.exitCode, 1);
  EXPECT_NE(fail.err.find("train3.png"), std::string::npos) << fail.err;

  const CliResult forced =
      runCli("datasets " + quoted((dir / "camvid").string()) + " --format voc", dir / "err.txt");
  EXPECT_EQ(forced.exitCode, 1);
  EXPECT_NE(forced.err.find("Pascal VOC"), std::string::npos) << forced.err;

  const CliResult usage =
      runCli("datasets " + quoted((dir / "camvid").string()) + " --format imagenet", dir / "err.txt");
  EXPECT_NE(usage.exitCode, 0);
}

TEST(DatasetsCli, SharedCamVidAndCoco128) {
  CP_REQUIRE_SHARED_DATA(data, "");
  if (!fs::exists(data / "camvid") || !fs::exists(data / "coco128")) GTEST_SKIP() << "camvid/coco128 absent";
  TempDir dir;
  const CliResult camvid =
      runCli("datasets " + quoted((data / "camvid").string()) + " --json --no-pixels", dir / "err.txt");
  ASSERT_EQ(camvid.exitCode, 0) << camvid.err;
  const json c = json::parse(camvid.out);
  EXPECT_EQ(c["splits"][0]["samples"], 367);
  EXPECT_EQ(c["splits"][1]["samples"], 101);
  EXPECT_EQ(c["splits"][2]["samples"], 233);
  EXPECT_EQ(c["mask_classes"].size(), 11u);
  EXPECT_EQ(c["void"]["id"], 11);

  const CliResult coco =
      runCli("datasets " + quoted((data / "coco128").string()) + " --json --no-pixels", dir / "err.txt");
  ASSERT_EQ(coco.exitCode, 0) << coco.err;
  const json k = json::parse(coco.out);
  EXPECT_EQ(k["label_classes"].size(), 80u);
  EXPECT_EQ(k["problem_counts"]["grayscale"], 2);
  EXPECT_EQ(k["problem_counts"]["label-orphan"], 2);
}

TEST(BenchLoaderCli, ReportsThroughputOnAFolder) {
  TempDir dir;
  for (int i = 0; i < 6; ++i)
    write(dir / "imgs" / (std::to_string(i) + ".jpg"),
          colorproxy::test::makeColourImage(64, 48, unsigned(i + 1)));
  const CliResult r = runCli("bench loader --data " + quoted((dir / "imgs").string()) +
                                 " --size 32 --threads 2 --batch 4 --no-warmup --json",
                             dir / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["images"], 6);
  EXPECT_GT(j["images_per_second"].get<double>(), 0.0);
  EXPECT_GT(j["stage_ms_per_image"]["decode"].get<double>(), 0.0);
  EXPECT_EQ(j["reduced_decodes"], 0);  // 64x48 / 2 = 32x24 does not cover 32x32
}

}  // namespace
