#include "finetune/finetune_data.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <stdexcept>

#include "colorproxy/base/text.h"
#include "colorproxy/data/dataset_reader.h"
#include "colorproxy/data/rng.h"
#include "train/skipped_files.h"

namespace colorproxy {
namespace {

// The split named exactly `name`, else the first whose name starts with it (train2017, val2017).
const DatasetSplit* findByRole(const Dataset& ds, const std::string& name) {
  for (const auto& s : ds.splits)
    if (toLower(s.name) == name) return &s;
  for (const auto& s : ds.splits)
    if (startsWith(toLower(s.name), name)) return &s;
  return nullptr;
}

std::string splitList(const Dataset& ds) {
  std::string out;
  for (const auto& s : ds.splits)
    out += (out.empty() ? "" : ", ") + s.name + " (" + std::to_string(s.samples.size()) + ")";
  return out.empty() ? "none" : out;
}

const DatasetSplit& named(const Dataset& ds, const std::string& name, const char* role) {
  if (const DatasetSplit* s = ds.findSplit(name)) return *s;
  throw std::invalid_argument("dataset '" + ds.root.string() + "' has no split '" + name + "' for " + role +
                              "; its splits are: " + splitList(ds));
}

void cap(std::vector<Sample>& samples, int64_t max, const std::string& what,
         std::vector<std::string>& notes) {
  if (max <= 0 || samples.size() <= std::size_t(max)) return;
  // Evenly spaced rather than the first N: sorted lists often group similar images (video sequences).
  std::vector<Sample> kept;
  for (std::size_t i : evenlySpacedSubset(samples.size(), double(max) / double(samples.size())))
    kept.push_back(samples[i]);
  notes.push_back(what + ": " + std::to_string(kept.size()) + " of " + std::to_string(samples.size()) +
                  " images used (cap)");
  samples = std::move(kept);
}

}  // namespace

const std::vector<std::string>& vocClassNames() {
  static const std::vector<std::string> names = {"aeroplane",   "bicycle", "bird",  "boat",      "bottle",
                                                 "bus",         "car",     "cat",   "chair",     "cow",
                                                 "diningtable", "dog",     "horse", "motorbike", "person",
                                                 "pottedplant", "sheep",   "sofa",  "train",     "tvmonitor"};
  return names;
}

std::vector<int> vocFromCocoIndices(const std::vector<std::string>& cocoNames) {
  static const std::map<std::string, std::string> kCocoName = {
      {"aeroplane", "airplane"},   {"diningtable", "dining table"},
      {"motorbike", "motorcycle"}, {"pottedplant", "potted plant"},
      {"sofa", "couch"},           {"tvmonitor", "tv"}};
  std::vector<int> out;
  std::string missing;
  for (const auto& voc : vocClassNames()) {
    const auto alias = kCocoName.find(voc);
    const std::string want = alias == kCocoName.end() ? voc : alias->second;
    int found = -1;
    for (std::size_t i = 0; i < cocoNames.size(); ++i) {
      const std::string n = toLower(cocoNames[i]);
      if (n == want || n == voc) found = int(i);
    }
    if (found < 0) missing += (missing.empty() ? "" : ", ") + voc + " (COCO '" + want + "')";
    out.push_back(found);
  }
  if (!missing.empty())
    throw std::invalid_argument("the VOC-20 label view needs COCO class names; missing: " + missing +
                                ". Use labelView 'all' for this dataset.");
  return out;
}

std::vector<std::size_t> evenlySpacedSubset(std::size_t count, double fraction) {
  std::vector<std::size_t> out;
  if (count == 0 || !(fraction > 0.0)) return out;
  const auto take =
      std::min<std::size_t>(count, std::max<std::size_t>(1, std::size_t(std::llround(count * fraction))));
  // Item i is picked when floor((i + 1) * take / count) steps up: exactly `take` picks, evenly spread.
  for (std::size_t i = 0; i < count; ++i)
    if ((i + 1) * take / count != i * take / count) out.push_back(i);
  return out;
}

FinetuneData loadFinetuneData(const FinetuneConfig& config) {
  ScanOptions scan;
  scan.format = config.dataFormat;
  scan.policy = config.badFilePolicy;
  scan.vocCountDifficult = config.vocDifficult != "absent";
  scan.vocIgnoreDifficult = config.vocDifficult == "ignore";
  scan.keepGrayscale = true;  // the networks see lightness only: grey photos are as good as colour ones
  const Dataset ds = openDataset(config.dataPath, scan);

  FinetuneData d;
  d.task = config.task;
  const bool seg = config.task == DownstreamTask::Segmentation;
  std::vector<const DatasetSplit*> everySplit;
  for (const auto& sp : ds.splits) everySplit.push_back(&sp);
  const std::string why = skippedFilesSuffix(skippedFiles(ds, everySplit));

  // Roles: test = "test*" else "val*"; val = "val*" unless it is the test split, else a hold-out of train.
  const DatasetSplit* train =
      config.trainSplit.empty() ? findByRole(ds, "train") : &named(ds, config.trainSplit, "training");
  if (!train && config.trainSplit.empty()) train = ds.findSplit("all");
  if (!train)
    throw std::invalid_argument("dataset '" + ds.root.string() +
                                "' has no training split (looked for train*, all); "
                                "its splits are: " +
                                splitList(ds) + ". Set trainSplit (--train-split NAME)" + why);
  const DatasetSplit* test = nullptr;
  if (!config.testSplit.empty())
    test = &named(ds, config.testSplit, "testing");
  else if (!(test = findByRole(ds, "test")))
    test = findByRole(ds, "val");
  if ((!test || test == train) && ds.splits.size() < 2)
    throw std::invalid_argument(
        "dataset '" + ds.root.string() + "' has only one split ('" + train->name +
        "'); fine-tuning needs a separate test split, e.g. train/ and test/ (or val/) "
        "sub-folders, or a second COCO instances_*.json" +
        why);
  if (!test || test == train)
    throw std::invalid_argument("dataset '" + ds.root.string() + "' has no test split besides '" +
                                train->name + "' (looked for test*, val*); its splits are: " + splitList(ds) +
                                ". Choose one with testSplit (--test-split NAME)" + why);
  const DatasetSplit* val = nullptr;
  if (!config.valSplit.empty())
    val = &named(ds, config.valSplit, "validation");
  else if ((val = findByRole(ds, "val")) == test)
    val = nullptr;
  if (val == train || val == test)
    throw std::invalid_argument("valSplit '" + val->name +
                                "' is also the training or test split; choose another");

  d.skipped = skippedFiles(ds, {train, val, test});
  d.train = train->samples;
  d.test = test->samples;
  d.trainSource = train->name;
  d.testSource = test->name;
  if (val) {
    d.val = val->samples;
    d.valSource = val->name;
  }

  // Targets first, so that a validation hold-out is drawn from usable images only.
  if (seg) {
    if (ds.maskClasses.empty())
      throw std::invalid_argument("dataset '" + ds.root.string() +
                                  "' has no segmentation classes (no masks found); "
                                  "segmentation needs a CamVid, VOC or COCO-with-masks dataset");
    for (const auto& c : ds.maskClasses) d.classNames.push_back(c.name);
    d.maskSpec = ds.maskSpec();
    d.maskLut = ds.contiguousMaskLut(FinetuneData::kIgnoreId);
    d.voidName = ds.voidName;
    for (auto* list : {&d.train, &d.val, &d.test}) {
      const std::size_t before = list->size();
      list->erase(std::remove_if(list->begin(), list->end(), [](const Sample& s) { return !s.hasMask(); }),
                  list->end());
      if (list->size() != before)
        d.notes.push_back(std::to_string(before - list->size()) + " image(s) without a mask left out of " +
                          (list == &d.train ? "training"
                           : list == &d.val ? "validation"
                                            : "testing"));
    }
  } else {
    if (ds.labelClasses.empty())
      throw std::invalid_argument("dataset '" + ds.root.string() +
                                  "' has no image labels; multilabel "
                                  "classification needs a COCO (JSON or YOLO) or VOC dataset");
    std::vector<int> view;
    if (config.labelView == "voc20") {
      view = vocFromCocoIndices(ds.labelClasses);
      d.classNames = vocClassNames();
    } else {
      d.classNames = ds.labelClasses;
    }
    for (auto* list : {&d.train, &d.val, &d.test}) {
      std::vector<Sample> kept;
      std::size_t unlabelled = 0, empty = 0;
      for (Sample s : *list) {
        if (!s.hasLabels()) {
          ++unlabelled;
          continue;
        }
        if (!view.empty()) {
          std::vector<float> mapped(view.size(), 0.0f);
          for (std::size_t c = 0; c < view.size(); ++c) mapped[c] = s.labels[std::size_t(view[c])];
          // VOC images always show at least one of its classes; keep that property in the view.
          if (std::none_of(mapped.begin(), mapped.end(), [](float v) { return v > 0.5f; })) {
            ++empty;
            continue;
          }
          s.labels = std::move(mapped);
        }
        kept.push_back(std::move(s));
      }
      const std::string role = list == &d.train ? "'" + d.trainSource + "'"
                               : list == &d.val ? "validation"
                                                : "testing";
      if (unlabelled)
        d.notes.push_back(std::to_string(unlabelled) + " unlabelled image(s) left out of " + role);
      if (empty) d.notes.push_back(std::to_string(empty) + " image(s) with no VOC class left out of " + role);
      *list = std::move(kept);
    }
  }

  if (!val) {
    std::vector<bool> held(d.train.size(), false);
    for (std::size_t i : evenlySpacedSubset(d.train.size(), config.valFraction)) held[i] = true;
    std::vector<Sample> rest;
    for (std::size_t i = 0; i < d.train.size(); ++i) (held[i] ? d.val : rest).push_back(d.train[i]);
    d.train = std::move(rest);
    const int pct = int(std::lround(config.valFraction * 100));
    d.valSource = train->name + " (hold-out, " + std::to_string(pct) + " %)";
    d.trainSource = train->name + " (" + std::to_string(100 - pct) + " %)";
    d.notes.push_back("validation: " + std::to_string(d.val.size()) + " images held out of '" + train->name +
                      "', evenly spread (the dataset has no separate validation split)");
  }

  cap(d.train, config.maxImages, "training", d.notes);
  if (config.trainFraction < 1.0) {
    const std::size_t all = d.train.size();
    std::vector<Sample> kept;
    for (std::size_t i : nestedSubset(all, config.trainFraction, config.subsetSeed))
      kept.push_back(d.train[i]);
    d.train = std::move(kept);
    d.trainSource += ", " + std::to_string(d.train.size()) + " of " + std::to_string(all) + " labelled";
    d.notes.push_back("training: " + std::to_string(d.train.size()) + " of " + std::to_string(all) +
                      " images (trainFraction " + std::to_string(config.trainFraction) + ", subsetSeed " +
                      std::to_string(config.subsetSeed) + ")");
  }
  cap(d.val, config.maxValImages, "validation", d.notes);
  cap(d.test, config.maxTestImages, "testing", d.notes);
  const auto need = [&](const std::vector<Sample>& list, const std::string& role, std::size_t min) {
    if (list.size() < min)
      throw std::invalid_argument("dataset '" + ds.root.string() + "': only " + std::to_string(list.size()) +
                                  " usable " + role + " image(s) for " + toString(config.task) +
                                  " (need at least " + std::to_string(min) + ")" +
                                  skippedFilesSuffix(d.skipped));
  };
  need(d.train, "training", 2);
  need(d.val, "validation", 1);
  need(d.test, "test", 1);
  return d;
}

std::vector<std::size_t> nestedSubset(std::size_t count, double fraction, std::uint64_t seed) {
  std::vector<std::size_t> order(count);
  for (std::size_t i = 0; i < count; ++i) order[i] = i;
  // Fisher-Yates with the portable generator: the same permutation on every platform.
  Rng rng = Rng::derive({seed, 0x5ab5e7u});
  for (std::size_t i = count; i > 1; --i)
    std::swap(order[i - 1], order[std::size_t(rng.uniformInt(0, int64_t(i) - 1))]);
  const std::size_t keep =
      count == 0 ? 0
                 : std::clamp<std::size_t>(std::size_t(std::ceil(fraction * double(count) - 1e-9)), 1, count);
  order.resize(keep);
  std::sort(order.begin(), order.end());
  return order;
}

}  // namespace colorproxy
