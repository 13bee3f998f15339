// CamVid as prepared for SegNet: <split>/ images, <split>annot/ masks of class ids (11 = void),
// optional <split>.txt lists of "image mask" pairs, classes.txt with "id name" lines.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "data/readers.h"

namespace fs = std::filesystem;

namespace colorproxy {
namespace {

const char* const kCamVidClasses[] = {"Sky",        "Building", "Pole", "Road",       "Pavement", "Tree",
                                      "SignSymbol", "Fence",    "Car",  "Pedestrian", "Bicyclist"};
constexpr int kCamVidVoid = 11;

bool isVoidName(const std::string& name) {
  const std::string n = toLower(name);
  return n == "unlabelled" || n == "unlabeled" || n == "void" || n == "ignore";
}

void readClasses(ScanContext& ctx) {
  Dataset& ds = ctx.dataset();
  const fs::path file = ds.root / "classes.txt";
  std::error_code ec;
  if (fs::is_regular_file(file, ec)) {
    std::vector<MaskClass> classes;
    bool ok = true;
    const auto lines = readLines(file);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::istringstream in(lines[i]);
      MaskClass c;
      if (std::isdigit(static_cast<unsigned char>(lines[i][0]))) {
        if (!(in >> c.id) || c.id < 0 || c.id > 255) {
          ok = false;
          break;
        }
        std::getline(in >> std::ws, c.name);
      } else {
        c.id = int(i);
        c.name = lines[i];
      }
      if (c.name.empty()) c.name = "class " + std::to_string(c.id);
      classes.push_back(c);
    }
    if (ok && !classes.empty()) {
      for (const auto& c : classes) {
        if (isVoidName(c.name) && ds.voidId < 0) {
          ds.voidId = c.id;
          ds.voidName = c.name;
        } else {
          ds.maskClasses.push_back(c);
        }
      }
      if (ds.voidId < 0) {  // SegNet's convention when the list does not name it
        ds.voidId = kCamVidVoid;
        ds.voidName = "void";
      }
      return;
    }
    ctx.report(nullptr, file, ProblemKind::AnnotationMalformed, ProblemSeverity::Note,
               file.string() + ": expected lines 'id name'; using the 11 standard CamVid classes");
  }
  for (int i = 0; i < 11; ++i) ds.maskClasses.push_back({i, kCamVidClasses[i]});
  ds.voidId = kCamVidVoid;
  ds.voidName = "Unlabelled";
}

/// Finds the file a list entry means: as written (relative to the root, or absolute), else its last
/// folder + name under the root (SegNet's lists hold paths of the original machine), else the same
/// name with another image extension (images re-encoded as JPEG).
fs::path resolveListed(const std::string& token, const fs::path& root, bool allowOtherExtension) {
  std::error_code ec;
  const fs::path t(token);
  if (t.is_relative() && fs::is_regular_file(root / t, ec)) return root / t;
  if (t.is_absolute() && fs::is_regular_file(t, ec)) return t;
  const fs::path local = root / t.parent_path().filename() / t.filename();
  if (fs::is_regular_file(local, ec)) return local;
  if (allowOtherExtension)
    for (const char* ext : {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff", ".JPG", ".PNG"}) {
      fs::path alt = local;
      alt.replace_extension(ext);
      if (fs::is_regular_file(alt, ec)) return alt;
    }
  return {};
}

fs::path findByStem(const fs::path& dir, const std::string& stem) {
  std::error_code ec;
  for (const char* ext : {".png", ".PNG", ".bmp", ".tif", ".tiff"})
    if (fs::is_regular_file(dir / (stem + ext), ec)) return dir / (stem + ext);
  return {};
}

void readListedSplit(ScanContext& ctx, DatasetSplit& split, const fs::path& listFile,
                     const fs::path& imgDir) {
  const fs::path& root = ctx.dataset().root;
  std::set<fs::path> listed;
  std::size_t lineNo = 0;
  for (const auto& line : readLines(listFile)) {
    ++lineNo;
    std::istringstream in(line);
    std::string imgTok, maskTok;
    in >> imgTok >> maskTok;
    ++split.imagesFound;
    const fs::path img = resolveListed(imgTok, root, true);
    if (img.empty()) {
      ctx.report(&split, root / imgTok, ProblemKind::ImageMissing, ProblemSeverity::Error,
                 listFile.string() + " line " + std::to_string(lineNo) + ": image '" + imgTok +
                     "' not found under " + root.string());
      continue;
    }
    listed.insert(fs::weakly_canonical(img));
    Sample s;
    s.image = img;
    if (!maskTok.empty()) {
      s.mask = resolveListed(maskTok, root, false);
      if (s.mask.empty()) {
        ctx.report(&split, root / maskTok, ProblemKind::MaskMissing, ProblemSeverity::Error,
                   listFile.string() + " line " + std::to_string(lineNo) + ": mask '" + maskTok +
                       "' not found; the sample " + img.filename().string() + " is skipped");
        continue;
      }
    } else {
      s.mask = findByStem(root / (split.name + "annot"), img.stem().string());
      if (s.mask.empty()) {
        ctx.report(&split, img, ProblemKind::MaskMissing, ProblemSeverity::Error,
                   img.string() + ": no mask in " + (root / (split.name + "annot")).string() +
                       "; the sample is skipped");
        continue;
      }
    }
    ctx.addSample(split, std::move(s));
  }
  for (const auto& img : listImages(imgDir, false))
    if (!listed.count(fs::weakly_canonical(img)))
      ctx.report(&split, img, ProblemKind::Ignored, ProblemSeverity::Note,
                 img.string() + ": not listed in " + listFile.filename().string() + "; ignored");
}

void readPairedSplit(ScanContext& ctx, DatasetSplit& split, const fs::path& imgDir, const fs::path& annDir) {
  std::set<std::string> stems;
  for (const auto& img : listImages(imgDir, false)) {
    ++split.imagesFound;
    stems.insert(img.stem().string());
    Sample s;
    s.image = img;
    s.mask = findByStem(annDir, img.stem().string());
    if (s.mask.empty()) {
      ctx.report(&split, img, ProblemKind::MaskMissing, ProblemSeverity::Error,
                 img.string() + ": no mask " + img.stem().string() + ".png in " + annDir.string() +
                     "; the sample is skipped");
      continue;
    }
    ctx.addSample(split, std::move(s));
  }
  for (const auto& mask : listImages(annDir, false))
    if (!stems.count(mask.stem().string()))
      ctx.report(&split, mask, ProblemKind::LabelOrphan, ProblemSeverity::Note,
                 mask.string() + ": mask without an image in " + imgDir.string() + "; ignored");
}

std::vector<std::string> camVidSplitNames(const fs::path& root) {
  std::vector<std::string> found;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(root, fs::directory_options::skip_permission_denied, ec)) {
    const std::string name = e.path().filename().string();
    if (e.is_directory(ec) && fs::is_directory(root / (name + "annot"), ec)) found.push_back(name);
  }
  // Standard order first, then any other split folders alphabetically.
  std::vector<std::string> ordered;
  for (const char* s : {"train", "val", "test"})
    if (std::find(found.begin(), found.end(), s) != found.end()) ordered.push_back(s);
  std::sort(found.begin(), found.end());
  for (const auto& s : found)
    if (std::find(ordered.begin(), ordered.end(), s) == ordered.end()) ordered.push_back(s);
  return ordered;
}

}  // namespace

bool looksLikeCamVid(const fs::path& root) { return !camVidSplitNames(root).empty(); }

void readCamVidDataset(ScanContext& ctx) {
  Dataset& ds = ctx.dataset();
  ds.layout = "SegNet layout";
  ds.maskEncoding = MaskEncoding::Ids;
  readClasses(ctx);
  const auto names = camVidSplitNames(ds.root);
  if (names.empty())
    throw DataError(ds.root.string() +
                        ": not a CamVid folder (expected train/ with trainannot/ beside it, "
                        "and likewise for val and test)",
                    ds.root);
  for (const auto& name : names) {
    DatasetSplit split;
    split.name = name;
    const fs::path listFile = ds.root / (name + ".txt");
    std::error_code ec;
    if (fs::is_regular_file(listFile, ec))
      readListedSplit(ctx, split, listFile, ds.root / name);
    else
      readPairedSplit(ctx, split, ds.root / name, ds.root / (name + "annot"));
    ds.splits.push_back(std::move(split));
  }
}

}  // namespace colorproxy
