// End-to-end tests of `colorproxy-cli evaluate --pred DIR --truth DIR`: the built CLI runs on generated
// folders and its numbers are checked against values computed here independently (hand formulas and the
// naive reference implementations in engine/eval/naive_metrics.h, not the engine's code).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <opencv2/imgcodecs.hpp>

#include "cli_runner.h"
#include "engine/eval/naive_metrics.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using colorproxy::test::CliResult;
using colorproxy::test::quoted;
using colorproxy::test::readAll;
using colorproxy::test::runCli;
using colorproxy::test::TempDir;
using nlohmann::json;

cv::Mat noisy(const cv::Mat& image, unsigned seed, int amplitude) {
  cv::RNG rng(seed);
  cv::Mat noise(image.size(), CV_16SC3), wide, out;
  rng.fill(noise, cv::RNG::UNIFORM, -amplitude, amplitude + 1);
  image.convertTo(wide, CV_16SC3);
  cv::add(wide, noise, wide);
  wide.convertTo(out, CV_8UC3);
  return out;
}

const json* imageNamed(const json& j, const std::string& name) {
  for (const auto& im : j.at("images"))
    if (im.at("name") == name) return &im;
  return nullptr;
}

class EvaluateCli : public ::testing::Test {
 protected:
  EvaluateCli() : pred(dir / "pred"), truth(dir / "truth") {
    fs::create_directories(pred);
    fs::create_directories(truth);
  }
  TempDir dir;
  fs::path pred, truth;
};

TEST_F(EvaluateCli, JsonMatchesIndependentValues) {
  // "flat": constants 100 vs 110 → MSE 100, PSNR 10·log10(255²/100); SSIM = (2·100·110 + C1)/(100² + 110² +
  // C1).
  const cv::Mat flatTruth(20, 24, CV_8UC3, cv::Scalar::all(100)),
      flatPred(20, 24, CV_8UC3, cv::Scalar::all(110));
  cv::imwrite((truth / "flat.png").string(), flatTruth);
  cv::imwrite((pred / "flat.png").string(), flatPred);
  // "photo": smooth colour image vs a noisy copy; PNG truth, BMP prediction (matched by stem).
  const cv::Mat photo = colorproxy::test::makeColourImage(48, 40, 3), photoPred = noisy(photo, 5, 25);
  cv::imwrite((truth / "photo.png").string(), photo);
  cv::imwrite((pred / "photo.bmp").string(), photoPred);
  // "same": identical → PSNR infinite, reported as null with identical = true.
  const cv::Mat same = colorproxy::test::makeColourImage(32, 32, 9);
  cv::imwrite((truth / "same.png").string(), same);
  cv::imwrite((pred / "same.png").string(), same);

  const CliResult r =
      runCli("evaluate --json --pred " + quoted(pred.string()) + " --truth " + quoted(truth.string()),
             dir / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j.at("pair_count"), 3);
  EXPECT_TRUE(j.at("complete").get<bool>());
  EXPECT_TRUE(j.at("problems").empty());

  const double c1 = 2.55 * 2.55;
  const json* flat = imageNamed(j, "flat");
  ASSERT_NE(flat, nullptr);
  EXPECT_DOUBLE_EQ(flat->at("mse").get<double>(), 100.0);
  EXPECT_NEAR(flat->at("psnr").get<double>(), 10.0 * std::log10(65025.0 / 100.0), 1e-12);
  EXPECT_NEAR(flat->at("ssim").get<double>(), (22000.0 + c1) / (22100.0 + c1), 1e-12);
  EXPECT_EQ(flat->at("width"), 24);
  EXPECT_EQ(flat->at("height"), 20);

  const json* ph = imageNamed(j, "photo");
  ASSERT_NE(ph, nullptr);
  const double mse = colorproxy::test::naiveMse(photoPred, photo);
  const double photoPsnr = 10.0 * std::log10(65025.0 / mse);
  const double photoSsim = colorproxy::test::naiveSsim(photoPred, photo);
  EXPECT_NEAR(ph->at("psnr").get<double>(), photoPsnr, 1e-10);
  EXPECT_NEAR(ph->at("ssim").get<double>(), photoSsim, 1e-10);
  EXPECT_EQ(ph->at("prediction").get<std::string>(), (pred / "photo.bmp").string());

  const json* sm = imageNamed(j, "same");
  ASSERT_NE(sm, nullptr);
  EXPECT_TRUE(sm->at("psnr").is_null());
  EXPECT_TRUE(sm->at("identical").get<bool>());
  EXPECT_NEAR(sm->at("ssim").get<double>(), 1.0, 1e-12);

  // Summaries: PSNR over the two finite values (population std), SSIM over all three.
  const double flatPsnr = 10.0 * std::log10(650.25), flatSsim = (22000.0 + c1) / (22100.0 + c1);
  const json& ps = j.at("psnr");
  EXPECT_EQ(ps.at("count"), 3);
  EXPECT_EQ(ps.at("finite_count"), 2);
  EXPECT_EQ(ps.at("infinite_count"), 1);
  EXPECT_NEAR(ps.at("mean").get<double>(), (flatPsnr + photoPsnr) / 2.0, 1e-10);
  EXPECT_NEAR(ps.at("std").get<double>(), std::abs(flatPsnr - photoPsnr) / 2.0, 1e-10);
  EXPECT_NEAR(ps.at("min").get<double>(), std::min(flatPsnr, photoPsnr), 1e-10);
  EXPECT_NEAR(ps.at("max").get<double>(), std::max(flatPsnr, photoPsnr), 1e-10);
  const json& ss = j.at("ssim");
  EXPECT_EQ(ss.at("count"), 3);
  EXPECT_NEAR(ss.at("mean").get<double>(), (flatSsim + photoSsim + 1.0) / 3.0, 1e-10);
  EXPECT_NEAR(ss.at("max").get<double>(), 1.0, 1e-12);
  EXPECT_NEAR(ss.at("min").get<double>(), std::min(flatSsim, photoSsim), 1e-10);
}

