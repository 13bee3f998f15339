// Plain image folders: every image below the root, or one split per train/val/test sub-folder.
#include <map>
#include <set>

#include "colorproxy/data/dataset_reader.h"
#include "data/readers.h"

namespace fs = std::filesystem;

namespace colorproxy {
namespace {

/// Folders that hold annotations rather than photos (masks, label maps) in common layouts.
bool isAnnotationFolder(const std::string& name) {
  const std::string n = toLower(name);
  return n == "masks" || n == "labels" || n == "annotations" || n.rfind("segmentation", 0) == 0 ||
         (n.size() > 5 && n.compare(n.size() - 5, 5, "annot") == 0);
}

/// The images below `dir`, leaving out annotation folders (each reported once as ignored).
std::vector<fs::path> photosBelow(ScanContext& ctx, const fs::path& dir) {
  std::vector<fs::path> out;
  std::map<fs::path, std::size_t> skipped;
  for (const auto& img : listImages(dir, true)) {
    fs::path annotationDir;
    for (fs::path p = img.parent_path(); p != dir && p.has_relative_path(); p = p.parent_path())
      if (isAnnotationFolder(p.filename().string())) annotationDir = p;
    if (annotationDir.empty())
      out.push_back(img);
    else
      ++skipped[annotationDir];
  }
  for (const auto& [folder, count] : skipped)
    ctx.report(nullptr, folder, ProblemKind::Ignored, ProblemSeverity::Note,
               folder.string() + ": " + std::to_string(count) +
                   " image(s) in an annotation folder (masks/labels) are not used as photos");
  return out;
}

}  // namespace

void readFolderDataset(ScanContext& ctx) {
  Dataset& ds = ctx.dataset();
  ds.layout = "image folder";
  const std::vector<fs::path> all = photosBelow(ctx, ds.root);
  auto under = [](const fs::path& file, const fs::path& dir) {
    const fs::path rel = file.lexically_relative(dir);
    return !rel.empty() && *rel.begin() != "..";
  };
  static const char* kSplitNames[] = {"train", "val", "valid", "validation", "test"};
  std::vector<std::pair<fs::path, std::vector<fs::path>>> splits;
  for (const char* name : kSplitNames) {
    const fs::path d = findDirNoCase(ds.root, name);
    if (d.empty()) continue;
    std::vector<fs::path> images;
    for (const auto& img : all)
      if (under(img, d)) images.push_back(img);
    if (!images.empty()) splits.emplace_back(d, std::move(images));
  }
  if (splits.empty())
    splits.emplace_back(fs::path(), all);
  else
    ds.layout = "image folder with split sub-folders";

  std::set<fs::path> inSplits;
  for (auto& [dir, images] : splits) {
    DatasetSplit split;
    split.name = dir.empty() ? "all" : dir.filename().string();
    split.imagesFound = images.size();
    for (const auto& img : images) {
      inSplits.insert(img);
      Sample s;
      s.image = img;
      ctx.addSample(split, std::move(s));
    }
    ds.splits.push_back(std::move(split));
  }
  std::size_t outside = 0;
  fs::path firstOutside;
  for (const auto& img : all)
    if (!inSplits.count(img) && outside++ == 0) firstOutside = img;
  if (outside > 0)
    ctx.report(nullptr, firstOutside, ProblemKind::Ignored, ProblemSeverity::Note,
               std::to_string(outside) + " image(s) outside the split folders are ignored (first: " +
                   relativeName(firstOutside, ds.root) + ")");
}

}  // namespace colorproxy
