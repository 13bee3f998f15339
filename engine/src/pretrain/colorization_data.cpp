#include "pretrain/colorization_data.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <stdexcept>

#include "colorproxy/base/text.h"
#include "colorproxy/data/data_error.h"
#include "colorproxy/data/dataset_reader.h"
#include "colorproxy/data/rng.h"
#include "train/skipped_files.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

// Stream keys for colorproxy::Rng::derive, so each seeded choice draws independent numbers.
constexpr std::uint64_t kHoldOutStream = 0x686f6c646f7574ULL;  // "holdout"
constexpr std::uint64_t kSubsetStream = 0x737562736574ULL;     // "subset"

const DatasetSplit* splitStartingWith(const Dataset& ds, const std::string& prefix) {
  for (const auto& s : ds.splits)
    if (startsWith(toLower(s.name), prefix) && !s.samples.empty()) return &s;
  return nullptr;
}

std::string splitList(const Dataset& ds) {
  std::string out;
  for (const auto& s : ds.splits)
    out += (out.empty() ? "" : ", ") + s.name + " (" + std::to_string(s.samples.size()) + ")";
  return out;
}

// A seeded permutation of 0..n-1 (Fisher-Yates with the data area's portable generator).
std::vector<size_t> permutation(size_t n, std::uint64_t seed, std::uint64_t stream) {
  std::vector<size_t> idx(n);
  std::iota(idx.begin(), idx.end(), size_t{0});
  Rng rng = Rng::derive({seed, stream});
  for (size_t i = n; i > 1; --i) std::swap(idx[i - 1], idx[size_t(rng.uniformInt(0, int64_t(i) - 1))]);
  return idx;
}

// `count` samples chosen by seed, kept in their original order.
std::vector<Sample> seededSubset(const std::vector<Sample>& all, size_t count, std::uint64_t seed,
                                 std::uint64_t stream) {
  if (count >= all.size()) return all;
  auto idx = permutation(all.size(), seed, stream);
  idx.resize(count);
  std::sort(idx.begin(), idx.end());
  std::vector<Sample> out;
  for (size_t i : idx) out.push_back(all[i]);
  return out;
}

}  // namespace

ColorizationData selectColorizationData(const ColorizationConfig& config) {
  ScanOptions scan;
  scan.format = config.dataFormat;
  scan.policy = config.badFilePolicy;
  scan.keepGrayscale = false;  // a grey photo has no colour to learn
  scan.checkMaskHeaders = false;
  ColorizationData d;
  d.dataset = openDataset(config.dataPath, scan);
  const Dataset& ds = d.dataset;

  const DatasetSplit* train = nullptr;
  if (!config.trainSplit.empty()) {
    train = &ds.split(config.trainSplit);
  } else {
    train = splitStartingWith(ds, "train");
    if (!train && ds.splits.size() == 1) train = &ds.splits.front();
    if (!train) train = ds.findSplit("all");
    if (!train)
      throw DataError("'" + config.dataPath.string() + "' has no training split (splits: " + splitList(ds) +
                          "); choose one with trainSplit (--train-split NAME)",
                      config.dataPath);
  }
  const DatasetSplit* val = nullptr;
  if (!config.valSplit.empty()) {
    val = &ds.split(config.valSplit);
  } else if (const DatasetSplit* v = splitStartingWith(ds, "val"); v && v != train) {
    val = v;
  }

  d.skipped = skippedFiles(ds, {train, val});
  const std::string why = skippedFilesSuffix(d.skipped);
  std::vector<Sample> trainSamples = train->samples;
  std::vector<Sample> valSamples;
  std::string valText;
  if (val) {
    valSamples = val->samples;
    valText = "validation split '" + val->name + "'";
  } else {
    if (trainSamples.size() < 2)
      throw DataError("'" + config.dataPath.string() + "' has " + std::to_string(trainSamples.size()) +
                          " usable colour image(s) in split '" + train->name +
                          "': a run needs at least 2 (one is held out for validation)" + why,
                      config.dataPath);
    const size_t held = std::clamp<size_t>(
        static_cast<size_t>(std::llround(config.valFraction * double(trainSamples.size()))), 1,
        trainSamples.size() - 1);
    auto idx = permutation(trainSamples.size(), config.seed, kHoldOutStream);
    std::vector<char> isVal(trainSamples.size(), 0);
    for (size_t i = 0; i < held; ++i) isVal[idx[i]] = 1;
    std::vector<Sample> kept;
    for (size_t i = 0; i < trainSamples.size(); ++i)
      (isVal[i] ? valSamples : kept).push_back(trainSamples[i]);
    trainSamples = std::move(kept);
    valText = std::to_string(held) + " held out for validation (no validation split)";
  }
  if (trainSamples.empty())
    throw DataError("'" + config.dataPath.string() + "': split '" + train->name +
                        "' has no usable colour images (grayscale and unreadable files are left out)" + why,
                    config.dataPath);
  if (valSamples.empty())
    throw DataError(
        "'" + config.dataPath.string() + "': the validation split has no usable colour images" + why,
        config.dataPath);
  if (config.maxImages > 0)
    trainSamples = seededSubset(trainSamples, size_t(config.maxImages), config.seed, kSubsetStream);
  if (config.maxValImages > 0)
    valSamples = seededSubset(valSamples, size_t(config.maxValImages), config.seed, kSubsetStream + 1);

  d.description = ds.layout + ": " + std::to_string(trainSamples.size()) + " training images (split '" +
                  train->name + "'), " + std::to_string(valSamples.size()) + " validation images, " + valText;
  d.train = std::move(trainSamples);
  d.val = std::move(valSamples);
  d.fingerprint = datasetFingerprint(ds.root, d.train, d.val);
  return d;
}

std::string datasetFingerprint(const fs::path& root, const std::vector<Sample>& train,
                               const std::vector<Sample>& val) {
  std::uint64_t h = 1469598103934665603ULL;
  const auto mix = [&](const void* data, size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (size_t i = 0; i < n; ++i) {
      h ^= p[i];
      h *= 1099511628211ULL;
    }
  };
  for (const auto* list : {&train, &val}) {
    const char sep = '|';
    mix(&sep, 1);
    for (const auto& s : *list) {
      const std::string rel = s.image.lexically_relative(root).generic_string();
      mix(rel.data(), rel.size() + 1);  // with the terminating NUL as a separator
      std::error_code ec;
      const std::uint64_t size = fs::file_size(s.image, ec);
      const std::uint64_t v = ec ? 0 : size;
      mix(&v, sizeof v);
    }
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace colorproxy
