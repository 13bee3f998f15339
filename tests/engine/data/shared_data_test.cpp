// The readers on the real datasets in ../shared/data (skipped when absent). Expected values come
// from each folder's SOURCE.md, which were computed independently when the data was staged.
#include <gtest/gtest.h>

#include <algorithm>

#include "colorproxy/data/batch_loader.h"
#include "colorproxy/data/dataset_reader.h"
#include "colorproxy/data/dataset_stats.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

std::vector<std::string> filesOfKind(const Dataset& ds, ProblemKind kind) {
  std::vector<std::string> out;
  for (const auto& p : ds.allProblems())
    if (p.kind == kind) out.push_back(p.file.filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(SharedData, CamVidSplitsClassesAndPixelShares) {
  CP_REQUIRE_SHARED_DATA(root, "camvid");
  const Dataset ds = openDataset(root);
  EXPECT_EQ(ds.format, DatasetFormat::CamVid);
  EXPECT_EQ(ds.splitNames(), (std::vector<std::string>{"train", "val", "test"}));
  EXPECT_EQ(ds.split("train").samples.size(), 367u);
  EXPECT_EQ(ds.split("val").samples.size(), 101u);
  EXPECT_EQ(ds.split("test").samples.size(), 233u);
  ASSERT_EQ(ds.maskClasses.size(), 11u);
  EXPECT_EQ(ds.maskClasses[0].name, "Sky");
  EXPECT_EQ(ds.maskClasses[10].name, "Bicyclist");
  EXPECT_EQ(ds.voidId, 11);
  EXPECT_TRUE(ds.allProblems().empty());
  for (const auto& s : ds.split("train").samples) {
    ASSERT_EQ(s.width, 480);
    ASSERT_EQ(s.height, 360);
  }

  const DatasetStats st = computeDatasetStats(ds);
  EXPECT_TRUE(st.problems.empty());
  const SplitStats& train = st.splits[0];
  EXPECT_EQ(train.totalPixels, 367ull * 480 * 360);
  // SOURCE.md, % of train pixels (one decimal): Sky 16.8, Building 23.3, Road 31.7, Car 5.9, void 3.9.
  EXPECT_NEAR(100 * train.pixelShare(0), 16.8, 0.051);
  EXPECT_NEAR(100 * train.pixelShare(1), 23.3, 0.051);
  EXPECT_NEAR(100 * train.pixelShare(3), 31.7, 0.051);
  EXPECT_NEAR(100 * train.pixelShare(8), 5.9, 0.051);
  EXPECT_NEAR(100 * train.voidShare(), 3.9, 0.051);
  EXPECT_NEAR(100 * st.splits[2].pixelShare(0), 17.1, 0.051);  // test Sky
}

TEST(SharedData, Coco128ClassesGrayscaleOrphansAndUnlabelled) {
  CP_REQUIRE_SHARED_DATA(root, "coco128");
  const Dataset ds = openDataset(root);
  EXPECT_EQ(ds.format, DatasetFormat::Coco);
  ASSERT_EQ(ds.labelClasses.size(), 80u);
  EXPECT_EQ(ds.labelClasses[0], "person");
  EXPECT_EQ(ds.labelClasses[79], "toothbrush");
  EXPECT_EQ(ds.splitNames(), (std::vector<std::string>{"train2017", "val2017"}));
  EXPECT_EQ(ds.split("train2017").imagesFound, 128u);
  EXPECT_EQ(ds.split("val2017").imagesFound, 128u);
  EXPECT_EQ(ds.split("train2017").samples.size(), 127u);
  EXPECT_EQ(ds.split("val2017").samples.size(), 127u);
  EXPECT_EQ(filesOfKind(ds, ProblemKind::Grayscale),
            (std::vector<std::string>{"000000000086.jpg", "000000007888.jpg"}));
  EXPECT_EQ(filesOfKind(ds, ProblemKind::LabelOrphan),
            (std::vector<std::string>{"000000000656.txt", "000000000659.txt"}));
  EXPECT_EQ(filesOfKind(ds, ProblemKind::LabelMissing),
            (std::vector<std::string>{"000000000250.jpg", "000000000508.jpg"}));
  EXPECT_EQ(ds.voidId, 0);
  EXPECT_EQ(ds.maskClasses.size(), 129u);

  // With the grayscale images kept, the per-class image counts are SOURCE.md's table.
  ScanOptions keep;
  keep.keepGrayscale = true;
  const Dataset all = openDataset(root, keep);
  const DatasetStats st = computeDatasetStats(all, false);
  const SplitStats &train = st.splits[0], &val = st.splits[1];
  EXPECT_EQ(train.withMasks, 100u);
  EXPECT_EQ(val.withMasks, 100u);
  const std::vector<std::pair<std::size_t, std::pair<std::size_t, std::size_t>>> table = {
      {0, {61, 73}}, {2, {12, 10}}, {16, {9, 1}}, {23, {4, 0}}, {60, {10, 16}}, {66, {0, 5}}, {79, {2, 0}}};
  for (const auto& [cls, counts] : table) {
    EXPECT_EQ(train.labelImages[cls], counts.first) << all.labelClasses[cls];
    EXPECT_EQ(val.labelImages[cls], counts.second) << all.labelClasses[cls];
  }
  std::size_t presentTrain = 0;
  for (auto n : train.labelImages) presentTrain += n > 0;
  EXPECT_EQ(presentTrain, 71u);  // "train2017: 71 of 80 classes occur"
}

TEST(SharedData, LoaderOnCamVidTrain) {
  CP_REQUIRE_SHARED_DATA(root, "camvid");
  const Dataset ds = openDataset(root);
  LoaderOptions o;
  o.batchSize = 4;
  o.threads = 2;
  o.epochs = 1;
  o.transform = TransformOptions::pix2pix(286, 256);
  BatchLoader loader(ds, "train", o);
  EXPECT_EQ(loader.batchesPerEpoch(), 92u);
  for (int i = 0; i < 2; ++i) {
    const auto b = loader.next();
    ASSERT_TRUE(b);
    ASSERT_EQ(b->size(), 4u);
    for (std::size_t k = 0; k < 4; ++k) {
      EXPECT_EQ(b->images[k].size(), cv::Size(256, 256));
      double lo, hi;
      cv::minMaxLoc(b->masks[k], &lo, &hi);
      EXPECT_LE(hi, 11.0);
    }
  }
  loader.stop();
  EXPECT_TRUE(loader.problems().empty());
}

}  // namespace
}  // namespace colorproxy
