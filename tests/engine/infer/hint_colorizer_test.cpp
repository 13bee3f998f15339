// The hint-conditioned Colorizer: a tiny model learns to follow hints where colour cannot be guessed from
// lightness; hints map from photo coordinates to the network's grid; suggested colours.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/color/ab_quantizer.h"
#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/data/rng.h"
#include "colorproxy/hints/hint_maps.h"
#include "colorproxy/infer/colorization_evaluation.h"
#include "colorproxy/infer/colorizer.h"
#include "colorproxy/pretrain/colorization_trainer.h"
#include "engine/infer/colorizer_model_file.h"
#include "io/checkpoint.h"
#include "io/colorization_model.h"
#include "models/weight_init.h"
#include "support/test_support.h"
#include "tensor/lab_batch.h"
#include "tensor/mat_tensor.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;
using nlohmann::json;

namespace {

constexpr double kLightness = 60.0;

/// 8-bit BGR of Lab (L, a, b), clipped to the sRGB gamut.
cv::Vec3b bgrOf(double l, double a, double b) {
  const cv::Vec3d rgb = labToRgb({l, a, b});
  const auto level = [](double v) { return uchar(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); };
  return {level(rgb[2]), level(rgb[1]), level(rgb[0])};
}

/// The mean Lab a and b of an 8-bit BGR image.
cv::Vec2d meanAb(const cv::Mat& bgr) {
  const cv::Scalar m = cv::mean(bgrToLab(bgr));
  return {m[1], m[2]};
}

fs::path writeModel(const fs::path& file, const std::string& pretext, bool hints, int imageSize = 32,
                    int numDowns = 5, double hintGain = 1.0) {
  return colorproxy::test::writeColorizerModel(file, pretext, imageSize, numDowns, hints, hintGain);
}

/// The generator of a checkpoint written by writeModel, in eval mode.
UNetGenerator loadGenerator(const fs::path& file, ColorizationModelSpec& spec) {
  CheckpointReader reader(file);
  spec = ColorizationModelSpec::fromSettings(json::parse(reader.meta())["settings"]);
  UNetGenerator g = makeColorizationGenerator(spec);
  reader.loadModule("generator", *g);
  g->eval();
  return g;
}

class HintColorizerTest : public ::testing::Test {
 protected:
  HintColorizerTest() { at::set_num_threads(1); }
};

}  // namespace

