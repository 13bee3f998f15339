#include "io/pix2pix_state.h"

#include <functional>
#include <regex>
#include <set>
#include <stdexcept>

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

using NameMap = std::function<std::string(const std::string&)>;

std::string sizesText(const torch::Tensor& t) {
  std::string s = "[";
  for (int64_t i = 0; i < t.dim(); ++i) s += (i ? ", " : "") + std::to_string(t.size(i));
  return s + "]";
}

// The prefix of level `level`'s Sequential: model.model. for the outermost block, then the submodule's
// index in its parent's Sequential (1 under the outermost, 3 under the others) and .model. per level.
std::string levelPrefix(int64_t level) {
  std::string p = "model.model.";
  for (int64_t l = 1; l <= level; ++l) p += (l == 1 ? "1." : "3.") + std::string("model.");
  return p;
}

// Every parameter and buffer of `module` (undefined ones, e.g. an absent bias, left out), by name.
std::vector<std::pair<std::string, torch::Tensor>> tensorsOf(const torch::nn::Module& module) {
  std::vector<std::pair<std::string, torch::Tensor>> out;
  for (const auto& p : module.named_parameters())
    if (p.value().defined()) out.emplace_back(p.key(), p.value());
  for (const auto& b : module.named_buffers())
    if (b.value().defined()) out.emplace_back(b.key(), b.value());
  return out;
}

// A state dict saved from a DataParallel wrapper has every name prefixed with "module.".
StateDict withoutDataParallelPrefix(const StateDict& state) {
  const std::string prefix = "module.";
  for (const auto& item : state)
    if (item.key().compare(0, prefix.size(), prefix) != 0) return state;
  StateDict out;
  for (const auto& item : state) out.insert(item.key().substr(prefix.size()), item.value());
  return out;
}

// Copies `reference` into `module` under `toReference` names, strictly: every tensor present with the same
// shape, nothing left over (num_batches_tracked may be absent: PyTorch before 0.4.1 did not save it).
void loadStrict(torch::nn::Module& module, const StateDict& reference, const NameMap& toReference,
                const std::string& where, const std::string& network) {
  torch::NoGradGuard noGrad;
  std::set<std::string> used;
  for (auto& [ours, tensor] : tensorsOf(module)) {
    const std::string name = toReference(ours);
    const torch::Tensor* found = reference.find(name);
    if (!found) {
      if (ours.size() > 20 && ours.compare(ours.size() - 20, 20, "num_batches_tracked") == 0) continue;
      throw std::runtime_error(where + ": tensor '" + name + "' " + sizesText(tensor) + " of " + network +
                               " is missing from the file");
    }
    if (found->sizes() != tensor.sizes())
      throw std::runtime_error(where + ": tensor '" + name + "' is " + sizesText(*found) +
                               " in the file, but " + network + " needs " + sizesText(tensor));
    tensor.copy_(*found);
    used.insert(name);
  }
  for (const auto& item : reference)
    if (!used.count(item.key()))
      throw std::runtime_error(where + ": tensor '" + item.key() + "' " + sizesText(item.value()) +
                               " has no place in " + network);
}

StateDict referenceState(const torch::nn::Module& module, const NameMap& toReference) {
  StateDict out;
  for (const auto& [ours, tensor] : tensorsOf(module))
    out.insert(toReference(ours), tensor.detach().to(torch::kCPU).contiguous());
  return out;
}

const torch::Tensor& require(const StateDict& state, const std::string& name, const std::string& where,
                             const std::string& what) {
  const torch::Tensor* t = state.find(name);
  if (!t) throw std::runtime_error(where + " has no '" + name + "': " + what);
  return *t;
}

}  // namespace

std::string pix2pixGeneratorName(const std::string& ours, int64_t numDowns) {
  static const std::regex kName(R"(^(encoder\.down|decoder\.up)(\d+)\.(conv|norm)\.(\w+)$)");
  std::smatch m;
  if (!std::regex_match(ours, m, kName))
    throw std::logic_error("pix2pixGeneratorName: unexpected U-Net tensor '" + ours + "'");
  const int64_t level = std::stoll(m[2].str());
  const bool down = m[1].str() == "encoder.down", conv = m[3].str() == "conv";
  const bool outermost = level == 0, innermost = level == numDowns - 1;
  // Index in the level's Sequential: outermost [conv, inner, relu, upconv, tanh]; innermost [lrelu, conv,
  // relu, upconv, upnorm]; others [lrelu, conv, norm, inner, relu, upconv, upnorm (, dropout)].
  int index = 0;
  if (down) {
    index = outermost ? 0 : conv ? 1 : 2;
  } else if (outermost || innermost) {
    index = conv ? 3 : 4;
  } else {
    index = conv ? 5 : 6;
  }
  return levelPrefix(level) + std::to_string(index) + "." + m[4].str();
}

