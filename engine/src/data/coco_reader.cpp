// COCO in two layouts, both giving 80-class multi-hot targets:
//  - instances JSON: annotations/instances_<split>.json with images in <split>/ or images/<split>/;
//  - YOLO labels (as ../shared/data/coco128): images/<split>/, labels/<split>/*.txt ("class x y w h"),
//    classes.txt.
// Semantic masks, when present, are masks/<split>/<stem>.png (panoptic category ids, 0 = unlabeled),
// named by semantic_classes.txt ("id name").
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "data/readers.h"

namespace fs = std::filesystem;

namespace colorproxy {
namespace {

const char* const kCocoClasses[] = {"person",        "bicycle",      "car",
                                    "motorcycle",    "airplane",     "bus",
                                    "train",         "truck",        "boat",
                                    "traffic light", "fire hydrant", "stop sign",
                                    "parking meter", "bench",        "bird",
                                    "cat",           "dog",          "horse",
                                    "sheep",         "cow",          "elephant",
                                    "bear",          "zebra",        "giraffe",
                                    "backpack",      "umbrella",     "handbag",
                                    "tie",           "suitcase",     "frisbee",
                                    "skis",          "snowboard",    "sports ball",
                                    "kite",          "baseball bat", "baseball glove",
                                    "skateboard",    "surfboard",    "tennis racket",
                                    "bottle",        "wine glass",   "cup",
                                    "fork",          "knife",        "spoon",
                                    "bowl",          "banana",       "apple",
                                    "sandwich",      "orange",       "broccoli",
                                    "carrot",        "hot dog",      "pizza",
                                    "donut",         "cake",         "chair",
                                    "couch",         "potted plant", "bed",
                                    "dining table",  "toilet",       "tv",
                                    "laptop",        "mouse",        "remote",
                                    "keyboard",      "cell phone",   "microwave",
                                    "oven",          "toaster",      "sink",
                                    "refrigerator",  "book",         "clock",
                                    "vase",          "scissors",     "teddy bear",
                                    "hair drier",    "toothbrush"};
constexpr int kCocoMaskVoid = 0;

/// What the SAX pass keeps from an instances JSON: no polygons, boxes or RLE, so a 450 MB file
/// streams through in constant memory.
struct CocoJson {
  struct Image {
    std::int64_t id = -1;
    std::string fileName;
  };
  std::vector<Image> images;
  std::vector<std::pair<std::int64_t, std::int64_t>> annotations;  // (image id, category id)
  std::vector<std::pair<std::int64_t, std::string>> categories;    // (id, name)
  bool sawImages = false;
  std::size_t badIds = 0;  ///< ids that are not integers (strings, fractions, ...)
  std::string firstBadId;  ///< where the first one is, e.g. images[3].id = "12"
};

class CocoSax : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit CocoSax(CocoJson& out) : m_out(out) {}
  std::string error;

  bool null() override {
    nonInteger("null");
    return true;
  }
  bool boolean(bool v) override {
    nonInteger(v ? "true" : "false");
    return true;
  }
  bool number_integer(number_integer_t v) override { return integer(v); }
  bool number_unsigned(number_unsigned_t v) override { return integer(std::int64_t(v)); }
  bool number_float(number_float_t, const string_t& text) override {
    nonInteger(text);
    return true;
  }
  bool string(string_t& v) override {
    nonInteger("\"" + v + "\"");
    if (m_depth == 3 && m_section == Section::Images && m_key == "file_name") m_image.fileName = v;
    if (m_depth == 3 && m_section == Section::Categories && m_key == "name") m_catName = v;
    return true;
  }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override {
    ++m_depth;
    if (m_depth == 3) {
      reset();
      ++m_index;
    }
    return true;
  }
  bool end_object() override {
    if (m_depth == 3) commit();
    --m_depth;
    return true;
  }
  bool start_array(std::size_t) override {
    ++m_depth;
    return true;
  }
  bool end_array() override {
    --m_depth;
    return true;
  }
  bool key(string_t& k) override {
    if (m_depth == 1) {
      m_section = k == "images"        ? Section::Images
                  : k == "annotations" ? Section::Annotations
                  : k == "categories"  ? Section::Categories
                                       : Section::Other;
      if (m_section == Section::Images) m_out.sawImages = true;
      m_index = -1;
      m_sectionName = k;
    } else if (m_depth == 3) {
      m_key = k;
    }
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    error = ex.what();
    return false;
  }

