#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "data_fixtures.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

std::size_t countKind(const std::vector<DataProblem>& problems, ProblemKind kind) {
  return std::size_t(
      std::count_if(problems.begin(), problems.end(), [&](const DataProblem& p) { return p.kind == kind; }));
}

const DataProblem* findKind(const std::vector<DataProblem>& problems, ProblemKind kind) {
  for (const auto& p : problems)
    if (p.kind == kind) return &p;
  return nullptr;
}

TEST(DatasetReader, FolderIsRecursiveAndSkipsAnnotationFolders) {
  TempDir dir;
  test::writeImage(dir / "a.jpg", test::makeColourImage(16, 16, 1));
  test::writeImage(dir / "deep/er/b.png", test::makeColourImage(16, 16, 2));
  test::writeImage(dir / "x/c.bmp", test::makeColourImage(16, 16, 3));
  test::writeImage(dir / "x/d.webp", test::makeColourImage(16, 16, 4));
  test::writeImage(dir / "x/e.tiff", test::makeColourImage(16, 16, 5));
  test::writeImage(dir / "masks/m.png", test::twoClassMask(16, 16, 0, 1));
  test::writeBytes(dir / "notes.txt", "not an image");
  const Dataset ds = openDataset(dir.path());
  EXPECT_EQ(ds.format, DatasetFormat::Folder);
  ASSERT_EQ(ds.splits.size(), 1u);
  EXPECT_EQ(ds.splits[0].name, "all");
  EXPECT_EQ(ds.splits[0].samples.size(), 5u);
  EXPECT_EQ(ds.splits[0].samples[0].width, 16);
  EXPECT_EQ(countKind(ds.problems, ProblemKind::Ignored), 1u);  // the masks/ folder
}

TEST(DatasetReader, FolderSplitsFromSubFolders) {
  TempDir dir;
  for (int i = 0; i < 3; ++i)
    test::writeImage(dir / "train" / (std::to_string(i) + ".jpg"), test::makeColourImage(8, 8, i));
  test::writeImage(dir / "val/v.jpg", test::makeColourImage(8, 8, 9));
  test::writeImage(dir / "test/sub/t.png", test::makeColourImage(8, 8, 10));
  const Dataset ds = openDataset(dir.path());
  EXPECT_EQ(ds.splitNames(), (std::vector<std::string>{"train", "val", "test"}));
  EXPECT_EQ(ds.split("train").samples.size(), 3u);
  EXPECT_EQ(ds.split("test").samples.size(), 1u);
  try {
    ds.split("holdout");
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("train, val, test"), std::string::npos) << e.what();
  }
}

TEST(DatasetReader, BadImagesAreReportedAndSkippedOrFatal) {
  TempDir dir;
  test::writeImage(dir / "good.jpg", test::makeColourImage(32, 32, 1));
  test::writeImage(dir / "cut.jpg", test::makeColourImage(64, 64, 2));
  test::truncateFile(dir / "cut.jpg", 300);
  test::writeBytes(dir / "junk.png", "garbage garbage garbage");
  cv::Mat gray(20, 20, CV_8UC1, cv::Scalar(90));
  test::writeImage(dir / "gray.png", gray);
  cv::Mat deep;
  test::makeColourImage(8, 8).convertTo(deep, CV_16UC3, 256.0);
  test::writeImage(dir / "deep.png", deep);

  ScanOptions skip;
  const Dataset ds = openDataset(dir.path(), skip);
  const auto& split = ds.split("all");
  EXPECT_EQ(split.imagesFound, 5u);
  ASSERT_EQ(split.samples.size(), 1u);
  EXPECT_EQ(split.samples[0].image.filename(), "good.jpg");
  const auto probs = ds.allProblems();
  ASSERT_NE(findKind(probs, ProblemKind::Truncated), nullptr);
  EXPECT_NE(findKind(probs, ProblemKind::Truncated)->message.find("cut.jpg"), std::string::npos);
  ASSERT_NE(findKind(probs, ProblemKind::Unreadable), nullptr);
  EXPECT_NE(findKind(probs, ProblemKind::Unreadable)->message.find("junk.png"), std::string::npos);
  ASSERT_NE(findKind(probs, ProblemKind::Grayscale), nullptr);
  EXPECT_EQ(findKind(probs, ProblemKind::Grayscale)->severity, ProblemSeverity::Excluded);
  ASSERT_NE(findKind(probs, ProblemKind::HighBitDepth), nullptr);
  EXPECT_NE(findKind(probs, ProblemKind::HighBitDepth)->message.find("deep.png"), std::string::npos);

  ScanOptions keepGray;
  keepGray.keepGrayscale = true;
  EXPECT_EQ(openDataset(dir.path(), keepGray).split("all").samples.size(), 2u);

  ScanOptions fail;
  fail.policy = BadInputPolicy::Fail;
  try {
    openDataset(dir.path(), fail);
    FAIL() << "the fail policy did not throw";
  } catch (const DataError& e) {
    EXPECT_FALSE(e.file().empty());
    EXPECT_NE(std::string(e.what()).find(e.file().filename().string()), std::string::npos);
  }
}

