// End-to-end tests of `colorproxy-cli colorize`: a tiny model is pretrained once through the CLI, then
// photos of odd sizes, folders and bad inputs are colorized with it.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

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

/// One tiny classification-pretext run shared by the tests (it decodes with a temperature).
class ColorizeCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_tmp = new TempDir;
    const fs::path photos = s_tmp->path() / "photos";
    fs::create_directories(photos);
    for (int i = 0; i < 6; ++i)
      cv::imwrite((photos / ("p" + std::to_string(i) + ".png")).string(),
                  colorproxy::test::makeColourImage(60 + i, 50, unsigned(i + 1)));
    const CliResult r =
        runCli("pretrain --preset tiny --pretext classification --data " + quoted(photos.string()) +
                   " --runs-dir " + quoted((s_tmp->path() / "runs").string()) +
                   " --epochs 1 --epochs-decay 0 --batch-size 2 --threads 1 --loader-workers 1 --json",
               s_tmp->path() / "pretrain-err.txt");
    if (r.exitCode == 0)
      s_run = json::parse(r.out)["run_dir"].get<std::string>();
    else
      s_error = r.out + r.err;
  }
  static void TearDownTestSuite() {
    delete s_tmp;
    s_tmp = nullptr;
  }
  void SetUp() override { ASSERT_FALSE(s_run.empty()) << "pretraining the test model failed: " << s_error; }

  static TempDir* s_tmp;
  static fs::path s_run;
  static std::string s_error;
};

TempDir* ColorizeCli::s_tmp = nullptr;
fs::path ColorizeCli::s_run;
std::string ColorizeCli::s_error;

}  // namespace

TEST_F(ColorizeCli, KeepsOddInputSizes) {
  TempDir tmp;
  cv::imwrite((tmp / "odd.jpg").string(), colorproxy::test::makeColourImage(123, 77, 3));
  cv::imwrite((tmp / "tall.png").string(), colorproxy::test::makeColourImage(31, 203, 4));
  const CliResult r = runCli("colorize " + quoted((tmp / "odd.jpg").string()) + " " +
                                 quoted((tmp / "tall.png").string()) + " --model " + quoted(s_run.string()) +
                                 " --out " + quoted((tmp / "out").string()) + " --json",
                             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["colorized"], 2);
  EXPECT_EQ(j["failed"], 0);
  const cv::Mat odd = cv::imread((tmp / "out" / "odd.png").string());
  const cv::Mat tall = cv::imread((tmp / "out" / "tall.png").string());
  EXPECT_EQ(odd.size(), cv::Size(123, 77));
  EXPECT_EQ(tall.size(), cv::Size(31, 203));
  EXPECT_EQ(j["files"][0]["width"], 123);
  EXPECT_EQ(j["files"][0]["height"], 77);
}

