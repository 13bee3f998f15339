#include "io/checkpoint.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <stdexcept>
#include <vector>

#include <ATen/CPUGeneratorImpl.h>

#include "colorproxy/base/atomic_file.h"
#include "io/zip_integrity.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

const char* const kMetaKey = "colorproxy_meta";

// Torch's own file writer throws from its destructor when a write fails (e.g. disk full), which
// terminates the process. Writing through a callback that never reports failure to torch, and
// raising the error ourselves afterwards, keeps a full disk an ordinary, recoverable exception.
void saveArchive(torch::serialize::OutputArchive& archive, const fs::path& file) {
  std::FILE* out = std::fopen(file.c_str(), "wb");
  if (!out) throw std::runtime_error("cannot create '" + file.string() + "': " + std::strerror(errno));
  int error = 0;
  archive.save_to([&](const void* data, size_t size) -> size_t {
    if (error == 0 && size > 0 && std::fwrite(data, 1, size, out) != size) error = errno ? errno : EIO;
    return size;
  });
  if (std::fflush(out) != 0 && error == 0) error = errno ? errno : EIO;
  if (std::fclose(out) != 0 && error == 0) error = errno ? errno : EIO;
  if (error != 0) throw std::runtime_error(std::string("write failed: ") + std::strerror(error));
}

// Shapes of every parameter and buffer, by qualified name.
std::map<std::string, std::vector<int64_t>> shapes(const torch::nn::Module& module) {
  std::map<std::string, std::vector<int64_t>> out;
  for (const auto& kv : module.named_parameters()) out[kv.key()] = kv.value().sizes().vec();
  for (const auto& kv : module.named_buffers()) out[kv.key()] = kv.value().sizes().vec();
  return out;
}

std::string shapeText(const std::vector<int64_t>& s) {
  std::string t = "[";
  for (size_t i = 0; i < s.size(); ++i) t += (i ? "x" : "") + std::to_string(s[i]);
  return t + "]";
}

}  // namespace

void CheckpointWriter::addModule(const std::string& name, const torch::nn::Module& module) {
  torch::serialize::OutputArchive nested(m_archive.compilation_unit());
  module.save(nested);
  m_archive.write(name, nested);
}

void CheckpointWriter::addOptimizer(const std::string& name, const torch::optim::Optimizer& optimizer) {
  torch::serialize::OutputArchive nested(m_archive.compilation_unit());
  optimizer.save(nested);
  m_archive.write(name, nested);
}

void CheckpointWriter::addTensor(const std::string& name, const torch::Tensor& tensor) {
  m_archive.write(name, tensor.detach().to(torch::kCPU).contiguous());
}

void CheckpointWriter::setMeta(const std::string& json) { m_archive.write(kMetaKey, c10::IValue(json)); }

void CheckpointWriter::save(const fs::path& file) {
  writeFileAtomically(file, [this](const fs::path& tmp) { saveArchive(m_archive, tmp); });
}

CheckpointReader::CheckpointReader(const fs::path& file) : m_file(file) {
  if (!fs::is_regular_file(file))
    throw std::runtime_error("checkpoint '" + file.string() + "' does not exist");
  try {
    verifyZipArchive(file);
  } catch (const std::exception& e) {
    throw std::runtime_error("'" + file.string() + "' is not a readable ColorProxy checkpoint (damaged: " +
                             e.what() + "); use an earlier checkpoint (epoch-NNN.pt) or copy the file again");
  }
  try {
    m_archive.load_from(file.string(), torch::kCPU);
    c10::IValue meta;
    if (!m_archive.try_read(kMetaKey, meta) || !meta.isString())
      throw std::runtime_error("it has no ColorProxy metadata");
    m_meta = meta.toStringRef();
  } catch (const std::exception& e) {
    throw std::runtime_error("'" + file.string() + "' is not a readable ColorProxy checkpoint (" +
                             std::string(e.what()).substr(0, 300) + ")");
  }
}

bool CheckpointReader::has(const std::string& name) {
  for (const auto& k : m_archive.keys())
    if (k == name) return true;
  return false;
}

void CheckpointReader::loadModule(const std::string& name, torch::nn::Module& module) {
  try {
    // Module::load replaces tensors whatever their shape, so a different configuration would load
    // "successfully" and fail later; compare the shapes to say what does not match.
    const auto expected = shapes(module);
    torch::serialize::InputArchive nested;
    m_archive.read(name, nested);
    module.load(nested);
    for (const auto& [key, shape] : shapes(module)) {
      const auto it = expected.find(key);
      if (it != expected.end() && it->second != shape)
        throw std::runtime_error("'" + key + "' is " + shapeText(shape) + " in the checkpoint, " +
                                 shapeText(it->second) + " in the network");
    }
  } catch (const std::exception& e) {
    throw std::runtime_error("checkpoint '" + m_file.string() + "': network '" + name +
                             "' does not match the configuration (" + std::string(e.what()).substr(0, 300) +
                             ")");
  }
  // NaN/Inf weights load without complaint and then produce black images or NaN losses: refuse them.
  const auto nonFinite = [](const torch::Tensor& t) {
    return t.is_floating_point() && !torch::isfinite(t).all().item<bool>();
  };
  const auto refuse = [&](const std::string& what, const std::string& key) {
    throw std::runtime_error(
        "checkpoint '" + m_file.string() + "': network '" + name + "' " + what + " '" + key +
        "' holds NaN or infinite values (the run diverged or the file is damaged); use an "
        "earlier checkpoint (checkpoints/epoch-NNN.pt)");
  };
  for (const auto& kv : module.named_parameters())
    if (nonFinite(kv.value())) refuse("weight", kv.key());
  for (const auto& kv : module.named_buffers())
    if (nonFinite(kv.value())) refuse("buffer", kv.key());
}

void CheckpointReader::loadOptimizer(const std::string& name, torch::optim::Optimizer& optimizer) {
  try {
    torch::serialize::InputArchive nested;
    m_archive.read(name, nested);
    optimizer.load(nested);
  } catch (const std::exception& e) {
    throw std::runtime_error("checkpoint '" + m_file.string() + "': optimiser '" + name +
                             "' cannot be restored (" + std::string(e.what()).substr(0, 300) + ")");
  }
}

torch::Tensor CheckpointReader::tensor(const std::string& name) {
  torch::Tensor t;
  if (!m_archive.try_read(name, t))
    throw std::runtime_error("checkpoint '" + m_file.string() + "' has no '" + name + "'");
  return t;
}

torch::Tensor captureCpuRngState() {
  auto gen = at::detail::getDefaultCPUGenerator();
  std::lock_guard<std::mutex> lock(gen.mutex());
  return gen.get_state();
}

void restoreCpuRngState(const torch::Tensor& state) {
  auto gen = at::detail::getDefaultCPUGenerator();
  std::lock_guard<std::mutex> lock(gen.mutex());
  gen.set_state(state);
}

void saveModuleWeights(const torch::nn::Module& module, const fs::path& file) {
  torch::serialize::OutputArchive archive;
  module.save(archive);
  writeFileAtomically(file, [&](const fs::path& tmp) { saveArchive(archive, tmp); });
}

}  // namespace colorproxy
