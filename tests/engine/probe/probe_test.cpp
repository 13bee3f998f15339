// Representation probes: pooled level shapes, the feature layout, the linear probe on separable and
// non-separable sets, and a whole probe study with its feature cache.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "../finetune/finetune_test_data.h"
#include "colorproxy/base/npy_file.h"
#include "colorproxy/data/batch_loader.h"
#include "colorproxy/data/joint_transform.h"
#include "colorproxy/eval/multilabel_evaluator.h"
#include "colorproxy/probe/linear_probe.h"
#include "colorproxy/probe/probe_levels.h"
#include "colorproxy/probe/probe_runner.h"
#include "colorproxy/probe/segmentation_probe.h"
#include "models/weight_init.h"
#include "probe/probe_features.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

namespace fs = std::filesystem;

TEST(ProbeLevels, Unet256And128PoolToAbout9000FeaturesPerLevel) {
  // Worked by hand: grid = round(sqrt(9000 / C)) clamped to the level's side; C = 64 * min(2^l, 8).
  const auto s256 = probeLevelShapes(64, 8, 256, 9000);
  const std::vector<int> channels256 = {64, 128, 256, 512, 512, 512, 512, 512};
  const std::vector<int> spatial256 = {128, 64, 32, 16, 8, 4, 2, 1};
  const std::vector<int> grid256 = {12, 8, 6, 4, 4, 4, 2, 1};
  const std::vector<int64_t> features256 = {9216, 8192, 9216, 8192, 8192, 8192, 2048, 512};
  ASSERT_EQ(s256.size(), 8u);
  for (std::size_t l = 0; l < 8; ++l) {
    EXPECT_EQ(s256[l].level, int(l));
    EXPECT_EQ(s256[l].channels, channels256[l]) << l;
    EXPECT_EQ(s256[l].spatial, spatial256[l]) << l;
    EXPECT_EQ(s256[l].grid, grid256[l]) << l;
    EXPECT_EQ(s256[l].features, features256[l]) << l;
  }
  const auto s128 = probeLevelShapes(64, 7, 128, 9000);
  const std::vector<int> grid128 = {12, 8, 6, 4, 4, 2, 1};
  const std::vector<int64_t> features128 = {9216, 8192, 9216, 8192, 8192, 2048, 512};
  ASSERT_EQ(s128.size(), 7u);
  for (std::size_t l = 0; l < 7; ++l) {
    EXPECT_EQ(s128[l].spatial, 64 >> l) << l;
    EXPECT_EQ(s128[l].grid, grid128[l]) << l;
    EXPECT_EQ(s128[l].features, features128[l]) << l;
  }
  EXPECT_THROW(probeLevelShapes(64, 8, 200, 9000), std::invalid_argument);
  EXPECT_THROW(probeGridSide(0, 4, 9000), std::invalid_argument);
}

