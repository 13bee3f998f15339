#include "colorproxy/data/dataset_reader.h"

#include "colorproxy/data/data_error.h"
#include "data/readers.h"

namespace fs = std::filesystem;

namespace colorproxy {

bool isImageFile(const fs::path& path) {
  const std::string ext = toLower(path.extension().string());
  return ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".bmp" || ext == ".webp" ||
         ext == ".tif" || ext == ".tiff";
}

namespace {

bool hasAnyImage(const fs::path& root) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return false;
    if (it->is_regular_file(ec) && isImageFile(it->path())) return true;
  }
  return false;
}

/// An unreadable root would otherwise look empty ("no dataset found") and send the user looking for files.
void requireListable(const fs::path& root) {
  std::error_code ec;
  fs::directory_iterator probe(root, ec);
  if (!ec) return;
  throw DataError(root.string() + ": cannot be read (" +
                      (ec == std::errc::permission_denied
                           ? std::string("permission denied; make it readable, e.g. chmod +rx")
                           : ec.message()) +
                      ")",
                  root);
}

}  // namespace

DatasetFormat detectDatasetFormat(const fs::path& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec))
    throw DataError(root.string() + ": " + (fs::exists(root, ec) ? "is not a folder" : "no such folder") +
                        "; give the dataset's root folder",
                    root);
  requireListable(root);
  if (!findVocRoot(root).empty()) return DatasetFormat::Voc;
  if (looksLikeCocoJson(root) || looksLikeYolo(root)) return DatasetFormat::Coco;
  if (looksLikeCamVid(root)) return DatasetFormat::CamVid;
  if (hasAnyImage(root)) return DatasetFormat::Folder;
  throw DataError(
      "no dataset found in " + root.string() +
          ". Looked for: Pascal VOC (JPEGImages/ with Annotations/, SegmentationClass/ or ImageSets/, also "
          "under VOC20xx/ or VOCdevkit/VOC20xx/); COCO (annotations/instances_*.json, or images/ with "
          "labels/ holding YOLO .txt files); CamVid (<split>/ with <split>annot/ beside it, e.g. train/ and "
          "trainannot/); a plain folder of images (.jpg .jpeg .png .bmp .webp .tif .tiff, searched "
          "recursively). None of them is there.",
      root);
}

Dataset openDataset(const fs::path& root, const ScanOptions& options) {
  Dataset dataset;
  dataset.format = options.format == DatasetFormat::Auto ? detectDatasetFormat(root) : options.format;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) throw DataError(root.string() + ": no such folder", root);
  requireListable(root);
  dataset.root = fs::weakly_canonical(root, ec);
  if (ec) dataset.root = root;
  ScanContext ctx(options, dataset);
  switch (dataset.format) {
    case DatasetFormat::Folder:
      readFolderDataset(ctx);
      break;
    case DatasetFormat::Coco:
      readCocoDataset(ctx);
      break;
    case DatasetFormat::Voc:
      readVocDataset(ctx);
      break;
    case DatasetFormat::CamVid:
      readCamVidDataset(ctx);
      break;
    case DatasetFormat::Auto:
      break;
  }
  return dataset;
}

}  // namespace colorproxy
