#pragma once
// How a dataset's mask files encode class ids.
#include <vector>

namespace colorproxy {

/// How mask pixels map to class ids.
enum class MaskEncoding {
  Ids,         ///< 8-bit single-channel PNG whose pixel value is the class id (CamVid, COCO)
  VocPalette,  ///< palette PNG (index = id, as Pascal VOC); RGB files in the VOC colour map and
               ///< grayscale id files are accepted too
};

/// What the loader needs to read and check a dataset's masks.
struct MaskSpec {
  MaskEncoding encoding = MaskEncoding::Ids;
  std::vector<int> validIds;  ///< ids that may appear (classes + void); empty = any 0..255
  int voidId = -1;            ///< ignore id, or -1
};

}  // namespace colorproxy
