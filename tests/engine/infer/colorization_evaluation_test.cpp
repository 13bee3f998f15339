#include <gtest/gtest.h>

#include <cmath>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/infer/colorization_evaluation.h"
#include "colorproxy/infer/colorizer.h"
#include "io/checkpoint.h"
#include "io/colorization_model.h"
#include "models/weight_init.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;

namespace {

fs::path writeGanCheckpoint(const fs::path& file) {
  torch::manual_seed(5);
  ColorizationModelSpec spec;
  spec.ngf = 8;
  spec.numDowns = 5;
  spec.imageSize = 32;
  UNetGenerator g = makeColorizationGenerator(spec);
  initPix2PixWeights(*g);
  CheckpointWriter w;
  w.addModule("generator", *g);
  w.setMeta(
      nlohmann::json({{"task", "colorization"},
                      {"settings", {{"pretext", "gan"}, {"ngf", 8}, {"numDowns", 5}, {"imageSize", 32}}}})
          .dump());
  w.save(file);
  return file;
}

// PSNR from its definition, independently of the eval area: 10 log10(255^2 / MSE) over all channels.
double psnrByHand(const cv::Mat& a, const cv::Mat& b) {
  double sum = 0.0;
  for (int y = 0; y < a.rows; ++y)
    for (int x = 0; x < a.cols; ++x)
      for (int c = 0; c < 3; ++c) {
        const double d = double(a.at<cv::Vec3b>(y, x)[c]) - double(b.at<cv::Vec3b>(y, x)[c]);
        sum += d * d;
      }
  return 10.0 * std::log10(255.0 * 255.0 / (sum / (a.total() * 3.0)));
}

class ColorizationEvaluationTest : public ::testing::Test {
 protected:
  ColorizationEvaluationTest() { at::set_num_threads(1); }
};

}  // namespace

TEST_F(ColorizationEvaluationTest, ScoresTheTestSplitAtTheModelSize) {
  TempDir tmp;
  const Colorizer colorizer(writeGanCheckpoint(tmp / "g.pt"));
  std::vector<cv::Mat> originals;
  for (int i = 0; i < 3; ++i)
    originals.push_back(colorproxy::test::makeColourImage(70 + 10 * i, 50, unsigned(i + 1)));
  fs::create_directories(tmp / "data" / "train");
  cv::imwrite((tmp / "data" / "train" / "x.png").string(), colorproxy::test::makeColourImage(40, 40, 9));
  fs::create_directories(tmp / "data" / "test");
  for (int i = 0; i < 3; ++i)
    cv::imwrite((tmp / "data" / "test" / ("t" + std::to_string(i) + ".png")).string(), originals[size_t(i)]);

  ColorizationEvalOptions o;
  o.saveDir = tmp / "saved";
  std::vector<size_t> progress;
  o.progress = [&](size_t done, size_t total) {
    progress.push_back(done);
    EXPECT_EQ(total, 3u);
    return true;
  };
  const ColorizationEvaluation r = evaluateColorization(colorizer, tmp / "data", o);
  EXPECT_EQ(r.split, "test");
  ASSERT_EQ(r.images.size(), 3u);
  EXPECT_EQ(progress.back(), 3u);
  std::vector<double> expected;
  for (int i = 0; i < 3; ++i) {
    cv::Mat truth;
    cv::resize(originals[size_t(i)], truth, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    const cv::Mat pred = colorizer.colorize(truth);
    expected.push_back(psnrByHand(pred, truth));
    EXPECT_EQ(r.images[size_t(i)].width, 32);
    EXPECT_NEAR(r.images[size_t(i)].psnr, expected.back(), 1e-9);
    EXPECT_GT(r.images[size_t(i)].ssim, -1.0);
    EXPECT_LE(r.images[size_t(i)].ssim, 1.0);
    const cv::Mat saved = cv::imread((tmp / "saved" / "test" / ("t" + std::to_string(i) + ".png")).string());
    ASSERT_FALSE(saved.empty());
    EXPECT_EQ(cv::norm(saved, pred, cv::NORM_INF), 0.0);
  }
  EXPECT_NEAR(r.psnr.mean, (expected[0] + expected[1] + expected[2]) / 3.0, 1e-9);
  EXPECT_NEAR(r.psnr.min, *std::min_element(expected.begin(), expected.end()), 1e-9);
  EXPECT_NEAR(r.psnr.max, *std::max_element(expected.begin(), expected.end()), 1e-9);
  EXPECT_EQ(r.ssim.count, 3u);
}

TEST_F(ColorizationEvaluationTest, FullResolutionLimitsAndSplitErrors) {
  TempDir tmp;
  const Colorizer colorizer(writeGanCheckpoint(tmp / "g.pt"));
  fs::create_directories(tmp / "flat");
  for (int i = 0; i < 4; ++i)
    cv::imwrite((tmp / "flat" / ("p" + std::to_string(i) + ".png")).string(),
                colorproxy::test::makeColourImage(60 + i, 45, unsigned(i + 1)));
  ColorizationEvalOptions o;
  o.fullResolution = true;
  o.maxImages = 2;
  const auto r = evaluateColorization(colorizer, tmp / "flat", o);
  EXPECT_EQ(r.split, "all");  // the only split of a plain folder
  ASSERT_EQ(r.images.size(), 2u);
  EXPECT_EQ(r.images[0].width, 60);
  EXPECT_EQ(r.images[1].width, 61);
  EXPECT_EQ(r.images[0].height, 45);

  o = {};
  o.progress = [](size_t, size_t) { return false; };
  EXPECT_TRUE(evaluateColorization(colorizer, tmp / "flat", o).cancelled);

  o = {};
  o.split = "val";
  try {
    evaluateColorization(colorizer, tmp / "flat", o);
    FAIL();
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("val"), std::string::npos) << e.what();
  }
  EXPECT_THROW(evaluateColorization(colorizer, tmp / "missing", {}), std::exception);
}

TEST_F(ColorizationEvaluationTest, GreyOriginalsAreExcludedAndBrokenFilesReported) {
  TempDir tmp;
  const Colorizer colorizer(writeGanCheckpoint(tmp / "g.pt"));
  fs::create_directories(tmp / "d");
  cv::imwrite((tmp / "d" / "colour.png").string(), colorproxy::test::makeColourImage(40, 40, 1));
  cv::Mat grey;
  cv::cvtColor(colorproxy::test::makeColourImage(40, 40, 2), grey, cv::COLOR_BGR2GRAY);
  cv::imwrite((tmp / "d" / "grey.png").string(), grey);
  colorproxy::test::writeBytes(tmp / "d" / "broken.jpg", "not a jpeg");
  const auto r = evaluateColorization(colorizer, tmp / "d", {});
  EXPECT_EQ(r.images.size(), 1u);
  ASSERT_EQ(r.excluded.size(), 1u);
  EXPECT_NE(r.excluded[0].find("grey.png"), std::string::npos) << r.excluded[0];
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].find("broken.jpg"), std::string::npos) << r.problems[0];
}