TEST(ProbeFeatures, PooledFeaturesAreBlockMeansOfTheRealEncoderInChannelMajorOrder) {
  test::TempDir dir;
  test::makeFinetuneYolo(dir / "coco", 3, 40, 32);
  std::vector<Sample> samples;
  for (const auto& e : fs::directory_iterator(dir / "coco" / "images" / "train2017")) {
    Sample s;
    s.image = e.path();
    s.labels = {1.0f, 0.0f, -1.0f};
    samples.push_back(s);
  }
  std::sort(samples.begin(), samples.end(), [](auto& a, auto& b) { return a.image < b.image; });
  torch::manual_seed(3);
  UNetEncoder encoder(UNetEncoderOptions(1).ngf(8).numDowns(5));
  initPix2PixWeights(*encoder);
  // Budget 8 x 8^2: level 0 (8 channels, 32 / 2 = 16 px) pools 2x2 blocks to an 8x8 grid.
  auto levels = probeLevelShapes(8, 5, 32, 8 * 8 * 8);
  ASSERT_EQ(levels[0].grid, 8);
  ASSERT_EQ(levels[0].spatial, 16);
  LoaderOptions lo;
  lo.batchSize = 2;
  lo.threads = 0;
  lo.transform = TransformOptions::resizeOnly(32);
  StopToken stop;
  const ProbeSplitFeatures f = extractProbeFeatures(encoder, samples, lo, 3, levels, stop);
  ASSERT_EQ(f.images.size(), 3u);
  ASSERT_EQ(f.levels.size(), levels.size());
  for (std::size_t i = 0; i < levels.size(); ++i) {
    EXPECT_EQ(f.levels[i].rows, 3);
    EXPECT_EQ(f.levels[i].cols, levels[i].features);
  }
  EXPECT_EQ(f.labels.at<float>(1, 2), -1.0f);

  // The same image through the encoder by hand: mean of each 2x2 block of level 0, index c*64 + y*8 + x.
  LoaderOptions one = lo;
  one.batchSize = 3;
  one.keepGrayscale = true;
  one.shuffle = false;  // the generated "dark" images are grey; extraction keeps them too
  BatchLoader loader(samples, one);
  const auto batch = loader.next();
  ASSERT_TRUE(batch);
  torch::Tensor l = torch::empty({3, 1, 32, 32});
  for (int n = 0; n < 3; ++n) {
    std::vector<cv::Mat> ch;
    cv::split(batch->images[std::size_t(n)], ch);
    cv::Mat lScaled = ch[0] / 50.0 - 1.0;
    l[n][0].copy_(torch::from_blob(lScaled.ptr<float>(), {32, 32}, torch::kFloat32));
  }
  torch::NoGradGuard noGrad;
  encoder->eval();
  const torch::Tensor a0 = encoder->forward(l)[0];  // [3, 8, 16, 16]
  double worst = 0.0;
  for (int n = 0; n < 3; ++n)
    for (int c = 0; c < 8; ++c)
      for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) {
          const double mean =
              a0[n][c].slice(0, 2 * y, 2 * y + 2).slice(1, 2 * x, 2 * x + 2).mean().item<double>();
          worst = std::max(worst, std::abs(mean - f.levels[0].at<float>(n, c * 64 + y * 8 + x)));
        }
  EXPECT_LT(worst, 1e-5);
}

// N points in `dims` dimensions, standard normal, from `seed`.
cv::Mat gaussianPoints(int n, int dims, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> g;
  cv::Mat x(n, dims, CV_64F);
  for (int i = 0; i < n; ++i)
    for (int d = 0; d < dims; ++d) x.at<double>(i, d) = g(rng);
  return x;
}

double perLabelAccuracy(const cv::Mat& scores, const cv::Mat& truth) {
  int right = 0, judged = 0;
  for (int i = 0; i < scores.rows; ++i)
    for (int c = 0; c < scores.cols; ++c) {
      const double t = truth.at<double>(i, c);
      if (t < 0) continue;
      ++judged;
      right += (scores.at<double>(i, c) >= 0.5) == (t > 0.5);
    }
  return double(right) / judged;
}

TEST(LinearProbe, LearnsALinearlySeparableSetAndFailsOnXor) {
  // Three classes, each a half-space of 5-d Gaussian points.
  const double w[3][5] = {{1, -1, 0.5, 0, 0}, {0, 0.5, 1, -1, 0.3}, {-0.4, 0, 0, 0.8, 1}};
  const auto labelsOf = [&](const cv::Mat& x) {
    cv::Mat y(x.rows, 3, CV_64F);
    for (int i = 0; i < x.rows; ++i)
      for (int c = 0; c < 3; ++c) {
        double s = 0.2 * c - 0.2;
        for (int d = 0; d < 5; ++d) s += w[c][d] * x.at<double>(i, d);
        y.at<double>(i, c) = s > 0 ? 1.0 : 0.0;
      }
    return y;
  };
  const cv::Mat xTrain = gaussianPoints(400, 5, 1), xVal = gaussianPoints(100, 5, 2),
                xTest = gaussianPoints(300, 5, 3);
  LinearProbeOptions o;
  o.epochs = 80;
  o.lr = 0.02;
  o.weightDecay = 0.0;
  const LinearProbeResult r = trainLinearProbe(xTrain, labelsOf(xTrain), xVal, labelsOf(xVal), xTest, o);
  const cv::Mat yTest = labelsOf(xTest);
  EXPECT_GT(evaluateMultilabel(r.testScores, yTest).meanAveragePrecision, 0.98);
  EXPECT_GT(perLabelAccuracy(r.testScores, yTest), 0.95);
  EXPECT_EQ(r.valMeanAP.size(), 80u);
  EXPECT_GE(r.bestEpoch, 1);

  // XOR of the signs of two coordinates: no half-space does better than chance.
  const auto xorOf = [](const cv::Mat& x) {
    cv::Mat y(x.rows, 1, CV_64F);
    for (int i = 0; i < x.rows; ++i)
      y.at<double>(i, 0) = x.at<double>(i, 0) * x.at<double>(i, 1) > 0 ? 1.0 : 0.0;
    return y;
  };
  const cv::Mat a = gaussianPoints(400, 2, 4), av = gaussianPoints(100, 2, 5), at = gaussianPoints(400, 2, 6);
  const LinearProbeResult x = trainLinearProbe(a, xorOf(a), av, xorOf(av), at, o);
  EXPECT_LT(perLabelAccuracy(x.testScores, xorOf(at)), 0.62);
  EXPECT_LT(evaluateMultilabel(x.testScores, xorOf(at)).meanAveragePrecision, 0.65);

  // The same labels become separable once the product is a feature: the failure is the probe's linearity.
  const auto withProduct = [](const cv::Mat& x) {
    cv::Mat out(x.rows, 3, CV_64F);
    for (int i = 0; i < x.rows; ++i) {
      out.at<double>(i, 0) = x.at<double>(i, 0);
      out.at<double>(i, 1) = x.at<double>(i, 1);
      out.at<double>(i, 2) = x.at<double>(i, 0) * x.at<double>(i, 1);
    }
    return out;
  };
  const LinearProbeResult p =
      trainLinearProbe(withProduct(a), xorOf(a), withProduct(av), xorOf(av), withProduct(at), o);
  EXPECT_GT(evaluateMultilabel(p.testScores, xorOf(at)).meanAveragePrecision, 0.97);
}

