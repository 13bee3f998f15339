#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/eval/psnr.h"
#include "colorproxy/infer/colorizer.h"
#include "engine/infer/colorizer_model_file.h"
#include "io/checkpoint.h"
#include "io/colorization_model.h"
#include "models/weight_init.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;
using nlohmann::json;

namespace {

fs::path writeCheckpoint(const fs::path& file, const std::string& pretext) {
  return colorproxy::test::writeColorizerModel(file, pretext);
}

/// A colourful photo with 2-pixel stripes: detail that a 32-px working size cannot carry.
cv::Mat stripedPhoto(int w, int h, unsigned seed) {
  cv::Mat img = colorproxy::test::makeColourImage(w, h, seed);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      if ((x / 2) % 2 == 0) img.at<cv::Vec3b>(y, x) = img.at<cv::Vec3b>(y, x) / 2;
  return img;
}

double meanAbsDiff(const cv::Mat& a, const cv::Mat& b) {
  cv::Mat d;
  cv::absdiff(a, b, d);
  const cv::Scalar m = cv::mean(d);
  return (m[0] + m[1] + m[2]) / 3.0;
}

/// Tiny tensors: one thread avoids OpenMP spin-waiting on a busy machine.
class ColorizerTest : public ::testing::Test {
 protected:
  ColorizerTest() { at::set_num_threads(1); }
};

}  // namespace

