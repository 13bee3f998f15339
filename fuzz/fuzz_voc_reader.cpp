// libFuzzer target: the Pascal VOC reader. First byte 0: an Annotations/*.xml file; 1: the
// ImageSets/Main/train.txt list; 2: a SegmentationClass palette PNG (the mask decoder).
#include <cstdint>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "colorproxy/data/mask_reader.h"
#include "fuzz_scratch.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const fs::path voc = [] {
    const fs::path d = colorproxy::fuzz::scratchDir("voc") / "VOC2012";
    for (const char* id : {"2007_a", "2007_b"})
      colorproxy::fuzz::writePhoto(d / "JPEGImages" / (std::string(id) + ".jpg"));
    colorproxy::fuzz::writeText(d / "ImageSets/Main/val.txt", "2007_b\n");
    return d;
  }();
  const std::string object = "<annotation><object><name>dog</name></object></annotation>";
  colorproxy::fuzz::writeText(voc / "Annotations/2007_a.xml", object);
  colorproxy::fuzz::writeText(voc / "Annotations/2007_b.xml", object);
  colorproxy::fuzz::writeText(voc / "ImageSets/Main/train.txt", "2007_a\n");
  std::error_code ec;
  fs::remove_all(voc / "SegmentationClass", ec);
  const auto in = colorproxy::fuzz::select(data, size, 3);
  const fs::path target = in.file == 0   ? voc / "Annotations/2007_a.xml"
                          : in.file == 1 ? voc / "ImageSets/Main/train.txt"
                                         : voc / "SegmentationClass/2007_a.png";
  colorproxy::fuzz::writeFile(target, in.data, in.size);
  try {
    colorproxy::ScanOptions o;
    o.format = colorproxy::DatasetFormat::Voc;
    const colorproxy::Dataset ds = colorproxy::openDataset(voc.parent_path(), o);
    if (in.file == 2) (void)colorproxy::decodeMask(in.data, in.size, target, ds.maskSpec());
  } catch (const colorproxy::DataError&) {
  }
  return 0;
}