TEST(DatasetReader, DecodeCheckCatchesCorruptDataThatHeadersMiss) {
  TempDir dir;
  test::writeImage(dir / "a.png", test::makeColourImage(32, 32, 1));
  // Valid header and IEND, garbage image data: only a decode notices.
  std::ifstream in(dir / "a.png", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  const auto idat = bytes.find("IDAT");
  for (std::size_t i = idat + 8; i < idat + 40; ++i) bytes[i] = char(0xAA);
  test::writeBytes(dir / "b.png", bytes);
  ScanOptions header;
  EXPECT_EQ(openDataset(dir.path(), header).split("all").samples.size(), 2u);
  ScanOptions decode;
  decode.imageCheck = ImageCheck::Decode;
  const Dataset ds = openDataset(dir.path(), decode);
  EXPECT_EQ(ds.split("all").samples.size(), 1u);
  ASSERT_EQ(ds.split("all").problems.size(), 1u);
  EXPECT_EQ(ds.split("all").problems[0].file.filename(), "b.png");
}

TEST(DatasetReader, CamVidWithSegNetLists) {
  TempDir dir;
  test::makeCamVid(dir.path(), 5, 2, 3, true);
  EXPECT_EQ(detectDatasetFormat(dir.path()), DatasetFormat::CamVid);
  const Dataset ds = openDataset(dir.path());
  EXPECT_EQ(ds.format, DatasetFormat::CamVid);
  EXPECT_EQ(ds.splitNames(), (std::vector<std::string>{"train", "val", "test"}));
  EXPECT_EQ(ds.split("train").samples.size(), 5u);
  EXPECT_EQ(ds.split("val").samples.size(), 2u);
  EXPECT_EQ(ds.split("test").samples.size(), 3u);
  EXPECT_EQ(ds.maskClasses.size(), 11u);
  EXPECT_EQ(ds.voidId, 11);
  EXPECT_EQ(ds.voidName, "Unlabelled");
  EXPECT_TRUE(ds.labelClasses.empty());
  const Sample& s = ds.split("train").samples[0];
  EXPECT_EQ(s.image.extension(), ".jpg");  // the list says .png: resolved to the JPEG re-encode
  EXPECT_EQ(s.mask.parent_path().filename(), "trainannot");
  EXPECT_TRUE(ds.allProblems().empty());
}

TEST(DatasetReader, CamVidBadMasksAndMissingFiles) {
  TempDir dir;
  test::makeCamVid(dir.path(), 4, 1, 1, false);
  test::writeImage(dir / "trainannot/train_1.png", test::twoClassMask(20, 20, 1, 2));  // wrong size
  std::filesystem::remove(dir / "trainannot/train_2.png");                             // missing
  test::writeImage(dir / "trainannot/stray.png", test::twoClassMask(40, 30, 1, 2));    // orphan
  const Dataset ds = openDataset(dir.path());
  const auto& train = ds.split("train");
  EXPECT_EQ(train.imagesFound, 4u);
  EXPECT_EQ(train.samples.size(), 2u);
  const DataProblem* size = findKind(train.problems, ProblemKind::MaskSizeMismatch);
  ASSERT_NE(size, nullptr);
  EXPECT_NE(size->message.find("20x20"), std::string::npos) << size->message;
  EXPECT_NE(size->message.find("40x30"), std::string::npos) << size->message;
  EXPECT_NE(findKind(train.problems, ProblemKind::MaskMissing), nullptr);
  EXPECT_NE(findKind(train.problems, ProblemKind::LabelOrphan), nullptr);
}

TEST(DatasetReader, CocoYoloLayout) {
  TempDir dir;
  test::makeCocoYolo(dir.path());
  const Dataset ds = openDataset(dir.path());
  EXPECT_EQ(ds.format, DatasetFormat::Coco);
  EXPECT_EQ(ds.labelClasses, (std::vector<std::string>{"a", "b", "c"}));
  ASSERT_EQ(ds.maskClasses.size(), 3u);
  EXPECT_EQ(ds.maskClasses[2].id, 5);
  EXPECT_EQ(ds.voidId, 0);
  const auto& train = ds.split("train");
  EXPECT_EQ(train.imagesFound, 4u);
  ASSERT_EQ(train.samples.size(), 3u);  // img3 is grayscale
  EXPECT_EQ(train.samples[0].labels, (std::vector<float>{1, 0, 0}));
  EXPECT_EQ(train.samples[1].labels, (std::vector<float>{0, 1, 1}));
  EXPECT_EQ(train.samples[2].labels, (std::vector<float>{0, 0, 0}));  // no label file: no objects
  EXPECT_TRUE(train.samples[0].hasMask());
  EXPECT_FALSE(train.samples[2].hasMask());
  EXPECT_EQ(countKind(train.problems, ProblemKind::Grayscale), 1u);
  EXPECT_EQ(countKind(train.problems, ProblemKind::LabelOrphan), 1u);
  EXPECT_EQ(countKind(train.problems, ProblemKind::LabelMissing), 1u);
  EXPECT_EQ(findKind(train.problems, ProblemKind::LabelOrphan)->file.filename(), "orphan.txt");
  EXPECT_EQ(ds.split("val").samples.size(), 1u);
}

TEST(DatasetReader, CocoYoloMalformedLabelLine) {
  TempDir dir;
  test::makeCocoYolo(dir.path());
  test::writeBytes(dir / "labels/train/img1.txt", "1 0.5 0.5 0.2 0.2\n7 0.1 0.1 0.1 0.1\n");
  const Dataset ds = openDataset(dir.path());
  const DataProblem* p = findKind(ds.split("train").problems, ProblemKind::LabelMalformed);
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("img1.txt line 2"), std::string::npos) << p->message;
  EXPECT_EQ(ds.split("train").samples.size(), 2u);
}