 private:
  enum class Section { Other, Images, Annotations, Categories };
  /// True when the current value is an id the labels are joined on.
  bool isIdKey() const {
    if (m_depth != 3) return false;
    return ((m_section == Section::Images || m_section == Section::Categories) && m_key == "id") ||
           (m_section == Section::Annotations && (m_key == "image_id" || m_key == "category_id"));
  }
  /// An id given as a string, fraction, boolean or null: joined as -1 it would silently merge labels.
  void nonInteger(const std::string& text) {
    if (!isIdKey()) return;
    if (m_out.badIds++ == 0)
      m_out.firstBadId =
          m_sectionName + "[" + std::to_string(m_index) + "]." + m_key + " = " + text.substr(0, 40);
  }
  bool integer(std::int64_t v) {
    if (m_depth != 3) return true;
    if (m_section == Section::Images && m_key == "id") m_image.id = v;
    if (m_section == Section::Annotations && m_key == "image_id") m_annImage = v;
    if (m_section == Section::Annotations && m_key == "category_id") m_annCat = v;
    if (m_section == Section::Categories && m_key == "id") m_catId = v;
    return true;
  }
  void reset() {
    m_image = {};
    m_annImage = m_annCat = m_catId = -1;
    m_catName.clear();
    m_key.clear();
  }
  void commit() {
    if (m_section == Section::Images) m_out.images.push_back(m_image);
    if (m_section == Section::Annotations) m_out.annotations.emplace_back(m_annImage, m_annCat);
    if (m_section == Section::Categories) m_out.categories.emplace_back(m_catId, m_catName);
  }

