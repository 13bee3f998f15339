#pragma once
// Checkpoint files: named modules, optimisers, tensors and a JSON metadata string in one torch archive,
// written atomically (temporary file + fsync + rename) so a failed write (disk full, crash) never
// replaces the previous good checkpoint.
#include <filesystem>
#include <string>

#include <torch/torch.h>

namespace colorproxy {

/// Collects the parts of a checkpoint and writes them atomically.
class CheckpointWriter {
 public:
  void addModule(const std::string& name, const torch::nn::Module& module);
  void addOptimizer(const std::string& name, const torch::optim::Optimizer& optimizer);
  void addTensor(const std::string& name, const torch::Tensor& tensor);
  void setMeta(const std::string& json);
  /// Writes `file` atomically; throws std::runtime_error naming it on failure (the old file stays).
  void save(const std::filesystem::path& file);

 private:
  torch::serialize::OutputArchive m_archive;
};

/// Reads a checkpoint written by CheckpointWriter.
class CheckpointReader {
 public:
  /// Opens `file`; throws std::runtime_error naming it when missing, truncated or not a checkpoint.
  explicit CheckpointReader(const std::filesystem::path& file);
  const std::string& meta() const { return m_meta; }
  const std::filesystem::path& file() const { return m_file; }
  bool has(const std::string& name);
  /// Loads parameters and buffers into `module` (which must have the same structure).
  void loadModule(const std::string& name, torch::nn::Module& module);
  void loadOptimizer(const std::string& name, torch::optim::Optimizer& optimizer);
  torch::Tensor tensor(const std::string& name);

 private:
  std::filesystem::path m_file;
  torch::serialize::InputArchive m_archive;
  std::string m_meta;
};

/// The default CPU generator's state (dropout masks, random init) for an exact resume.
torch::Tensor captureCpuRngState();
void restoreCpuRngState(const torch::Tensor& state);

/// Saves only `module`'s weights (for export / fine-tuning), atomically.
void saveModuleWeights(const torch::nn::Module& module, const std::filesystem::path& file);

}  // namespace colorproxy