TEST(DatasetReader, CocoInstancesJson) {
  TempDir dir;
  test::writeImage(dir / "val2017/000001.jpg", test::makeColourImage(30, 20, 1));
  test::writeImage(dir / "val2017/000002.jpg", test::makeColourImage(30, 20, 2));
  test::writeImage(dir / "val2017/000003.jpg", test::makeColourImage(30, 20, 3));
  test::writeImage(dir / "val2017/unlisted.jpg", test::makeColourImage(30, 20, 4));
  test::writeBytes(dir / "annotations/instances_val2017.json", R"({
    "info": {"year": 2017}, "licenses": [{"id": 1, "name": "x"}],
    "images": [{"id": 1, "file_name": "000001.jpg", "width": 30, "height": 20},
               {"id": 2, "file_name": "000002.jpg", "width": 30, "height": 20},
               {"id": 3, "file_name": "000003.jpg", "width": 30, "height": 20},
               {"id": 4, "file_name": "gone.jpg", "width": 30, "height": 20}],
    "annotations": [{"id": 10, "image_id": 1, "category_id": 18, "bbox": [1, 2, 3, 4],
                     "segmentation": [[1, 2, 3, 4, 5, 6]], "iscrowd": 0, "area": 3.5},
                    {"id": 11, "image_id": 1, "category_id": 1, "bbox": [1, 2, 3, 4], "iscrowd": 1,
                     "segmentation": {"counts": [1, 2], "size": [20, 30]}},
                    {"id": 12, "image_id": 2, "category_id": 90, "bbox": [0, 0, 1, 1]}],
    "categories": [{"supercategory": "animal", "id": 18, "name": "dog"},
                   {"supercategory": "person", "id": 1, "name": "person"},
                   {"supercategory": "indoor", "id": 90, "name": "toothbrush"}]})");
  const Dataset ds = openDataset(dir.path());
  EXPECT_EQ(ds.format, DatasetFormat::Coco);
  EXPECT_EQ(ds.labelClasses, (std::vector<std::string>{"person", "dog", "toothbrush"}));  // sorted by id
  const auto& val = ds.split("val2017");
  EXPECT_EQ(val.imagesFound, 4u);
  ASSERT_EQ(val.samples.size(), 3u);
  EXPECT_EQ(val.samples[0].labels, (std::vector<float>{1, 1, 0}));
  EXPECT_EQ(val.samples[1].labels, (std::vector<float>{0, 0, 1}));
  EXPECT_EQ(val.samples[2].labels, (std::vector<float>{0, 0, 0}));
  EXPECT_NE(findKind(val.problems, ProblemKind::ImageMissing), nullptr);
  EXPECT_NE(findKind(val.problems, ProblemKind::LabelMissing), nullptr);  // unlisted.jpg
}

