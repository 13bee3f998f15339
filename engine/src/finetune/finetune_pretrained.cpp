#include "finetune/finetune_pretrained.h"

#include "colorproxy/finetune/pretrained_shape.h"

#include <algorithm>
#include <regex>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "colorproxy/base/atomic_file.h"
#include "colorproxy/io/run_folder.h"
#include "io/checkpoint.h"
#include "io/pix2pix_state.h"
#include "io/torch_save_file.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

using State = torch::OrderedDict<std::string, torch::Tensor>;

// Every tensor below `archive`, named by its dotted path (Module::save nests one archive per child).
void flatten(torch::serialize::InputArchive& archive, const std::string& prefix, State& out, int depth) {
  if (depth > 32) return;
  for (const auto& key : archive.keys()) {
    c10::IValue value;
    if (!archive.try_read(key, value)) continue;
    if (value.isTensor()) {
      out.insert(prefix + key, value.toTensor());
    } else if (value.isModule()) {
      torch::serialize::InputArchive child;
      if (archive.try_read(key, child)) flatten(child, prefix + key + ".", out, depth + 1);
    }
  }
}

bool holdsUNet(const State& s) { return s.contains("encoder.down0.conv.weight"); }

void describeShape(PretrainedGenerator& g) {
  static const std::regex kDown(R"(^encoder\.down(\d+)\.conv\.weight$)");
  for (const auto& item : g.state) {
    std::smatch m;
    if (!std::regex_match(item.key(), m, kDown)) continue;
    g.numDowns = std::max<int64_t>(g.numDowns, std::stoll(m[1].str()) + 1);
  }
  auto& w = g.state["encoder.down0.conv.weight"];
  // A hint-conditioned colorizer reads L, hint a, hint b, hint mask: without hints those three inputs are
  // zero, so its L slice is exactly the function it computes on L alone.
  if (w.dim() == 4 && w.size(1) == 4) w = w.narrow(1, 0, 1).contiguous();
  g.ngf = w.size(0);
  g.inChannels = w.dim() > 1 ? w.size(1) : 0;
}

// The pretraining settings in the run folder that holds `checkpoint` (checkpoints/<file>), if any.
void readRunSettings(PretrainedGenerator& g) {
  const fs::path config = g.file.parent_path().parent_path() / "config.json";
  std::error_code ec;
  if (!fs::is_regular_file(config, ec)) return;
  try {
    const auto j = nlohmann::json::parse(readTextFile(config));
    const auto& s = j.contains("settings") ? j.at("settings") : j;
    if (s.contains("pretext") && s["pretext"].is_string()) g.pretext = s["pretext"].get<std::string>();
    if (s.contains("imageSize") && s["imageSize"].is_number_integer())
      g.imageSize = s["imageSize"].get<int>();
  } catch (const std::exception&) {
    // The weights are what matters; a damaged config only loses these descriptive fields.
  }
}

}  // namespace

fs::path resolveCheckpointFile(const fs::path& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return path;
  if (!fs::is_directory(path, ec))
    throw std::invalid_argument("pretrained model '" + path.string() +
                                "' does not exist: give a colorization run folder or a checkpoint file");
  const RunFolder run(path);
  if (fs::is_regular_file(run.latestCheckpoint(), ec)) return run.latestCheckpoint();
  const auto epochs = run.epochCheckpoints();
  if (!epochs.empty()) return epochs.back().second;
  throw std::invalid_argument(
      "pretrained model '" + path.string() + "' is a folder without " + run.latestCheckpoint().string() +
      " or checkpoints/epoch-NNN.pt: is it a colorization run that saved a checkpoint?");
}

