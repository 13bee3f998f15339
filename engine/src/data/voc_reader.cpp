// Pascal VOC 2012: JPEGImages/, Annotations/*.xml (objects -> 20-class multi-hot), SegmentationClass/
// palette PNGs (index = class id, 255 = void), ImageSets/Main and ImageSets/Segmentation split lists.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <sstream>

#include <pugixml.hpp>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "data/readers.h"

namespace fs = std::filesystem;

namespace colorproxy {
namespace {

const char* const kVocClasses[] = {"aeroplane",   "bicycle", "bird",  "boat",      "bottle",
                                   "bus",         "car",     "cat",   "chair",     "cow",
                                   "diningtable", "dog",     "horse", "motorbike", "person",
                                   "pottedplant", "sheep",   "sofa",  "train",     "tvmonitor"};
constexpr int kVocVoid = 255;

bool isVocFolder(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "JPEGImages", ec) &&
         (fs::is_directory(dir / "Annotations", ec) || fs::is_directory(dir / "SegmentationClass", ec) ||
          fs::is_directory(dir / "ImageSets", ec));
}

fs::path findImage(const fs::path& dir, const std::string& id) {
  std::error_code ec;
  for (const char* ext : {".jpg", ".jpeg", ".JPG", ".png", ".PNG"})
    if (fs::is_regular_file(dir / (id + ext), ec)) return dir / (id + ext);
  return {};
}

/// Parses one Annotations XML into a multi-hot vector; reports and returns false when unusable.
bool readVocXml(ScanContext& ctx, DatasetSplit& split, const fs::path& xml, std::vector<float>& labels) {
  pugi::xml_document doc;
  const pugi::xml_parse_result res = doc.load_file(xml.c_str());
  if (!res) {
    ctx.report(&split, xml, ProblemKind::AnnotationMalformed, ProblemSeverity::Error,
               xml.string() + ": XML error '" + res.description() + "' at byte " +
                   std::to_string(res.offset) + "; the image is skipped");
    return false;
  }
  const pugi::xml_node ann = doc.child("annotation");
  if (!ann) {
    ctx.report(&split, xml, ProblemKind::AnnotationMalformed, ProblemSeverity::Error,
               xml.string() + ": no <annotation> root element; the image is skipped");
    return false;
  }
  labels.assign(std::size(kVocClasses), 0.0f);
  for (const pugi::xml_node obj : ann.children("object")) {
    std::string name = toLower(obj.child_value("name"));
    name.erase(std::remove_if(name.begin(), name.end(), [](unsigned char c) { return std::isspace(c); }),
               name.end());
    const auto it = std::find(std::begin(kVocClasses), std::end(kVocClasses), name);
    if (it == std::end(kVocClasses)) {
      ctx.report(&split, xml, ProblemKind::LabelMalformed, ProblemSeverity::Error,
                 xml.string() + ": object class '" + name +
                     "' is not one of the 20 VOC classes (aeroplane ... tvmonitor); the image is skipped");
      return false;
    }
    const bool difficult = std::string(obj.child_value("difficult")) == "1";
    float& label = labels[std::size_t(it - std::begin(kVocClasses))];
    if (!difficult)
      label = 1.0f;  // one ordinary object makes the class positive, whatever else is difficult
    else if (ctx.options().vocIgnoreDifficult && label != 1.0f)
      label = kIgnoredLabel;
    else if (ctx.options().vocCountDifficult && !ctx.options().vocIgnoreDifficult)
      label = 1.0f;
  }
  return true;
}

void readSplit(ScanContext& ctx, const fs::path& voc, DatasetSplit& split,
               const std::vector<std::string>& ids, bool segmentation, const fs::path& listFile) {
  for (const auto& id : ids) {
    ++split.imagesFound;
    Sample s;
    s.image = findImage(voc / "JPEGImages", id);
    if (s.image.empty()) {
      ctx.report(&split, voc / "JPEGImages" / (id + ".jpg"), ProblemKind::ImageMissing,
                 ProblemSeverity::Error,
                 listFile.string() + " lists '" + id + "' but JPEGImages/" + id + ".jpg does not exist");
      continue;
    }
    const fs::path xml = voc / "Annotations" / (id + ".xml");
    std::error_code ec;
    if (fs::is_regular_file(xml, ec)) {
      if (!readVocXml(ctx, split, xml, s.labels)) continue;
    } else if (!segmentation) {
      ctx.report(&split, xml, ProblemKind::LabelMissing, ProblemSeverity::Error,
                 s.image.string() + ": no annotation " + xml.filename().string() +
                     " in Annotations/; the image is skipped");
      continue;
    }
    const fs::path mask = voc / "SegmentationClass" / (id + ".png");
    if (fs::is_regular_file(mask, ec)) {
      s.mask = mask;
    } else if (segmentation) {
      ctx.report(&split, mask, ProblemKind::MaskMissing, ProblemSeverity::Error,
                 listFile.string() + " lists '" + id + "' but SegmentationClass/" + id +
                     ".png does not exist; the image is skipped");
      continue;
    }
    ctx.addSample(split, std::move(s));
  }
}

std::vector<std::string> readIds(const fs::path& file) {
  std::vector<std::string> ids;
  for (const auto& line : readLines(file)) {
    std::istringstream in(line);
    std::string id;
    in >> id;
    ids.push_back(id);
  }
  return ids;
}

/// Split files of one ImageSets folder: train, val and test; trainval only when train or val is absent
/// (it is their union, and scanning it again would double the work).
std::vector<std::pair<std::string, fs::path>> splitFiles(const fs::path& dir) {
  std::vector<std::pair<std::string, fs::path>> out;
  std::error_code ec;
  const bool haveTrain = fs::is_regular_file(dir / "train.txt", ec);
  const bool haveVal = fs::is_regular_file(dir / "val.txt", ec);
  for (const char* name : {"train", "val", "trainval", "test"}) {
    if (std::string(name) == "trainval" && haveTrain && haveVal) continue;
    if (fs::is_regular_file(dir / (std::string(name) + ".txt"), ec))
      out.push_back({name, dir / (std::string(name) + ".txt")});
  }
  return out;
}

}  // namespace