TEST(DatasetReader, CocoMalformedJson) {
  TempDir dir;
  test::writeImage(dir / "train2017/1.jpg", test::makeColourImage(8, 8, 1));
  test::writeBytes(dir / "annotations/instances_train2017.json",
                   R"({"images": [{"id": 1, "file_name": "1.jpg"},)");
  const Dataset ds = openDataset(dir.path());
  const DataProblem* p = findKind(ds.split("train2017").problems, ProblemKind::AnnotationMalformed);
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("instances_train2017.json"), std::string::npos) << p->message;
  EXPECT_NE(p->message.find("JSON error"), std::string::npos) << p->message;
  ScanOptions fail;
  fail.policy = BadInputPolicy::Fail;
  EXPECT_THROW(openDataset(dir.path(), fail), DataError);
}

TEST(DatasetReader, PascalVoc) {
  TempDir dir;
  test::makeVoc(dir.path());
  EXPECT_EQ(detectDatasetFormat(dir.path()), DatasetFormat::Voc);
  const Dataset ds = openDataset(dir.path());
  EXPECT_EQ(ds.format, DatasetFormat::Voc);
  EXPECT_EQ(ds.labelClasses.size(), 20u);
  EXPECT_EQ(ds.maskClasses.size(), 21u);
  EXPECT_EQ(ds.voidId, 255);
  EXPECT_EQ(ds.maskEncoding, MaskEncoding::VocPalette);
  EXPECT_EQ(ds.splitNames(), (std::vector<std::string>{"train", "val", "seg-train", "seg-val"}));
  const auto& train = ds.split("train");
  ASSERT_EQ(train.samples.size(), 2u);
  std::vector<float> a(20, 0.0f);
  a[11] = 1;  // dog
  a[14] = 1;  // person, difficult: counted by default
  EXPECT_EQ(train.samples[0].labels, a);
  EXPECT_TRUE(train.samples[0].hasMask());
  EXPECT_FALSE(train.samples[1].hasMask());
  EXPECT_EQ(ds.split("seg-val").samples.size(), 1u);

  ScanOptions noDifficult;
  noDifficult.vocCountDifficult = false;
  a[14] = 0;
  EXPECT_EQ(openDataset(dir.path(), noDifficult).split("train").samples[0].labels, a);

  // The devkit's protocol: person (difficult only) is ignored; a class with one ordinary object among
  // difficult ones stays positive whatever the order of the objects.
  ScanOptions devkit;
  devkit.vocIgnoreDifficult = true;
  a[14] = kIgnoredLabel;
  EXPECT_EQ(openDataset(dir.path(), devkit).split("train").samples[0].labels, a);
  test::writeBytes(dir / "VOCdevkit/VOC2012/Annotations/2007_b.xml",
                   "<annotation><object><name>cat</name><difficult>1</difficult></object>"
                   "<object><name>cat</name><difficult>0</difficult></object>"
                   "<object><name>bird</name><difficult>0</difficult></object>"
                   "<object><name>bird</name><difficult>1</difficult></object></annotation>");
  std::vector<float> b(20, 0.0f);
  b[2] = 1;  // bird
  b[7] = 1;  // cat
  EXPECT_EQ(openDataset(dir.path(), devkit).split("train").samples[1].labels, b);
}

