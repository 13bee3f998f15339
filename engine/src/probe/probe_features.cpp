#include "probe/probe_features.h"

#include <cstring>
#include <fstream>
#include <optional>
#include <stdexcept>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/base/npy_file.h"
#include "colorproxy/data/batch_loader.h"
#include "finetune/finetune_batch.h"
#include "tensor/mat_tensor.h"

namespace colorproxy {
namespace {

std::string levelFile(const std::string& split, int level) {
  return split + "-level" + std::to_string(level) + ".npy";
}

void writeMat(const std::filesystem::path& file, const cv::Mat& m) {
  cv::Mat f;
  m.convertTo(f, CV_32F);
  std::vector<float> values(f.begin<float>(), f.end<float>());
  writeNpyFloat32(file, {std::size_t(f.rows), std::size_t(f.cols)}, values);
}

std::optional<cv::Mat> readMat(const std::filesystem::path& file, int rows, int cols) {
  try {
    const NpyArray a = readNpy(file);
    if (a.shape.size() != 2 || int(a.shape[0]) != rows || int(a.shape[1]) != cols) return std::nullopt;
    cv::Mat out(rows, cols, CV_32F);
    for (std::size_t i = 0; i < a.values.size(); ++i) out.ptr<float>()[i] = float(a.values[i]);
    return out;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

ProbeSplitFeatures extractProbeFeatures(UNetEncoder& encoder, const std::vector<Sample>& samples,
                                        const LoaderOptions& loader, int classCount,
                                        const std::vector<ProbeLevelShape>& levels, StopToken& stop) {
  LoaderOptions lo = loader;
  lo.shuffle = false;
  lo.epochs = 1;
  lo.startEpoch = 0;
  lo.startBatch = 0;
  lo.loadMasks = false;
  lo.keepGrayscale = true;
  BatchLoader batches(samples, lo);

  torch::NoGradGuard noGrad;
  encoder->eval();
  std::vector<std::vector<torch::Tensor>> pooled(levels.size());
  std::vector<torch::Tensor> labels;
  ProbeSplitFeatures out;
  while (auto batch = batches.next()) {
    if (!stop.checkpoint()) break;
    const FinetuneBatch b = toFinetuneBatch(*batch, false, classCount);
    const std::vector<torch::Tensor> acts = encoder->forward(b.l);
    for (std::size_t i = 0; i < levels.size(); ++i) {
      const torch::Tensor& a = acts.at(std::size_t(levels[i].level));
      const int64_t g = levels[i].grid;
      pooled[i].push_back(torch::adaptive_avg_pool2d(a, {g, g}).flatten(1));
    }
    labels.push_back(b.labels);
    for (const auto& p : batch->paths) out.images.push_back(p.string());
  }
  for (std::size_t i = 0; i < levels.size(); ++i)
    out.levels.push_back(pooled[i].empty() ? cv::Mat(0, int(levels[i].features), CV_32F)
                                           : tensorToMat(torch::cat(pooled[i])));
  out.labels = labels.empty() ? cv::Mat(0, classCount, CV_32F) : tensorToMat(torch::cat(labels));
  return out;
}

ProbeFeatureCache::ProbeFeatureCache(std::filesystem::path dir, nlohmann::json identity)
    : m_dir(std::move(dir)), m_identity(std::move(identity)) {}

nlohmann::json ProbeFeatureCache::readMeta() const {
  std::ifstream in(m_dir / "meta.json");
  if (!in) return nullptr;
  nlohmann::json meta = nlohmann::json::parse(in, nullptr, false);
  if (meta.is_discarded() || !meta.is_object() || meta.value("identity", nlohmann::json()) != m_identity)
    return nullptr;
  return meta;
}

std::optional<ProbeSplitFeatures> ProbeFeatureCache::load(const std::string& split,
                                                          const std::vector<ProbeLevelShape>& levels) const {
  const nlohmann::json meta = readMeta();
  if (meta.is_null() || !meta.contains("splits") || !meta["splits"].contains(split)) return std::nullopt;
  const nlohmann::json& s = meta["splits"][split];
  ProbeSplitFeatures out;
  out.images = s.value("images", std::vector<std::string>());
  const int rows = int(out.images.size());
  const auto labels = readMat(m_dir / (split + "-labels.npy"), rows, s.value("classes", 0));
  if (!labels) return std::nullopt;
  out.labels = *labels;
  for (const auto& level : levels) {
    const auto m = readMat(m_dir / levelFile(split, level.level), rows, int(level.features));
    if (!m) return std::nullopt;
    out.levels.push_back(*m);
  }
  return out;
}

void ProbeFeatureCache::store(const std::string& split, const std::vector<ProbeLevelShape>& levels,
                              const ProbeSplitFeatures& features) {
  std::filesystem::create_directories(m_dir);
  nlohmann::json meta = readMeta();
  if (meta.is_null()) meta = {{"identity", m_identity}, {"splits", nlohmann::json::object()}};
  nlohmann::json files = nlohmann::json::array();
  for (std::size_t i = 0; i < levels.size(); ++i) {
    writeMat(m_dir / levelFile(split, levels[i].level), features.levels[i]);
    files.push_back({{"file", levelFile(split, levels[i].level)},
                     {"level", levels[i].level},
                     {"shape", {features.levels[i].rows, features.levels[i].cols}},
                     {"channels", levels[i].channels},
                     {"grid", levels[i].grid},
                     {"dtype", "float32"},
                     {"layout", "row = image, column = channel * grid^2 + y * grid + x"}});
  }
  writeMat(m_dir / (split + "-labels.npy"), features.labels);
  meta["splits"][split] = {{"images", features.images},
                           {"classes", features.labels.cols},
                           {"labels", split + "-labels.npy"},
                           {"levels", files}};
  writeFileAtomically(m_dir / "meta.json", meta.dump(2) + "\n");
}

}  // namespace colorproxy
