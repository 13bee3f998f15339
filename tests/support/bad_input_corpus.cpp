#include "support/bad_input_corpus.h"

#include <opencv2/imgcodecs.hpp>

#include "support/png_bytes.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

namespace colorproxy::test {
namespace {

constexpr int kSide = 48;

void writePng(const fs::path& path, const cv::Mat& image) {
  fs::create_directories(path.parent_path());
  cv::imwrite(path.string(), image);
}

/// The first `keep` bytes of a freshly encoded image.
std::string encodedPrefix(const std::string& ext, std::size_t keep) {
  std::vector<uchar> buf;
  cv::imencode(ext, makeColourImage(kSide, kSide, 9), buf);
  return std::string(buf.begin(), buf.begin() + long(std::min(keep, buf.size())));
}

/// A JPEG whose frame header declares 4 components (CMYK), ending right after it.
std::string cmykJpegHeader() {
  std::string j = "\xFF\xD8";                                        // SOI
  j += std::string("\xFF\xC0\x00\x14\x08\x00\x30\x00\x30\x04", 10);  // SOF0: 8-bit 48x48, 4 components
  for (int c = 1; c <= 4; ++c) j += std::string{char(c), '\x11', '\x00'};
  j += "\xFF\xD9";  // EOI
  return j;
}

void addColourImages(const fs::path& dir, int count, unsigned seed) {
  for (int i = 0; i < count; ++i)
    writePng(dir / ("good" + std::to_string(i) + ".png"), makeColourImage(kSide, kSide, seed + unsigned(i)));
}

std::string cocoJson(const std::string& images, const std::string& annotations) {
  return "{\"images\": [" + images + "], \"annotations\": [" + annotations +
         "], \"categories\": [{\"id\": 1, \"name\": \"cat\"}, {\"id\": 2, \"name\": \"dog\"}]}";
}

/// COCO JSON layout with a good val split and a train split described by `trainJson`.
void makeCoco(const fs::path& root, const std::string& trainJson) {
  addColourImages(root / "train", 4, 20);
  addColourImages(root / "val", 2, 30);
  writeBytes(root / "annotations/instances_train.json", trainJson);
  writeBytes(root / "annotations/instances_val.json",
             cocoJson(R"({"id": 1, "file_name": "good0.png"}, {"id": 2, "file_name": "good1.png"})",
                      R"({"image_id": 1, "category_id": 1}, {"image_id": 2, "category_id": 2})"));
}

}  // namespace

BadInputCorpus makeBadInputCorpus(const fs::path& root) {
  BadInputCorpus c;
  c.root = root;
  c.clean = root / "clean";
  c.photos = root / "photos";
  addColourImages(c.clean, 4, 1);
  addColourImages(c.photos, 4, 1);
  const auto bad = [&](const std::string& name, const std::string& bytes, const std::string& what) {
    writeBytes(c.photos / name, bytes);
    c.badImages.push_back({c.photos / name, what});
  };
  bad("empty.jpg", "", "0-byte JPEG");
  bad("cut.png", encodedPrefix(".png", 120), "truncated PNG");
  bad("cut.jpg", encodedPrefix(".jpg", 300), "truncated JPEG");
  bad("text.png", "this is not an image\n", "text named .png");
  bad("cmyk.jpg", cmykJpegHeader(), "CMYK JPEG");
  writeBombPng(c.photos / "bomb.png", 30000, 30000);
  c.badImages.push_back({c.photos / "bomb.png", "palette PNG claiming 30000x30000"});
  writeBombPng(c.photos / "bomb60k.png", 60000, 60000);
  c.badImages.push_back({c.photos / "bomb60k.png", "palette PNG claiming 60000x60000"});
  cv::Mat deep(kSide, kSide, CV_16UC3, cv::Scalar(1000, 20000, 40000));
  writePng(c.photos / "deep16.png", deep);
  c.badImages.push_back({c.photos / "deep16.png", "16-bit PNG", true});
  fs::create_symlink("loop.jpg", c.photos / "loop.jpg");  // points at itself
  c.badImages.push_back({c.photos / "loop.jpg", "symbolic link loop"});
  fs::create_symlink("gone.png", c.photos / "dangling.png");
  c.badImages.push_back({c.photos / "dangling.png", "dangling symbolic link"});

  c.cocoTruncated = root / "coco-truncated";
  makeCoco(c.cocoTruncated, R"({"images": [{"id": 1, "file_name": "good0.png"}, {"id": 2, "file_na)");
  c.cocoStringIds = root / "coco-string-ids";
  makeCoco(c.cocoStringIds,
           cocoJson(R"({"id": "1", "file_name": "good0.png"}, {"id": "2", "file_name": "good1.png"},
                       {"id": "3", "file_name": "good2.png"}, {"id": "4", "file_name": "good3.png"})",
                    R"({"image_id": "1", "category_id": 1}, {"image_id": "2", "category_id": 2})"));
  c.cocoDuplicateIds = root / "coco-duplicate-ids";
  makeCoco(c.cocoDuplicateIds,
           cocoJson(R"({"id": 1, "file_name": "good0.png"}, {"id": 1, "file_name": "good1.png"},
                       {"id": 3, "file_name": "good2.png"}, {"id": 4, "file_name": "good3.png"})",
                    R"({"image_id": 1, "category_id": 1}, {"image_id": 3, "category_id": 2})"));

  c.yoloFractionalClass = root / "yolo-fractional-class";
  addColourImages(c.yoloFractionalClass / "images/train", 3, 40);
  addColourImages(c.yoloFractionalClass / "images/val", 2, 50);
  writeBytes(c.yoloFractionalClass / "classes.txt", "a\nb\nc\nd\ne\n");
  writeBytes(c.yoloFractionalClass / "labels/train/good0.txt", "0 0.5 0.5 0.2 0.2\n");
  writeBytes(c.yoloFractionalClass / "labels/train/good1.txt", "3.7 0.5 0.5 0.2 0.2\n");
  writeBytes(c.yoloFractionalClass / "labels/train/good2.txt", "1 0.5 0.5 0.2 0.2\n");
  writeBytes(c.yoloFractionalClass / "labels/val/good0.txt", "2 0.5 0.5 0.2 0.2\n");
  writeBytes(c.yoloFractionalClass / "labels/val/good1.txt", "4 0.5 0.5 0.2 0.2\n");

  c.vocBadXml = root / "voc-bad-xml";
  const fs::path voc = c.vocBadXml / "VOC2012";
  fs::create_directories(voc / "JPEGImages");
  for (const char* id : {"2007_a", "2007_b", "2007_c"})
    cv::imwrite((voc / "JPEGImages" / (std::string(id) + ".jpg")).string(),
                makeColourImage(kSide, kSide, 60));
  const std::string object = "<object><name>dog</name><difficult>0</difficult></object>";
  writeBytes(voc / "Annotations/2007_a.xml", "<annotation>" + object + "</annotation>");
  writeBytes(voc / "Annotations/2007_b.xml", "<annotation><object><name>dog</na");
  writeBytes(voc / "Annotations/2007_c.xml", "<annotation>" + object + "</annotation>");
  writeBytes(voc / "ImageSets/Main/train.txt", "2007_a\n2007_b\n");
  writeBytes(voc / "ImageSets/Main/val.txt", "2007_c\n");

  c.camvidBadMask = root / "camvid-bad-mask";
  for (const char* split : {"train", "test"}) {
    addColourImages(c.camvidBadMask / split, 3, 70);
    for (int i = 0; i < 3; ++i) {
      const int side = std::string(split) == "train" && i == 1 ? kSide / 2 : kSide;  // one wrong size
      writePng(c.camvidBadMask / (std::string(split) + "annot") / ("good" + std::to_string(i) + ".png"),
               cv::Mat(side, side, CV_8UC1, cv::Scalar(i)));
    }
  }
  writeBytes(c.camvidBadMask / "trainannot/good2.png", encodedPrefix(".png", 60));

  c.malformedConfig = root / "configs/malformed.json";
  writeBytes(c.malformedConfig, "{\"epochs\": 2, \"batchSize\": ");
  c.wrongTypeConfig = root / "configs/wrong-type.json";
  writeBytes(c.wrongTypeConfig, "{\"epochs\": \"many\"}");
  c.emptyCheckpoint = root / "checkpoints/empty.pt";
  writeBytes(c.emptyCheckpoint, "");
  c.garbageCheckpoint = root / "checkpoints/garbage.pt";
  std::string noise(4096, '\0');
  for (std::size_t i = 0; i < noise.size(); ++i) noise[i] = char((i * 2654435761u) >> 13);
  writeBytes(c.garbageCheckpoint, "PK\x03\x04" + noise);
  return c;
}

}  // namespace colorproxy::test
