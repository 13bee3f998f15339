#pragma once
// Where the bundled data (samples/, models/) may live besides the places found from the working folder
// and the executable: recorded when the build was configured, so a build folder anywhere (outside the
// source tree too) and an installed copy both find it.
#include <filesystem>
#include <vector>

namespace colorproxy {

/// The recorded data folders, in search order: this source tree's resources/ and
/// <install prefix>/share/colorproxy. Each may hold samples/ and models/; callers check what exists.
std::vector<std::filesystem::path> recordedDataFolders();

}  // namespace colorproxy
