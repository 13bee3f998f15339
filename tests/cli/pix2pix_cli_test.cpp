// End-to-end tests of `colorproxy-cli import-pix2pix` and `export --format pix2pix` on the reference
// pix2pix fixture (tests/fixtures/pix2pix): import, colorize with the result (and with the .pth itself),
// export back, and the messages for files that do not fit.
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include "cli_runner.h"
#include "support/test_support.h"

namespace {

using colorproxy::test::quotedPath;

namespace fs = std::filesystem;
using colorproxy::test::CliResult;
using colorproxy::test::quoted;
using colorproxy::test::runCli;
using colorproxy::test::TempDir;

std::string fixture(const std::string& name) {
  return quoted((colorproxy::test::sourceDir() / "tests" / "fixtures" / "pix2pix" / name).string());
}

}  // namespace

TEST(Pix2pixCli, ImportColorizeAndExportBack) {
  TempDir tmp;
  CliResult r = runCli("import-pix2pix " + fixture("latest_net_G.pth") + " --netD " +
                           fixture("latest_net_D.pth") + " --out " + quotedPath(tmp / "imported.pt"),
                       tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("ngf 4, 5 downsamplings"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("n_layers 3"), std::string::npos) << r.out;

  cv::imwrite((tmp / "photo.png").string(), colorproxy::test::makeColourImage(70, 45));
  for (const std::string& model : {quotedPath(tmp / "imported.pt"), fixture("latest_net_G.pth")}) {
    fs::remove_all(tmp / "out");
    r = runCli("colorize " + quotedPath(tmp / "photo.png") + " --model " + model + " --out " +
                   quotedPath(tmp / "out"),
               tmp / "err.txt");
    ASSERT_EQ(r.exitCode, 0) << model << ": " << r.err;
    const cv::Mat out = cv::imread((tmp / "out" / "photo.png").string());
    EXPECT_EQ(out.cols, 70);
    EXPECT_EQ(out.rows, 45);
  }

  r = runCli("export --model " + quotedPath(tmp / "imported.pt") + " --format pix2pix --out " +
                 quotedPath(tmp / "latest_net_G.pth") + " --netD " + quotedPath(tmp / "latest_net_D.pth"),
             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("UnetGenerator(1, 2, num_downs=5) --ngf 4"), std::string::npos) << r.out;
  r = runCli("import-pix2pix " + quotedPath(tmp / "latest_net_G.pth") + " --netD " +
                 quotedPath(tmp / "latest_net_D.pth") + " --out " + quotedPath(tmp / "again.pt"),
             tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 0) << r.err;
}

TEST(Pix2pixCli, FilesThatDoNotFitFailWithAMessage) {
  TempDir tmp;
  CliResult r = runCli("import-pix2pix " + fixture("latest_net_D.pth") + " --out " + quotedPath(tmp / "m.pt"),
                       tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("latest_net_D.pth' has no 'model.model.0.weight'"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(tmp / "m.pt"));

  r = runCli("import-pix2pix " + fixture("latest_net_G.pth") + " --out " + quotedPath(tmp / "g.pt"),
             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  r = runCli("export --model " + quotedPath(tmp / "g.pt") + " --format pix2pix --out " +
                 quotedPath(tmp / "G.pth") + " --netD " + quotedPath(tmp / "D.pth"),
             tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("holds no discriminator"), std::string::npos) << r.err;
  r = runCli(
      "export --model " + quotedPath(tmp / "g.pt") + " --format onnx --out " + quotedPath(tmp / "G.pth"),
      tmp / "err.txt");
  EXPECT_NE(r.exitCode, 0);
}

// Neither direction may write over saved work: a run's checkpoints/ folder or the model being converted.
TEST(Pix2pixCli, RefusesToWriteOverCheckpoints) {
  TempDir tmp;
  fs::create_directories(tmp / "run" / "checkpoints");
  colorproxy::test::writeBytes(tmp / "run" / "config.json", "{}");
  const fs::path latest = tmp / "run" / "checkpoints" / "latest.pt";
  CliResult r = runCli("import-pix2pix " + fixture("latest_net_G.pth") + " --out " + quotedPath(latest),
                       tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("inside the checkpoints/ folder of the run"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(latest));

  r = runCli("import-pix2pix " + fixture("latest_net_G.pth") + " --out " + quotedPath(tmp / "g.pt"),
             tmp / "err.txt");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto before = fs::file_size(tmp / "g.pt");
  r = runCli(
      "export --model " + quotedPath(tmp / "g.pt") + " --format pix2pix --out " + quotedPath(tmp / "g.pt"),
      tmp / "err.txt");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("is the checkpoint being exported"), std::string::npos) << r.err;
  EXPECT_EQ(fs::file_size(tmp / "g.pt"), before);
}