PretrainedGenerator loadPretrainedGenerator(const fs::path& runOrCheckpoint) {
  PretrainedGenerator g;
  g.file = resolveCheckpointFile(runOrCheckpoint);
  if (isTorchSaveFile(g.file)) {
    // A reference pix2pix latest_net_G.pth, imported on the fly.
    ColorizationModelSpec spec;
    UNetGenerator generator{nullptr};
    try {
      generator = readPix2pixGenerator(g.file, spec);
    } catch (const std::runtime_error& e) {
      throw std::invalid_argument(std::string("pretrained model ") + e.what());
    }
    for (const auto& p : generator->named_parameters())
      if (p.value().defined()) g.state.insert(p.key(), p.value());
    for (const auto& b : generator->named_buffers())
      if (b.value().defined()) g.state.insert(b.key(), b.value());
    g.pretext = spec.pretext;
    g.imageSize = spec.imageSize;
    describeShape(g);
    return g;
  }
  torch::serialize::InputArchive archive;
  try {
    archive.load_from(g.file.string(), torch::kCPU);
  } catch (const std::exception& e) {
    throw std::invalid_argument("pretrained model '" + g.file.string() + "' is not a readable checkpoint (" +
                                std::string(e.what()).substr(0, 200) + ")");
  }
  State top;
  flatten(archive, "", top, 0);
  if (holdsUNet(top)) {
    g.state = std::move(top);
  } else {
    // Entries in preference order: the usual generator names first, then any other that holds a U-Net.
    std::vector<std::string> entries;
    for (const auto& item : top) {
      const auto dot = item.key().find('.');
      if (dot == std::string::npos) continue;
      const std::string entry = item.key().substr(0, dot);
      if (std::find(entries.begin(), entries.end(), entry) == entries.end()) entries.push_back(entry);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const std::string& a, const std::string& b) {
      const auto rank = [](const std::string& n) {
        static const std::vector<std::string> preferred = {"generator", "netG", "G", "model"};
        const auto it = std::find(preferred.begin(), preferred.end(), n);
        return it == preferred.end() ? preferred.size() : std::size_t(it - preferred.begin());
      };
      return rank(a) < rank(b);
    });
    for (const auto& entry : entries) {
      State sub;
      const std::string prefix = entry + ".";
      for (const auto& item : top)
        if (item.key().compare(0, prefix.size(), prefix) == 0)
          sub.insert(item.key().substr(prefix.size()), item.value());
      if (!holdsUNet(sub)) continue;
      g.entry = entry;
      g.state = std::move(sub);
      break;
    }
  }
  if (g.state.is_empty())
    throw std::invalid_argument("pretrained model '" + g.file.string() +
                                "' holds no U-Net generator (no encoder.down0.conv.weight in any entry); "
                                "give a colorization run folder or its checkpoint");
  describeShape(g);
  readRunSettings(g);
  return g;
}

void requireCompatible(const PretrainedGenerator& g, int64_t ngf, int64_t numDowns) {
  if (g.inChannels != 1)
    throw std::invalid_argument("pretrained model '" + g.file.string() + "' reads " +
                                std::to_string(g.inChannels) +
                                " input channels; fine-tuning feeds the L channel only (1 channel)");
  if (g.ngf == ngf && g.numDowns == numDowns) return;
  throw std::invalid_argument(
      "pretrained model '" + g.file.string() + "' was pretrained with ngf " + std::to_string(g.ngf) +
      " and numDowns " + std::to_string(g.numDowns) + ", but this run asks for ngf " + std::to_string(ngf) +
      " and numDowns " + std::to_string(numDowns) + ": set ngf " + std::to_string(g.ngf) + " and numDowns " +
      std::to_string(g.numDowns) +
      " (the fine-tuned network must have the pretraining run's shape), or pretrain again");
}

}  // namespace colorproxy

namespace colorproxy {

PretrainedShape readPretrainedShape(const std::filesystem::path& runOrCheckpoint) {
  const PretrainedGenerator g = loadPretrainedGenerator(runOrCheckpoint);
  PretrainedShape s;
  s.file = g.file;
  s.ngf = int(g.ngf);
  s.numDowns = int(g.numDowns);
  s.imageSize = g.imageSize;
  s.pretext = g.pretext;
  if (s.imageSize == 0 || s.pretext.empty()) {
    // An exported model (or a checkpoint away from its run folder) carries its settings in its metadata.
    try {
      const auto meta = nlohmann::json::parse(CheckpointReader(g.file).meta());
      const auto& settings = meta.contains("settings") ? meta.at("settings") : meta;
      if (s.imageSize == 0 && settings.contains("imageSize") && settings["imageSize"].is_number_integer())
        s.imageSize = settings["imageSize"].get<int>();
      if (s.pretext.empty() && settings.contains("pretext") && settings["pretext"].is_string())
        s.pretext = settings["pretext"].get<std::string>();
    } catch (const std::exception&) {
      // Descriptive fields only; the shape above is what matters.
    }
  }
  return s;
}

}  // namespace colorproxy
