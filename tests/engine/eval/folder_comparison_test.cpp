#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/eval/folder_comparison.h"
#include "colorproxy/eval/psnr.h"
#include "colorproxy/eval/ssim.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

namespace fs = std::filesystem;
using Kind = FolderComparison::Problem::Kind;

cv::Mat shifted(const cv::Mat& image, int delta) {
  cv::Mat out;
  image.convertTo(out, CV_8UC3, 1.0, delta);
  return out;
}

const FolderComparison::Problem* findProblem(const FolderComparison& r, Kind kind) {
  const auto it = std::find_if(r.problems.begin(), r.problems.end(),
                               [&](const FolderComparison::Problem& p) { return p.kind == kind; });
  return it == r.problems.end() ? nullptr : &*it;
}

TEST(FolderComparison, PairsByStemAndReportsEveryProblem) {
  test::TempDir dir;
  const fs::path pred = dir / "pred", truth = dir / "truth";
  fs::create_directories(pred);
  fs::create_directories(truth);
  const cv::Mat a = test::makeColourImage(40, 32, 1), b = test::makeColourImage(40, 32, 2);
  cv::imwrite((truth / "a.png").string(), a);
  cv::imwrite((pred / "a.png").string(), shifted(a, 12));
  cv::imwrite((truth / "b.bmp").string(), b);  // other extension, same stem
  cv::imwrite((pred / "b.PNG").string(), b);   // identical: PSNR +inf
  cv::imwrite((pred / "only_pred.png").string(), a);
  cv::imwrite((truth / "only_truth.png").string(), a);
  cv::imwrite((truth / "broken.png").string(), a);
  test::writeBytes(pred / "broken.png", "not a png at all");
  cv::imwrite((truth / "sized.png").string(), a);
  cv::imwrite((pred / "sized.png").string(), test::makeColourImage(20, 16));
  cv::imwrite((pred / "dup.png").string(), a);
  cv::imwrite((pred / "dup.jpg").string(), a);
  cv::imwrite((truth / "dup.png").string(), a);
  cv::imwrite((pred / "tiny.png").string(), test::makeColourImage(8, 8));
  cv::imwrite((truth / "tiny.png").string(), test::makeColourImage(8, 8));
  cv::imwrite((pred / ".hidden.png").string(), a);
  test::writeBytes(pred / "notes.txt", "ignored");

  const FolderComparison r = compareImageFolders(pred, truth);
  ASSERT_EQ(r.pairs.size(), 2u);
  EXPECT_EQ(r.pairs[0].name, "a");
  EXPECT_EQ(r.pairs[0].width, 40);
  EXPECT_EQ(r.pairs[0].height, 32);
  EXPECT_NEAR(r.pairs[0].psnr, psnr(shifted(a, 12), a), 1e-12);
  EXPECT_NEAR(r.pairs[0].ssim, ssim(shifted(a, 12), a), 1e-12);
  EXPECT_EQ(r.pairs[1].name, "b");
  EXPECT_EQ(r.pairs[1].truth, truth / "b.bmp");
  EXPECT_TRUE(std::isinf(r.pairs[1].psnr));
  EXPECT_NEAR(r.pairs[1].ssim, 1.0, 1e-12);

  EXPECT_EQ(r.psnr.count, 2u);
  EXPECT_EQ(r.psnr.positiveInfiniteCount, 1u);
  EXPECT_DOUBLE_EQ(r.psnr.mean, r.pairs[0].psnr);
  EXPECT_NEAR(r.ssim.mean, (r.pairs[0].ssim + 1.0) / 2.0, 1e-12);
  EXPECT_DOUBLE_EQ(r.ssim.max, 1.0);
  EXPECT_FALSE(r.cancelled);

  ASSERT_EQ(r.problems.size(), 6u);
  const auto* missingTruth = findProblem(r, Kind::MissingTruth);
  ASSERT_NE(missingTruth, nullptr);
  EXPECT_EQ(missingTruth->file, pred / "only_pred.png");
  const auto* missingPred = findProblem(r, Kind::MissingPrediction);
  ASSERT_NE(missingPred, nullptr);
  EXPECT_EQ(missingPred->file, truth / "only_truth.png");
  const auto* unreadable = findProblem(r, Kind::Unreadable);
  ASSERT_NE(unreadable, nullptr);
  EXPECT_NE(unreadable->message.find((pred / "broken.png").string()), std::string::npos)
      << unreadable->message;
  const auto* sized = findProblem(r, Kind::SizeMismatch);
  ASSERT_NE(sized, nullptr);
  EXPECT_NE(sized->message.find("20x16"), std::string::npos) << sized->message;
  EXPECT_NE(sized->message.find("40x32"), std::string::npos) << sized->message;
  const auto* dup = findProblem(r, Kind::DuplicateName);
  ASSERT_NE(dup, nullptr);
  EXPECT_NE(dup->message.find("dup.jpg, dup.png"), std::string::npos) << dup->message;
  ASSERT_NE(findProblem(r, Kind::TooSmall), nullptr);
  EXPECT_STREQ(problemKindName(Kind::SizeMismatch), "size_mismatch");
}

