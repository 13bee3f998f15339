#include <gtest/gtest.h>

#include "colorproxy/data/dataset_reader.h"
#include "colorproxy/data/dataset_stats.h"
#include "data_fixtures.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

using test::TempDir;

TEST(DatasetStats, CountsMaskPixelsAndImagesPerClass) {
  TempDir dir;
  // 4 train masks of 40x30: left half class i (600 px), right half void 11 (600 px).
  test::makeCamVid(dir.path(), 4, 1, 1, false);
  const Dataset ds = openDataset(dir.path());
  const DatasetStats st = computeDatasetStats(ds);
  ASSERT_EQ(st.splits.size(), 3u);
  const SplitStats& train = st.splits[0];
  EXPECT_EQ(train.split, "train");
  EXPECT_EQ(train.samples, 4u);
  EXPECT_EQ(train.withMasks, 4u);
  EXPECT_EQ(train.totalPixels, 4800u);
  EXPECT_EQ(train.voidPixels, 2400u);
  EXPECT_DOUBLE_EQ(train.voidShare(), 0.5);
  for (std::size_t c = 0; c < 11; ++c) {
    EXPECT_EQ(train.maskImages[c], c < 4 ? 1u : 0u) << c;
    EXPECT_EQ(train.maskPixels[c], c < 4 ? 600u : 0u) << c;
    EXPECT_DOUBLE_EQ(train.pixelShare(c), c < 4 ? 0.125 : 0.0) << c;
  }
  EXPECT_TRUE(st.problems.empty());
}

TEST(DatasetStats, CountsLabelsAndUnknownMaskValues) {
  TempDir dir;
  test::makeCocoYolo(dir.path());
  // img1's mask gets a value (9) that semantic_classes.txt does not list.
  test::writeImage(dir / "masks/train/img1.png", test::twoClassMask(32, 24, 9, 2));
  const Dataset ds = openDataset(dir.path());
  const DatasetStats st = computeDatasetStats(ds);
  const SplitStats& train = st.splits[0];
  EXPECT_EQ(train.withLabels, 3u);
  EXPECT_EQ(train.labelImages, (std::vector<std::size_t>{1, 1, 1}));
  EXPECT_EQ(train.withMasks, 2u);
  // maskClasses are ids 1, 2, 5: img0 = 1 | 5, img1 = 9 | 2.
  EXPECT_EQ(train.maskPixels, (std::vector<std::uint64_t>{384, 384, 384}));
  EXPECT_EQ(train.otherPixels, 384u);
  ASSERT_EQ(st.problems.size(), 1u);
  EXPECT_EQ(st.problems[0].kind, ProblemKind::MaskBadValues);
  EXPECT_NE(st.problems[0].message.find("first: 9"), std::string::npos) << st.problems[0].message;

  const DatasetStats noPixels = computeDatasetStats(ds, false);
  EXPECT_EQ(noPixels.splits[0].totalPixels, 0u);
  EXPECT_EQ(noPixels.splits[0].withMasks, 2u);

  // Cancelled (the GUI's index job when another dataset replaces this one): no mask is read, the label
  // counts stay, and the bad mask is not reported.
  const std::atomic<bool> cancelled{true};
  const DatasetStats stopped = computeDatasetStats(ds, true, &cancelled);
  EXPECT_EQ(stopped.splits[0].totalPixels, 0u);
  EXPECT_EQ(stopped.splits[0].withMasks, 2u);
  EXPECT_EQ(stopped.splits[0].labelImages, train.labelImages);
  EXPECT_TRUE(stopped.problems.empty());
  const std::atomic<bool> running{false};
  EXPECT_EQ(computeDatasetStats(ds, true, &running).splits[0].maskPixels, train.maskPixels);
}

TEST(DatasetStats, ContiguousLutMapsIdsInClassOrder) {
  TempDir dir;
  test::makeCocoYolo(dir.path());
  const Dataset ds = openDataset(dir.path());
  const auto lut = ds.contiguousMaskLut();
  ASSERT_EQ(lut.size(), 256u);
  EXPECT_EQ(lut[1], 0);
  EXPECT_EQ(lut[2], 1);
  EXPECT_EQ(lut[5], 2);
  EXPECT_EQ(lut[0], 255);  // void
  EXPECT_EQ(lut[3], 255);  // unknown
  const MaskSpec spec = ds.maskSpec();
  EXPECT_EQ(spec.validIds, (std::vector<int>{1, 2, 5, 0}));
}

}  // namespace
}  // namespace colorproxy