TEST(LinearProbe, IgnoredLabelsAreLeftOutOfTheLoss) {
  // Class 0 is x0 > 0; 40 % of the training labels are flipped. Marked ignored (-1) they do no harm;
  // kept as (wrong) labels they pull the boundary.
  const cv::Mat x = gaussianPoints(500, 2, 7), xt = gaussianPoints(300, 2, 8);
  cv::Mat clean(x.rows, 1, CV_64F), noisy, masked;
  for (int i = 0; i < x.rows; ++i) clean.at<double>(i, 0) = x.at<double>(i, 0) > 0 ? 1.0 : 0.0;
  noisy = clean.clone();
  masked = clean.clone();
  for (int i = 0; i < x.rows; ++i)
    if (x.at<double>(i, 1) > 0.25 && i % 5 < 4) {  // flipped only where x1 is large: biased noise
      noisy.at<double>(i, 0) = 1.0 - clean.at<double>(i, 0);
      masked.at<double>(i, 0) = -1.0;
    }
  cv::Mat truth(xt.rows, 1, CV_64F);
  for (int i = 0; i < xt.rows; ++i) truth.at<double>(i, 0) = xt.at<double>(i, 0) > 0 ? 1.0 : 0.0;
  LinearProbeOptions o;
  o.epochs = 60;
  o.lr = 0.02;
  o.weightDecay = 0.0;
  const double maskedAcc = perLabelAccuracy(trainLinearProbe(x, masked, {}, {}, xt, o).testScores, truth);
  const double noisyAcc = perLabelAccuracy(trainLinearProbe(x, noisy, {}, {}, xt, o).testScores, truth);
  EXPECT_GT(maskedAcc, 0.95);
  EXPECT_LT(noisyAcc, maskedAcc - 0.05);
  EXPECT_THROW(trainLinearProbe(x, cv::Mat::ones(x.rows, 1, CV_64F) * 2, {}, {}, xt, o),
               std::invalid_argument);
  EXPECT_THROW(trainLinearProbe(x, clean.rowRange(0, 10), {}, {}, xt, o), std::invalid_argument);
}

