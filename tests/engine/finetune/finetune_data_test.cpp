// Split resolution, label views, hold-outs and median-frequency weights of the fine-tuning data.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "finetune/finetune_class_weights.h"
#include "finetune/finetune_data.h"
#include "finetune_test_data.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

TEST(FinetuneData, EvenlySpacedSubsetPicksExactlyTheShareSpreadOut) {
  EXPECT_EQ(evenlySpacedSubset(10, 0.3), (std::vector<std::size_t>{3, 6, 9}));
  EXPECT_EQ(evenlySpacedSubset(4, 0.5), (std::vector<std::size_t>{1, 3}));
  EXPECT_EQ(evenlySpacedSubset(5, 0.01).size(), 1u);  // never an empty validation set
  EXPECT_TRUE(evenlySpacedSubset(0, 0.5).empty());
  EXPECT_EQ(evenlySpacedSubset(7, 1.0).size(), 7u);
}

// Label fractions: nested (each smaller set inside every larger one), ceil(f x n) items, the same for
// the same seed, different for another seed.
TEST(FinetuneData, NestedSubsetsAreNestedSizedAndDeterministic) {
  const std::vector<double> fractions = {0.05, 0.10, 0.25, 0.50, 1.0};
  const std::vector<std::size_t> sizes = {19, 37, 92, 184, 367};  // ceil(f x 367)
  std::vector<std::set<std::size_t>> sets;
  for (std::size_t i = 0; i < fractions.size(); ++i) {
    const auto subset = nestedSubset(367, fractions[i], 1);
    EXPECT_EQ(subset.size(), sizes[i]) << fractions[i];
    EXPECT_TRUE(std::is_sorted(subset.begin(), subset.end()));
    EXPECT_EQ(subset, nestedSubset(367, fractions[i], 1));
    sets.emplace_back(subset.begin(), subset.end());
    EXPECT_EQ(sets.back().size(), subset.size());  // no repeats
    EXPECT_LT(*sets.back().rbegin(), 367u);
  }
  for (std::size_t i = 1; i < sets.size(); ++i)
    EXPECT_TRUE(std::includes(sets[i].begin(), sets[i].end(), sets[i - 1].begin(), sets[i - 1].end()))
        << fractions[i - 1] << " not inside " << fractions[i];
  EXPECT_NE(nestedSubset(367, 0.1, 1), nestedSubset(367, 0.1, 2));
  // Not simply the first images: a 10 % subset of sorted frames reaches into the whole list.
  EXPECT_GT(nestedSubset(367, 0.1, 1).back(), 183u);
  EXPECT_EQ(nestedSubset(10, 0.001, 3).size(), 1u);
  EXPECT_TRUE(nestedSubset(0, 0.5, 3).empty());
}

// trainFraction picks the training images alone (validation and test stay whole) and does not depend on
// the run's seed, so a baseline and a pretrained run with different seeds see the same subset.
TEST(FinetuneData, TrainFractionTakesTheNestedSubsetWhateverTheRunSeed) {
  test::TempDir dir;
  test::makeFinetuneCamVid(dir.path(), 8);
  FinetuneConfig c;
  c.task = DownstreamTask::Segmentation;
  c.dataPath = dir.path();
  const FinetuneData all = loadFinetuneData(c);
  c.trainFraction = 0.5;
  c.subsetSeed = 4;
  const FinetuneData half = loadFinetuneData(c);
  c.seed = 99;
  const FinetuneData halfOtherSeed = loadFinetuneData(c);
  c.trainFraction = 0.25;
  const FinetuneData quarter = loadFinetuneData(c);
  ASSERT_EQ(half.train.size(), 4u);
  ASSERT_EQ(quarter.train.size(), 2u);
  EXPECT_EQ(half.val.size(), all.val.size());
  EXPECT_EQ(half.test.size(), all.test.size());
  const auto paths = [](const std::vector<Sample>& list) {
    std::set<std::string> out;
    for (const auto& s : list) out.insert(s.image.string());
    return out;
  };
  EXPECT_EQ(paths(half.train), paths(halfOtherSeed.train));
  const auto h = paths(half.train), q = paths(quarter.train);
  EXPECT_TRUE(std::includes(h.begin(), h.end(), q.begin(), q.end()));
  std::set<std::string> expected;
  for (std::size_t i : nestedSubset(all.train.size(), 0.5, 4)) expected.insert(all.train[i].image.string());
  EXPECT_EQ(h, expected);
  EXPECT_NE(half.trainSource.find("4 of 8"), std::string::npos) << half.trainSource;
}

TEST(FinetuneData, CamVidUsesItsThreeSplitsAndContiguousIds) {
  test::TempDir dir;
  test::makeFinetuneCamVid(dir.path(), 3);
  FinetuneConfig c;
  c.task = DownstreamTask::Segmentation;
  c.dataPath = dir.path();
  const FinetuneData d = loadFinetuneData(c);
  EXPECT_EQ(d.train.size(), 3u);
  EXPECT_EQ(d.val.size(), 3u);
  EXPECT_EQ(d.test.size(), 3u);
  EXPECT_EQ(d.trainSource, "train");
  EXPECT_EQ(d.valSource, "val");
  EXPECT_EQ(d.testSource, "test");
  EXPECT_EQ(d.classNames, (std::vector<std::string>{"Sky", "Road", "Car"}));
  ASSERT_EQ(d.maskLut.size(), 256u);
  EXPECT_EQ(d.maskLut[0], 0);
  EXPECT_EQ(d.maskLut[2], 2);
  EXPECT_EQ(d.maskLut[11], FinetuneData::kIgnoreId);
}

