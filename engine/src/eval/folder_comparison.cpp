#include "colorproxy/eval/folder_comparison.h"
#include "colorproxy/base/text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>

#include "colorproxy/data/data_error.h"
#include "colorproxy/data/image_file.h"
#include "colorproxy/eval/psnr.h"
#include "eval/mat_checks.h"

namespace colorproxy {
namespace {

namespace fs = std::filesystem;
using Problem = FolderComparison::Problem;

bool isImageFile(const fs::path& p) {
  const std::string ext = toLower(p.extension().string());
  static const char* const kExtensions[] = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"};
  return std::any_of(std::begin(kExtensions), std::end(kExtensions), [&](const char* e) { return ext == e; });
}

bool isHidden(const fs::path& relative) {
  return std::any_of(relative.begin(), relative.end(), [](const fs::path& part) {
    return part.string().size() > 1 && part.string()[0] == '.';
  });
}

// Images of `dir` by matching key (relative path without extension, '/'-separated), in name order.
std::map<std::string, std::vector<fs::path>> listImages(const fs::path& dir, bool recursive,
                                                        const char* role) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw std::invalid_argument(std::string(role) + " folder " + dir.string() +
                                (fs::exists(dir, ec) ? " is not a directory" : " does not exist"));
  std::map<std::string, std::vector<fs::path>> images;
  auto consider = [&](const fs::directory_entry& entry) {
    std::error_code e;
    if (!entry.is_regular_file(e) || !isImageFile(entry.path())) return;
    const fs::path relative = entry.path().lexically_relative(dir);
    if (isHidden(relative)) return;
    const std::string key = (relative.parent_path() / relative.stem()).generic_string();
    images[key].push_back(entry.path());
  };
  if (recursive) {
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied);
         it != fs::recursive_directory_iterator(); ++it)
      consider(*it);
  } else {
    for (const auto& entry : fs::directory_iterator(dir)) consider(entry);
  }
  for (auto& [key, files] : images) std::sort(files.begin(), files.end());
  return images;
}

std::string joinNames(const std::vector<fs::path>& files) {
  std::string out;
  for (const auto& f : files) out += (out.empty() ? "" : ", ") + f.filename().string();
  return out;
}

cv::Mat readColour(const fs::path& file, std::string& error) {
  try {
    return readImageFile(file, cv::IMREAD_COLOR);
  } catch (const DataError& e) {
    error = e.what();
    return {};
  }
}

}  // namespace

const char* problemKindName(Problem::Kind kind) {
  switch (kind) {
    case Problem::Kind::MissingTruth:
      return "missing_truth";
    case Problem::Kind::MissingPrediction:
      return "missing_prediction";
    case Problem::Kind::DuplicateName:
      return "duplicate_name";
    case Problem::Kind::Unreadable:
      return "unreadable";
    case Problem::Kind::SizeMismatch:
      return "size_mismatch";
    case Problem::Kind::TooSmall:
      return "too_small";
  }
  return "unknown";
}

FolderComparison compareImageFolders(const fs::path& predictionDir, const fs::path& truthDir,
                                     const FolderComparisonOptions& options) {
  const auto predictions = listImages(predictionDir, options.recursive, "prediction");
  const auto truths = listImages(truthDir, options.recursive, "truth");
  FolderComparison result;
  auto problem = [&](Problem::Kind kind, const fs::path& file, std::string message) {
    result.problems.push_back({kind, file, std::move(message)});
  };

  std::vector<std::pair<fs::path, fs::path>> matched;
  std::vector<std::string> keys;
  for (const auto& [key, files] : predictions) {
    const auto partner = truths.find(key);
    if (files.size() > 1) {
      problem(Problem::Kind::DuplicateName, files.front(),
              "several predictions share the name '" + key + "' in " + predictionDir.string() + " (" +
                  joinNames(files) + "); keep one so the partner is unambiguous");
      continue;
    }
    if (partner == truths.end()) {
      problem(Problem::Kind::MissingTruth, files.front(),
              files.front().string() + " has no truth image named '" + key + ".*' in " + truthDir.string());
      continue;
    }
    if (partner->second.size() > 1) {
      problem(Problem::Kind::DuplicateName, partner->second.front(),
              "several truth images share the name '" + key + "' in " + truthDir.string() + " (" +
                  joinNames(partner->second) + "); keep one so the partner is unambiguous");
      continue;
    }
    matched.emplace_back(files.front(), partner->second.front());
    keys.push_back(key);
  }
  for (const auto& [key, files] : truths)
    if (predictions.find(key) == predictions.end())
      problem(
          Problem::Kind::MissingPrediction, files.front(),
          files.front().string() + " has no prediction named '" + key + ".*' in " + predictionDir.string());

  std::vector<double> psnrs, ssims;
  for (std::size_t i = 0; i < matched.size(); ++i) {
    const auto& [predFile, truthFile] = matched[i];
    std::string error;
    const cv::Mat pred = readColour(predFile, error);
    if (!error.empty()) {
      problem(Problem::Kind::Unreadable, predFile, error);
    } else if (const cv::Mat truth = readColour(truthFile, error); !error.empty()) {
      problem(Problem::Kind::Unreadable, truthFile, error);
    } else if (pred.size() != truth.size()) {
      problem(Problem::Kind::SizeMismatch, predFile,
              predFile.string() + " is " + std::to_string(pred.cols) + "x" + std::to_string(pred.rows) +
                  " but " + truthFile.string() + " is " + std::to_string(truth.cols) + "x" +
                  std::to_string(truth.rows) + " (width x height); they must be the same size");
    } else if (pred.cols < options.ssim.windowSize || pred.rows < options.ssim.windowSize) {
      problem(Problem::Kind::TooSmall, predFile,
              predFile.string() + " is " + std::to_string(pred.cols) + "x" + std::to_string(pred.rows) +
                  ", smaller than the " + std::to_string(options.ssim.windowSize) + "-pixel SSIM window");
    } else {
      FolderComparison::Pair pair;
      pair.name = keys[i];
      pair.prediction = predFile;
      pair.truth = truthFile;
      pair.width = pred.cols;
      pair.height = pred.rows;
      pair.mse = meanSquaredError(pred, truth);
      pair.psnr = psnrFromMse(pair.mse, options.ssim.dataRange);
      pair.ssim = ssim(pred, truth, options.ssim);
      psnrs.push_back(pair.psnr);
      ssims.push_back(pair.ssim);
      result.pairs.push_back(std::move(pair));
    }
    if (options.progress && !options.progress(i + 1, matched.size())) {
      result.cancelled = true;
      break;
    }
  }
  result.psnr = summarize(psnrs);
  result.ssim = summarize(ssims);
  return result;
}

}  // namespace colorproxy