// The acceptance test: every photo is one flat colour of the same lightness, so L says nothing
// about the colour. A tiny model (ngf 8, 32 px) trained with simulated hints must take the colour from a
// hint, and without hints fall back to a low-chroma guess instead of a remembered hint colour.
TEST_F(HintColorizerTest, TinyModelFollowsHintsOnFlatColoursAndIgnoresThemWhenAbsent) {
  TempDir tmp;
  fs::create_directories(tmp / "flat");
  Rng rng(11);
  for (int i = 0; i < 64; ++i) {
    const double angle = rng.uniform() * 2.0 * 3.14159265358979;
    const double radius = 10.0 + rng.uniform() * 35.0;
    const cv::Mat img(32, 32, CV_8UC3, bgrOf(kLightness, radius * std::cos(angle), radius * std::sin(angle)));
    cv::imwrite((tmp / "flat" / ("c" + std::to_string(100 + i) + ".png")).string(), img);
  }
  ColorizationConfig c = ColorizationConfig::preset("tiny");
  c.dataPath = tmp / "flat";
  c.runsDir = tmp / "runs";
  c.pretext = "l2";
  c.hints = true;
  c.loadSize = 32;
  c.flip = false;
  c.epochs = 10;
  c.epochsDecay = 0;
  c.iterations = 320;  // whole epochs of 57 images in batches of 16: 18 epochs, 324 steps
  c.lr = 2e-3;
  c.batchSize = 16;
  c.threads = 1;
  c.loaderWorkers = 1;
  c.previewCount = 0;
  c.valFraction = 0.1;
  c.keepEpochCheckpoints = false;
  StopToken stop;
  struct Quiet : TrainingObserver {
  } quiet;
  const RunResult run = runColorization(c, quiet, stop);
  ASSERT_TRUE(run.completed) << run.error;
  // Validation with simulated hints is far better than without: the hints reach the network.
  EXPECT_GT(run.finalMetrics.at("val_psnr_hints"), run.finalMetrics.at("val_psnr") + 5.0);

  ColorizerOptions o;
  o.precision = "fp32";
  const Colorizer colorizer(run.runDir, o);
  ASSERT_TRUE(colorizer.takesHints());
  const cv::Mat grey(40, 56, CV_8UC3, bgrOf(kLightness, 0.0, 0.0));  // non-square
  const cv::Vec2d none = meanAb(colorizer.colorize(grey));
  std::printf("no hint: mean ab (%.1f, %.1f)\n", none[0], none[1]);
  EXPECT_LT(cv::norm(none), 12.0) << "without hints the colour is unknowable: a low-chroma guess";
  EXPECT_EQ(colorizer.colorize(grey, {}).size(), grey.size());
  const cv::Rect nearFirst(10, 6, 8, 8);  // photo pixels around (14, 10)
  for (const cv::Vec2d& hint : {cv::Vec2d(35.0, 20.0), cv::Vec2d(-25.0, 30.0), cv::Vec2d(5.0, -35.0)}) {
    // Four points, one per quadrant of the non-square photo: the whole photo takes their colour.
    std::vector<ColorHint> four;
    for (int i = 0; i < 4; ++i)
      four.push_back({14.0 + 28.0 * (i % 2), 10.0 + 20.0 * (i / 2), hint[0], hint[1], 5});
    const cv::Mat out = colorizer.colorize(grey, four);
    ASSERT_EQ(out.size(), grey.size());
    const cv::Vec2d whole = meanAb(out);
    // One point: the place around it takes its colour.
    const cv::Vec2d local = meanAb(colorizer.colorize(grey, {four.front()})(nearFirst));
    const double chroma = cv::norm(hint);
    std::printf("hint (%.0f, %.0f): four points, photo mean (%.1f, %.1f); one point, nearby (%.1f, %.1f)\n",
                hint[0], hint[1], whole[0], whole[1], local[0], local[1]);
    EXPECT_LT(cv::norm(whole - hint), 0.5 * chroma);
    EXPECT_LT(cv::norm(local - hint), 0.7 * chroma);
    EXPECT_LT(cv::norm(whole - hint), cv::norm(none - hint) - 10.0);
  }

  // The evaluation against the number of hints: 0 hints is the automatic score, more hints score better.
  ColorizationEvalOptions eo;
  eo.maxImages = 16;
  eo.hintCounts = {0, 2, 20};
  const ColorizationEvaluation e = evaluateColorization(colorizer, tmp / "flat", eo);
  ASSERT_EQ(e.images.size(), 16u);
  ASSERT_EQ(e.byHints.size(), 3u);
  EXPECT_EQ(e.byHints[0].hints, 0);
  EXPECT_NEAR(e.byHints[0].psnr.mean, e.psnr.mean, 0.05);  // one image at a time vs batches of 8
  EXPECT_NEAR(e.byHints[0].ssim.mean, e.ssim.mean, 1e-3);
  std::printf("PSNR with 0, 2, 20 hints: %.2f %.2f %.2f\n", e.byHints[0].psnr.mean, e.byHints[1].psnr.mean,
              e.byHints[2].psnr.mean);
  EXPECT_GT(e.byHints[1].psnr.mean, e.byHints[0].psnr.mean + 1.0);
  EXPECT_GT(e.byHints[2].psnr.mean, e.byHints[1].psnr.mean);
  eo.hintCounts = {-1};
  EXPECT_THROW(evaluateColorization(colorizer, tmp / "flat", eo), std::invalid_argument);
}

