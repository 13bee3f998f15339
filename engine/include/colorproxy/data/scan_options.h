#pragma once
// Settings for scanning a dataset folder.
#include <string>

#include "colorproxy/data/data_problem.h"
#include "colorproxy/data/dataset_format.h"

namespace colorproxy {

/// How closely the scan looks at each image.
enum class ImageCheck {
  None,    ///< only that the file exists (fastest; problems surface at load time)
  Header,  ///< parse the file header and check its end (size, channels, bit depth, truncation)
  Decode,  ///< decode every image fully (slow on big folders, catches corrupt data mid-file)
};

/// Settings for openDataset().
struct ScanOptions {
  DatasetFormat format = DatasetFormat::Auto;    ///< force a layout instead of detecting it
  BadInputPolicy policy = BadInputPolicy::Skip;  ///< Fail: the first Error-severity problem throws
  ImageCheck imageCheck = ImageCheck::Header;
  bool keepGrayscale = false;     ///< false: grayscale images are reported and excluded (colorization)
  bool checkMaskHeaders = true;   ///< read mask headers to compare their size with the image's
  bool vocCountDifficult = true;  ///< VOC: objects marked difficult count as present
  /// VOC devkit protocol (wins over vocCountDifficult): a class present only as difficult objects gets
  /// kIgnoredLabel, neither positive nor negative.
  bool vocIgnoreDifficult = false;
};

/// Stable name of an ImageCheck ("none", "header", "decode").
const char* toString(ImageCheck check);
/// Parses the names above; throws std::invalid_argument listing them.
ImageCheck parseImageCheck(const std::string& text);

}  // namespace colorproxy