TEST_F(ColorizeCli, FoldersCheckpointFileAndTemperature) {
  TempDir tmp;
  fs::create_directories(tmp / "album" / "2023");
  cv::imwrite((tmp / "album" / "a.png").string(), colorproxy::test::makeColourImage(64, 48, 5));
  cv::imwrite((tmp / "album" / "2023" / "b.jpg").string(), colorproxy::test::makeColourImage(45, 45, 6));
  const fs::path ckpt = s_run / "checkpoints" / "latest.pt";
  CliResult r = runCli("colorize " + quoted((tmp / "album").string()) + " --model " + quoted(ckpt.string()) +
                           " --out " + quoted((tmp / "t038").string()),
                       tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("colorized 2 of 2 file(s)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("temperature 0.38"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(tmp / "t038" / "a.png"));
  EXPECT_TRUE(fs::exists(tmp / "t038" / "2023" / "b.png"));
  r = runCli("colorize " + quoted((tmp / "album").string()) + " --model " + quoted(ckpt.string()) +
                 " --temperature 1 --size 64 --out " + quoted((tmp / "t1").string()),
             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("working size 64 px, temperature 1"), std::string::npos) << r.out;
  EXPECT_EQ(cv::imread((tmp / "t1" / "a.png").string()).size(), cv::Size(64, 48));
}

TEST_F(ColorizeCli, ExportedModelIsSmallerAndColorizesIdentically) {
  ASSERT_FALSE(s_run.empty()) << s_error;
  TempDir tmp;
  cv::imwrite((tmp / "in.png").string(), colorproxy::test::makeColourImage(70, 52, 9));
  const fs::path model = tmp / "models" / "small.pt";
  fs::create_directories(model.parent_path());
  CliResult r = runCli("export --model " + quoted(s_run.string()) + " --out " + quoted(model.string()),
                       tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("wrote " + model.string()), std::string::npos) << r.out;
  ASSERT_TRUE(fs::exists(model));
  // No discriminator and no Adam moments: well under half the training checkpoint.
  EXPECT_LT(fs::file_size(model) * 2, fs::file_size(s_run / "checkpoints" / "latest.pt"));
  for (const auto& [name, from] : {std::pair{"full", s_run}, std::pair{"exported", model}}) {
    r = runCli("colorize " + quoted((tmp / "in.png").string()) + " --model " + quoted(from.string()) +
                   " --out " + quoted((tmp / name).string()),
               tmp / "err.txt");
    ASSERT_EQ(r.exitCode, 0) << name << ": " << r.out << r.err;
  }
  const cv::Mat a = cv::imread((tmp / "full" / "in.png").string());
  const cv::Mat b = cv::imread((tmp / "exported" / "in.png").string());
  ASSERT_EQ(a.size(), cv::Size(70, 52));
  ASSERT_EQ(b.size(), a.size());
  EXPECT_EQ(cv::norm(a, b, cv::NORM_INF), 0.0);
  // A file that is not a colorization model is refused with its name.
  fs::create_directories(tmp / "not-a-run");
  r = runCli(
      "export --model " + quoted((tmp / "in.png").string()) + " --out " + quoted((tmp / "x.pt").string()),
      tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("in.png"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(tmp / "x.pt"));
}

TEST_F(ColorizeCli, BadInputsGiveClearMessages) {
  TempDir tmp;
  CliResult r = runCli("colorize x.png --model " + quoted((tmp / "nomodel").string()) + " --out " +
                           quoted((tmp / "out").string()),
                       tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("nomodel' does not exist"), std::string::npos) << r.err;

  r = runCli("colorize " + quoted((tmp / "missing.png").string()) + " --model " + quoted(s_run.string()) +
                 " --out " + quoted((tmp / "out").string()),
             tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("missing.png' does not exist"), std::string::npos) << r.err;

  cv::imwrite((tmp / "ok.png").string(), colorproxy::test::makeColourImage(40, 40, 1));
  colorproxy::test::writeBytes(tmp / "broken.jpg", "not a jpeg");
  r = runCli("colorize " + quoted((tmp / "ok.png").string()) + " " + quoted((tmp / "broken.jpg").string()) +
                 " --model " + quoted(s_run.string()) + " --out " + quoted((tmp / "out").string()),
             tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 3);
  EXPECT_NE(r.err.find("broken.jpg: file is too short to be an image"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(tmp / "out" / "ok.png"));

  r = runCli("colorize " + quoted((tmp / "ok.png").string()) + " --model " + quoted(s_run.string()) +
                 " --size 48 --out " + quoted((tmp / "out").string()),
             tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("multiple of 32"), std::string::npos) << r.err;

  r = runCli("colorize " + quoted((tmp / "ok.png").string()) + " --out " + quoted((tmp / "out").string()),
             tmp / "err.txt");
  EXPECT_NE(r.exitCode, 0);
  EXPECT_NE(r.err.find("--model"), std::string::npos) << r.err;
}

// `evaluate --model RUN --data DIR`: the paper's Table 3 over a split of a dataset.
TEST_F(ColorizeCli, EvaluateModelOverTestSplit) {
  TempDir tmp;
  fs::create_directories(tmp / "data" / "train");
  fs::create_directories(tmp / "data" / "test");
  cv::imwrite((tmp / "data" / "train" / "a.png").string(), colorproxy::test::makeColourImage(50, 40, 1));
  for (int i = 0; i < 3; ++i)
    cv::imwrite((tmp / "data" / "test" / ("t" + std::to_string(i) + ".png")).string(),
                colorproxy::test::makeColourImage(80, 60 + i, unsigned(10 + i)));
  CliResult r =
      runCli("evaluate --model " + quoted(s_run.string()) + " --data " + quoted((tmp / "data").string()) +
                 " --json --save " + quoted((tmp / "saved").string()),
             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["mode"], "model");
  EXPECT_EQ(j["split"], "test");
  EXPECT_EQ(j["image_count"], 3);
  EXPECT_EQ(j["compared_at"], "32x32");
  EXPECT_EQ(j["protocol"], "eval");
  EXPECT_EQ(j["samples"], 1);
  const double mean = j["psnr"]["mean"].get<double>();
  EXPECT_GE(mean, j["psnr"]["min"].get<double>());
  EXPECT_LE(mean, j["psnr"]["max"].get<double>());
  double sum = 0.0;
  for (const auto& img : j["images"]) sum += img["psnr"].get<double>();
  EXPECT_NEAR(mean, sum / 3.0, 1e-9);
  EXPECT_TRUE(fs::exists(tmp / "saved" / "test" / "t0.png"));

  // The folder comparison mode, run on the saved colorizations against the resized originals, agrees.
  fs::create_directories(tmp / "truth");
  for (int i = 0; i < 3; ++i) {
    cv::Mat small;
    cv::resize(cv::imread((tmp / "data" / "test" / ("t" + std::to_string(i) + ".png")).string()), small,
               cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    cv::imwrite((tmp / "truth" / ("t" + std::to_string(i) + ".png")).string(), small);
  }
  r = runCli("evaluate --pred " + quoted((tmp / "saved" / "test").string()) + " --truth " +
                 quoted((tmp / "truth").string()) + " --json",
             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NEAR(json::parse(r.out)["psnr"]["mean"].get<double>(), mean, 1e-9);

  r = runCli("evaluate --model " + quoted(s_run.string()) + " --data " + quoted((tmp / "data").string()) +
                 " --split train",
             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("| PSNR (dB) |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("split 'train'"), std::string::npos) << r.out;

  // pix2pix's test protocol (each image's own batch statistics) is named in the report and scores
  // differently from eval mode; --samples belongs to the stochastic protocols only.
  r = runCli("evaluate --model " + quoted(s_run.string()) + " --data " + quoted((tmp / "data").string()) +
                 " --json --protocol pix2pix --samples 2 --seed 7",
             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const json p = json::parse(r.out);
  EXPECT_EQ(p["protocol"], "pix2pix");
  EXPECT_EQ(p["seed"], 7);
  EXPECT_NE(p["protocol_description"].get<std::string>().find("own BatchNorm statistics"), std::string::npos);
  EXPECT_NE(p["psnr"]["mean"].get<double>(), mean);
  r = runCli("evaluate --model " + quoted(s_run.string()) + " --data " + quoted((tmp / "data").string()) +
                 " --samples 2",
             tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--protocol dropout or pix2pix"), std::string::npos) << r.err;

  r = runCli("evaluate --model " + quoted(s_run.string()) + " --data " + quoted((tmp / "data").string()) +
                 " --split nope",
             tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("nope"), std::string::npos) << r.err;
}

// `pretrain --hints` makes a hint-conditioned model; `colorize --hints` reads the GUI's hints.json for one
// photo (scaled when it was saved for another size of it); models without hints refuse the flag clearly.
TEST_F(ColorizeCli, HintsFileGuidesAHintModelAndIsRefusedByOthers) {
  TempDir tmp;
  const fs::path photos = tmp / "photos";
  fs::create_directories(photos);
  for (int i = 0; i < 6; ++i)
    cv::imwrite((photos / ("p" + std::to_string(i) + ".png")).string(),
                colorproxy::test::makeColourImage(48, 40, unsigned(i + 3)));
  CliResult r =
      runCli("pretrain --preset tiny --hints --data " + quoted(photos.string()) + " --runs-dir " +
                 quoted((tmp / "runs").string()) +
                 " --epochs 1 --epochs-decay 0 --batch-size 2 --threads 1 --loader-workers 1 --json",
             tmp / "pretrain-err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const fs::path run = json::parse(r.out)["run_dir"].get<std::string>();
  const fs::path photo = photos / "p0.png";
  {
    std::ofstream f(tmp / "hints.json");
    // Saved on a 96 x 80 copy of the 48 x 40 photo: coordinates halve.
    f << R"({"format": "colorproxy-hints", "version": 1, "width": 96, "height": 80,
             "points": [{"x": 20, "y": 30, "a": 60, "b": -40, "patch": 5}, {"x": 70, "y": 10, "rgb": "#20c040"}]})";
  }
  r = runCli("colorize " + quoted(photo.string()) + " --model " + quoted(run.string()) + " --out " +
                 quoted((tmp / "guided").string()) + " --hints " + quoted((tmp / "hints.json").string()),
             tmp / "guided-err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("takes hints"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("scaled to 48x40"), std::string::npos) << r.out;
  r = runCli("colorize " + quoted(photo.string()) + " --model " + quoted(run.string()) + " --out " +
                 quoted((tmp / "plain").string()),
             tmp / "plain-err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const cv::Mat guided = cv::imread((tmp / "guided" / "p0.png").string());
  const cv::Mat plain = cv::imread((tmp / "plain" / "p0.png").string());
  ASSERT_EQ(guided.size(), cv::Size(48, 40));
  ASSERT_EQ(plain.size(), guided.size());
  EXPECT_GT(cv::norm(guided, plain, cv::NORM_L1), 0.0) << "the hints changed nothing";

  // A hints file saved with a result records how that result was made; the command repeats it unless
  // told otherwise.
  {
    std::ofstream f(tmp / "recorded.json");
    f << R"({"format": "colorproxy-hints", "version": 1, "width": 48, "height": 40,
             "points": [{"x": 10, "y": 15, "a": 60, "b": -40}],
             "inference": {"protocol": "dropout", "samples": 2, "seed": 7}})";
  }
  r = runCli("colorize " + quoted(photo.string()) + " --model " + quoted(run.string()) + " --out " +
                 quoted((tmp / "recorded").string()) + " --hints " + quoted((tmp / "recorded.json").string()),
             tmp / "recorded-err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("inference: dropout"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("as recorded in"), std::string::npos) << r.out;
  r = runCli("colorize " + quoted(photo.string()) + " --model " + quoted(run.string()) + " --out " +
                 quoted((tmp / "overridden").string()) + " --protocol eval --hints " +
                 quoted((tmp / "recorded.json").string()),
             tmp / "overridden-err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("inference: eval"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("as recorded in"), std::string::npos) << r.out;

  // The latency benchmark runs on it (its figures are not checked: speed is measured, not tested).
  r = runCli("bench hints --model " + quoted(run.string()) + " --width 64 --height 48 --clicks 3 --json",
             tmp / "bench-err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const json bench = json::parse(r.out);
  EXPECT_EQ(bench["clicks"], 3);
  EXPECT_EQ(bench["network_size"], 32);
  EXPECT_GT(bench["preview_ms"]["median"].get<double>(), 0.0);

  // evaluate scores it against the number of simulated hints.
  r = runCli("evaluate --model " + quoted(run.string()) + " --data " + quoted(photos.string()) +
                 " --hint-counts 0,2,10 --json --figure " + quoted((tmp / "points.png").string()),
             tmp / "eval-err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  const json scored = json::parse(r.out);
  ASSERT_EQ(scored["by_hints"].size(), 3u);
  EXPECT_EQ(scored["by_hints"][2]["hints"], 10);
  EXPECT_TRUE(scored["by_hints"][2]["psnr"]["mean"].is_number());
  const json& ci = scored["by_hints"][2]["psnr_mean_ci95"];
  if (!ci.is_null()) {  // null with a single image
    EXPECT_LE(ci[0].get<double>(), scored["by_hints"][2]["psnr"]["mean"].get<double>());
    EXPECT_GE(ci[1].get<double>(), scored["by_hints"][2]["psnr"]["mean"].get<double>());
  }
  // ... and draws them; the figure's own tests check the drawing.
  EXPECT_EQ(cv::imread((tmp / "points.png").string()).size(), cv::Size(1000, 460));
  // A figure that cannot be written stops the command before the evaluation, naming the file.
  const fs::path underFile = tmp / "points.png" / "x.png";
  r = runCli("evaluate --model " + quoted(run.string()) + " --data " + quoted(photos.string()) +
                 " --hint-counts 0,2 --figure " + quoted(underFile.string()),
             tmp / "eval-fig-err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find(underFile.string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("is not a folder"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("colorizing"), std::string::npos) << "it evaluated before failing: " << r.err;
  r = runCli("evaluate --model " + quoted(run.string()) + " --data " + quoted(photos.string()) +
                 " --figure " + quoted((tmp / "p2.png").string()),
             tmp / "eval-fig-err2.txt");
  EXPECT_EQ(r.exitCode, 2) << "--figure without --hint-counts";
  r = runCli("evaluate --model " + quoted(run.string()) + " --data " + quoted(photos.string()) +
                 " --hint-counts 0 --figure " + quoted((tmp / "points.jpg").string()),
             tmp / "eval-fig-err3.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("ending in .png"), std::string::npos) << r.err;

  // A model without hints, two photos, a broken hints file: usage errors that say what to do.
  r = runCli("colorize " + quoted(photo.string()) + " --model " + quoted(s_run.string()) + " --out " +
                 quoted((tmp / "x").string()) + " --hints " + quoted((tmp / "hints.json").string()),
             tmp / "e1.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("takes no colour hints"), std::string::npos) << r.err;
  r = runCli("colorize " + quoted(photo.string()) + " " + quoted((photos / "p1.png").string()) + " --model " +
                 quoted(run.string()) + " --out " + quoted((tmp / "x").string()) + " --hints " +
                 quoted((tmp / "hints.json").string()),
             tmp / "e2.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("exactly one input image"), std::string::npos) << r.err;
  {
    std::ofstream f(tmp / "bad.json");
    f << R"({"width": 48, "height": 40, "points": [{"x": 100, "y": 1, "a": 1, "b": 2}]})";
  }
  r = runCli("colorize " + quoted(photo.string()) + " --model " + quoted(run.string()) + " --out " +
                 quoted((tmp / "x").string()) + " --hints " + quoted((tmp / "bad.json").string()),
             tmp / "e3.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("bad.json"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("outside"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(tmp / "x"));
}
