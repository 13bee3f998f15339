#pragma once
// Tiny generated datasets and a tiny "pretraining run" for the fine-tuning tests.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace colorproxy::test {

/// CamVid (SegNet layout) with `perSplit` images of w x h in each of train/val/test; masks hold classes
/// 0..2 laid out along the image's brightness bands and void 11 in a corner; classes.txt lists 0..2 + 11.
void makeFinetuneCamVid(const std::filesystem::path& root, int perSplit, int w = 40, int h = 32);

/// COCO in YOLO layout with classes.txt {bright, dark, striped}: images/train2017 and images/val2017
/// with `perSplit` images each and one label file per image.
void makeFinetuneYolo(const std::filesystem::path& root, int perSplit, int w = 40, int h = 32);

/// A colorization "run folder" holding checkpoints/latest.pt with a randomly initialised generator
/// (module "generator", 1 -> 2 channels) of the given shape and a config.json; returns the folder.
std::filesystem::path makePretrainedRun(const std::filesystem::path& parent, int ngf, int numDowns,
                                        std::uint64_t seed = 7);

}  // namespace colorproxy::test
