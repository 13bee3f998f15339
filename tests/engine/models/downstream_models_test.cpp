// Classifier and segmenter built from the generator: shapes, transfer by name, refusal of incompatible
// checkpoints, freezing.
#include <gtest/gtest.h>

#include <algorithm>

#include <torch/torch.h>

#include "models/multilabel_classifier.h"
#include "models/segmentation_net.h"
#include "models/unet_generator.h"
#include "models/weight_init.h"
#include "models/weight_transfer.h"

namespace colorproxy {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool startsWith(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

class DownstreamModelsTest : public ::testing::Test {
 protected:
  DownstreamModelsTest() {
    torch::manual_seed(21);
    at::set_num_threads(1);  // tiny tensors: threads only add synchronisation (and stall on a busy machine)
    generator = UNetGenerator(UNetGeneratorOptions(1, 2).ngf(8).numDowns(6));
    initPix2PixWeights(*generator);
    // Give the batch-norm buffers recognisable values, as a trained generator would have.
    generator->train();
    generator->forward(torch::randn({4, 1, 64, 64}));
  }
  UNetGenerator generator{nullptr};
};

TEST_F(DownstreamModelsTest, ClassifierShapesFlattenAndPooledHeads) {
  MultilabelClassifier flat(MultilabelClassifierOptions(20).ngf(8).numDowns(6).inputSize(128).hidden(32));
  // Bottleneck at 128 px with 6 downs: 64 channels x 2 x 2 = 256 inputs to fc1.
  EXPECT_EQ(flat->fc1->weight.sizes(), (std::vector<int64_t>{32, 256}));
  EXPECT_EQ(flat->forward(torch::randn({3, 1, 128, 128})).sizes(), (std::vector<int64_t>{3, 20}));
  MultilabelClassifier pooled(MultilabelClassifierOptions(5).ngf(8).numDowns(6).hidden(16).globalPool(true));
  EXPECT_EQ(pooled->fc1->weight.sizes(), (std::vector<int64_t>{16, 64}));
  EXPECT_EQ(pooled->forward(torch::randn({2, 1, 64, 64})).sizes(), (std::vector<int64_t>{2, 5}));
  EXPECT_EQ(pooled->forward(torch::randn({2, 1, 128, 192})).sizes(), (std::vector<int64_t>{2, 5}));
  // The flatten head is tied to its input size.
  EXPECT_THROW(flat->forward(torch::randn({1, 1, 64, 64})), c10::Error);
}

TEST_F(DownstreamModelsTest, PaperClassifierHeadIs4096Wide) {
  MultilabelClassifierOptions o(20);
  EXPECT_EQ(o.hidden(), 4096);
  EXPECT_EQ(o.dropout(), 0.5);
  EXPECT_EQ(o.inputSize(), 256);
}

TEST_F(DownstreamModelsTest, SegmenterGivesPerPixelLogits) {
  SegmentationNet seg(SegmentationNetOptions(12).ngf(8).numDowns(6));
  const auto y = seg->forward(torch::randn({2, 1, 64, 128}));
  EXPECT_EQ(y.sizes(), (std::vector<int64_t>{2, 12, 64, 128}));
  EXPECT_EQ(seg->decoder->blocks[0]->conv->weight.sizes(), (std::vector<int64_t>{16, 12, 4, 4}));
}

TEST_F(DownstreamModelsTest, ClassifierTransferCopiesTheEncoderOnly) {
  MultilabelClassifier c(MultilabelClassifierOptions(20).ngf(8).numDowns(6).hidden(16).globalPool(true));
  const auto source = namedState(*generator);
  const auto report = transferWeights(source, *c, MultilabelClassifierImpl::transferPrefixes(),
                                      MultilabelClassifierImpl::newPrefixes());
  int64_t encoderTensors = 0, decoderTensors = 0;
  for (const auto& item : source) {
    if (startsWith(item.key(), "encoder.")) ++encoderTensors;
    if (startsWith(item.key(), "decoder.")) ++decoderTensors;
  }
  EXPECT_EQ(static_cast<int64_t>(report.transferred.size()), encoderTensors);
  EXPECT_EQ(static_cast<int64_t>(report.skipped.size()), decoderTensors);
  EXPECT_EQ(report.created.size(), 6u);  // fc1..fc3 weight + bias
  EXPECT_TRUE(contains(report.transferred, "encoder.down3.norm.running_mean"));
  EXPECT_TRUE(contains(report.created, "fc3.weight"));
  const auto target = namedState(*c);
  for (const auto& name : report.transferred) EXPECT_TRUE(torch::equal(target[name], source[name])) << name;
  // A transferred copy, not a shared tensor.
  {
    torch::NoGradGuard g;
    c->encoder->blocks[0]->conv->weight.add_(1.0);
  }
  EXPECT_FALSE(
      torch::equal(c->encoder->blocks[0]->conv->weight, generator->encoder->blocks[0]->conv->weight));
}

TEST_F(DownstreamModelsTest, SegmenterTransferKeepsANewOutputLayer) {
  SegmentationNet seg(SegmentationNetOptions(12).ngf(8).numDowns(6));
  const auto fresh = seg->decoder->blocks[0]->conv->weight.clone();
  const auto report = transferWeights(namedState(*generator), *seg, SegmentationNetImpl::transferPrefixes(),
                                      SegmentationNetImpl::newPrefixes());
  EXPECT_EQ(report.created, (std::vector<std::string>{"decoder.up0.conv.weight", "decoder.up0.conv.bias"}));
  EXPECT_EQ(report.skipped, (std::vector<std::string>{"decoder.up0.conv.weight", "decoder.up0.conv.bias"}));
  EXPECT_EQ(report.transferred.size(), namedState(*generator).size() - 2);
  EXPECT_TRUE(torch::equal(seg->decoder->blocks[0]->conv->weight, fresh));
  EXPECT_TRUE(
      torch::equal(seg->decoder->blocks[3]->conv->weight, generator->decoder->blocks[3]->conv->weight));
}

TEST_F(DownstreamModelsTest, RefusesAGeneratorWithAnotherWidthAndNamesBoth) {
  MultilabelClassifier c(MultilabelClassifierOptions(20).ngf(16).numDowns(6).hidden(16).globalPool(true));
  const auto before = c->encoder->blocks[1]->conv->weight.clone();
  try {
    transferWeights(namedState(*generator), *c, MultilabelClassifierImpl::transferPrefixes(),
                    MultilabelClassifierImpl::newPrefixes());
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("ngf 8, numDowns 6"), std::string::npos) << msg;
    EXPECT_NE(msg.find("ngf 16, numDowns 6"), std::string::npos) << msg;
    EXPECT_NE(msg.find("encoder.down0.conv.weight"), std::string::npos) << msg;
  }
  EXPECT_TRUE(torch::equal(c->encoder->blocks[1]->conv->weight, before));  // untouched
}

TEST_F(DownstreamModelsTest, RefusesAGeneratorWithAnotherDepthEitherWay) {
  SegmentationNet deeper(SegmentationNetOptions(3).ngf(8).numDowns(7));
  EXPECT_THROW(transferWeights(namedState(*generator), *deeper, SegmentationNetImpl::transferPrefixes(),
                               SegmentationNetImpl::newPrefixes()),
               std::invalid_argument);
  SegmentationNet shallower(SegmentationNetOptions(3).ngf(8).numDowns(5));
  try {
    transferWeights(namedState(*generator), *shallower, SegmentationNetImpl::transferPrefixes(),
                    SegmentationNetImpl::newPrefixes());
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("numDowns 5"), std::string::npos) << e.what();
  }
}