  CocoJson& m_out;
  int m_depth = 0;
  Section m_section = Section::Other;
  std::string m_key;
  CocoJson::Image m_image;
  std::int64_t m_annImage = -1, m_annCat = -1, m_catId = -1;
  std::string m_catName;
  std::string m_sectionName;
  long m_index = -1;  ///< position of the current element in its section's array
};

std::vector<fs::path> instanceFiles(const fs::path& root) {
  std::vector<fs::path> out;
  for (const auto& f : listFiles(root / "annotations", ".json", false))
    if (f.filename().string().rfind("instances_", 0) == 0) out.push_back(f);
  return out;
}

/// Names from a list file: one name per line, or "id name" lines (then ids must be 0..n-1 in order).
std::vector<std::string> readNameList(const fs::path& file) {
  std::vector<std::string> names;
  for (const auto& line : readLines(file)) {
    std::istringstream in(line);
    int id;
    std::string rest;
    if (in >> id && std::getline(in >> std::ws, rest) && id == int(names.size()))
      names.push_back(rest);
    else
      names.push_back(line);
  }
  return names;
}

void readMaskClasses(ScanContext& ctx) {
  Dataset& ds = ctx.dataset();
  ds.voidId = kCocoMaskVoid;
  ds.voidName = "unlabeled";
  ds.maskEncoding = MaskEncoding::Ids;
  const fs::path file = ds.root / "semantic_classes.txt";
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return;
  for (const auto& line : readLines(file)) {
    std::istringstream in(line);
    MaskClass c;
    if (!(in >> c.id) || c.id < 0 || c.id > 255) {
      ctx.report(nullptr, file, ProblemKind::AnnotationMalformed, ProblemSeverity::Note,
                 file.string() + ": line '" + line +
                     "' is not 'id name' (id 0..255); mask class names are not used");
      ds.maskClasses.clear();
      return;
    }
    std::getline(in >> std::ws, c.name);
    if (c.id == kCocoMaskVoid)
      ds.voidName = c.name.empty() ? ds.voidName : c.name;
    else
      ds.maskClasses.push_back(c);
  }
}

fs::path maskFor(const fs::path& root, const std::string& split, const fs::path& relImage) {
  fs::path m = root / "masks" / split / relImage;
  m.replace_extension(".png");
  std::error_code ec;
  return fs::is_regular_file(m, ec) ? m : fs::path();
}

void readLabelClasses(ScanContext& ctx) {
  Dataset& ds = ctx.dataset();
  const fs::path file = ds.root / "classes.txt";
  std::error_code ec;
  if (fs::is_regular_file(file, ec)) {
    ds.labelClasses = readNameList(file);
    if (!ds.labelClasses.empty()) return;
    ctx.report(nullptr, file, ProblemKind::AnnotationMalformed, ProblemSeverity::Note,
               file.string() + ": empty; using the 80 standard COCO class names");
  }
  ds.labelClasses.assign(std::begin(kCocoClasses), std::end(kCocoClasses));
}

void readYoloSplit(ScanContext& ctx, DatasetSplit& split, const fs::path& imgDir, const fs::path& labelDir) {
  Dataset& ds = ctx.dataset();
  const std::size_t nClasses = ds.labelClasses.size();
  std::set<std::string> imageStems;  // relative paths without extension
  for (const auto& img : listImages(imgDir, true)) {
    ++split.imagesFound;
    fs::path rel = img.lexically_relative(imgDir);
    fs::path labelFile = labelDir / rel;
    labelFile.replace_extension(".txt");
    rel.replace_extension();
    imageStems.insert(rel.generic_string());
    Sample s;
    s.image = img;
    s.labels.assign(nClasses, 0.0f);
    std::error_code ec;
    if (fs::is_regular_file(labelFile, ec)) {
      bool ok = true;
      std::size_t lineNo = 0;
      for (const auto& line : readLines(labelFile)) {
        ++lineNo;
        std::istringstream in(line);
        std::string clsText;
        long long cls = -1;
        double coord;
        if (in >> clsText) {
          std::size_t used = 0;
          try {
            cls = std::stoll(clsText, &used);
          } catch (const std::exception&) {
            used = 0;
          }
          if (used != clsText.size()) cls = -1;  // "3.7", "3x": not a class index
        }
        if (cls < 0 || std::size_t(cls) >= nClasses || !(in >> coord)) {
          ctx.report(&split, labelFile, ProblemKind::LabelMalformed, ProblemSeverity::Error,
                     labelFile.string() + " line " + std::to_string(lineNo) +
                         ": expected 'class x y w h' with an integer class 0.." +
                         std::to_string(nClasses - 1) + ", got '" + line + "'; the image is skipped");
          ok = false;
          break;
        }
        s.labels[std::size_t(cls)] = 1.0f;
      }
      if (!ok) continue;
    } else {
      ctx.report(&split, img, ProblemKind::LabelMissing, ProblemSeverity::Note,
                 img.string() + ": no label file " + relativeName(labelFile, ds.root) +
                     "; kept with an all-zero target (no objects)");
    }
    s.mask = maskFor(ds.root, split.name, img.lexically_relative(imgDir));
    ctx.addSample(split, std::move(s));
  }
  for (const auto& txt : listFiles(labelDir, ".txt", true)) {
    fs::path rel = txt.lexically_relative(labelDir);
    rel.replace_extension();
    if (!imageStems.count(rel.generic_string()))
      ctx.report(
          &split, txt, ProblemKind::LabelOrphan, ProblemSeverity::Note,
          txt.string() + ": label file without an image in " + relativeName(imgDir, ds.root) + "/; ignored");
  }
}

void readYolo(ScanContext& ctx) {
  Dataset& ds = ctx.dataset();
  ds.layout = "YOLO labels";
  readLabelClasses(ctx);
  readMaskClasses(ctx);
  const fs::path images = ds.root / "images", labels = ds.root / "labels";
  std::vector<std::string> splitNames;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(images, fs::directory_options::skip_permission_denied, ec))
    if (e.is_directory(ec) && !listImages(e.path(), true).empty())
      splitNames.push_back(e.path().filename().string());
  std::sort(splitNames.begin(), splitNames.end());
  if (splitNames.empty() || !listImages(images, false).empty()) {
    DatasetSplit split;
    split.name = "all";
    if (splitNames.empty()) {
      readYoloSplit(ctx, split, images, labels);
      ds.splits.push_back(std::move(split));
      return;
    }
    ctx.report(nullptr, images, ProblemKind::Ignored, ProblemSeverity::Note,
               images.string() + ": images directly in images/ are ignored because split sub-folders exist");
  }
  for (const auto& name : splitNames) {
    DatasetSplit split;
    split.name = name;
    readYoloSplit(ctx, split, images / name, labels / name);
    ds.splits.push_back(std::move(split));
  }
}