std::string pix2pixDiscriminatorName(const std::string& ours) {
  const std::string prefix = "layers.";
  if (ours.compare(0, prefix.size(), prefix) != 0)
    throw std::logic_error("pix2pixDiscriminatorName: unexpected PatchGAN tensor '" + ours + "'");
  return "model." + ours.substr(prefix.size());
}

UNetGenerator readPix2pixGenerator(const fs::path& file, ColorizationModelSpec& spec) {
  const std::string where = "'" + file.string() + "'";
  const StateDict state = withoutDataParallelPrefix(readTorchSaveStateDict(file));
  const std::string notUnet =
      "not a pix2pix U-Net generator (netG unet_256 / unet_128; resnet generators have no U-Net counterpart)";
  const torch::Tensor& first = require(state, "model.model.0.weight", where, notUnet);
  const torch::Tensor& last = require(state, "model.model.3.weight", where, notUnet);
  if (first.dim() != 4 || last.dim() != 4) throw std::runtime_error(where + " is " + notUnet);
  if (state.contains("model.model.1.model.1.bias") && !state.contains("model.model.1.model.2.weight"))
    throw std::runtime_error(where +
                             " was trained with --norm instance; ColorProxy's U-Net uses batch norm "
                             "(--norm batch, the default of --model colorization)");
  if (first.size(1) != 1 || last.size(1) != 2)
    throw std::runtime_error(where + " maps " + std::to_string(first.size(1)) + " to " +
                             std::to_string(last.size(1)) +
                             " channels; a colorizer maps L (1 channel) to ab (2): train it with --model "
                             "colorization (input_nc 1, output_nc 2)");
  int64_t numDowns = 1;
  while (state.contains(levelPrefix(numDowns) + "1.weight")) ++numDowns;
  if (numDowns < 5 || numDowns > 10)
    throw std::runtime_error(where + " has " + std::to_string(numDowns) +
                             " downsamplings; ColorProxy's U-Net takes 5 to 10 (8 = unet_256, 7 = unet_128)");
  spec = ColorizationModelSpec();
  spec.pretext = "gan";
  spec.ngf = first.size(0);
  spec.numDowns = numDowns;
  spec.imageSize = numDowns >= 8 ? 256 : int(int64_t{1} << numDowns);  // unet_256 sees 256 px, smaller 2^n
  spec.abDivisor = 110.0;  // the reference's colorization dataset: ab / 110
  UNetGenerator generator = makeColorizationGenerator(spec);
  loadStrict(
      *generator, state, [numDowns](const std::string& n) { return pix2pixGeneratorName(n, numDowns); },
      where,
      "a U-Net with ngf " + std::to_string(spec.ngf) + " and " + std::to_string(numDowns) + " downsamplings");
  return generator;
}

PatchDiscriminator readPix2pixDiscriminator(const fs::path& file) {
  const std::string where = "'" + file.string() + "'";
  const StateDict state = withoutDataParallelPrefix(readTorchSaveStateDict(file));
  const torch::Tensor& first = require(state, "model.0.weight", where,
                                       "not a pix2pix PatchGAN discriminator (netD basic or n_layers)");
  if (first.dim() != 4 || first.size(1) != 3)
    throw std::runtime_error(where + " reads " + std::to_string(first.dim() == 4 ? first.size(1) : 0) +
                             " channels; a colorization discriminator reads L and ab (3 channels)");
  int64_t convs = 0;
  for (const auto& item : state)
    if (item.value().dim() == 4) ++convs;
  const int64_t nLayers = convs - 2;  // first conv, n_layers strided/stride-1 convs, output conv
  if (nLayers < 1 || nLayers > 6)
    throw std::runtime_error(where + " has " + std::to_string(convs) +
                             " convolutions; a PatchGAN with n_layers 1..6 has 3 to 8");
  PatchDiscriminator d(PatchDiscriminatorOptions(3).ndf(first.size(0)).nLayers(nLayers));
  loadStrict(
      *d, state, pix2pixDiscriminatorName, where,
      "a PatchGAN with ndf " + std::to_string(first.size(0)) + " and n_layers " + std::to_string(nLayers));
  return d;
}

StateDict pix2pixGeneratorState(const UNetGenerator& generator) {
  const int64_t numDowns = generator->options.numDowns();
  return referenceState(*generator,
                        [numDowns](const std::string& n) { return pix2pixGeneratorName(n, numDowns); });
}

StateDict pix2pixDiscriminatorState(const PatchDiscriminator& discriminator) {
  if (discriminator->options.variant() != PatchVariant::Receptive70)
    throw std::runtime_error(
        "the paper16 discriminator has no counterpart in the reference pix2pix code; export the generator "
        "only");
  return referenceState(*discriminator, pix2pixDiscriminatorName);
}

}  // namespace colorproxy