TEST_F(ColorizerTest, KeepsInputSizeAndFullResolutionLightness) {
  TempDir tmp;
  for (const std::string pretext : {"gan", "l2", "classification"}) {
    Colorizer c(writeCheckpoint(tmp / (pretext + ".pt"), pretext));
    EXPECT_EQ(c.pretext(), pretext);
    EXPECT_EQ(c.size(), 32);
    EXPECT_EQ(c.trainedSize(), 32);
    // 77 rows, and 300 rows (converted in parallel stripes of 128 rows).
    for (const cv::Size sz : {cv::Size(123, 77), cv::Size(90, 300)}) {
      const cv::Mat photo = stripedPhoto(sz.width, sz.height, 5);
      const cv::Mat out = c.colorize(photo);
      ASSERT_EQ(out.size(), sz) << pretext;
      ASSERT_EQ(out.type(), CV_8UC3);
      // The output's lightness is the input's own (full resolution), up to 8-bit rounding and gamut
      // clipping of the new colours; a 32-px L upsampled would differ far more at these edges.
      std::vector<cv::Mat> li, lo;
      cv::split(bgrToLab(photo), li);
      cv::split(bgrToLab(out), lo);
      cv::Mat diff;
      cv::absdiff(li[0], lo[0], diff);
      EXPECT_LT(cv::mean(diff)[0], 3.0) << pretext;
      // A 32-px round trip of the lightness alone is clearly worse: the test can tell the two apart.
      cv::Mat small, back;
      cv::resize(li[0], small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
      cv::resize(small, back, li[0].size(), 0, 0, cv::INTER_LINEAR);
      cv::absdiff(li[0], back, diff);
      EXPECT_GT(cv::mean(diff)[0], 6.0);
      // Each stripe's colours are the whole image's: no seams where stripes meet.
      std::vector<cv::Mat> outLab;
      cv::split(bgrToLab(out), outLab);
      if (sz.height > 128) {
        const double seam = cv::norm(outLab[1].row(127), outLab[1].row(128), cv::NORM_L1) / sz.width;
        const double inside = cv::norm(outLab[1].row(126), outLab[1].row(127), cv::NORM_L1) / sz.width;
        EXPECT_LT(seam, inside + 2.0) << pretext;
      }
    }
    const cv::Mat photo = stripedPhoto(123, 77, 5);
    const cv::Mat out = c.colorize(photo);
    // Deterministic (evaluation mode, dropout off).
    EXPECT_EQ(meanAbsDiff(out, c.colorize(photo)), 0.0);
  }
}

TEST_F(ColorizerTest, IgnoresInputColourAndAcceptsGreyAndAlpha) {
  TempDir tmp;
  Colorizer c(writeCheckpoint(tmp / "g.pt", "gan"));
  const cv::Mat photo = colorproxy::test::makeColourImage(50, 40, 9);
  // The photo's own lightness with the colour removed, as one grey channel.
  std::vector<cv::Mat> lab;
  cv::split(bgrToLab(photo), lab);
  lab[1].setTo(0);
  lab[2].setTo(0);
  cv::Mat labGrey, grey, bgra;
  cv::merge(lab, labGrey);
  cv::extractChannel(labToBgr8(labGrey), grey, 0);
  cv::cvtColor(photo, bgra, cv::COLOR_BGR2BGRA);
  const cv::Mat a = c.colorize(photo), b = c.colorize(bgra), g = c.colorize(grey);
  EXPECT_EQ(meanAbsDiff(a, b), 0.0);
  EXPECT_EQ(g.size(), photo.size());
  // Same lightness (up to 8-bit rounding of the grey), so about the same colours: only L is used.
  EXPECT_LT(meanAbsDiff(a, g), 3.0);
  EXPECT_THROW(c.colorize(cv::Mat()), std::invalid_argument);
  EXPECT_THROW(c.colorize(cv::Mat(10, 10, CV_32FC3, cv::Scalar(0.5, 0.5, 0.5))), std::invalid_argument);
  const auto batch =
      c.colorize(std::vector<cv::Mat>{photo, colorproxy::test::makeColourImage(17, 90, 2), photo});
  ASSERT_EQ(batch.size(), 3u);
  EXPECT_EQ(batch[1].size(), cv::Size(17, 90));
  EXPECT_EQ(meanAbsDiff(batch[0], a), 0.0) << "batched and single results must agree";
}

TEST_F(ColorizerTest, ClassificationTemperatureChangesColours) {
  TempDir tmp;
  Colorizer c(writeCheckpoint(tmp / "c.pt", "classification"));
  EXPECT_DOUBLE_EQ(c.temperature(), 0.38);
  const cv::Mat photo = colorproxy::test::makeColourImage(64, 64, 4);
  const cv::Mat at038 = c.colorize(photo);
  c.setTemperature(1.0);
  const cv::Mat at1 = c.colorize(photo);
  EXPECT_GT(meanAbsDiff(at038, at1), 0.0);
  EXPECT_THROW(c.setTemperature(0.0), std::invalid_argument);
  ColorizerOptions o;
  o.temperature = 0.7;
  EXPECT_DOUBLE_EQ(Colorizer(tmp / "c.pt", o).temperature(), 0.7);
}

TEST_F(ColorizerTest, WorkingSizeIsCheckedAndChangeable) {
  TempDir tmp;
  Colorizer c(writeCheckpoint(tmp / "g.pt", "gan"));
  c.setSize(64);
  EXPECT_EQ(c.size(), 64);
  EXPECT_EQ(c.colorize(colorproxy::test::makeColourImage(123, 77, 5)).size(), cv::Size(123, 77));
  try {
    c.setSize(48);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("multiple of 32"), std::string::npos) << e.what();
  }
}

TEST_F(ColorizerTest, BadModelsGiveClearMessages) {
  TempDir tmp;
  try {
    Colorizer c(tmp / "missing.pt");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("missing.pt' does not exist"), std::string::npos) << e.what();
  }
  try {
    Colorizer c(tmp.path());
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("no checkpoints/latest.pt"), std::string::npos) << e.what();
  }
  colorproxy::test::writeBytes(tmp / "junk.pt", "junk");
  EXPECT_THROW(Colorizer(tmp / "junk.pt"), std::runtime_error);
  CheckpointWriter w;
  torch::nn::Linear lin(2, 2);
  w.addModule("generator", *lin);
  w.setMeta(R"({"task":"finetune-classification"})");
  w.save(tmp / "other.pt");
  try {
    Colorizer c(tmp / "other.pt");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("not a colorization checkpoint"), std::string::npos) << e.what();
  }
}

