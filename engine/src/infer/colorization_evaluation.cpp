#include "colorproxy/infer/colorization_evaluation.h"

#include <algorithm>
#include <cctype>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/color/lab_conversion.h"
#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "colorproxy/data/image_file.h"
#include "colorproxy/data/rng.h"
#include "colorproxy/eval/psnr.h"
#include "colorproxy/eval/ssim.h"
#include "colorproxy/hints/hint_simulation.h"
#include "colorproxy/infer/colorizer.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

constexpr size_t kChunk = 8;  // images colorized per batch at the model's size
constexpr int kMinSide = 11;  // SSIM's window

const DatasetSplit& pickSplit(const Dataset& ds, const std::string& wanted, const fs::path& root) {
  if (!wanted.empty()) return ds.split(wanted);
  if (const DatasetSplit* s = ds.findSplit("test")) return *s;
  if (ds.splits.size() == 1) return ds.splits.front();
  std::string names;
  for (const auto& s : ds.splits) names += (names.empty() ? "" : ", ") + s.name;
  throw DataError("'" + root.string() + "' has several splits and no 'test' one (" + names +
                      "); choose one with --split NAME",
                  root);
}

/// Up to `count` simulated hints of `truth` (8-bit BGR), drawn at the network's `size` and placed in the
/// photo's coordinates. Fixed counts: the draw never stops early, so n points are the first n of more.
std::vector<ColorHint> simulatedHintsOf(const cv::Mat& truth, int size, int count, std::uint64_t seed) {
  cv::Mat small = truth;
  if (truth.cols != size || truth.rows != size)
    cv::resize(truth, small, cv::Size(size, size), 0, 0,
               truth.cols > size || truth.rows > size ? cv::INTER_AREA : cv::INTER_LINEAR);
  const cv::Mat lab = bgrToLab(small);
  cv::Mat ab(lab.size(), CV_32FC2);
  const int fromTo[] = {1, 0, 2, 1};
  cv::mixChannels(&lab, 1, &ab, 1, fromTo, 2);
  HintSimulationOptions so;
  so.stopProbability = 1e-300;
  so.maxPoints = count;
  std::vector<ColorHint> hints = simulateHints(ab, seed, so);
  for (ColorHint& h : hints) {
    h.x *= double(truth.cols) / size;
    h.y *= double(truth.rows) / size;
  }
  return hints;
}

}  // namespace