TEST(ProbeRunner, RandomVsPretrainedPerLevelWithAReusedFeatureCache) {
  test::TempDir dir;
  test::makeFinetuneYolo(dir / "coco", 12, 40, 32);
  const fs::path run = test::makePretrainedRun(dir.path(), 8, 5);
  ProbeConfig c;
  c.model = run.string();
  c.data.dataPath = dir / "coco";
  c.data.imageSize = 32;
  c.data.loaderWorkers = 0;
  c.data.threads = 1;
  c.seeds = 2;
  c.epochs = 4;
  c.knnK = 3;
  c.featureBudget = 256;
  c.outDir = dir / "probe";
  std::string log;
  StopToken stop;
  const ProbeReport r = runProbes(
      c, [&](const std::string& s) { log += s + "\n"; }, stop);
  ASSERT_EQ(r.levels.size(), 5u);
  EXPECT_EQ(r.ngf, 8);
  EXPECT_EQ(r.numDowns, 5);
  ASSERT_EQ(r.scores.size(), 2u * 2u * 5u);
  ASSERT_EQ(r.summaries.size(), 10u);
  EXPECT_EQ(r.classNames.size(), 3u);
  for (const auto& s : r.scores) {
    EXPECT_TRUE(std::isfinite(s.linearMeanAP)) << s.arm << s.level;
    EXPECT_GT(s.linearMeanAP, 0.0);
    EXPECT_LE(s.linearMeanAP, 1.0);
    EXPECT_GE(s.bestEpoch, 1);
    EXPECT_LE(s.bestEpoch, 4);
  }
  // The pretrained encoder is one encoder: its k-NN score is the same for both seeds; the summary's
  // mean is the mean of its seeds' linear scores.
  for (int level = 0; level < 5; ++level) {
    std::vector<double> lin;
    std::vector<double> knn;
    for (const auto& s : r.scores)
      if (s.arm == "pretrained" && s.level == level)
        lin.push_back(s.linearMeanAP), knn.push_back(s.knnMeanAP);
    ASSERT_EQ(lin.size(), 2u);
    EXPECT_EQ(knn[0], knn[1]);
    for (const auto& m : r.summaries)
      if (m.arm == "pretrained" && m.level == level) EXPECT_NEAR(m.linearMean, (lin[0] + lin[1]) / 2, 1e-12);
  }
  for (const char* f : {"probe.json", "probe.csv", "probe.md", "probe.png", "features/pretrained/meta.json",
                        "features/random-seed1/meta.json", "features/random-seed2/test-level4.npy"})
    EXPECT_TRUE(fs::exists(c.outDir / f)) << f;
  std::ifstream metaIn(c.outDir / "features" / "pretrained" / "meta.json");
  const nlohmann::json meta = nlohmann::json::parse(metaIn);
  EXPECT_EQ(meta["splits"]["test"]["levels"][0]["dtype"], "float32");
  EXPECT_EQ(meta["splits"]["test"]["images"].size(), r.testImages);
  EXPECT_EQ(log.find("read from the cache"), std::string::npos);
  // Chance level = the mean test prevalence of the classes present, from the cached labels.
  const NpyArray labels = readNpy(c.outDir / "features" / "pretrained" / "test-labels.npy");
  ASSERT_EQ(labels.shape.size(), 2u);
  double prevalenceSum = 0.0;
  int present = 0;
  for (std::size_t k = 0; k < labels.shape[1]; ++k) {
    double positives = 0.0;
    for (std::size_t i = 0; i < labels.shape[0]; ++i) positives += labels.values[i * labels.shape[1] + k];
    if (positives > 0) prevalenceSum += positives / double(labels.shape[0]), ++present;
  }
  ASSERT_GT(present, 0);
  EXPECT_NEAR(r.chanceMeanAP, prevalenceSum / present, 1e-12);

  // Again: every feature comes from the cache and the scores are the same.
  std::string again;
  const ProbeReport r2 = runProbes(
      c, [&](const std::string& s) { again += s + "\n"; }, stop);
  EXPECT_NE(again.find("read from the cache"), std::string::npos);
  ASSERT_EQ(r2.scores.size(), r.scores.size());
  for (std::size_t i = 0; i < r.scores.size(); ++i) {
    EXPECT_EQ(r2.scores[i].linearMeanAP, r.scores[i].linearMeanAP) << i;
    EXPECT_EQ(r2.scores[i].knnMeanAP, r.scores[i].knnMeanAP) << i;
  }

  // A changed image size is another identity: the features are computed again.
  c.levels = {1, 3};
  c.data.imageSize = 64;
  std::string third;
  const ProbeReport r3 = runProbes(
      c, [&](const std::string& s) { third += s + "\n"; }, stop);
  EXPECT_EQ(third.find("read from the cache"), std::string::npos);
  ASSERT_EQ(r3.levels.size(), 2u);
  EXPECT_EQ(r3.levels[1].level, 3);
}

TEST(ProbeRunner, BadSettingsNameTheFix) {
  test::TempDir dir;
  ProbeConfig c;
  c.outDir = dir / "out";
  StopToken stop;
  const auto noLog = [](const std::string&) {};
  EXPECT_THROW(runProbes(c, noLog, stop), std::invalid_argument);  // no data
  c.data.dataPath = dir / "missing";
  c.model = (dir / "nothing.pt").string();
  try {
    runProbes(c, noLog, stop);
    FAIL() << "a missing model was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("nothing.pt"), std::string::npos) << e.what();
  }
  c.model = "random";
  c.baseline = false;
  EXPECT_THROW(runProbes(c, noLog, stop), std::invalid_argument);
}

}  // namespace
}  // namespace colorproxy

