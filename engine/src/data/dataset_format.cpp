#include "colorproxy/data/dataset_format.h"
#include "colorproxy/base/text.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "colorproxy/data/scan_options.h"

namespace colorproxy {

const char* toString(DatasetFormat format) {
  switch (format) {
    case DatasetFormat::Auto:
      return "auto";
    case DatasetFormat::Folder:
      return "folder";
    case DatasetFormat::Coco:
      return "coco";
    case DatasetFormat::Voc:
      return "voc";
    case DatasetFormat::CamVid:
      return "camvid";
  }
  return "unknown";
}

DatasetFormat parseDatasetFormat(const std::string& text) {
  const std::string t = toLower(text);
  for (DatasetFormat f : {DatasetFormat::Auto, DatasetFormat::Folder, DatasetFormat::Coco, DatasetFormat::Voc,
                          DatasetFormat::CamVid})
    if (t == toString(f)) return f;
  throw std::invalid_argument("dataset format '" + text + "' is not one of: auto, folder, coco, voc, camvid");
}

const char* toString(ImageCheck check) {
  switch (check) {
    case ImageCheck::None:
      return "none";
    case ImageCheck::Header:
      return "header";
    case ImageCheck::Decode:
      return "decode";
  }
  return "unknown";
}

ImageCheck parseImageCheck(const std::string& text) {
  const std::string t = toLower(text);
  for (ImageCheck c : {ImageCheck::None, ImageCheck::Header, ImageCheck::Decode})
    if (t == toString(c)) return c;
  throw std::invalid_argument("image check '" + text + "' is not one of: none, header, decode");
}

}  // namespace colorproxy