TEST_F(ColorizerTest, ColorizesFilesAndFolders) {
  TempDir tmp;
  Colorizer c(writeCheckpoint(tmp / "g.pt", "gan"));
  fs::create_directories(tmp / "in" / "sub");
  cv::imwrite((tmp / "in" / "a.jpg").string(), colorproxy::test::makeColourImage(123, 77, 1));
  cv::imwrite((tmp / "in" / "sub" / "b.png").string(), colorproxy::test::makeColourImage(40, 60, 2));
  colorproxy::test::writeBytes(tmp / "in" / "broken.jpg", "not an image");
  colorproxy::test::writeBytes(tmp / "in" / "notes.txt", "ignored");
  cv::imwrite((tmp / "single.bmp").string(), colorproxy::test::makeColourImage(33, 33, 3));
  std::vector<size_t> seen;
  const auto results = c.colorizeFiles({tmp / "in", tmp / "single.bmp", tmp / "nothere.png"}, tmp / "out",
                                       [&](size_t done, size_t total, const ColorizeFileResult&) {
                                         seen.push_back(done);
                                         EXPECT_EQ(total, 5u);
                                       });
  ASSERT_EQ(results.size(), 5u);
  EXPECT_EQ(seen, (std::vector<size_t>{1, 2, 3, 4, 5}));
  std::map<std::string, ColorizeFileResult> byName;
  for (const auto& r : results) byName[r.input.filename().string()] = r;
  EXPECT_NE(byName["nothere.png"].error.find("does not exist"), std::string::npos);
  EXPECT_NE(byName["broken.jpg"].error.find("broken.jpg: not a JPEG, PNG"), std::string::npos)
      << byName["broken.jpg"].error;
  EXPECT_EQ(byName["a.jpg"].output, tmp / "out" / "a.png");
  EXPECT_EQ(byName["b.png"].output, tmp / "out" / "sub" / "b.png");
  EXPECT_EQ(byName["single.bmp"].output, tmp / "out" / "single.png");
  EXPECT_EQ(cv::imread((tmp / "out" / "a.png").string()).size(), cv::Size(123, 77));
  EXPECT_EQ(cv::imread((tmp / "out" / "sub" / "b.png").string()).size(), cv::Size(40, 60));
}

TEST_F(ColorizerTest, Bf16InferenceMatchesFp32OnRealPhotos) {
  // The bundled model (a real trained generator) on the bundled photos: bf16 weights and activations
  // against fp32, compared on the final 8-bit colorizations.
  const fs::path model = colorproxy::test::sourceDir() / "resources/models/colorproxy-default.pt";
  const fs::path photos = colorproxy::test::sourceDir() / "resources/samples/photos";
  if (!fs::exists(model) || !fs::exists(photos)) GTEST_SKIP() << "no bundled model or photos";
  ColorizerOptions options;
  options.device = "cpu";
  options.precision = "fp32";
  const Colorizer fp32(model, options);
  options.precision = "bf16";
  const Colorizer bf16(model, options);
  EXPECT_EQ(fp32.precision(), "fp32");
  EXPECT_EQ(bf16.precision(), "bf16");
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(photos))
    if (e.path().extension() == ".jpg" || e.path().extension() == ".png") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 10u);
  double worst = std::numeric_limits<double>::infinity();
  for (const auto& f : files) {
    const cv::Mat photo = cv::imread(f.string(), cv::IMREAD_COLOR);
    ASSERT_FALSE(photo.empty()) << f;
    const cv::Mat a = fp32.colorize(photo), b = bf16.colorize(photo);
    // The colour really comes from the network: fp32 differs from the photo's grey.
    cv::Mat grey;
    cv::cvtColor(photo, grey, cv::COLOR_BGR2GRAY);
    cv::cvtColor(grey, grey, cv::COLOR_GRAY2BGR);
    EXPECT_LT(psnr(a, grey), 45.0) << f;
    worst = std::min(worst, psnr(b, a));
  }
  EXPECT_GE(worst, 45.0) << "lowest PSNR of bf16 against fp32 over " << files.size() << " photos";
  RecordProperty("worst_bf16_psnr_db", std::to_string(worst));
}

