// The PSNR/SSIM-against-points figure: written at its size, each mean drawn where an independent
// value-to-pixel computation puts it, its interval drawn around it, and errors that name the file.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/infer/hint_count_figure.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;

namespace {

SummaryStats stats(double mean, double sd, std::size_t n) {
  SummaryStats s;
  s.count = s.finiteCount = n;
  s.mean = mean;
  s.std = sd;
  s.min = mean - 2 * sd;
  s.max = mean + 2 * sd;
  return s;
}

// The bundled colour-point model's CamVid-test means (resources/models/README.md), 233 images.
std::vector<HintCountScores> camvidLikeScores() {
  const std::vector<std::tuple<int, double, double>> rows = {
      {0, 33.28, 0.979},  {1, 33.32, 0.979},  {2, 33.36, 0.979}, {5, 33.46, 0.978},
      {10, 33.64, 0.978}, {20, 33.94, 0.977}, {50, 34.40, 0.976}};
  std::vector<HintCountScores> out;
  for (const auto& [hints, psnr, ssim] : rows)
    out.push_back({hints, stats(psnr, 3.0, 233), stats(ssim, 0.01, 233)});
  return out;
}

// Row of value v in a panel whose bottom row shows `low` and top row `high` (computed here, not by the
// engine).
int rowOf(const cv::Rect& panel, double low, double high, double v) {
  return int(std::lround(panel.y + panel.height - (v - low) / (high - low) * panel.height));
}

int columnOf(const cv::Rect& panel, double xLow, double xHigh, int hints) {
  return int(std::lround(panel.x + (std::log(1.0 + hints) - xLow) / (xHigh - xLow) * panel.width));
}

bool near(const cv::Vec3b& pixel, const cv::Scalar& bgr, int tolerance = 40) {
  for (int c = 0; c < 3; ++c)
    if (std::abs(int(pixel[c]) - int(bgr[c])) > tolerance) return false;
  return true;
}

const cv::Scalar kBlue(180, 119, 31), kOrange(14, 127, 255);

}  // namespace

TEST(HintCountFigure, MeansLandWhereTheAxesPutThem) {
  TempDir tmp;
  const auto scores = camvidLikeScores();
  const HintCountFigureLayout l = hintCountFigureLayout(scores);
  const fs::path file = tmp / "points.png";
  writeHintCountFigure(file, scores, "test model on CamVid (split 'test', 233 images, 128x128)");
  const cv::Mat img = cv::imread(file.string(), cv::IMREAD_COLOR);
  ASSERT_FALSE(img.empty());
  EXPECT_EQ(img.size(), l.size);
  EXPECT_EQ(img.size(), cv::Size(1000, 460));
  ASSERT_TRUE(cv::Rect({0, 0}, img.size()).contains(l.ssimPanel.br() - cv::Point(1, 1)));
  EXPECT_LT(l.psnrPanel.x + l.psnrPanel.width, l.ssimPanel.x);

  // The ranges are round and hold every mean with its interval: PSNR half width here is
  // t(0.975; 232) * 3 * sqrt(233/232) / sqrt(233) = 1.970 * 0.1970 = 0.388 dB.
  const double half = 0.388;
  EXPECT_LE(l.psnrLow, 33.28 - half);
  EXPECT_GE(l.psnrHigh, 34.40 + half);
  EXPECT_GT(l.psnrLow, 32.0);
  EXPECT_LT(l.psnrHigh, 36.0);
  EXPECT_LE(l.ssimLow, 0.976 - 0.0013);
  EXPECT_GE(l.ssimHigh, 0.979 + 0.0013);
  EXPECT_LT(l.xLow, 0.0);
  EXPECT_GT(l.xHigh, std::log(51.0));

  for (const auto& s : scores) {
    const int x = columnOf(l.psnrPanel, l.xLow, l.xHigh, s.hints);
    const int y = rowOf(l.psnrPanel, l.psnrLow, l.psnrHigh, s.psnr.mean);
    EXPECT_TRUE(near(img.at<cv::Vec3b>(y, x), kBlue)) << s.hints << " points: " << img.at<cv::Vec3b>(y, x);
    // The interval bar runs from mean - half to mean + half in the same column ...
    const int top = rowOf(l.psnrPanel, l.psnrLow, l.psnrHigh, s.psnr.mean + half);
    const int bottom = rowOf(l.psnrPanel, l.psnrLow, l.psnrHigh, s.psnr.mean - half);
    EXPECT_TRUE(near(img.at<cv::Vec3b>((y + top) / 2 - 4, x), kBlue)) << s.hints << " points";
    EXPECT_TRUE(near(img.at<cv::Vec3b>((y + bottom) / 2 + 4, x), kBlue)) << s.hints << " points";
    // ... and stops there.
    EXPECT_FALSE(near(img.at<cv::Vec3b>(top - 6, x), kBlue)) << s.hints << " points";
    EXPECT_FALSE(near(img.at<cv::Vec3b>(bottom + 6, x), kBlue)) << s.hints << " points";

    const int xs = columnOf(l.ssimPanel, l.xLow, l.xHigh, s.hints);
    const int ys = rowOf(l.ssimPanel, l.ssimLow, l.ssimHigh, s.ssim.mean);
    EXPECT_TRUE(near(img.at<cv::Vec3b>(ys, xs), kOrange))
        << s.hints << " points: " << img.at<cv::Vec3b>(ys, xs);
  }
  // Nothing blue where no point is: the PSNR panel's top-left corner region.
  EXPECT_FALSE(near(img.at<cv::Vec3b>(l.psnrPanel.y + 3, l.psnrPanel.x + 3), kBlue));
}

TEST(HintCountFigure, AHigherMeanIsDrawnHigher) {
  auto scores = camvidLikeScores();
  scores[3].psnr.mean = 34.9;  // 5 points
  const HintCountFigureLayout l = hintCountFigureLayout(scores);
  EXPECT_GE(l.psnrHigh, 34.9);
  TempDir tmp;
  writeHintCountFigure(tmp / "f.png", scores, "moved");
  const cv::Mat img = cv::imread((tmp / "f.png").string());
  const int x = columnOf(l.psnrPanel, l.xLow, l.xHigh, 5);
  EXPECT_TRUE(near(img.at<cv::Vec3b>(rowOf(l.psnrPanel, l.psnrLow, l.psnrHigh, 34.9), x), kBlue));
  EXPECT_FALSE(near(img.at<cv::Vec3b>(rowOf(l.psnrPanel, l.psnrLow, l.psnrHigh, 33.46), x), kBlue));
}

TEST(HintCountFigure, ErrorsNameTheProblem) {
  TempDir tmp;
  test::writeBytes(tmp / "a-file", "not a folder");
  const fs::path bad = tmp / "a-file" / "points.png";
  try {
    writeHintCountFigure(bad, camvidLikeScores(), "t");
    FAIL() << "wrote under a file";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(bad.string()), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(bad));
  // A missing folder is made, as for every file the engine writes.
  writeHintCountFigure(tmp / "new" / "points.png", camvidLikeScores(), "t");
  EXPECT_TRUE(fs::exists(tmp / "new" / "points.png"));
  std::vector<HintCountScores> none;
  EXPECT_THROW(writeHintCountFigure(tmp / "x.png", none, "t"), std::invalid_argument);
  none.push_back({3, SummaryStats{}, SummaryStats{}});  // no finite mean (nothing scored)
  EXPECT_THROW(hintCountFigureLayout(none), std::invalid_argument);
  EXPECT_FALSE(fs::exists(tmp / "x.png"));
}