TEST(FinetuneData, CocoWithoutTestSplitTestsOnValAndHoldsOutValidationFromTrain) {
  test::TempDir dir;
  test::makeFinetuneYolo(dir.path(), 10);
  FinetuneConfig c;
  c.dataPath = dir.path();
  c.valFraction = 0.2;
  const FinetuneData d = loadFinetuneData(c);
  EXPECT_EQ(d.testSource, "val2017");
  EXPECT_EQ(d.test.size(), 10u);
  EXPECT_EQ(d.val.size(), 2u);
  EXPECT_EQ(d.train.size(), 8u);
  std::set<std::string> names;
  for (const auto& s : d.train) names.insert(s.image.filename().string());
  for (const auto& s : d.val) EXPECT_EQ(names.count(s.image.filename().string()), 0u);
  EXPECT_EQ(d.classNames, (std::vector<std::string>{"bright", "dark", "striped"}));
  // The same config gives the same split (every run of an experiment sees the same images).
  const FinetuneData again = loadFinetuneData(c);
  for (std::size_t i = 0; i < d.val.size(); ++i) EXPECT_EQ(again.val[i].image, d.val[i].image);
  // Asking for a split that does not exist names the splits there are.
  c.testSplit = "nope";
  try {
    loadFinetuneData(c);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("train2017"), std::string::npos) << e.what();
  }
  // A segmentation run on a dataset without masks says so.
  c.testSplit.clear();
  c.task = DownstreamTask::Segmentation;
  EXPECT_THROW(loadFinetuneData(c), std::invalid_argument);
}

TEST(FinetuneData, Voc20ViewMapsCocoNamesAndRefusesOtherLists) {
  const std::vector<std::string> coco = {
      "person", "bicycle", "car",   "motorcycle", "airplane",     "bus",          "train",
      "truck",  "boat",    "bird",  "cat",        "dog",          "horse",        "sheep",
      "cow",    "bottle",  "chair", "couch",      "potted plant", "dining table", "tv"};
  const auto idx = vocFromCocoIndices(coco);
  ASSERT_EQ(idx.size(), 20u);
  const auto& voc = vocClassNames();
  const auto at = [&](const std::string& name) {
    return coco[std::size_t(idx[std::size_t(std::find(voc.begin(), voc.end(), name) - voc.begin())])];
  };
  EXPECT_EQ(at("aeroplane"), "airplane");
  EXPECT_EQ(at("motorbike"), "motorcycle");
  EXPECT_EQ(at("sofa"), "couch");
  EXPECT_EQ(at("tvmonitor"), "tv");
  EXPECT_EQ(at("diningtable"), "dining table");
  EXPECT_EQ(at("person"), "person");
  try {
    vocFromCocoIndices({"bright", "dark"});
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("aeroplane"), std::string::npos);
  }
}

TEST(FinetuneData, MedianFrequencyWeightsMatchHandWorkedValues) {
  // Class 0: 30 px over images totalling 100 px -> f 0.3; class 1: 10 of 50 -> 0.2; class 2: 5 of 100
  // -> 0.05; class 3 absent. Median of {0.3, 0.2, 0.05} = 0.2 -> w = 0.2/0.3, 1, 4, and 1 for class 3.
  ClassPixelCounts counts{{30, 10, 5, 0}, {100, 50, 100, 0}};
  const auto w = medianFrequencyWeights(counts);
  ASSERT_EQ(w.size(), 4u);
  EXPECT_NEAR(w[0], 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(w[1], 1.0, 1e-12);
  EXPECT_NEAR(w[2], 4.0, 1e-12);
  EXPECT_NEAR(w[3], 1.0, 1e-12);
  // Even count: the median is the mean of the two middle frequencies (0.2 and 0.3 -> 0.25).
  const auto w2 = medianFrequencyWeights(ClassPixelCounts{{30, 10}, {100, 50}});
  EXPECT_NEAR(w2[0], 0.25 / 0.3, 1e-12);
  EXPECT_NEAR(w2[1], 0.25 / 0.2, 1e-12);
  EXPECT_THROW(medianFrequencyWeights(ClassPixelCounts{{0, 0}, {0, 0}}), std::invalid_argument);
}

TEST(FinetuneData, PixelCountsFollowTheMasks) {
  test::TempDir dir;
  test::makeFinetuneCamVid(dir.path(), 2, 20, 15);
  FinetuneConfig c;
  c.task = DownstreamTask::Segmentation;
  c.dataPath = dir.path();
  const FinetuneData d = loadFinetuneData(c);
  ASSERT_EQ(d.train.size(), 2u);
  const auto counts = countClassPixels(d.train, d.maskSpec, d.maskLut, d.classCount());
  // Each 20x15 mask: 300 pixels, a 4x3 void corner, bands of 5 rows. Image 0 has classes 0,1,2 from the
  // top (void inside class 0's band), image 1 has 1,2,0 (void inside class 1's band).
  EXPECT_EQ(counts.classPixels[0], 88u + 100u);
  EXPECT_EQ(counts.classPixels[1], 100u + 88u);
  EXPECT_EQ(counts.classPixels[2], 100u + 100u);
  for (auto v : counts.presentPixels) EXPECT_EQ(v, 2u * 288u);
}

}  // namespace
}  // namespace colorproxy