fs::path findVocRoot(const fs::path& root) {
  if (isVocFolder(root)) return root;
  std::error_code ec;
  std::vector<fs::path> candidates;
  for (const fs::path& base : {root, root / "VOCdevkit"}) {
    if (!fs::is_directory(base, ec)) continue;
    for (const auto& e : fs::directory_iterator(base, fs::directory_options::skip_permission_denied, ec))
      if (e.is_directory(ec) && e.path().filename().string().rfind("VOC", 0) == 0 && isVocFolder(e.path()))
        candidates.push_back(e.path());
  }
  if (candidates.empty()) return {};
  std::sort(candidates.begin(), candidates.end());
  return candidates.back();  // the newest year when several are present
}

void readVocDataset(ScanContext& ctx) {
  Dataset& ds = ctx.dataset();
  const fs::path voc = findVocRoot(ds.root);
  if (voc.empty())
    throw DataError(ds.root.string() +
                        ": not a Pascal VOC folder (expected JPEGImages/ with Annotations/, "
                        "SegmentationClass/ or ImageSets/, here or under VOC20xx/)",
                    ds.root);
  ds.layout = voc.filename().string();
  ds.labelClasses.assign(std::begin(kVocClasses), std::end(kVocClasses));
  ds.maskClasses.push_back({0, "background"});
  for (int i = 0; i < 20; ++i) ds.maskClasses.push_back({i + 1, kVocClasses[i]});
  ds.voidId = kVocVoid;
  ds.voidName = "void";
  ds.maskEncoding = MaskEncoding::VocPalette;

  bool anyList = false;
  for (const auto& [name, file] : splitFiles(voc / "ImageSets" / "Main")) {
    DatasetSplit split;
    split.name = name;
    readSplit(ctx, voc, split, readIds(file), false, file);
    ds.splits.push_back(std::move(split));
    anyList = true;
  }
  for (const auto& [name, file] : splitFiles(voc / "ImageSets" / "Segmentation")) {
    DatasetSplit split;
    split.name = "seg-" + name;
    readSplit(ctx, voc, split, readIds(file), true, file);
    ds.splits.push_back(std::move(split));
    anyList = true;
  }
  if (!anyList) {  // no split lists: every image, with whatever annotation and mask it has
    DatasetSplit split;
    split.name = "all";
    std::vector<std::string> ids;
    for (const auto& img : listImages(voc / "JPEGImages", false)) ids.push_back(img.stem().string());
    std::error_code ec;
    const bool hasXml = fs::is_directory(voc / "Annotations", ec);
    readSplit(ctx, voc, split, ids, !hasXml, voc / "JPEGImages");
    ds.splits.push_back(std::move(split));
  }
}

}  // namespace colorproxy
