// The U-Net generator: pix2pix's structure (parameter counts, shapes, dropout placement), the encoder /
// decoder split, inference-time dropout and the 313-logit head.
#include <gtest/gtest.h>

#include <algorithm>

#include <torch/torch.h>

#include "colorproxy/models/model_size.h"
#include "engine/models/parameter_count.h"
#include "models/unet_generator.h"

namespace colorproxy {
namespace {

using colorproxy::test::countParameters;

class UNetGeneratorTest : public ::testing::Test {
 protected:
  UNetGeneratorTest() {
    torch::manual_seed(3);
    at::set_num_threads(1);  // tiny tensors: threads only add synchronisation (and stall on a busy machine)
  }
};

TEST_F(UNetGeneratorTest, Unet256HasPix2PixParameterCount) {
  // pytorch-CycleGAN-and-pix2pix unet_256, input_nc 1, output_nc 2, ngf 64, batch norm: 54,409,858.
  UNetGenerator g(UNetGeneratorOptions(1, 2));
  EXPECT_EQ(countParameters(*g), 54409858);
  EXPECT_EQ(unetParameterCount(UNetSize{}), 54409858);
}

TEST_F(UNetGeneratorTest, ParameterCountFormulaMatchesBuiltModules) {
  for (int64_t downs : {5, 6, 7, 8}) {
    for (int64_t ngf : {4, 8, 12}) {
      for (auto [in, out] : {std::pair<int64_t, int64_t>{1, 2}, {3, 3}, {1, 313}}) {
        for (const int64_t stride : {1, 4}) {
          UNetGenerator g(UNetGeneratorOptions(in, out).ngf(ngf).numDowns(downs).outputStride(stride));
          EXPECT_EQ(countParameters(*g), unetParameterCount(UNetSize{in, out, ngf, downs, stride}))
              << "downs " << downs << " ngf " << ngf << " in " << in << " out " << out << " stride "
              << stride;
        }
      }
    }
  }
}

TEST_F(UNetGeneratorTest, Unet128IsUnet256WithoutOneNgf8Level) {
  // Removing one ngf*8 level removes a down conv (512x512x16), its batch norm, an up conv
  // (1024x512x16) and its batch norm.
  const int64_t level = 512 * 512 * 16 + 2 * 512 + 1024 * 512 * 16 + 2 * 512;
  EXPECT_EQ(unetParameterCount(UNetSize{1, 2, 64, 8}) - unetParameterCount(UNetSize{1, 2, 64, 7}), level);
}

TEST_F(UNetGeneratorTest, OutputShapesForSeveralSizes) {
  struct Case {
    int64_t downs, h, w, n;
  };
  for (const auto& c : {Case{5, 32, 32, 2}, Case{5, 64, 96, 1}, Case{6, 64, 64, 3}, Case{8, 256, 256, 1}}) {
    UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(4).numDowns(c.downs));
    const auto y = g->forward(torch::randn({c.n, 1, c.h, c.w}));
    EXPECT_EQ(y.sizes(), (std::vector<int64_t>{c.n, 2, c.h, c.w})) << c.downs << " " << c.h << "x" << c.w;
    EXPECT_LE(y.abs().max().item<double>(), 1.0);  // tanh
  }
}

TEST_F(UNetGeneratorTest, EncoderFeaturesHalveEachLevelAndDecoderRestoresSize) {
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(8).numDowns(6));
  const auto features = g->encoder->forward(torch::randn({2, 1, 64, 64}));
  ASSERT_EQ(features.size(), 6u);
  const int64_t channels[] = {8, 16, 32, 64, 64, 64};
  for (size_t i = 0; i < features.size(); ++i) {
    const int64_t side = 64 >> (i + 1);
    EXPECT_EQ(features[i].sizes(), (std::vector<int64_t>{2, channels[i], side, side})) << "level " << i;
  }
  EXPECT_EQ(g->encoder->bottleneckChannels(), 64);
  EXPECT_EQ(g->decoder->forward(features).sizes(), (std::vector<int64_t>{2, 2, 64, 64}));
}