// A hint given in a large, non-square photo's pixels reaches the network cell computed by hand: the
// Colorizer's preview equals the generator run on the resized L with hint maps placed at those cells.
TEST_F(HintColorizerTest, HintsInALargeNonSquarePhotoLandOnTheHandComputedCells) {
  TempDir tmp;
  const fs::path model = writeModel(tmp / "hints.pt", "gan", true, 32, 5, 40.0);
  ColorizerOptions o;
  o.precision = "fp32";
  const Colorizer colorizer(model, o);
  ASSERT_EQ(colorizer.size(), 32);
  const cv::Mat photo = colorproxy::test::makeColourImage(6000, 1500, 4);  // 9 megapixels, 4:1
  // (4500, 300) -> cell (4500 * 32 / 6000, 300 * 32 / 1500) = (24, 6); (100, 1400) -> (0, 29).
  const std::vector<ColorHint> hints = {{4500.0, 300.0, 40.0, -30.0, 3}, {100.0, 1400.0, -20.0, 50.0, 1}};
  const cv::Mat preview = colorizer.colorizePreview(photo, hints);
  ASSERT_EQ(preview.size(), cv::Size(32, 32));

  ColorizationModelSpec spec;
  UNetGenerator g = loadGenerator(model, spec);
  cv::Mat small;
  cv::resize(photo, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
  const torch::Tensor l = packL({bgrToLab(small)});
  torch::Tensor maps = torch::zeros({1, 3, 32, 32});
  maps.index_put_({0, 0, torch::indexing::Slice(5, 8), torch::indexing::Slice(23, 26)}, 40.0 / 110.0);
  maps.index_put_({0, 1, torch::indexing::Slice(5, 8), torch::indexing::Slice(23, 26)}, -30.0 / 110.0);
  maps.index_put_({0, 2, torch::indexing::Slice(5, 8), torch::indexing::Slice(23, 26)}, 1.0);
  maps.index_put_({0, 0, 29, 0}, -20.0 / 110.0);
  maps.index_put_({0, 1, 29, 0}, 50.0 / 110.0);
  maps.index_put_({0, 2, 29, 0}, 1.0);
  torch::NoGradGuard noGrad;
  const torch::Tensor ab = g->forward(torch::cat({l, maps}, 1)) * 110.0;
  const cv::Mat expected = recolor(small, tensorToMat(ab[0]));
  cv::Mat diff;
  cv::absdiff(preview, expected, diff);
  double worst = 0.0;
  cv::minMaxLoc(diff.reshape(1), nullptr, &worst);
  EXPECT_LE(worst, 2.0) << "the preview differs from the hand-placed hints";
  // ... and the hints matter: without them the preview is another one.
  cv::absdiff(colorizer.colorizePreview(photo), expected, diff);
  cv::minMaxLoc(diff.reshape(1), nullptr, &worst);
  EXPECT_GT(worst, 2.0);

  // Full resolution: the photo's size, and the same colours as the preview upsampled.
  const cv::Mat full = colorizer.colorize(photo, hints);
  EXPECT_EQ(full.size(), photo.size());
  EXPECT_THROW(colorizer.colorize(photo, {{6000.0, 10.0, 1.0, 1.0, 3}}), std::invalid_argument);
}

TEST_F(HintColorizerTest, ModelsWithoutHintsRefuseThemClearlyAndStillColorize) {
  TempDir tmp;
  const Colorizer plain(writeModel(tmp / "plain.pt", "gan", false));
  EXPECT_FALSE(plain.takesHints());
  const cv::Mat photo = colorproxy::test::makeColourImage(48, 40, 2);
  EXPECT_EQ(plain.colorize(photo, {}).size(), photo.size());
  try {
    plain.colorize(photo, {{10.0, 10.0, 5.0, 5.0, 3}});
    FAIL() << "hints given to a model without hints";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("--hints"), std::string::npos) << e.what();
  }
  ColorizationEvalOptions eo;
  eo.hintCounts = {0, 1};
  fs::create_directories(tmp / "photos");
  cv::imwrite((tmp / "photos" / "a.png").string(), photo);
  try {
    evaluateColorization(plain, tmp / "photos", eo);
    FAIL() << "a hint sweep of a model without hints";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("--hints"), std::string::npos) << e.what();
  }
  // Suggestions need no hints: they work for every model.
  EXPECT_FALSE(plain.suggestColors(photo, {}, 5.0, 5.0, 3).empty());
}