TEST_F(EvaluateCli, TextOutputShowsMeanMinMax) {
  const cv::Mat a(16, 16, CV_8UC3, cv::Scalar::all(100)), b(16, 16, CV_8UC3, cv::Scalar::all(110));
  cv::imwrite((truth / "a.png").string(), a);
  cv::imwrite((pred / "a.png").string(), b);
  const CliResult r = runCli(
      "evaluate --pred " + quoted(pred.string()) + " --truth " + quoted(truth.string()), dir / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  // PSNR 10·log10(650.25) = 28.13 dB; SSIM 0.9955 (see JsonMatchesIndependentValues).
  EXPECT_NE(r.out.find("Compared 1 image pair"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("28.13"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("0.9955"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("min"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("max"), std::string::npos) << r.out;
}

TEST_F(EvaluateCli, ProblemsAreNamedAndExitCodeIsThree) {
  const cv::Mat a = colorproxy::test::makeColourImage(32, 24, 1);
  cv::imwrite((truth / "good.png").string(), a);
  cv::imwrite((pred / "good.png").string(), noisy(a, 1, 10));
  cv::imwrite((pred / "orphan.png").string(), a);
  cv::imwrite((truth / "lonely.png").string(), a);
  cv::imwrite((truth / "wrongsize.png").string(), a);
  cv::imwrite((pred / "wrongsize.png").string(), colorproxy::test::makeColourImage(16, 12));
  cv::imwrite((truth / "corrupt.jpg").string(), a);
  colorproxy::test::writeBytes(pred / "corrupt.jpg", "\xff\xd8 truncated");

  const std::string args = "--pred " + quoted(pred.string()) + " --truth " + quoted(truth.string());
  const CliResult r = runCli("evaluate --json " + args, dir / "err.txt");
  EXPECT_EQ(r.exitCode, 3) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j.at("pair_count"), 1);
  EXPECT_FALSE(j.at("complete").get<bool>());
  std::map<std::string, std::string> kindByFile;
  for (const auto& p : j.at("problems"))
    kindByFile[fs::path(p.at("file").get<std::string>()).filename().string()] =
        p.at("kind").get<std::string>();
  EXPECT_EQ(kindByFile["orphan.png"], "missing_truth");
  EXPECT_EQ(kindByFile["lonely.png"], "missing_prediction");
  EXPECT_EQ(kindByFile["wrongsize.png"], "size_mismatch");
  EXPECT_EQ(kindByFile["corrupt.jpg"], "unreadable");
  EXPECT_EQ(j.at("problems").size(), 4u);
  EXPECT_NE(r.err.find("4 file(s) left out"), std::string::npos) << r.err;

  const CliResult text = runCli("evaluate " + args, dir / "err2.txt");
  EXPECT_EQ(text.exitCode, 3);
  EXPECT_NE(text.out.find((pred / "corrupt.jpg").string()), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("16x12"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("32x24"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find((pred / "orphan.png").string()), std::string::npos) << text.out;
}

TEST_F(EvaluateCli, NothingToCompareAndMissingFolderFail) {
  cv::imwrite((pred / "x.png").string(), colorproxy::test::makeColourImage(16, 16));
  cv::imwrite((truth / "y.png").string(), colorproxy::test::makeColourImage(16, 16));
  const CliResult none = runCli(
      "evaluate --pred " + quoted(pred.string()) + " --truth " + quoted(truth.string()), dir / "err.txt");
  EXPECT_EQ(none.exitCode, 1);
  EXPECT_NE(none.err.find("no image pair could be compared"), std::string::npos) << none.err;

  const fs::path missing = dir / "does-not-exist";
  const CliResult gone = runCli(
      "evaluate --pred " + quoted(missing.string()) + " --truth " + quoted(truth.string()), dir / "err2.txt");
  EXPECT_EQ(gone.exitCode, 1);
  EXPECT_NE(gone.err.find(missing.string() + " does not exist"), std::string::npos) << gone.err;

  const CliResult noMode = runCli("evaluate", dir / "err3.txt");
  EXPECT_EQ(noMode.exitCode, 2);
  EXPECT_NE(noMode.err.find("--pred DIR --truth DIR"), std::string::npos) << noMode.err;

  const CliResult half = runCli("evaluate --pred " + quoted(pred.string()), dir / "err4.txt");
  EXPECT_NE(half.exitCode, 0);
  EXPECT_NE(half.err.find("--truth"), std::string::npos) << half.err;
}

}  // namespace