TEST_F(UNetGeneratorTest, TensorNamesFollowEncoderDecoderLevels) {
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(4).numDowns(5));
  const auto params = g->named_parameters();
  for (const char* name :
       {"encoder.down0.conv.weight", "encoder.down1.norm.weight", "encoder.down4.conv.weight",
        "decoder.up4.conv.weight", "decoder.up1.norm.bias", "decoder.up0.conv.bias"})
    EXPECT_TRUE(params.contains(name)) << name;
  // pix2pix: no bias before batch norm, no batch norm at the outermost or innermost encoder level.
  for (const char* name : {"encoder.down0.norm.weight", "encoder.down4.norm.weight",
                           "encoder.down1.conv.bias", "decoder.up0.norm.weight", "decoder.up1.conv.bias"})
    EXPECT_FALSE(params.contains(name)) << name;
}

TEST_F(UNetGeneratorTest, DropoutSitsInTheInnerNgf8DecoderBlocks) {
  for (int64_t downs : {7, 8}) {
    UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(4).numDowns(downs));
    std::vector<int64_t> withDropout;
    for (int64_t level = 0; level < downs; ++level)
      if (g->decoder->blocks[level]->options.dropout() > 0.0) withDropout.push_back(level);
    // pix2pix: num_downs - 5 blocks between the innermost and the ngf*4 <- ngf*8 block.
    std::vector<int64_t> expected;
    for (int64_t level = 4; level < downs - 1; ++level) expected.push_back(level);
    EXPECT_EQ(withDropout, expected) << "numDowns " << downs;
    EXPECT_EQ(static_cast<int64_t>(withDropout.size()), downs - 5);
  }
}

TEST_F(UNetGeneratorTest, DropoutAtInferenceMakesEvalOutputsRandom) {
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(4).numDowns(7));
  const auto x = torch::randn({1, 1, 128, 128});
  g->eval();
  torch::NoGradGuard noGrad;
  EXPECT_TRUE(torch::equal(g->forward(x), g->forward(x)));
  g->setDropoutAtInference(true);
  EXPECT_FALSE(torch::equal(g->forward(x), g->forward(x)));
}

TEST_F(UNetGeneratorTest, LogitHeadFor313BinsHasNoTanh) {
  UNetGenerator g(UNetGeneratorOptions(1, 313).ngf(4).numDowns(5).tanhOutput(false));
  {
    torch::NoGradGuard noGrad;
    g->decoder->blocks[0]->conv->bias.fill_(5.0);  // logits far outside tanh's range
  }
  const auto y = g->forward(torch::randn({1, 1, 32, 32}));
  EXPECT_EQ(y.sizes(), (std::vector<int64_t>{1, 313, 32, 32}));
  EXPECT_GT(y.max().item<double>(), 1.5);
}

TEST_F(UNetGeneratorTest, AlgorithmsGiveTheSameNetworkOutput) {
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(8).numDowns(5).dropout(0.0));
  g->eval();
  const auto x = torch::randn({2, 1, 32, 32});
  torch::NoGradGuard noGrad;
  g->setTransposedConvAlgorithm(TransposedConvAlgorithm::Native);
  const auto ref = g->forward(x);
  for (auto a : {TransposedConvAlgorithm::Adjoint, TransposedConvAlgorithm::SubPixel}) {
    g->setTransposedConvAlgorithm(a);
    EXPECT_LE((g->forward(x) - ref).abs().max().item<double>(), 1e-5) << toString(a);
  }
}

