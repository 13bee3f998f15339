#include "colorproxy/io/pix2pix_interop.h"

#include <ctime>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "colorproxy/base/time_text.h"
#include "colorproxy/io/run_folder.h"
#include "io/checkpoint.h"
#include "io/export_destination.h"
#include "io/pix2pix_state.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

int64_t parameterCount(const torch::nn::Module& module) {
  int64_t n = 0;
  for (const auto& p : module.parameters())
    if (p.defined()) n += p.numel();
  return n;
}

}  // namespace

Pix2pixImport importPix2pix(const fs::path& netG, const fs::path& netD, const fs::path& out) {
  refuseExportDestination(out, netG);
  if (!netD.empty()) refuseExportDestination(out, netD);
  ColorizationModelSpec spec;
  UNetGenerator generator = readPix2pixGenerator(netG, spec);
  PatchDiscriminator discriminator{nullptr};
  if (!netD.empty()) discriminator = readPix2pixDiscriminator(netD);

  nlohmann::json settings = {{"pretext", spec.pretext},
                             {"ngf", spec.ngf},
                             {"numDowns", spec.numDowns},
                             {"imageSize", spec.imageSize},
                             {"abDivisor", spec.abDivisor}};
  nlohmann::json imported = {{"code", "junyanz/pytorch-CycleGAN-and-pix2pix --model colorization"},
                             {"generator", fs::absolute(netG).string()}};
  if (discriminator) {
    settings["ndf"] = discriminator->options.ndf();
    settings["discriminator"] = "basic70";
    imported["discriminator"] = fs::absolute(netD).string();
    imported["nLayers"] = discriminator->options.nLayers();
  }
  const std::string now = localTimeIso(std::time(nullptr));
  const nlohmann::json meta = {{"format", "colorproxy-checkpoint"},
                               {"formatVersion", 1},
                               {"task", "colorization"},
                               {"pretext", spec.pretext},
                               {"engineVersion", COLORPROXY_VERSION},
                               {"createdAt", now},
                               {"savedAt", now},
                               {"settings", settings},
                               {"importedFrom", imported},
                               {"exportedParts", discriminator ? "generator, discriminator" : "generator"}};
  CheckpointWriter writer;
  writer.addModule("generator", *generator);
  if (discriminator) writer.addModule("discriminator", *discriminator);
  writer.setMeta(meta.dump());
  writer.save(out);

  Pix2pixImport result;
  result.file = out;
  result.bytes = fs::file_size(out);
  result.ngf = int(spec.ngf);
  result.numDowns = int(spec.numDowns);
  result.imageSize = spec.imageSize;
  result.generatorParameters = parameterCount(*generator);
  if (discriminator) {
    result.ndf = int(discriminator->options.ndf());
    result.nLayers = int(discriminator->options.nLayers());
    result.discriminatorParameters = parameterCount(*discriminator);
  }
  return result;
}

Pix2pixExport exportPix2pix(const fs::path& model, const fs::path& netG, const fs::path& netD) {
  std::error_code ec;
  const fs::path file = fs::is_directory(model, ec) ? RunFolder(model).latestCheckpoint() : model;
  if (!fs::is_regular_file(file, ec))
    throw std::runtime_error("model '" + file.string() +
                             "' does not exist (pass a colorization run folder, checkpoint or model file)");
  refuseExportDestination(netG, file);
  if (!netD.empty()) refuseExportDestination(netD, file);
  CheckpointReader reader(file);
  nlohmann::json meta;
  try {
    meta = nlohmann::json::parse(reader.meta());
  } catch (const std::exception& e) {
    throw std::runtime_error("'" + file.string() + "' has unreadable metadata: " + e.what());
  }
  if (meta.value("task", "") != "colorization" || !meta.contains("settings"))
    throw std::runtime_error("'" + file.string() + "' is not a colorization model (task '" +
                             meta.value("task", "") + "'); pix2pix checkpoints hold colorizers");
  const nlohmann::json& settings = meta["settings"];
  const ColorizationModelSpec spec = ColorizationModelSpec::fromSettings(settings);
  if (spec.outChannels() != 2)
    throw std::runtime_error("'" + file.string() + "' predicts " + std::to_string(spec.outChannels()) +
                             " ab bins (pretext classification); the reference pix2pix colorizer predicts "
                             "ab directly (pretext gan or l2)");
  if (spec.hints)
    throw std::runtime_error(
        "'" + file.string() +
        "' is hint-conditioned (it reads colour points besides L); the reference pix2pix "
        "colorizer reads L only. Export a model pretrained without --hints");
  UNetGenerator generator = makeColorizationGenerator(spec);
  reader.loadModule("generator", *generator);
  StateDict generatorState = pix2pixGeneratorState(generator);

  StateDict discriminatorState;
  if (!netD.empty()) {
    if (!reader.has("discriminator"))
      throw std::runtime_error(
          "'" + file.string() +
          "' holds no discriminator (an exported model keeps only the generator); export "
          "from the pretraining run folder, or leave --netD out");
    if (settings.value("discriminator", std::string("basic70")) == "paper16")
      throw std::runtime_error("'" + file.string() +
                               "' uses the paper16 discriminator, which has no counterpart in the reference "
                               "pix2pix code; leave --netD out to export the generator only");
    PatchDiscriminator discriminator(PatchDiscriminatorOptions(3).ndf(settings.value("ndf", int64_t{64})));
    reader.loadModule("discriminator", *discriminator);
    discriminatorState = pix2pixDiscriminatorState(discriminator);
  }
  // Both files are converted before either is written, so a failure leaves neither half-done.
  writeTorchSaveStateDict(generatorState, netG);
  if (!netD.empty()) writeTorchSaveStateDict(discriminatorState, netD);

  Pix2pixExport result;
  result.source = file;
  result.generatorFile = netG;
  result.discriminatorFile = netD;
  result.ngf = int(spec.ngf);
  result.numDowns = int(spec.numDowns);
  result.tensors = int64_t(generatorState.size() + discriminatorState.size());
  return result;
}

bool isPytorchStateDictFile(const fs::path& file) { return isTorchSaveFile(file); }

}  // namespace colorproxy
