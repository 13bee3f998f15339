#include "colorproxy/io/data_folders.h"

// Set for this file only by engine/CMakeLists.txt (so a changed path rebuilds one small file).
#ifndef COLORPROXY_SOURCE_DATA_DIR
#define COLORPROXY_SOURCE_DATA_DIR ""
#endif
#ifndef COLORPROXY_INSTALL_DATA_DIR
#define COLORPROXY_INSTALL_DATA_DIR ""
#endif

namespace colorproxy {

std::vector<std::filesystem::path> recordedDataFolders() {
  std::vector<std::filesystem::path> folders;
  for (const char* dir : {COLORPROXY_SOURCE_DATA_DIR, COLORPROXY_INSTALL_DATA_DIR})
    if (*dir) folders.emplace_back(dir);
  return folders;
}

}  // namespace colorproxy
