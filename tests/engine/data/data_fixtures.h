#pragma once
// Tiny on-disk datasets of every layout, written in a temp folder by the data tests.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "support/png_bytes.h"

namespace colorproxy::test {

/// Writes `image` with cv::imwrite, creating folders; throws when OpenCV refuses.
void writeImage(const std::filesystem::path& path, const cv::Mat& image);

/// The first `keep` bytes of `path` (to make truncated files).
void truncateFile(const std::filesystem::path& path, std::size_t keep);

/// A mask whose left half is `a` and right half `b`.
cv::Mat twoClassMask(int width, int height, std::uint8_t a, std::uint8_t b);

/// CamVid (SegNet layout): train/val/test with <split>annot masks (ids 0..11), classes.txt, and a
/// list file per split when `lists`. Images are w x h JPEGs.
void makeCamVid(const std::filesystem::path& root, int train, int val, int test, bool lists, int w = 40,
                int h = 30);

/// COCO in the YOLO layout: images/<split>, labels/<split>, classes.txt (3 classes a b c) and masks/.
void makeCocoYolo(const std::filesystem::path& root);

/// Pascal VOC 2012: JPEGImages, Annotations, SegmentationClass (palette PNGs), ImageSets/Main and
/// ImageSets/Segmentation (train and val).
void makeVoc(const std::filesystem::path& root);

}  // namespace colorproxy::test
