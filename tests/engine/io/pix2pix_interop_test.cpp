// The reference PyTorch pix2pix checkpoints against ColorProxy's networks: a tiny reference U-Net and
// PatchGAN (tests/fixtures/pix2pix, written once by make_fixture.py with the reference network
// definitions) are imported and must reproduce the reference's outputs; export -> import is bit-exact.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "colorproxy/base/npy_file.h"
#include "colorproxy/io/pix2pix_interop.h"
#include "io/checkpoint.h"
#include "io/pix2pix_state.h"
#include "io/torch_save_file.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace colorproxy;
using colorproxy::test::TempDir;

namespace {

fs::path fixture(const std::string& name) {
  return test::sourceDir() / "tests" / "fixtures" / "pix2pix" / name;
}

torch::Tensor readArray(const std::string& name) {
  const NpyArray a = readNpy(fixture(name));
  std::vector<int64_t> shape(a.shape.begin(), a.shape.end());
  return torch::tensor(a.values, torch::kDouble).to(torch::kFloat).view(shape);
}

void expectSameState(const StateDict& a, const StateDict& b) {
  ASSERT_EQ(a.size(), b.size());
  for (const auto& item : a) {
    const torch::Tensor* other = b.find(item.key());
    ASSERT_NE(other, nullptr) << item.key();
    EXPECT_EQ(item.value().scalar_type(), other->scalar_type()) << item.key();
    EXPECT_TRUE(torch::equal(item.value(), *other)) << item.key() << " differs";
  }
}

// The fixture's generator with one tensor replaced, written as torch.save would.
fs::path alteredGenerator(const TempDir& tmp, const std::string& name, const torch::Tensor& value) {
  StateDict state = readTorchSaveStateDict(fixture("latest_net_G.pth"));
  StateDict out;
  for (const auto& item : state)
    if (item.key() != name) out.insert(item.key(), item.value());
  if (value.defined()) out.insert(name, value);
  const fs::path file = tmp / "altered_net_G.pth";
  writeTorchSaveStateDict(out, file);
  return file;
}

std::string importError(const fs::path& netG, const fs::path& out) {
  try {
    importPix2pix(netG, {}, out);
  } catch (const std::exception& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(Pix2pixNames, FollowTheReferenceNesting) {
  // Hand-worked from networks.py: level 1 is index 1 of the outermost Sequential, deeper levels index 3.
  EXPECT_EQ(pix2pixGeneratorName("encoder.down0.conv.weight", 5), "model.model.0.weight");
  EXPECT_EQ(pix2pixGeneratorName("decoder.up0.conv.bias", 5), "model.model.3.bias");
  EXPECT_EQ(pix2pixGeneratorName("encoder.down1.conv.weight", 5), "model.model.1.model.1.weight");
  EXPECT_EQ(pix2pixGeneratorName("encoder.down2.norm.running_var", 5),
            "model.model.1.model.3.model.2.running_var");
  EXPECT_EQ(pix2pixGeneratorName("decoder.up1.norm.weight", 5), "model.model.1.model.6.weight");
  EXPECT_EQ(pix2pixGeneratorName("decoder.up3.conv.weight", 5),
            "model.model.1.model.3.model.3.model.5.weight");
  EXPECT_EQ(pix2pixGeneratorName("decoder.up4.norm.num_batches_tracked", 5),
            "model.model.1.model.3.model.3.model.3.model.4.num_batches_tracked");
  EXPECT_EQ(pix2pixGeneratorName("decoder.up4.conv.weight", 8),
            "model.model.1.model.3.model.3.model.3.model.5.weight");
  EXPECT_EQ(pix2pixDiscriminatorName("layers.3.running_mean"), "model.3.running_mean");
}

TEST(Pix2pixImport, GeneratorReproducesTheReferenceOutput) {
  ColorizationModelSpec spec;
  UNetGenerator g = readPix2pixGenerator(fixture("latest_net_G.pth"), spec);
  EXPECT_EQ(spec.ngf, 4);
  EXPECT_EQ(spec.numDowns, 5);
  EXPECT_EQ(spec.pretext, "gan");
  g->eval();
  torch::NoGradGuard noGrad;
  const torch::Tensor expected = readArray("expected_ab.npy");
  const torch::Tensor out = g->forward(readArray("input_L.npy"));
  ASSERT_EQ(out.sizes(), expected.sizes());
  EXPECT_LT((out - expected).abs().max().item<double>(), 1e-5);
  EXPECT_GT(expected.abs().max().item<double>(), 0.05);  // a real signal, not zeros on both sides
}

TEST(Pix2pixImport, DiscriminatorReproducesTheReferenceOutput) {
  PatchDiscriminator d = readPix2pixDiscriminator(fixture("latest_net_D.pth"));
  EXPECT_EQ(d->options.ndf(), 4);
  EXPECT_EQ(d->options.nLayers(), 3);
  d->eval();
  torch::NoGradGuard noGrad;
  const torch::Tensor expected = readArray("expected_D.npy");
  const torch::Tensor out = d->forward(readArray("input_Lab.npy"));
  ASSERT_EQ(out.sizes(), expected.sizes());
  EXPECT_LT((out - expected).abs().max().item<double>(), 1e-5);
}

TEST(Pix2pixImport, WritesAModelFileThatHoldsBothNetworks) {
  TempDir tmp;
  const Pix2pixImport r =
      importPix2pix(fixture("latest_net_G.pth"), fixture("latest_net_D.pth"), tmp / "m.pt");
  EXPECT_EQ(r.ngf, 4);
  EXPECT_EQ(r.numDowns, 5);
  EXPECT_EQ(r.imageSize, 32);
  EXPECT_EQ(r.ndf, 4);
  EXPECT_EQ(r.nLayers, 3);
  EXPECT_GT(r.bytes, 0u);
  EXPECT_FALSE(isPytorchStateDictFile(r.file));

  CheckpointReader reader(r.file);
  const auto meta = nlohmann::json::parse(reader.meta());
  EXPECT_EQ(meta["task"], "colorization");
  EXPECT_EQ(meta["settings"]["ngf"], 4);
  EXPECT_EQ(meta["settings"]["numDowns"], 5);
  const ColorizationModelSpec spec = ColorizationModelSpec::fromSettings(meta["settings"]);
  UNetGenerator g = makeColorizationGenerator(spec);
  reader.loadModule("generator", *g);
  g->eval();
  torch::NoGradGuard noGrad;
  EXPECT_LT((g->forward(readArray("input_L.npy")) - readArray("expected_ab.npy")).abs().max().item<double>(),
            1e-5);
  EXPECT_TRUE(reader.has("discriminator"));
}

TEST(Pix2pixExport, ImportThenExportGivesTheReferenceFilesBitForBit) {
  TempDir tmp;
  importPix2pix(fixture("latest_net_G.pth"), fixture("latest_net_D.pth"), tmp / "m.pt");
  const Pix2pixExport e = exportPix2pix(tmp / "m.pt", tmp / "latest_net_G.pth", tmp / "latest_net_D.pth");
  EXPECT_EQ(e.ngf, 4);
  EXPECT_EQ(e.numDowns, 5);
  EXPECT_TRUE(isPytorchStateDictFile(e.generatorFile));
  const StateDict reference = readTorchSaveStateDict(fixture("latest_net_G.pth"));
  expectSameState(readTorchSaveStateDict(e.generatorFile), reference);
  expectSameState(readTorchSaveStateDict(e.discriminatorFile),
                  readTorchSaveStateDict(fixture("latest_net_D.pth")));
  EXPECT_EQ(e.tensors,
            int64_t(reference.size() + readTorchSaveStateDict(fixture("latest_net_D.pth")).size()));

  // And the exported files import again to the same networks.
  importPix2pix(e.generatorFile, e.discriminatorFile, tmp / "again.pt");
  CheckpointReader first(tmp / "m.pt"), second(tmp / "again.pt");
  ColorizationModelSpec spec;
  spec.ngf = 4;
  spec.numDowns = 5;
  UNetGenerator a = makeColorizationGenerator(spec), b = makeColorizationGenerator(spec);
  first.loadModule("generator", *a);
  second.loadModule("generator", *b);
  expectSameState(pix2pixGeneratorState(a), pix2pixGeneratorState(b));
}

TEST(Pix2pixExport, RefusesWhatTheReferenceCannotHold) {
  TempDir tmp;
  importPix2pix(fixture("latest_net_G.pth"), {}, tmp / "g-only.pt");
  try {
    exportPix2pix(tmp / "g-only.pt", tmp / "G.pth", tmp / "D.pth");
    FAIL() << "exported a discriminator the model does not hold";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("holds no discriminator"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(tmp / "G.pth"));  // nothing half-written
  EXPECT_THROW(exportPix2pix(tmp / "missing.pt", tmp / "G.pth"), std::runtime_error);
}

TEST(Pix2pixImport, NamesTheFirstMismatchingTensorAndItsShapes) {
  TempDir tmp;
  const std::string name = "model.model.1.model.3.model.2.weight";
  std::string error = importError(alteredGenerator(tmp, name, torch::ones({17})), tmp / "m.pt");
  EXPECT_NE(error.find("'" + name + "' is [17] in the file"), std::string::npos) << error;
  EXPECT_NE(error.find("needs [16]"), std::string::npos) << error;

  error = importError(alteredGenerator(tmp, name, {}), tmp / "m.pt");
  EXPECT_NE(error.find("'" + name + "' [16]"), std::string::npos) << error;
  EXPECT_NE(error.find("missing"), std::string::npos) << error;

  error = importError(alteredGenerator(tmp, "model.model.9.weight", torch::ones({2})), tmp / "m.pt");
  EXPECT_NE(error.find("'model.model.9.weight' [2] has no place"), std::string::npos) << error;
  EXPECT_FALSE(fs::exists(tmp / "m.pt"));
}

TEST(Pix2pixImport, ExplainsFilesThatAreNotAColorizationGenerator) {
  TempDir tmp;
  std::string error = importError(fixture("latest_net_D.pth"), tmp / "m.pt");
  EXPECT_NE(error.find("not a pix2pix U-Net generator"), std::string::npos) << error;

  error = importError(alteredGenerator(tmp, "model.model.0.weight", torch::ones({4, 3, 4, 4})), tmp / "m.pt");
  EXPECT_NE(error.find("--model colorization"), std::string::npos) << error;

  test::writeBytes(tmp / "text.pth", "not a checkpoint");
  error = importError(tmp / "text.pth", tmp / "m.pt");
  EXPECT_NE(error.find("not a zip-format torch.save file"), std::string::npos) << error;
  EXPECT_FALSE(isPytorchStateDictFile(tmp / "text.pth"));

  error = importError(tmp / "absent.pth", tmp / "m.pt");
  EXPECT_NE(error.find("does not exist"), std::string::npos) << error;

  importPix2pix(fixture("latest_net_G.pth"), {}, tmp / "cp.pt");
  error = importError(tmp / "cp.pt", tmp / "m.pt");  // a ColorProxy checkpoint is no state dict
  EXPECT_NE(error.find("cannot be read as a torch.save state dict"), std::string::npos) << error;
}
