// The pretraining image list (trained_images.csv) and the leakage check on hand-made overlaps: a copy of
// a test image among the pretraining images is found by content, also when the model is reused through
// its checkpoint; a model without the list is "not checkable".
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/io/trained_images.h"
#include "experiment/leakage_check.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {
namespace fs = std::filesystem;

TEST(TrainedImages, HashMatchesTheFnv1aTestVectors) {
  test::TempDir tmp;
  test::writeBytes(tmp / "empty", "");
  test::writeBytes(tmp / "a", "a");
  test::writeBytes(tmp / "foobar", "foobar");
  // Published FNV-1a 64 vectors: "" -> cbf29ce484222325, "a" -> af63dc4c8601ec8c,
  // "foobar" -> 85944171f73967e8.
  EXPECT_EQ(fileContentHash(tmp / "empty"), "cbf29ce484222325");
  EXPECT_EQ(fileContentHash(tmp / "a"), "af63dc4c8601ec8c");
  EXPECT_EQ(fileContentHash(tmp / "foobar"), "85944171f73967e8");
  EXPECT_THROW(fileContentHash(tmp / "missing"), std::runtime_error);
}

TEST(TrainedImages, WriteAndReadBackIncludingACommaInThePath) {
  test::TempDir tmp;
  test::writeBytes(tmp / "one, two.png", "xyz");
  test::writeBytes(tmp / "b.png", "hello");
  writeTrainedImages(tmp / trainedImagesFileName(), {tmp / "one, two.png", tmp / "b.png"});
  const auto list = readTrainedImages(tmp.path());
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].path, fs::absolute(tmp / "one, two.png"));
  EXPECT_EQ((*list)[0].bytes, 3u);
  EXPECT_EQ((*list)[1].hash, fileContentHash(tmp / "b.png"));
  EXPECT_FALSE(readTrainedImages(tmp / "elsewhere").has_value());
  test::writeBytes(tmp / trainedImagesFileName(), "fnv1a64,bytes,path\nnot-a-hash,3,x.png\n");
  try {
    readTrainedImages(tmp.path());
    FAIL() << "a malformed list must throw";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(trainedImagesFileName()), std::string::npos) << e.what();
  }
}

TEST(TrainedImages, PathsAreCsvQuotedAndOldUnquotedListsStillRead) {
  test::TempDir tmp;
  test::writeBytes(tmp / "say \"hi\", a.png", "xy");
  writeTrainedImages(tmp / trainedImagesFileName(), {tmp / "say \"hi\", a.png"});
  const std::string written = readTextFile(tmp / trainedImagesFileName());
  // RFC 4180: the path is quoted and its quotes doubled.
  EXPECT_NE(written.find("\"" + fs::absolute(tmp.path()).string() + "/say \"\"hi\"\", a.png\""),
            std::string::npos)
      << written;
  auto list = readTrainedImages(tmp.path());
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].path, fs::absolute(tmp / "say \"hi\", a.png"));
  EXPECT_EQ((*list)[0].bytes, 2u);
  // A list written before the quoting rule: the comma in the path was left bare.
  test::writeBytes(tmp / trainedImagesFileName(),
                   "fnv1a64,bytes,path\n0123456789abcdef,7,/data/a, b,c.png\n");
  list = readTrainedImages(tmp.path());
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].path, fs::path("/data/a, b,c.png"));
  EXPECT_EQ((*list)[0].bytes, 7u);
}

TEST(LeakageCheck, FindsACopiedTestImageAlsoThroughAReusedCheckpoint) {
  test::TempDir tmp;
  fs::create_directories(tmp / "data" / "test");
  fs::create_directories(tmp / "pretrain-src");
  std::vector<Sample> testSplit;
  for (unsigned i = 0; i < 3; ++i) {
    const fs::path p = tmp / "data" / "test" / ("t" + std::to_string(i) + ".png");
    cv::imwrite(p.string(), test::makeColourImage(16, 16, 10 + i));
    testSplit.push_back(Sample{p});
  }
  // Pretraining images: two of its own and a copy of test image t1 under another name.
  cv::imwrite((tmp / "pretrain-src" / "p0.png").string(), test::makeColourImage(16, 16, 1));
  cv::imwrite((tmp / "pretrain-src" / "p1.png").string(), test::makeColourImage(16, 16, 2));
  fs::copy_file(testSplit[1].image, tmp / "pretrain-src" / "renamed.png");
  const fs::path run = tmp / "runs" / "20260101-000000-pretrain";
  fs::create_directories(run / "checkpoints");
  test::writeBytes(run / "config.json", "{}");
  test::writeBytes(run / "checkpoints" / "latest.pt", "model");
  writeTrainedImages(run / trainedImagesFileName(),
                     {tmp / "pretrain-src" / "p0.png", tmp / "pretrain-src" / "p1.png",
                      tmp / "pretrain-src" / "renamed.png"});

  const LeakageCheck direct = checkLeakage(run, testSplit);
  EXPECT_TRUE(direct.checkable);
  EXPECT_EQ(direct.overlap, 1u);
  EXPECT_EQ(direct.testImages, 3u);
  ASSERT_EQ(direct.examples.size(), 1u);
  EXPECT_EQ(direct.examples.front(), testSplit[1].image);
  EXPECT_NE(direct.sentence.find("1 of the 3 test images"), std::string::npos) << direct.sentence;

  // Reuse: the experiment is given the checkpoint, not the folder.
  EXPECT_EQ(pretrainingRunOf(run / "checkpoints" / "latest.pt"), run);
  const LeakageCheck reused = checkLeakage(run / "checkpoints" / "latest.pt", testSplit);
  EXPECT_TRUE(reused.checkable);
  EXPECT_EQ(reused.overlap, 1u);

  // No overlap when the copy is not in the list.
  writeTrainedImages(run / trainedImagesFileName(), {tmp / "pretrain-src" / "p0.png"});
  EXPECT_EQ(checkLeakage(run, testSplit).overlap, 0u);

  // A model file outside any run folder that recorded its images.
  fs::create_directories(tmp / "models");
  test::writeBytes(tmp / "models" / "generator.pt", "model");
  const LeakageCheck unknown = checkLeakage(tmp / "models" / "generator.pt", testSplit);
  EXPECT_FALSE(unknown.checkable);
  EXPECT_EQ(unknown.overlap, 0u);
  EXPECT_NE(unknown.sentence.find("not checkable"), std::string::npos) << unknown.sentence;
}

}  // namespace
}  // namespace colorproxy
