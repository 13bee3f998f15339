#pragma once
// The dataset layouts the readers understand.
#include <string>

namespace colorproxy {

/// A dataset layout on disk; Auto asks the reader to detect it.
enum class DatasetFormat { Auto, Folder, Coco, Voc, CamVid };

/// "auto", "folder", "coco", "voc" or "camvid".
const char* toString(DatasetFormat format);
/// Parses the names above (case-insensitive); throws std::invalid_argument listing them.
DatasetFormat parseDatasetFormat(const std::string& text);

}  // namespace colorproxy
