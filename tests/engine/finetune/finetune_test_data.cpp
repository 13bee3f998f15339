#include "finetune_test_data.h"

#include <fstream>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "io/checkpoint.h"
#include "models/unet_generator.h"
#include "models/weight_init.h"
#include "support/test_support.h"

namespace colorproxy::test {
namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const cv::Mat& image) {
  fs::create_directories(file.parent_path());
  if (!cv::imwrite(file.string(), image)) throw std::runtime_error("cannot write " + file.string());
}

// A picture whose three horizontal bands have distinct lightness, shifted per image.
cv::Mat bandImage(int w, int h, int index, cv::Mat* mask) {
  cv::Mat img = makeColourImage(w, h, unsigned(index + 1));
  cv::Mat ids(h, w, CV_8U, cv::Scalar(0));
  const int shift = index % 3;
  for (int y = 0; y < h; ++y) {
    const int band = (y * 3 / h + shift) % 3;
    const double gain = band == 0 ? 1.0 : band == 1 ? 0.55 : 0.15;
    img.row(y) *= gain;
    ids.row(y).setTo(band);
  }
  ids(cv::Rect(0, 0, w / 5, h / 5)).setTo(11);
  if (mask) *mask = ids;
  return img;
}

}  // namespace

void makeFinetuneCamVid(const fs::path& root, int perSplit, int w, int h) {
  int index = 0;
  for (const char* split : {"train", "val", "test"}) {
    for (int i = 0; i < perSplit; ++i, ++index) {
      cv::Mat mask;
      const cv::Mat img = bandImage(w, h, index, &mask);
      const std::string stem = std::string(split) + "_" + std::to_string(i);
      write(root / split / (stem + ".png"), img);
      write(root / (std::string(split) + "annot") / (stem + ".png"), mask);
    }
  }
  std::ofstream(root / "classes.txt") << "0 Sky\n1 Road\n2 Car\n11 Unlabelled\n";
}

void makeFinetuneYolo(const fs::path& root, int perSplit, int w, int h) {
  int index = 0;
  for (const char* split : {"train2017", "val2017"}) {
    for (int i = 0; i < perSplit; ++i, ++index) {
      cv::Mat img = makeColourImage(w, h, unsigned(index + 11));
      const bool bright = index % 2 == 0, striped = index % 3 == 0;
      if (!bright) img *= 0.3;
      if (striped)
        for (int x = 0; x < w; x += 6) img.col(x).setTo(cv::Scalar(255, 255, 255));
      const std::string stem = std::to_string(100000 + index);
      write(root / "images" / split / (stem + ".jpg"), img);
      fs::create_directories(root / "labels" / split);
      std::ofstream label(root / "labels" / split / (stem + ".txt"));
      label << (bright ? 0 : 1) << " 0.5 0.5 0.4 0.4\n";
      if (striped) label << "2 0.5 0.5 0.9 0.9\n";
    }
  }
  std::ofstream(root / "classes.txt") << "bright\ndark\nstriped\n";
}

fs::path makePretrainedRun(const fs::path& parent, int ngf, int numDowns, std::uint64_t seed) {
  const fs::path run = parent / ("pretrain-ngf" + std::to_string(ngf) + "-d" + std::to_string(numDowns));
  fs::create_directories(run / "checkpoints");
  torch::manual_seed(seed);
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(ngf).numDowns(numDowns));
  initPix2PixWeights(*g);
  // Batch-norm running statistics as a trained generator would have them (not the 0/1 defaults), so a
  // transfer that forgot buffers would show.
  {
    torch::NoGradGuard noGrad;
    for (auto& b : g->named_buffers())
      if (b.key().find("running_") != std::string::npos) b.value().uniform_(0.5, 1.5);
  }
  CheckpointWriter writer;
  writer.addModule("generator", *g);
  writer.setMeta(R"({"kind":"colorization","epoch":1})");
  writer.save(run / "checkpoints" / "latest.pt");
  std::ofstream(run / "config.json")
      << R"({"task":"colorization","settings":{"pretext":"gan","imageSize":32,"ngf":)" << ngf
      << R"(,"numDowns":)" << numDowns << "}}";
  return run;
}

}  // namespace colorproxy::test