namespace colorproxy {
namespace {

TEST(ProbeRunner, AnExportedModelIsProbedAtItsPretrainingSize) {
  const fs::path bundled = test::sourceDir() / "resources" / "models" / "colorproxy-default.pt";
  if (!fs::exists(bundled)) GTEST_SKIP() << "no bundled model";
  test::TempDir dir;
  test::makeFinetuneYolo(dir / "coco", 6, 40, 32);
  ProbeConfig c;
  c.model = bundled.string();
  c.data.dataPath = dir / "coco";
  c.data.imageSize = 0;  // from the model: resources/models/README.md says 128 px
  c.data.loaderWorkers = 0;
  c.data.threads = 1;
  c.baseline = false;
  c.seeds = 1;
  c.epochs = 2;
  c.knnK = 2;
  c.levels = {6};
  c.outDir = dir / "probe";
  StopToken stop;
  const ProbeReport r = runProbes(
      c, [](const std::string&) {}, stop);
  EXPECT_EQ(r.imageSize, 128);
  EXPECT_EQ(r.ngf, 16);
  ASSERT_EQ(r.levels.size(), 1u);
  EXPECT_EQ(r.levels[0].spatial, 1);  // 128 px / 2^7
  EXPECT_EQ(r.levels[0].features, 128);
}

TEST(SegmentationProbe, ReadsTheDecodersLastFeaturesOfBothArmsAndBeatsTheMajorityClass) {
  // CamVid-like masks whose classes follow the images' brightness bands: L alone decides them, so a 1x1
  // read-out of decoder features (which carry the first level's skip, a convolution of L) must beat
  // predicting the most frequent class everywhere.
  test::TempDir dir;
  test::makeFinetuneCamVid(dir / "camvid", 8, 32, 32);
  const fs::path run = test::makePretrainedRun(dir.path(), 8, 5);
  ProbeConfig c;
  c.model = run.string();
  c.data.dataPath = dir / "camvid";
  c.data.imageSize = 32;
  c.data.loaderWorkers = 0;
  c.data.threads = 1;
  c.seeds = 2;
  c.epochs = 30;
  c.lr = 1e-2;
  c.outDir = dir / "probe";
  std::string log;
  StopToken stop;
  const SegmentationProbeReport r = runSegmentationProbe(
      c, [&](const std::string& s) { log += s + "\n"; }, stop);
  EXPECT_EQ(r.featureChannels, 16);  // 2 ngf: level 0's skip beside up1's output
  EXPECT_EQ(r.featureSide, 16);      // half the input size
  EXPECT_EQ(r.classNames.size(), 3u);
  ASSERT_EQ(r.scores.size(), 4u);
  ASSERT_EQ(r.summaries.size(), 2u);
  EXPECT_TRUE(std::isfinite(r.majorityMeanIoU));
  for (const auto& s : r.scores) {
    EXPECT_GE(s.bestEpoch, 1);
    EXPECT_LE(s.bestEpoch, 30);
    EXPECT_GT(s.testMeanIoU, r.majorityMeanIoU + 0.1) << s.arm << " seed " << s.seed << "\n" << log;
    EXPECT_LE(s.testMeanIoU, 1.0);
    EXPECT_GE(s.testPixelAccuracy, s.testMeanIoU - 1e-12);  // on every class TP/union <= accuracy share
  }
  // Each summary is the mean of its arm's two seeds (computed here from the scores).
  for (const auto& sum : r.summaries) {
    double total = 0.0;
    for (const auto& s : r.scores)
      if (s.arm == sum.arm) total += s.testMeanIoU;
    EXPECT_NEAR(sum.mean, total / 2.0, 1e-12) << sum.arm;
    EXPECT_EQ(sum.seeds, 2);
  }
  const nlohmann::json j = nlohmann::json::parse(std::ifstream(c.outDir / "probe-segmentation.json"));
  EXPECT_EQ(j["task"], "segmentation");
  EXPECT_EQ(j["scores"].size(), 4u);
  EXPECT_TRUE(fs::exists(c.outDir / "probe-segmentation.md"));

  // A model without a decoder cannot be probed this way; the message says what it needs.
  c.model = (dir / "nothing.pt").string();
  EXPECT_THROW(runSegmentationProbe(
                   c, [](const std::string&) {}, stop),
               std::invalid_argument);
}

}  // namespace
}  // namespace colorproxy