TEST_F(DownstreamModelsTest, FrozenEncoderDoesNotMoveDuringTraining) {
  MultilabelClassifier c(MultilabelClassifierOptions(4).ngf(8).numDowns(6).hidden(16).globalPool(true));
  const auto report =
      transferWeights(namedState(*generator), *c, MultilabelClassifierImpl::transferPrefixes(),
                      MultilabelClassifierImpl::newPrefixes());
  const int64_t frozen = setTrainable(*c, report.transferred, false);
  EXPECT_EQ(frozen, static_cast<int64_t>(c->encoder->parameters().size()));
  EXPECT_EQ(setTrainable(*c, {"encoder"}, false), frozen);  // a dotted prefix matches the same set
  c->train();
  EXPECT_EQ(holdBatchNormStatistics(*c, {"encoder"}), 4);  // down1..down4 have batch norm
  const auto encoderBefore = namedState(*c->encoder);
  std::map<std::string, torch::Tensor> saved;
  for (const auto& item : encoderBefore) saved[item.key()] = item.value().clone();
  const auto headBefore = c->fc1->weight.clone();
  torch::optim::Adam opt(c->parameters(), torch::optim::AdamOptions(1e-2));
  for (int i = 0; i < 3; ++i) {
    opt.zero_grad();
    torch::binary_cross_entropy_with_logits(c->forward(torch::randn({4, 1, 64, 64})),
                                            torch::randint(0, 2, {4, 4}).to(torch::kFloat))
        .backward();
    opt.step();
  }
  for (const auto& item : namedState(*c->encoder))
    EXPECT_TRUE(torch::equal(item.value(), saved[item.key()])) << item.key();
  EXPECT_FALSE(torch::equal(c->fc1->weight, headBefore));
  EXPECT_EQ(setTrainable(*c, {"encoder."}, true), frozen);
  EXPECT_TRUE(c->encoder->blocks[2]->conv->weight.requires_grad());
}

}  // namespace
}  // namespace colorproxy
