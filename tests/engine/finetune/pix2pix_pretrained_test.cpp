// A reference pix2pix latest_net_G.pth used directly as the pretrained model of fine-tuning (the
// experiment dialog's "reuse a model" and --pretrained), imported on the fly.
#include <gtest/gtest.h>

#include "colorproxy/finetune/pretrained_shape.h"
#include "finetune/finetune_pretrained.h"
#include "io/torch_save_file.h"
#include "support/test_support.h"

namespace colorproxy {
namespace {

namespace fs = std::filesystem;

TEST(Pix2pixPretrained, ReadsTheReferenceGeneratorUnderColorProxyNames) {
  const fs::path file = test::sourceDir() / "tests" / "fixtures" / "pix2pix" / "latest_net_G.pth";
  const PretrainedShape s = readPretrainedShape(file);
  EXPECT_EQ(s.ngf, 4);
  EXPECT_EQ(s.numDowns, 5);
  EXPECT_EQ(s.pretext, "gan");
  EXPECT_EQ(s.imageSize, 32);

  const PretrainedGenerator g = loadPretrainedGenerator(file);
  EXPECT_EQ(g.inChannels, 1);
  const StateDict reference = readTorchSaveStateDict(file);
  EXPECT_TRUE(torch::equal(g.state["encoder.down2.norm.running_var"],
                           reference["model.model.1.model.3.model.2.running_var"]));
  EXPECT_TRUE(torch::equal(g.state["decoder.up0.conv.bias"], reference["model.model.3.bias"]));

  try {
    loadPretrainedGenerator(file.parent_path() / "latest_net_D.pth");
    FAIL() << "a discriminator was taken for a generator";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("latest_net_D.pth"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace colorproxy