TEST(DatasetReader, PascalVocBadXmlAndUnknownClass) {
  TempDir dir;
  test::makeVoc(dir.path());
  const fs::path voc = dir / "VOCdevkit/VOC2012";
  test::writeBytes(voc / "Annotations/2007_b.xml", "<annotation><object><name>cat</name></object>");
  test::writeBytes(voc / "Annotations/2007_c.xml",
                   "<annotation><object><name>dragon</name></object></annotation>");
  const Dataset ds = openDataset(dir.path());
  const DataProblem* bad = findKind(ds.split("train").problems, ProblemKind::AnnotationMalformed);
  ASSERT_NE(bad, nullptr);
  EXPECT_NE(bad->message.find("2007_b.xml"), std::string::npos) << bad->message;
  const DataProblem* unknown = findKind(ds.split("val").problems, ProblemKind::LabelMalformed);
  ASSERT_NE(unknown, nullptr);
  EXPECT_NE(unknown->message.find("dragon"), std::string::npos) << unknown->message;
  EXPECT_EQ(ds.split("train").samples.size(), 1u);
  EXPECT_EQ(ds.split("val").samples.size(), 0u);
}

TEST(DatasetReader, DetectionFailsWithEverythingItLookedFor) {
  TempDir dir;
  test::writeBytes(dir / "readme.txt", "no images here");
  try {
    detectDatasetFormat(dir.path());
    FAIL();
  } catch (const DataError& e) {
    const std::string m = e.what();
    for (const std::string& what :
         {std::string("JPEGImages"), std::string("instances_"), std::string("labels/"), std::string("annot"),
          std::string(".jpg"), dir.path().string()})
      EXPECT_NE(m.find(what), std::string::npos) << what << " missing from: " << m;
  }
  EXPECT_THROW(detectDatasetFormat(dir / "nope"), DataError);
}

TEST(DatasetReader, ForcedFormat) {
  TempDir dir;
  test::makeCamVid(dir.path(), 2, 1, 1, false);
  ScanOptions asFolder;
  asFolder.format = DatasetFormat::Folder;
  const Dataset ds = openDataset(dir.path(), asFolder);
  EXPECT_EQ(ds.format, DatasetFormat::Folder);
  EXPECT_EQ(ds.splitNames(), (std::vector<std::string>{"train", "val", "test"}));
  ScanOptions asVoc;
  asVoc.format = DatasetFormat::Voc;
  EXPECT_THROW(openDataset(dir.path(), asVoc), DataError);
}

TEST(DatasetReader, FormatAndPolicyNames) {
  EXPECT_EQ(parseDatasetFormat("CamVid"), DatasetFormat::CamVid);
  EXPECT_STREQ(toString(DatasetFormat::Coco), "coco");
  EXPECT_THROW(parseDatasetFormat("imagenet"), std::invalid_argument);
  EXPECT_EQ(parseBadInputPolicy("fail"), BadInputPolicy::Fail);
  EXPECT_THROW(parseBadInputPolicy("ignore"), std::invalid_argument);
  EXPECT_EQ(parseImageCheck("decode"), ImageCheck::Decode);
}

}  // namespace
}  // namespace colorproxy
