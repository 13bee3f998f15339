// The data area against the bad-input corpus: the pixel limit, COCO ids that are not integers or not
// unique, YOLO classes that are not integers, unreadable roots. Each must be a problem naming the file.
#include <gtest/gtest.h>

#include <algorithm>

#include <unistd.h>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/batch_loader.h"
#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "colorproxy/data/image_file.h"
#include "colorproxy/data/image_header.h"
#include "colorproxy/data/pixel_limit.h"
#include "support/bad_input_corpus.h"
#include "support/png_bytes.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

/// Restores the default pixel limit when a test ends.
class PixelLimitGuard {
 public:
  ~PixelLimitGuard() { setMaxImagePixels(0); }
};

const DataProblem* problemFor(const std::vector<DataProblem>& problems, const std::string& fileName) {
  for (const auto& p : problems)
    if (p.file.filename() == fileName || p.message.find(fileName) != std::string::npos) return &p;
  return nullptr;
}

TEST(PixelLimit, ParsesCountsAndUnits) {
  EXPECT_EQ(parsePixelCount("64000000"), 64'000'000u);
  EXPECT_EQ(parsePixelCount("64M"), 64'000'000u);
  EXPECT_EQ(parsePixelCount("100mp"), 100'000'000u);
  for (const char* bad : {"", "-5", "12x", "M", "0", "99999999999999999999"})
    EXPECT_THROW(parsePixelCount(bad), std::invalid_argument) << bad;
}

TEST(PixelLimit, BombIsRefusedFromItsHeaderNamingTheFile) {
  TempDir dir;
  test::writeBombPng(dir / "bomb.png", 30000, 30000);
  try {
    readImageFile(dir / "bomb.png");
    FAIL() << "a 900-megapixel header was decoded";
  } catch (const DataError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("bomb.png"), std::string::npos) << msg;
    EXPECT_NE(msg.find("30000x30000"), std::string::npos) << msg;
    EXPECT_NE(msg.find("--max-pixels"), std::string::npos) << msg;
  }
}

// Found by fuzz_image_header: a 78-byte BMP whose colour-table count (clrUsed) is 0x70FF_FF00 made the header
// parser allocate 7.5 GB before checking the count.
TEST(PixelLimit, BmpHeaderCannotClaimAHugeColourTable) {
  const std::string bmp(
      "\x42\x4d\x46\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\xff\xff\x5f\x70\x00\x01\x38\x49\x28\x00\x00"
      "\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\x00\xff\xff\x5f\x70\x00\x01\x38\x49\x18\x00\x01\x00\x00\x0c"
      "\x00\x00\x00\x00\x10\x00\x00",
      57);
  try {
    parseImageHeader(reinterpret_cast<const std::uint8_t*>(bmp.data()), bmp.size(), "huge-table.bmp");
    FAIL() << "accepted";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("colour table"), std::string::npos) << e.what();
  }
}

// Found by fuzz_voc_reader: a PNG whose PLTE chunk length says 3.1 GB made the header parser allocate it.
TEST(PixelLimit, PngHeaderCannotClaimAHugePalette) {
  const std::string png(
      "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x08\x00\x00\x00\x08\x08"
      "\x03\x00\x00\x00\xf3\x4e\xd1\x00\xb9\x00\x00\x42\x50\x4c\x54\x45\x00\x00\x00\x07\x0d\x1d\x0e\x1a\x3a"
      "\x15\x27\x57\x1c\x34\x74\x23\x41\x91\x2a\x4e\xae\x31\x5b\xcb\x38\x68\xe8\x3f\x75\x05\x46\x82\x22\x4d"
      "\x8f\x3f\x54\x9c\x5c\x5b\xa9\x79\x62\xb6\x96\x69\xc3\xb3\x70\xd0\xd0\x77\xdd\xed\x7e\xea\x0a\x85\xf7"
      "\x27\x8c\x04\x44\x93\x11\x61\x56\x4c\x54\xda\x00\x00\x00\x14\x49\x44\x41\x54\x78\x9c\x63\x60\x60\x64"
      "\xe2\xff\xff\x9f\x91\x81\x81\x32\x06\x00\x43\xea\x10\x89\x62\xc8\xae\x3c\x00\x00\x00\x00\x49\x45\x4e"
      "\x44\xae\x42\x60\x82",
      155);
  EXPECT_THROW(parseImageHeader(reinterpret_cast<const std::uint8_t*>(png.data()), png.size(), "mask.png"),
               DataError);
}

TEST(PixelLimit, LimitIsConfigurableAndExact) {
  PixelLimitGuard guard;
  TempDir dir;
  cv::imwrite((dir / "a.png").string(), test::makeColourImage(40, 30));
  setMaxImagePixels(40 * 30);  // exactly the image: allowed
  EXPECT_EQ(readImageFile(dir / "a.png").size(), cv::Size(40, 30));
  setMaxImagePixels(40 * 30 - 1);  // one pixel less: refused
  EXPECT_THROW(readImageFile(dir / "a.png"), DataError);
  setMaxImagePixels(0);
  EXPECT_EQ(maxImagePixels(), kDefaultMaxImagePixels);
}