TEST(FolderComparison, GreyTruthIsComparedAsRgb) {
  test::TempDir dir;
  fs::create_directories(dir / "p");
  fs::create_directories(dir / "t");
  cv::Mat grey;
  cv::cvtColor(test::makeColourImage(24, 24, 3), grey, cv::COLOR_BGR2GRAY);
  cv::Mat greyRgb;
  cv::cvtColor(grey, greyRgb, cv::COLOR_GRAY2BGR);
  cv::imwrite((dir / "t" / "x.png").string(), grey);
  cv::imwrite((dir / "p" / "x.png").string(), greyRgb);
  const FolderComparison r = compareImageFolders(dir / "p", dir / "t");
  ASSERT_EQ(r.pairs.size(), 1u);
  EXPECT_TRUE(std::isinf(r.pairs[0].psnr));
  EXPECT_TRUE(r.problems.empty());
}

TEST(FolderComparison, RecursiveMatchesRelativePaths) {
  test::TempDir dir;
  const cv::Mat a = test::makeColourImage(16, 16, 5);
  for (const char* side : {"p", "t"}) {
    fs::create_directories(dir / side / "sub");
    cv::imwrite((dir / side / "sub" / "x.png").string(), a);
    cv::imwrite((dir / side / "x.png").string(), shifted(a, side[0] == 'p' ? 3 : 0));
  }
  const FolderComparison flat = compareImageFolders(dir / "p", dir / "t");
  ASSERT_EQ(flat.pairs.size(), 1u);
  FolderComparisonOptions o;
  o.recursive = true;
  const FolderComparison deep = compareImageFolders(dir / "p", dir / "t", o);
  ASSERT_EQ(deep.pairs.size(), 2u);
  EXPECT_EQ(deep.pairs[0].name, "sub/x");
  EXPECT_TRUE(std::isinf(deep.pairs[0].psnr));
  EXPECT_EQ(deep.pairs[1].name, "x");
  EXPECT_FALSE(std::isinf(deep.pairs[1].psnr));
}

TEST(FolderComparison, ProgressCanStopEarly) {
  test::TempDir dir;
  fs::create_directories(dir / "p");
  fs::create_directories(dir / "t");
  for (int i = 0; i < 4; ++i) {
    const cv::Mat a = test::makeColourImage(16, 16, unsigned(i));
    cv::imwrite((dir / "p" / (std::to_string(i) + ".png")).string(), a);
    cv::imwrite((dir / "t" / (std::to_string(i) + ".png")).string(), a);
  }
  std::vector<std::size_t> seen;
  FolderComparisonOptions o;
  o.progress = [&](std::size_t done, std::size_t total) {
    EXPECT_EQ(total, 4u);
    seen.push_back(done);
    return done < 2;
  };
  const FolderComparison r = compareImageFolders(dir / "p", dir / "t", o);
  EXPECT_TRUE(r.cancelled);
  EXPECT_EQ(r.pairs.size(), 2u);
  EXPECT_EQ(seen, (std::vector<std::size_t>{1, 2}));
}

TEST(FolderComparison, MissingFolderIsNamed) {
  test::TempDir dir;
  fs::create_directories(dir / "t");
  try {
    compareImageFolders(dir / "nope", dir / "t");
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find((dir / "nope").string() + " does not exist"), std::string::npos)
        << e.what();
  }
  test::writeBytes(dir / "file", "x");
  EXPECT_THROW(compareImageFolders(dir / "t", dir / "file"), std::invalid_argument);
}

}  // namespace
}  // namespace colorproxy
