// libFuzzer target: the CamVid (SegNet layout) reader. First byte 0: the train.txt list file; 1: classes.txt;
// 2: a trainannot/ mask (header check, then the id mask decoder).
#include <cstdint>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "colorproxy/data/mask_reader.h"
#include "fuzz_scratch.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const fs::path root = [] {
    const fs::path d = colorproxy::fuzz::scratchDir("camvid");
    for (const char* split : {"train", "test"}) {
      colorproxy::fuzz::writePhoto(d / split / "a.png");
      colorproxy::fuzz::writePhoto(d / split / "b.png");
      const cv::Mat ids(8, 8, CV_8UC1, cv::Scalar(3));
      cv::imwrite((d / (std::string(split) + "annot") / "b.png").string(), ids);
    }
    return d;
  }();
  std::error_code ec;
  fs::remove(root / "train.txt", ec);
  fs::remove(root / "classes.txt", ec);
  cv::imwrite((root / "trainannot/a.png").string(), cv::Mat(8, 8, CV_8UC1, cv::Scalar(1)));
  const auto in = colorproxy::fuzz::select(data, size, 3);
  const fs::path target = in.file == 0   ? root / "train.txt"
                          : in.file == 1 ? root / "classes.txt"
                                         : root / "trainannot/a.png";
  colorproxy::fuzz::writeFile(target, in.data, in.size);
  try {
    colorproxy::ScanOptions o;
    o.format = colorproxy::DatasetFormat::CamVid;
    const colorproxy::Dataset ds = colorproxy::openDataset(root, o);
    if (in.file == 2) (void)colorproxy::decodeMask(in.data, in.size, target, ds.maskSpec());
  } catch (const colorproxy::DataError&) {
  }
  return 0;
}
