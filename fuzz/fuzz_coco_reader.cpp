// libFuzzer target: the COCO readers. First byte 0: the bytes are annotations/instances_train.json (the
// streaming JSON reader); 1: a YOLO label file; 2: the YOLO classes.txt.
#include <cstdint>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "fuzz_scratch.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const fs::path dir = [] {
    const fs::path d = colorproxy::fuzz::scratchDir("coco");
    for (const char* name : {"a.png", "b.png"}) {
      colorproxy::fuzz::writePhoto(d / "json/train" / name);
      colorproxy::fuzz::writePhoto(d / "yolo/images/train" / name);
    }
    return d;
  }();
  const auto in = colorproxy::fuzz::select(data, size, 3);
  fs::path root;
  if (in.file == 0) {
    root = dir / "json";
    colorproxy::fuzz::writeFile(root / "annotations/instances_train.json", in.data, in.size);
  } else {
    root = dir / "yolo";
    colorproxy::fuzz::writeText(root / "classes.txt", "cat\ndog\nbird\n");
    colorproxy::fuzz::writeText(root / "labels/train/b.txt", "1 0.5 0.5 0.2 0.2\n");
    colorproxy::fuzz::writeFile(root / (in.file == 1 ? "labels/train/a.txt" : "classes.txt"), in.data,
                                in.size);
  }
  try {
    colorproxy::ScanOptions o;
    o.format = colorproxy::DatasetFormat::Coco;
    const colorproxy::Dataset ds = colorproxy::openDataset(root, o);
    for (const auto& s : ds.splits)
      for (const auto& sample : s.samples)
        if (!sample.labels.empty() && sample.labels.size() != ds.labelClasses.size()) __builtin_trap();
  } catch (const colorproxy::DataError&) {
  }
  return 0;
}
