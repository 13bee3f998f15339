#include "data_fixtures.h"

#include <fstream>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/mask_reader.h"
#include "support/png_bytes.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

namespace colorproxy::test {
void writeImage(const fs::path& path, const cv::Mat& image) {
  fs::create_directories(path.parent_path());
  if (!cv::imwrite(path.string(), image)) throw std::runtime_error("cv::imwrite failed for " + path.string());
}

void truncateFile(const fs::path& path, std::size_t keep) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  writeBytes(path, bytes.substr(0, keep));
}

cv::Mat twoClassMask(int width, int height, std::uint8_t a, std::uint8_t b) {
  cv::Mat m(height, width, CV_8UC1, cv::Scalar(a));
  m(cv::Rect(width / 2, 0, width - width / 2, height)).setTo(b);
  return m;
}

void makeCamVid(const fs::path& root, int train, int val, int test, bool lists, int w, int h) {
  writeBytes(
      root / "classes.txt",
      "0 Sky\n1 Building\n2 Pole\n3 Road\n4 Pavement\n5 Tree\n6 SignSymbol\n7 Fence\n8 Car\n9 Pedestrian\n"
      "10 Bicyclist\n11 Unlabelled\n");
  unsigned seed = 1;
  for (auto [name, count] : {std::pair<std::string, int>{"train", train}, {"val", val}, {"test", test}}) {
    std::string list;
    for (int i = 0; i < count; ++i) {
      const std::string stem = name + "_" + std::to_string(i);
      writeImage(root / name / (stem + ".jpg"), makeColourImage(w, h, seed++));
      writeImage(root / (name + "annot") / (stem + ".png"), twoClassMask(w, h, std::uint8_t(i % 11), 11));
      // The SegNet lists name .png images at absolute paths of another machine.
      list +=
          "/SegNet/CamVid/" + name + "/" + stem + ".png /SegNet/CamVid/" + name + "annot/" + stem + ".png\n";
    }
    if (lists) writeBytes(root / (name + ".txt"), list);
  }
}

void makeCocoYolo(const fs::path& root) {
  writeBytes(root / "classes.txt", "a\nb\nc\n");
  writeBytes(root / "semantic_classes.txt", "0 unlabeled\n1 a\n2 b\n5 sky\n");
  // train: img0 {a}, img1 {b, c}, img2 no label file, img3 grayscale; one orphan label file.
  writeImage(root / "images/train/img0.jpg", makeColourImage(32, 24, 1));
  writeBytes(root / "labels/train/img0.txt", "0 0.5 0.5 0.2 0.2\n0 0.1 0.1 0.1 0.1\n");
  writeImage(root / "images/train/img1.jpg", makeColourImage(32, 24, 2));
  writeBytes(root / "labels/train/img1.txt", "1 0.5 0.5 0.2 0.2\n2 0.3 0.3 0.1 0.1\n");
  writeImage(root / "images/train/img2.jpg", makeColourImage(32, 24, 3));
  cv::Mat gray;
  cv::extractChannel(makeColourImage(32, 24, 4), gray, 1);
  writeImage(root / "images/train/img3.jpg", gray);
  writeBytes(root / "labels/train/img3.txt", "0 0.5 0.5 0.2 0.2\n");
  writeBytes(root / "labels/train/orphan.txt", "1 0.5 0.5 0.2 0.2\n");
  writeImage(root / "masks/train/img0.png", twoClassMask(32, 24, 1, 5));
  writeImage(root / "masks/train/img1.png", twoClassMask(32, 24, 0, 2));
  // val: one image {c} with a mask.
  writeImage(root / "images/val/v0.jpg", makeColourImage(32, 24, 5));
  writeBytes(root / "labels/val/v0.txt", "2 0.5 0.5 0.2 0.2\n");
  writeImage(root / "masks/val/v0.png", twoClassMask(32, 24, 5, 5));
}

void makeVoc(const fs::path& root) {
  const fs::path voc = root / "VOCdevkit/VOC2012";
  const auto& cmap = vocColormap();
  const std::vector<cv::Vec3b> palette(cmap.begin(), cmap.end());
  auto xml = [](const std::vector<std::pair<std::string, int>>& objects) {
    std::string s = "<annotation><folder>VOC2012</folder><size><width>40</width><height>30</height></size>";
    for (const auto& [name, difficult] : objects)
      s += "<object><name>" + name + "</name><difficult>" + std::to_string(difficult) +
           "</difficult></object>";
    return s + "</annotation>";
  };
  // a: dog + person(difficult), with a mask; b: cat; c: car, with a mask (car 7 and void border).
  writeImage(voc / "JPEGImages/2007_a.jpg", makeColourImage(40, 30, 11));
  writeImage(voc / "JPEGImages/2007_b.jpg", makeColourImage(40, 30, 12));
  writeImage(voc / "JPEGImages/2007_c.jpg", makeColourImage(40, 30, 13));
  writeBytes(voc / "Annotations/2007_a.xml", xml({{"dog", 0}, {"person", 1}}));
  writeBytes(voc / "Annotations/2007_b.xml", xml({{"cat", 0}}));
  writeBytes(voc / "Annotations/2007_c.xml", xml({{"car", 0}}));
  writePalettePng(voc / "SegmentationClass/2007_a.png", twoClassMask(40, 30, 12, 15), palette);
  cv::Mat c = twoClassMask(40, 30, 0, 7);
  c.row(0).setTo(255);
  writePalettePng(voc / "SegmentationClass/2007_c.png", c, palette);
  writeBytes(voc / "ImageSets/Main/train.txt", "2007_a\n2007_b\n");
  writeBytes(voc / "ImageSets/Main/val.txt", "2007_c\n");
  writeBytes(voc / "ImageSets/Main/dog_train.txt", "2007_a  1\n2007_b -1\n");
  writeBytes(voc / "ImageSets/Segmentation/train.txt", "2007_a\n");
  writeBytes(voc / "ImageSets/Segmentation/val.txt", "2007_c\n");
}

}  // namespace colorproxy::test