ColorizationEvaluation evaluateColorization(const Colorizer& colorizer, const fs::path& dataPath,
                                            const ColorizationEvalOptions& o) {
  ScanOptions scan;
  scan.format = parseDatasetFormat(o.dataFormat);
  scan.keepGrayscale = false;  // a grey original has no colour to score against
  scan.checkMaskHeaders = false;
  const Dataset ds = openDataset(dataPath, scan);
  const DatasetSplit& split = pickSplit(ds, o.split, dataPath);
  ColorizationEvaluation r;
  r.split = split.name;
  r.layout = ds.layout;
  for (const auto& p : split.problems) {
    if (p.severity == ProblemSeverity::Error) r.problems.push_back(p.message);
    if (p.severity == ProblemSeverity::Excluded) r.excluded.push_back(p.message);
  }
  std::vector<Sample> samples = split.samples;
  if (o.maxImages > 0 && samples.size() > o.maxImages) samples.resize(o.maxImages);

  const int size = colorizer.size();
  size_t done = 0;
  std::vector<double> psnrs, ssims;
  if (!o.hintCounts.empty() && !colorizer.takesHints())
    throw std::invalid_argument("the model '" + colorizer.checkpoint().string() +
                                "' takes no colour hints: scoring against the number of hints needs a model "
                                "pretrained with --hints");
  for (int n : o.hintCounts)
    if (n < 0 || n > 1000)
      throw std::invalid_argument("hint count " + std::to_string(n) + " must be between 0 and 1000");
  const int maxHints = o.hintCounts.empty() ? 0 : *std::max_element(o.hintCounts.begin(), o.hintCounts.end());
  std::vector<std::vector<double>> hintPsnrs(o.hintCounts.size()), hintSsims(o.hintCounts.size());
  for (size_t start = 0; start < samples.size() && !r.cancelled; start += kChunk) {
    std::vector<cv::Mat> truths;
    std::vector<fs::path> files;
    for (size_t i = start; i < std::min(samples.size(), start + kChunk); ++i) {
      const fs::path& file = samples[i].image;
      cv::Mat img;
      try {
        img = readImageFile(file, cv::IMREAD_COLOR);
      } catch (const DataError& e) {
        r.problems.push_back(std::string(e.what()) + "; left out");
        continue;
      }
      if (!o.fullResolution) {
        cv::Mat resized;
        cv::resize(img, resized, cv::Size(size, size), 0, 0,
                   img.cols > size || img.rows > size ? cv::INTER_AREA : cv::INTER_LINEAR);
        img = resized;
      } else if (img.cols < kMinSide || img.rows < kMinSide) {
        r.problems.push_back("'" + file.string() + "' is smaller than the 11x11 SSIM window; left out");
        continue;
      }
      truths.push_back(img);
      files.push_back(file);
    }
    std::vector<cv::Mat> preds;
    try {
      preds = colorizer.colorize(truths);
    } catch (const std::exception&) {
      // One image the network cannot take must not sink the chunk: redo it image by image, naming the bad
      // one.
      preds.clear();
      std::vector<cv::Mat> keptTruths;
      std::vector<fs::path> keptFiles;
      for (size_t i = 0; i < truths.size(); ++i) {
        try {
          preds.push_back(colorizer.colorize(std::vector<cv::Mat>{truths[i]}).at(0));
          keptTruths.push_back(truths[i]);
          keptFiles.push_back(files[i]);
        } catch (const std::exception& e) {
          r.problems.push_back("'" + files[i].string() + "' cannot be colorized (" +
                               std::string(e.what()).substr(0, 200) + "); left out");
        }
      }
      truths = std::move(keptTruths);
      files = std::move(keptFiles);
    }
    for (size_t i = 0; i < preds.size(); ++i) {
      ColorizationEvalImage e;
      e.image = files[i];
      e.width = preds[i].cols;
      e.height = preds[i].rows;
      e.psnr = psnr(preds[i], truths[i]);
      e.ssim = ssim(preds[i], truths[i]);
      psnrs.push_back(e.psnr);
      ssims.push_back(e.ssim);
      if (!o.hintCounts.empty()) {
        const std::uint64_t seed = Rng::derive({o.hintSeed, std::uint64_t(r.images.size())})();
        const auto all = simulatedHintsOf(truths[i], size, maxHints, seed);
        for (size_t k = 0; k < o.hintCounts.size(); ++k) {
          const std::vector<ColorHint> first(all.begin(),
                                             all.begin() + std::min<long>(o.hintCounts[k], long(all.size())));
          const cv::Mat guided = colorizer.colorize(truths[i], first);
          hintPsnrs[k].push_back(psnr(guided, truths[i]));
          hintSsims[k].push_back(ssim(guided, truths[i]));
        }
      }
      r.images.push_back(e);
      if (!o.saveDir.empty()) {
        fs::path rel = files[i].lexically_relative(ds.root);
        if (rel.empty() || *rel.begin() == "..") rel = files[i].filename();
        rel.replace_extension(".png");
        std::vector<uchar> png;
        cv::imencode(".png", preds[i], png);
        writeFileAtomically(o.saveDir / rel,
                            std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
      }
    }
    done = std::min(samples.size(), start + kChunk);
    if (o.progress && !o.progress(done, samples.size())) r.cancelled = true;
  }
  r.psnr = summarize(psnrs);
  r.ssim = summarize(ssims);
  for (size_t k = 0; k < o.hintCounts.size(); ++k)
    r.byHints.push_back({o.hintCounts[k], summarize(hintPsnrs[k]), summarize(hintSsims[k])});
  return r;
}

}  // namespace colorproxy