TEST(PixelLimit, ScanAndLoaderSkipBombsAndNameThem) {
  TempDir dir;
  const auto corpus = test::makeBadInputCorpus(dir / "corpus");
  const Dataset ds = openDataset(corpus.photos);
  ASSERT_EQ(ds.splits.size(), 1u);
  const auto problems = ds.allProblems();
  for (const char* name : {"bomb.png", "bomb60k.png"}) {
    const DataProblem* p = problemFor(problems, name);
    ASSERT_NE(p, nullptr) << name << " passed the scan";
    EXPECT_NE(p->message.find("above the limit"), std::string::npos) << p->message;
    EXPECT_EQ(p->severity, ProblemSeverity::Error);
  }
  // Every bad image of the corpus is reported by name; only the 4 good ones are samples.
  for (const auto& bad : corpus.badImages)
    EXPECT_NE(problemFor(problems, bad.path.filename().string()), nullptr) << bad.what << " not reported";
  EXPECT_EQ(ds.splits[0].samples.size(), 4u);

  // The loader checks again (files can change after the scan): a bomb given directly is refused.
  Sample s;
  s.image = dir / "corpus/photos/bomb.png";
  LoaderOptions o;
  o.batchSize = 1;
  o.threads = 0;
  o.transform = TransformOptions::resizeOnly(16);
  o.policy = BadInputPolicy::Fail;
  BatchLoader loader({s}, o);
  try {
    loader.next();
    FAIL() << "the loader decoded a bomb";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("bomb.png"), std::string::npos) << e.what();
  }
}

TEST(BadInput, CocoStringIdsAreAnErrorNamingTheFile) {
  TempDir dir;
  const auto corpus = test::makeBadInputCorpus(dir / "corpus");
  const Dataset ds = openDataset(corpus.cocoStringIds);
  const DatasetSplit& train = ds.split("train");
  EXPECT_TRUE(train.samples.empty()) << "labels were joined on string ids";
  const DataProblem* p = problemFor(train.problems, "instances_train.json");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->severity, ProblemSeverity::Error);
  EXPECT_NE(p->message.find("images[0].id = \"1\""), std::string::npos) << p->message;
  EXPECT_EQ(ds.split("val").samples.size(), 2u);  // the good file still works
}

TEST(BadInput, CocoDuplicateIdsSkipBothImages) {
  TempDir dir;
  const auto corpus = test::makeBadInputCorpus(dir / "corpus");
  const Dataset ds = openDataset(corpus.cocoDuplicateIds);
  const DatasetSplit& train = ds.split("train");
  ASSERT_EQ(train.samples.size(), 2u);  // good2 and good3
  for (const auto& s : train.samples) EXPECT_NE(s.image.filename(), "good0.png");
  const DataProblem* p = problemFor(train.problems, "good1.png");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("share the id 1"), std::string::npos) << p->message;
  EXPECT_NE(p->message.find("instances_train.json"), std::string::npos) << p->message;
}

TEST(BadInput, CocoTruncatedJsonNamesFileAndPosition) {
  TempDir dir;
  const auto corpus = test::makeBadInputCorpus(dir / "corpus");
  const Dataset ds = openDataset(corpus.cocoTruncated);
  const DataProblem* p = problemFor(ds.split("train").problems, "instances_train.json");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("JSON error"), std::string::npos) << p->message;
  EXPECT_NE(p->message.find("column"), std::string::npos) << p->message;  // where it breaks
}

TEST(BadInput, YoloFractionalClassIsAnErrorNamingFileAndLine) {
  TempDir dir;
  const auto corpus = test::makeBadInputCorpus(dir / "corpus");
  const Dataset ds = openDataset(corpus.yoloFractionalClass);
  const DatasetSplit& train = ds.split("train");
  EXPECT_EQ(train.samples.size(), 2u);
  const DataProblem* p = problemFor(train.problems, "good1.txt");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->severity, ProblemSeverity::Error);
  EXPECT_NE(p->message.find("line 1"), std::string::npos) << p->message;
  EXPECT_NE(p->message.find("3.7"), std::string::npos) << p->message;
}

TEST(BadInput, OpenFailureReasonsSayWhatIsWrong) {
  TempDir dir;
  const auto corpus = test::makeBadInputCorpus(dir / "corpus");
  EXPECT_EQ(openFailureReason(corpus.photos / "loop.jpg"), "is a symbolic link loop");
  EXPECT_EQ(openFailureReason(corpus.photos / "dangling.png"), "is a dangling symbolic link");
  EXPECT_EQ(openFailureReason(corpus.photos / "nothing.png"), "no such file");
  EXPECT_EQ(openFailureReason(corpus.photos), "is a folder, not a file");
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file: the permission case cannot be made";
  fs::permissions(corpus.photos / "good0.png", fs::perms::none);
  EXPECT_NE(openFailureReason(corpus.photos / "good0.png").find("permission denied"), std::string::npos);
  try {
    readImageFile(corpus.photos / "good0.png");
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("permission denied"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace colorproxy