// 313-bin models: the suggestions are the top bins of softmax(logits / T) at the clicked cell, computed
// here from the generator directly.
TEST_F(HintColorizerTest, ClassificationSuggestionsAreTheTopAnnealedBins) {
  TempDir tmp;
  const fs::path model = writeModel(tmp / "cls.pt", "classification", true);
  ColorizerOptions o;
  o.precision = "fp32";
  const Colorizer colorizer(model, o);
  const cv::Mat photo = colorproxy::test::makeColourImage(64, 48, 7);
  const std::vector<ColorHint> hints = {{30.0, 20.0, 20.0, 10.0, 3}};
  const auto s = colorizer.suggestColors(photo, hints, 50.0, 12.0, 6);
  ASSERT_EQ(s.size(), 6u);

  ColorizationModelSpec spec;
  UNetGenerator g = loadGenerator(model, spec);
  cv::Mat small;
  cv::resize(photo, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
  const HintMaps maps = rasterizeHints(hints, photo.size(), 32, 110.0);
  torch::NoGradGuard noGrad;
  const torch::Tensor logits =
      g->forward(generatorInput(packL({bgrToLab(small)}), packHintMaps({maps}), spec))[0];
  const cv::Point cell(50 * 32 / 64, 12 * 32 / 48);  // (25, 8)
  const torch::Tensor p =
      torch::softmax(logits.select(2, cell.x).select(1, cell.y).to(torch::kDouble) / 0.38, 0);
  const auto [top, index] = torch::topk(p, 6);
  const AbQuantizer q;
  double sum = 0.0;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto bin = size_t(index[int64_t(i)].item<int64_t>());
    EXPECT_NEAR(s[i].probability, top[int64_t(i)].item<double>(), 1e-4) << i;
    EXPECT_NEAR(s[i].a, q.centres()[bin][0], 1e-6) << i;
    EXPECT_NEAR(s[i].b, q.centres()[bin][1], 1e-6) << i;
    if (i > 0) {
      EXPECT_GE(s[i - 1].probability, s[i].probability);
    }
    sum += s[i].probability;
  }
  EXPECT_LE(sum, 1.0);
  // All bins: the whole distribution, summing to 1.
  const auto all = colorizer.suggestColors(photo, hints, 50.0, 12.0, 313);
  const double total = std::accumulate(
      all.begin(), all.end(), 0.0, [](double acc, const SuggestedColor& c) { return acc + c.probability; });
  EXPECT_NEAR(total, 1.0, 1e-6);
  EXPECT_THROW(colorizer.suggestColors(photo, hints, 64.0, 0.0), std::invalid_argument);
  EXPECT_THROW(colorizer.suggestColors(photo, hints, 1.0, 1.0, 0), std::invalid_argument);
}

// Regression models: the distribution is estimated from dropout samples of the 5 x 5 cells around the
// place (a 64-px, 6-downsampling generator has dropout in one decoder level).
TEST_F(HintColorizerTest, RegressionSuggestionsAreSortedDeterministicAndSumToAtMostOne) {
  TempDir tmp;
  const Colorizer colorizer(writeModel(tmp / "gan.pt", "gan", true, 64, 6));
  const cv::Mat photo = colorproxy::test::makeColourImage(90, 60, 9);
  const std::vector<ColorHint> hints = {{45.0, 30.0, -30.0, 40.0, 5}};
  const auto s = colorizer.suggestColors(photo, hints, 45.0, 30.0, 8);
  ASSERT_FALSE(s.empty());
  ASSERT_LE(s.size(), 8u);
  double sum = 0.0;
  for (size_t i = 0; i < s.size(); ++i) {
    EXPECT_GT(s[i].probability, 0.0);
    if (i > 0) {
      EXPECT_GE(s[i - 1].probability, s[i].probability);
    }
    sum += s[i].probability;
  }
  EXPECT_LE(sum, 1.0);
  const auto again = colorizer.suggestColors(photo, hints, 45.0, 30.0, 8);
  ASSERT_EQ(again.size(), s.size());
  for (size_t i = 0; i < s.size(); ++i) EXPECT_EQ(again[i].probability, s[i].probability);
  const auto all = colorizer.suggestColors(photo, hints, 45.0, 30.0, 313);
  const double total = std::accumulate(
      all.begin(), all.end(), 0.0, [](double acc, const SuggestedColor& c) { return acc + c.probability; });
  EXPECT_NEAR(total, 1.0, 1e-9);
}
