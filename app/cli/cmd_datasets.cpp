// `colorproxy-cli datasets <path>`: what a dataset folder holds (layout, splits, classes with image
// counts and mask pixel shares) and every problem file in it.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include "colorproxy/base/number_text.h"
#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "colorproxy/data/dataset_stats.h"
#include "command.h"
#include "exit_codes.h"

namespace colorproxy::cli {
namespace {

using nlohmann::json;

/// Problems printed in text mode before "... and N more" (--json always lists all).
constexpr std::size_t kMaxProblemsShown = 40;

/// Every option of `datasets`.
struct DatasetsOptions {
  std::string path;
  std::string format = "auto";
  std::string check = "header";
  std::string policy = "skip";
  bool keepGrayscale = false;
  bool noPixels = false;
  bool vocIgnoreDifficult = false;  // the old flag: the same as vocDifficult "absent"
  std::string vocDifficult = "positive";
  bool json = false;
};

const char* encodingName(MaskEncoding e) { return e == MaskEncoding::VocPalette ? "voc-palette" : "ids"; }

json problemJson(const DataProblem& p) {
  return {{"kind", toString(p.kind)},
          {"severity", toString(p.severity)},
          {"split", p.split},
          {"file", p.file.string()},
          {"message", p.message}};
}

json reportJson(const DatasetsOptions& o, const Dataset& ds, const DatasetStats& st,
                const std::vector<DataProblem>& problems) {
  json splits = json::array();
  for (std::size_t i = 0; i < ds.splits.size(); ++i) {
    const auto& s = ds.splits[i];
    splits.push_back({{"name", s.name},
                      {"images_found", s.imagesFound},
                      {"samples", s.samples.size()},
                      {"with_labels", st.splits[i].withLabels},
                      {"with_masks", st.splits[i].withMasks},
                      {"problems", s.problems.size()}});
  }
  json labelClasses = json::array();
  for (std::size_t c = 0; c < ds.labelClasses.size(); ++c) {
    json images = json::object();
    for (const auto& s : st.splits) images[s.split] = s.labelImages[c];
    labelClasses.push_back({{"index", c}, {"name", ds.labelClasses[c]}, {"images", images}});
  }
  const bool pixels = !o.noPixels;
  json maskClasses = json::array();
  for (std::size_t c = 0; c < ds.maskClasses.size(); ++c) {
    json images = json::object(), shares = json::object();
    for (const auto& s : st.splits) {
      if (s.withMasks == 0) continue;
      images[s.split] = s.maskImages[c];
      shares[s.split] = s.pixelShare(c);
    }
    json entry = {{"index", c}, {"id", ds.maskClasses[c].id}, {"name", ds.maskClasses[c].name}};
    if (pixels) {
      entry["images"] = images;
      entry["pixel_share"] = shares;
    }
    maskClasses.push_back(entry);
  }
  json voidJson = nullptr;
  if (ds.voidId >= 0) {
    voidJson = {{"id", ds.voidId}, {"name", ds.voidName}};
    if (pixels) {
      json shares = json::object();
      for (const auto& s : st.splits)
        if (s.withMasks > 0) shares[s.split] = s.voidShare();
      voidJson["pixel_share"] = shares;
    }
  }
  std::map<std::string, std::size_t> counts;
  json list = json::array();
  for (const auto& p : problems) {
    ++counts[toString(p.kind)];
    list.push_back(problemJson(p));
  }
  return {{"root", ds.root.string()},
          {"format", toString(ds.format)},
          {"layout", ds.layout},
          {"splits", splits},
          {"sample_count", ds.sampleCount()},
          {"label_classes", labelClasses},
          {"mask_classes", maskClasses},
          {"mask_encoding", encodingName(ds.maskEncoding)},
          {"void", voidJson},
          {"problem_counts", counts},
          {"problems", list},
          {"settings",
           {{"check", o.check},
            {"policy", o.policy},
            {"keep_grayscale", o.keepGrayscale},
            {"pixel_stats", pixels},
            {"voc_difficult", o.vocIgnoreDifficult ? std::string("absent") : o.vocDifficult}}}};
}

void printText(const DatasetsOptions& o, const Dataset& ds, const DatasetStats& st,
               const std::vector<DataProblem>& problems) {
  std::cout << "Dataset " << ds.root.string() << "\n"
            << "  format: " << toString(ds.format) << " (" << ds.layout << ")\n"
            << "  " << ds.sampleCount() << " usable samples in " << ds.splits.size() << " split"
            << (ds.splits.size() == 1 ? "" : "s") << "\n\nSplits\n";
  for (std::size_t i = 0; i < ds.splits.size(); ++i) {
    const auto& s = ds.splits[i];
    std::cout << "  " << std::left << std::setw(12) << s.name << std::right << std::setw(7)
              << s.samples.size() << " images";
    if (s.imagesFound != s.samples.size()) std::cout << " (of " << s.imagesFound << " found)";
    if (st.splits[i].withLabels) std::cout << ", " << st.splits[i].withLabels << " labelled";
    if (st.splits[i].withMasks) std::cout << ", " << st.splits[i].withMasks << " with masks";
    std::cout << "\n";
  }
  const auto header = [&](bool withMasks) {
    for (const auto& s : st.splits)
      if (!withMasks || s.withMasks > 0) std::cout << std::setw(12) << s.split;
    std::cout << "\n";
  };
  if (!ds.labelClasses.empty()) {
    std::cout << "\nLabel classes: " << ds.labelClasses.size() << " (images per split)\n"
              << "  " << std::left << std::setw(4) << "#" << std::setw(20) << "name" << std::right;
    header(false);
    for (std::size_t c = 0; c < ds.labelClasses.size(); ++c) {
      std::cout << "  " << std::left << std::setw(4) << c << std::setw(20) << ds.labelClasses[c]
                << std::right;
      for (const auto& s : st.splits) std::cout << std::setw(12) << s.labelImages[c];
      std::cout << "\n";
    }
  }
  if (!ds.maskClasses.empty() || ds.voidId >= 0) {
    std::cout << "\nMask classes: " << ds.maskClasses.size();
    if (ds.voidId >= 0) std::cout << " + void (id " << ds.voidId << " \"" << ds.voidName << "\")";
    std::cout << ", mask encoding " << encodingName(ds.maskEncoding) << "\n";
    if (!o.noPixels) {
      std::cout << "  images with the class / % of mask pixels, per split\n"
                << "  " << std::left << std::setw(5) << "id" << std::setw(24) << "name" << std::right;
      for (const auto& s : st.splits)
        if (s.withMasks > 0) std::cout << std::setw(20) << s.split;
      std::cout << "\n";
      const auto row = [&](const std::string& id, const std::string& name, auto images, auto share) {
        std::cout << "  " << std::left << std::setw(5) << id << std::setw(24) << name << std::right;
        for (std::size_t i = 0; i < st.splits.size(); ++i)
          if (st.splits[i].withMasks > 0)
            std::cout << std::setw(20) << (images(i) + " / " + percentText(share(i)) + "%");
        std::cout << "\n";
      };
      for (std::size_t c = 0; c < ds.maskClasses.size(); ++c)
        row(
            std::to_string(ds.maskClasses[c].id), ds.maskClasses[c].name,
            [&](std::size_t i) { return std::to_string(st.splits[i].maskImages[c]); },
            [&](std::size_t i) { return st.splits[i].pixelShare(c); });
      if (ds.voidId >= 0)
        row(
            std::to_string(ds.voidId), ds.voidName + " (void)", [](std::size_t) { return std::string("-"); },
            [&](std::size_t i) { return st.splits[i].voidShare(); });
    } else {
      for (const auto& c : ds.maskClasses)
        std::cout << "  " << std::left << std::setw(5) << c.id << c.name << "\n";
    }
  }
  std::cout << "\n";
  if (problems.empty()) {
    std::cout << "No problem files found.\n";
    return;
  }
  std::map<std::string, std::size_t> counts;
  for (const auto& p : problems) ++counts[toString(p.kind)];
  std::cout << "Problems: " << problems.size() << " (";
  bool first = true;
  for (const auto& [kind, n] : counts) {
    std::cout << (first ? "" : ", ") << n << " " << kind;
    first = false;
  }
  std::cout << ")\n";
  for (std::size_t i = 0; i < problems.size() && i < kMaxProblemsShown; ++i)
    std::cout << "  [" << toString(problems[i].severity) << "] " << problems[i].message << "\n";
  if (problems.size() > kMaxProblemsShown)
    std::cout << "  ... and " << problems.size() - kMaxProblemsShown << " more (--json lists them all)\n";
}

void runDatasets(const DatasetsOptions& o) {
  ScanOptions scan;
  try {
    scan.format = parseDatasetFormat(o.format);
    scan.imageCheck = parseImageCheck(o.check);
    scan.policy = parseBadInputPolicy(o.policy);
  } catch (const std::invalid_argument& e) {
    throw CommandError{std::string("datasets: ") + e.what(), kExitUsage};
  }
  scan.keepGrayscale = o.keepGrayscale;
  scan.vocCountDifficult = !o.vocIgnoreDifficult && o.vocDifficult != "absent";
  scan.vocIgnoreDifficult = !o.vocIgnoreDifficult && o.vocDifficult == "ignore";
  Dataset ds;
  DatasetStats st;
  try {
    ds = openDataset(o.path, scan);
    st = computeDatasetStats(ds, !o.noPixels);
  } catch (const DataError& e) {
    throw CommandError{std::string("datasets: ") + e.what(), kExitFailure};
  }
  std::vector<DataProblem> problems = ds.allProblems();
  problems.insert(problems.end(), st.problems.begin(), st.problems.end());
  if (o.json)
    std::cout << reportJson(o, ds, st, problems).dump(2) << "\n";
  else
    printText(o, ds, st, problems);
}

void setup(CLI::App& root) {
  CLI::App* cmd = root.add_subcommand(
      "datasets", "Inspect a dataset folder: layout, splits, classes, mask pixel shares and problem files");
  auto opts = std::make_shared<DatasetsOptions>();
  cmd->add_option("path", opts->path, "Dataset root folder")->required()->check(CLI::ExistingDirectory);
  cmd->add_option("--format", opts->format, "Layout: auto, folder, coco, voc or camvid")
      ->check(CLI::IsMember({"auto", "folder", "coco", "voc", "camvid"}, CLI::ignore_case))
      ->capture_default_str();
  cmd->add_option("--check", opts->check,
                  "How closely to look at each image: none (existence), header (size, channels, depth, "
                  "truncation; fast), decode (full decode; slow on big folders)")
      ->check(CLI::IsMember({"none", "header", "decode"}))
      ->capture_default_str();
  cmd->add_option("--policy", opts->policy,
                  "Bad files: skip (report and leave out) or fail (stop at the first)")
      ->check(CLI::IsMember({"skip", "fail"}))
      ->capture_default_str();
  cmd->add_flag("--keep-grayscale", opts->keepGrayscale,
                "Keep grayscale images as samples (they are excluded by default: no colour to learn)");
  cmd->add_flag("--no-pixels", opts->noPixels,
                "Skip reading masks for per-class image counts and pixel shares");
  cmd->add_option("--voc-difficult", opts->vocDifficult,
                  "Pascal VOC objects marked difficult: positive (count towards the image's labels), absent, "
                  "or ignore (the devkit's protocol: a class present only as difficult objects is neither)")
      ->check(CLI::IsMember({"positive", "absent", "ignore"}))
      ->capture_default_str();
  cmd->add_flag("--voc-ignore-difficult", opts->vocIgnoreDifficult, "The same as --voc-difficult absent");
  cmd->add_flag("--json", opts->json, "Print machine-readable JSON (splits, classes, every problem)");
  cmd->footer(
      "Problem files are listed and skipped; with --policy fail the first one stops the scan (exit 1).");
  cmd->callback([opts] { runDatasets(*opts); });
}

const bool kRegistered = registerCommand("datasets", 10, setup);

}  // namespace
}  // namespace colorproxy::cli