TEST_F(UNetGeneratorTest, QuarterResolutionHeadReplacesTheTwoOutermostDecoderLevels) {
  // Zhang et al.'s classification network predicts at a quarter of the input size.
  const int64_t ngf = 8, out = 313;
  UNetGenerator quarter(UNetGeneratorOptions(1, out).ngf(ngf).numDowns(6).tanhOutput(false).outputStride(4));
  UNetGenerator full(UNetGeneratorOptions(1, out).ngf(ngf).numDowns(6).tanhOutput(false));
  EXPECT_EQ(quarter->forward(torch::randn({2, 1, 128, 64})).sizes(), (std::vector<int64_t>{2, out, 32, 16}));
  // Parameters, worked by hand: the full U-Net less up0 (ConvTranspose 2 ngf -> out, 4x4, bias) and up1
  // (4 ngf -> ngf, 4x4, no bias, batch norm of ngf), plus the 1x1 head (4 ngf -> out, bias).
  const int64_t up0 = 2 * ngf * out * 16 + out, up1 = 4 * ngf * ngf * 16 + 2 * ngf,
                head = 4 * ngf * out + out;
  EXPECT_EQ(countParameters(*quarter), countParameters(*full) - up0 - up1 + head);
  const auto names = quarter->named_parameters().keys();
  const auto has = [&](const std::string& n) {
    return std::find(names.begin(), names.end(), n) != names.end();
  };
  EXPECT_TRUE(has("decoder.head.weight") && has("decoder.head.bias") && has("decoder.up2.conv.weight"));
  EXPECT_FALSE(has("decoder.up0.conv.weight") || has("decoder.up1.conv.weight"));
  EXPECT_EQ(quarter->decoder->firstLevel(), 2);
  EXPECT_THROW(UNetGenerator(UNetGeneratorOptions(1, 2).numDowns(6).outputStride(2)), c10::Error);
}

TEST_F(UNetGeneratorTest, QuarterResolutionHeadReadsLevelOnesActivatedSkip) {
  // A head that copies input channel 3 (one-hot 1x1 weight, zero bias) must give ReLU of the encoder's
  // level-1 output channel 3: the head reads relu(cat(skip of level 1, up2's output)), skip first.
  UNetGenerator g(UNetGeneratorOptions(1, 5).ngf(4).numDowns(5).tanhOutput(false).outputStride(4));
  g->eval();
  torch::NoGradGuard noGrad;
  g->decoder->head->weight.zero_();
  g->decoder->head->bias.zero_();
  g->decoder->head->weight[0][3][0][0] = 1.0;
  const auto x = torch::randn({1, 1, 32, 32});
  const auto features = g->encoder->forward(x);
  const auto expected = torch::relu(features[1].select(1, 3));
  const auto y = g->forward(x);
  EXPECT_GT(expected.abs().max().item<double>(), 0.0);
  EXPECT_LE((y.select(1, 0) - expected).abs().max().item<double>(), 1e-6);
  EXPECT_LE(y.select(1, 1).abs().max().item<double>(), 0.0);  // zero weights, zero bias
}

TEST_F(UNetGeneratorTest, OutputLayerInputIsWhatTheOutputLayerReads) {
  for (const int64_t stride : {1, 4}) {
    UNetGenerator g(UNetGeneratorOptions(1, 3).ngf(4).numDowns(5).tanhOutput(false).outputStride(stride));
    g->eval();
    torch::NoGradGuard noGrad;
    const auto x = torch::randn({2, 1, 64, 32});
    const auto features = g->encoder->forward(x);
    const auto last = g->decoder->outputLayerInput(features);
    // Half the input size with 2 ngf channels (up0 reads it), or a quarter with 4 ngf (the head).
    const std::vector<int64_t> expected =
        stride == 1 ? std::vector<int64_t>{2, 8, 32, 16} : std::vector<int64_t>{2, 16, 16, 8};
    EXPECT_EQ(last.sizes(), expected);
    EXPECT_GE(last.min().item<double>(), 0.0);  // activated
    const auto out =
        stride == 1 ? g->decoder->blocks.front()->forward(last.clone()) : g->decoder->head->forward(last);
    EXPECT_LE((out - g->forward(x)).abs().max().item<double>(), 1e-6) << "stride " << stride;
  }
}

