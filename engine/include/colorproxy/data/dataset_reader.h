#pragma once
// Finding and scanning datasets on disk.
#include <filesystem>

#include "colorproxy/data/dataset.h"
#include "colorproxy/data/scan_options.h"

namespace colorproxy {

/// The layout of the folder `root`. Throws DataError listing everything looked for when nothing
/// fits (or when `root` is not a folder).
DatasetFormat detectDatasetFormat(const std::filesystem::path& root);

/// Scans `root` (layout detected unless options.format says otherwise) into a Dataset. Problem
/// files are recorded in the splits; with BadInputPolicy::Fail the first Error throws DataError.
/// Reads file headers, not pixels, unless options.imageCheck is Decode.
Dataset openDataset(const std::filesystem::path& root, const ScanOptions& options = {});

/// True for the image extensions the readers accept (jpg jpeg png bmp webp tif tiff, any case).
bool isImageFile(const std::filesystem::path& path);

}  // namespace colorproxy