TEST_F(ColorizerTest, RejectsAnUnknownPrecision) {
  TempDir tmp;
  ColorizerOptions options;
  options.precision = "fp16";
  try {
    Colorizer c(writeCheckpoint(tmp / "g.pt", "gan"), options);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("fp16"), std::string::npos);
  }
}

// The bf16 frozen copy must colour real photos like the fp32 network: PSNR of the two outputs (OpenCV's
// cv::PSNR, an independent formula) at least 45 dB on the bundled model and bundled photos.
TEST(ColorizerPrecision, Bf16MatchesFp32OnRealPhotos) {
  const fs::path model = colorproxy::test::sourceDir() / "resources" / "models" / "colorproxy-default.pt";
  const fs::path photos = colorproxy::test::sourceDir() / "resources" / "samples" / "photos";
  if (!fs::exists(model) || !fs::is_directory(photos)) GTEST_SKIP() << "bundled model or photos absent";
  ColorizerOptions fp32;
  fp32.precision = "fp32";
  ColorizerOptions bf16;
  bf16.precision = "bf16";
  const Colorizer a(model, fp32), b(model, bf16);
  ASSERT_EQ(a.precision(), "fp32");
  ASSERT_EQ(b.precision(), "bf16");
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(photos))
    if (e.path().extension() == ".jpg") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 6u);
  files.resize(6);
  for (const auto& f : files) {
    cv::Mat photo = cv::imread(f.string(), cv::IMREAD_COLOR);
    ASSERT_FALSE(photo.empty()) << f;
    const double scale = 320.0 / std::max(photo.cols, photo.rows);
    cv::resize(photo, photo, cv::Size(), scale, scale, cv::INTER_AREA);
    const cv::Mat x = a.colorize(photo), y = b.colorize(photo);
    ASSERT_EQ(x.size(), photo.size());
    EXPECT_GE(cv::PSNR(x, y), 45.0) << f.filename();
  }
}

TEST(ColorizeFilePlanTest, NamesOutputsLikeTheExportAndNumbersClashes) {
  TempDir tmp;
  fs::create_directories(tmp / "in" / "sub");
  fs::create_directories(tmp / "empty");
  for (const fs::path& f : {tmp / "in" / "a.jpg", tmp / "in" / "sub" / "b.png", tmp / "a.png"})
    colorproxy::test::writeBytes(f, "x");  // the plan reads names only
  colorproxy::test::writeBytes(tmp / "in" / "notes.txt", "ignored");
  const ColorizeFilePlan plan =
      planColorizeFiles({tmp / "in", tmp / "a.png", tmp / "empty", tmp / "nothere.jpg"}, tmp / "out");
  using Job = std::pair<fs::path, fs::path>;
  // in/a.jpg and the single a.png both become out/a.png: the second one is numbered.
  EXPECT_EQ(plan.jobs, (std::vector<Job>{{tmp / "in" / "a.jpg", tmp / "out" / "a.png"},
                                         {tmp / "in" / "sub" / "b.png", tmp / "out" / "sub" / "b.png"},
                                         {tmp / "a.png", tmp / "out" / "a-2.png"}}));
  ASSERT_EQ(plan.failures.size(), 2u);
  EXPECT_NE(plan.failures[0].error.find("has no image files"), std::string::npos) << plan.failures[0].error;
  EXPECT_NE(plan.failures[1].error.find("does not exist"), std::string::npos) << plan.failures[1].error;
}