void readJsonSplit(ScanContext& ctx, const fs::path& jsonFile, bool& classesSet) {
  Dataset& ds = ctx.dataset();
  DatasetSplit split;
  split.name = jsonFile.stem().string().substr(std::string("instances_").size());
  CocoJson data;
  CocoSax sax(data);
  std::ifstream in(jsonFile, std::ios::binary);
  bool parsed = false;
  if (!in) {
    sax.error = "cannot open the file";
  } else {
    try {
      parsed = nlohmann::json::sax_parse(in, &sax);
    } catch (const std::exception& e) {
      sax.error = e.what();
    }
  }
  if (!parsed || !data.sawImages) {
    ctx.report(&split, jsonFile, ProblemKind::AnnotationMalformed, ProblemSeverity::Error,
               jsonFile.string() + ": " + (parsed ? "no \"images\" list" : "JSON error: " + sax.error) +
                   "; split '" + split.name + "' is left empty");
    ds.splits.push_back(std::move(split));
    return;
  }
  if (data.badIds > 0) {
    ctx.report(&split, jsonFile, ProblemKind::AnnotationMalformed, ProblemSeverity::Error,
               jsonFile.string() + ": " + std::to_string(data.badIds) +
                   " id(s) are not integers (first: " + data.firstBadId +
                   "); COCO image, annotation and category ids must be JSON integers. Split '" + split.name +
                   "' is left empty");
    ds.splits.push_back(std::move(split));
    return;
  }
  // Categories sorted by id become label positions 0..n-1 (COCO's 80 ids run 1..90 with gaps).
  std::sort(data.categories.begin(), data.categories.end());
  std::vector<std::string> names;
  std::unordered_map<std::int64_t, std::size_t> catIndex;
  for (const auto& [id, name] : data.categories) {
    catIndex[id] = names.size();
    names.push_back(name);
  }
  if (!classesSet) {
    ds.labelClasses = names;
    classesSet = true;
  } else if (names != ds.labelClasses) {
    ctx.report(&split, jsonFile, ProblemKind::AnnotationMalformed, ProblemSeverity::Error,
               jsonFile.string() + ": its categories differ from the first instances file's; split '" +
                   split.name + "' is left empty");
    ds.splits.push_back(std::move(split));
    return;
  }

  std::unordered_map<std::int64_t, std::size_t> imageIndex;
  std::vector<std::vector<float>> labels(data.images.size(), std::vector<float>(names.size(), 0.0f));
  std::vector<bool> badImage(data.images.size(), false);
  for (std::size_t i = 0; i < data.images.size(); ++i) {
    const auto& im = data.images[i];
    if (im.id < 0) {
      ctx.report(&split, jsonFile, ProblemKind::AnnotationMalformed, ProblemSeverity::Error,
                 jsonFile.string() + ": images[" + std::to_string(i) + "] (" + im.fileName +
                     ") has no integer \"id\"; the image is skipped");
      badImage[i] = true;
      continue;
    }
    const auto [it, fresh] = imageIndex.emplace(im.id, i);
    if (!fresh) {
      // Annotations name an image by id only: with two images on one id, the labels cannot be told apart.
      ctx.report(&split, jsonFile, ProblemKind::AnnotationMalformed, ProblemSeverity::Error,
                 jsonFile.string() + ": images " + data.images[it->second].fileName + " and " + im.fileName +
                     " share the id " + std::to_string(im.id) + "; both are skipped (ids must be unique)");
      badImage[i] = true;
      badImage[it->second] = true;
    }
  }
  for (const auto& [imageId, catId] : data.annotations) {
    const auto img = imageIndex.find(imageId);
    if (img == imageIndex.end()) continue;  // annotation of an image not in this file: nothing to label
    const auto cat = catIndex.find(catId);
    if (cat == catIndex.end()) {
      if (!badImage[img->second])
        ctx.report(&split, jsonFile, ProblemKind::LabelMalformed, ProblemSeverity::Error,
                   jsonFile.string() + ": an annotation of image " + data.images[img->second].fileName +
                       " has category_id " + std::to_string(catId) +
                       ", which is not in \"categories\"; the image is skipped");
      badImage[img->second] = true;
      continue;
    }
    labels[img->second][cat->second] = 1.0f;
  }

  fs::path imgDir = ds.root / split.name;
  std::error_code ec;
  if (!fs::is_directory(imgDir, ec)) imgDir = ds.root / "images" / split.name;
  std::set<fs::path> listed;
  for (std::size_t i = 0; i < data.images.size(); ++i) {
    ++split.imagesFound;
    const fs::path img = imgDir / data.images[i].fileName;
    listed.insert(img.lexically_normal());
    if (badImage[i]) continue;
    if (!fs::is_regular_file(img, ec)) {
      ctx.report(&split, img, ProblemKind::ImageMissing, ProblemSeverity::Error,
                 jsonFile.filename().string() + " lists " + data.images[i].fileName + " but " + img.string() +
                     " does not exist");
      continue;
    }
    Sample s;
    s.image = img;
    s.labels = std::move(labels[i]);
    s.mask = maskFor(ds.root, split.name, fs::path(data.images[i].fileName));
    ctx.addSample(split, std::move(s));
  }
  for (const auto& img : listImages(imgDir, true))
    if (!listed.count(img.lexically_normal()))
      ctx.report(&split, img, ProblemKind::LabelMissing, ProblemSeverity::Note,
                 img.string() + ": not listed in " + jsonFile.filename().string() + "; ignored");
  ds.splits.push_back(std::move(split));
}

}  // namespace

bool looksLikeCocoJson(const fs::path& root) { return !instanceFiles(root).empty(); }

bool looksLikeYolo(const fs::path& root) {
  std::error_code ec;
  return fs::is_directory(root / "images", ec) && fs::is_directory(root / "labels", ec) &&
         !listFiles(root / "labels", ".txt", true).empty();
}

void readCocoDataset(ScanContext& ctx) {
  Dataset& ds = ctx.dataset();
  const auto jsons = instanceFiles(ds.root);
  if (!jsons.empty()) {
    ds.layout = "instances JSON";
    readMaskClasses(ctx);
    bool classesSet = false;
    for (const auto& json : jsons) readJsonSplit(ctx, json, classesSet);
    if (!classesSet) ds.labelClasses.assign(std::begin(kCocoClasses), std::end(kCocoClasses));
    return;
  }
  if (looksLikeYolo(ds.root)) {
    readYolo(ctx);
    return;
  }
  throw DataError(ds.root.string() +
                      ": not a COCO folder (expected annotations/instances_<split>.json, or "
                      "images/<split>/ with labels/<split>/*.txt in YOLO format)",
                  ds.root);
}

}  // namespace colorproxy