// A network converted to channels-last for training (as the trainers do) stays channels-last at every
// level, including the first, whose single input channel makes NCHW and NHWC strides the same, and its
// gradients are those of the NCHW network.
TEST_F(UNetGeneratorTest, ChannelsLastNetworkStaysChannelsLastWithTheSameGradients) {
  const auto cl = torch::MemoryFormat::ChannelsLast;
  const auto make = [] {
    torch::manual_seed(11);
    return UNetGenerator(UNetGeneratorOptions(1, 2).ngf(8).numDowns(5).dropout(0.0));
  };
  UNetGenerator nchw = make(), nhwc = make();
  {
    torch::NoGradGuard noGrad;
    for (auto& p : nhwc->parameters())
      if (p.dim() == 4) p.set_data(p.contiguous(cl));
  }
  const auto x = torch::randn({2, 1, 32, 32});
  EXPECT_TRUE(nchw->encoder->forward(x)[0].is_contiguous());
  const auto features = nhwc->encoder->forward(x);
  for (size_t level = 0; level < features.size(); ++level) {
    if (features[level].size(2) == 1) continue;  // 1x1: both layouts at once
    EXPECT_TRUE(features[level].is_contiguous(cl) && !features[level].is_contiguous()) << "level " << level;
  }

  const auto weights = torch::randn({2, 2, 32, 32});
  (nchw->forward(x) * weights).sum().backward();
  (nhwc->forward(x) * weights).sum().backward();
  const auto a = nchw->named_parameters(), b = nhwc->named_parameters();
  for (const auto& item : a) {
    const auto& ga = item.value().grad();
    const auto& gb = b[item.key()].grad();
    ASSERT_TRUE(ga.defined() && gb.defined()) << item.key();
    EXPECT_LE((ga - gb).abs().max().item<double>(), 1e-4 * (1.0 + ga.abs().max().item<double>()))
        << item.key();
  }
}

// The decoder concatenates an up block's output with the skip, so the gradient reaching the block is a
// channel slice of the concatenation's; the block hands batch norm a dense channels-last copy instead.
TEST_F(UNetGeneratorTest, UpBlockGradientArrivesDenseInChannelsLast) {
  const auto cl = torch::MemoryFormat::ChannelsLast;
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(8).numDowns(5).dropout(0.0));
  auto& block = g->decoder->blocks[1];
  const int64_t in = block->options.inChannels(), out = block->options.outChannels();
  const auto input = torch::randn({2, in, 8, 8}).contiguous(cl).requires_grad_(true);
  const auto y = block->forward(input.clone());
  ASSERT_TRUE(y.is_contiguous(cl));
  bool dense = false;
  y.register_hook([&](torch::Tensor grad) {  // runs after the block's own hook
    dense = grad.is_contiguous(cl);
    return grad;
  });
  const auto skip = torch::randn({2, out, 16, 16}).contiguous(cl);
  (torch::cat({skip, y}, 1) * torch::randn({2, 2 * out, 16, 16})).sum().backward();
  EXPECT_TRUE(dense);
  // Without it the gradient is the slice, in neither layout.
  const auto bare = y.detach().requires_grad_(true);
  torch::Tensor sliced;
  bare.register_hook([&](torch::Tensor grad) {
    sliced = grad;
    return grad;
  });
  torch::cat({skip, bare}, 1).sum().backward();
  ASSERT_TRUE(sliced.defined());
  EXPECT_FALSE(sliced.is_contiguous(cl) || sliced.is_contiguous());
}

TEST_F(UNetGeneratorTest, DoesNotModifyItsInput) {
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(4).numDowns(5));
  const auto x = torch::randn({1, 1, 32, 32});
  const auto copy = x.clone();
  g->forward(x).sum().backward();
  EXPECT_TRUE(torch::equal(x, copy));
}

TEST_F(UNetGeneratorTest, RejectsSizesThatAreNotMultiplesOfTheDepth) {
  UNetGenerator g(UNetGeneratorOptions(1, 2).ngf(4).numDowns(6));
  try {
    g->forward(torch::randn({1, 1, 48, 64}));
    FAIL() << "expected an exception";
  } catch (const c10::Error& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("multiples of 2^numDowns = 64"), std::string::npos) << msg;
    EXPECT_NE(msg.find("48x64"), std::string::npos) << msg;
  }
  EXPECT_THROW(g->forward(torch::randn({1, 3, 64, 64})), c10::Error);
  EXPECT_THROW(UNetGenerator(UNetGeneratorOptions(1, 2).numDowns(4)), c10::Error);
}

}  // namespace
}  // namespace colorproxy