TEST_F(ColorizerTest, InferenceProtocolsAreNamedSeededAndAveraged) {
  for (const auto p : {InferenceProtocol::Eval, InferenceProtocol::Dropout, InferenceProtocol::Pix2pixTest})
    EXPECT_EQ(parseInferenceProtocol(inferenceProtocolName(p)), p);
  EXPECT_EQ(inferenceProtocolName(InferenceProtocol::Pix2pixTest), "pix2pix");
  EXPECT_THROW(parseInferenceProtocol("train"), std::invalid_argument);
  EXPECT_NE(inferenceProtocolDescription(InferenceProtocol::Dropout, 4).find("mean of 4 samples"),
            std::string::npos);

  TempDir tmp;
  // 6 downsamplings at 64 px: decoder level 4 has pix2pix's dropout.
  const fs::path model = colorproxy::test::writeColorizerModel(tmp / "d.pt", "gan", 64, 6, false, 1.0, 6.0);
  const cv::Mat photo = colorproxy::test::makeColourImage(96, 80, 7);
  const auto run = [&](InferenceProtocol protocol, int samples, std::uint64_t seed) {
    ColorizerOptions o;
    o.protocol = protocol;
    o.samples = samples;
    o.seed = seed;
    o.precision = "fp32";
    return Colorizer(model, o).colorizePreview(photo);
  };
  ColorizerOptions evalOptions;
  evalOptions.samples = 4;  // ignored: eval mode is deterministic
  const Colorizer evalColorizer(model, evalOptions);
  EXPECT_TRUE(evalColorizer.hasDropout());
  EXPECT_EQ(evalColorizer.protocol(), InferenceProtocol::Eval);
  EXPECT_EQ(evalColorizer.samples(), 1);
  const cv::Mat eval = run(InferenceProtocol::Eval, 1, 1);
  EXPECT_EQ(meanAbsDiff(eval, run(InferenceProtocol::Eval, 1, 2)), 0.0);
  // Dropout: reproducible for a seed, another seed another sample, and not the eval output.
  const cv::Mat d1 = run(InferenceProtocol::Dropout, 1, 1);
  EXPECT_EQ(meanAbsDiff(d1, run(InferenceProtocol::Dropout, 1, 1)), 0.0);
  const cv::Mat d101 = run(InferenceProtocol::Dropout, 1, 101);
  EXPECT_GT(meanAbsDiff(d1, d101), 0.0);
  EXPECT_GT(meanAbsDiff(d1, eval), 0.0);
  // Averaging: two means of 8 samples (disjoint seeds) agree better than two single samples do.
  const double meansApart =
      meanAbsDiff(run(InferenceProtocol::Dropout, 8, 1), run(InferenceProtocol::Dropout, 8, 101));
  EXPECT_LT(meansApart, meanAbsDiff(d1, d101));
  // pix2pix's per-image statistics differ from the (fresh, mean 0 / variance 1) running statistics.
  EXPECT_GT(meanAbsDiff(run(InferenceProtocol::Pix2pixTest, 1, 1), d1), 0.0);

  // A generator without dropout: the dropout protocol has nothing to sample and equals eval.
  const fs::path plain = colorproxy::test::writeColorizerModel(tmp / "p.pt", "gan", 32, 5);
  ColorizerOptions o;
  o.protocol = InferenceProtocol::Dropout;
  o.samples = 3;
  const Colorizer noDropout(plain, o);
  EXPECT_FALSE(noDropout.hasDropout());
  const cv::Mat small = colorproxy::test::makeColourImage(40, 40, 3);
  EXPECT_EQ(meanAbsDiff(noDropout.colorize(small), Colorizer(plain).colorize(small)), 0.0);
  o.samples = 0;
  EXPECT_THROW(Colorizer(plain, o), std::invalid_argument);
}
