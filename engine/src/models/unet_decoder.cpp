#include "models/unet_decoder.h"

#include <string>

#include "models/unet_encoder.h"

namespace colorproxy {

UNetDecoderOptions::UNetDecoderOptions(int64_t outChannels) : outChannels_(outChannels) {}

UNetDecoderImpl::UNetDecoderImpl(UNetDecoderOptions options_) : options(options_) { reset(); }

void UNetDecoderImpl::reset() {
  const int64_t n = options.numDowns();
  TORCH_CHECK(n >= 5 && n <= 10, "UNetDecoder: numDowns must be in 5..10, got ", n);
  TORCH_CHECK(options.outChannels() > 0, "UNetDecoder: outChannels must be positive, got ",
              options.outChannels());
  TORCH_CHECK(options.outputStride() == 1 || options.outputStride() == 4,
              "UNetDecoder: outputStride must be 1 or 4, got ", options.outputStride());
  blocks.clear();
  head = nullptr;
  const int64_t first = firstLevel();
  for (int64_t level = first; level < n; ++level) {
    const bool outermost = level == 0, innermost = level == n - 1;
    const int64_t skip = unetLevelChannels(options.ngf(), level);
    const int64_t in = innermost ? skip : 2 * skip;  // the innermost block reads the bottleneck alone
    const int64_t out = outermost ? options.outChannels() : unetLevelChannels(options.ngf(), level - 1);
    // pix2pix puts dropout in the num_downs - 5 ngf*8 blocks between the innermost and level 3.
    const bool dropoutHere = level >= 4 && !innermost;
    blocks.push_back(register_module("up" + std::to_string(level),
                                     UNetUpBlock(UNetUpBlockOptions(in, out)
                                                     .outermost(outermost)
                                                     .tanhOutput(options.tanhOutput())
                                                     .dropout(dropoutHere ? options.dropout() : 0.0)
                                                     .dropoutAtInference(options.dropoutAtInference())
                                                     .algorithm(options.algorithm()))));
  }
  if (first > 0) {
    // Reads what up{first-1} would read: the skip of level first-1 beside up{first}'s output.
    const int64_t in = 2 * unetLevelChannels(options.ngf(), first - 1);
    head = register_module(
        "head", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, options.outChannels(), 1).bias(true)));
  }
}

int64_t UNetDecoderImpl::firstLevel() const { return options.outputStride() == 4 ? 2 : 0; }

torch::Tensor UNetDecoderImpl::forward(const std::vector<torch::Tensor>& features) {
  const auto n = static_cast<size_t>(options.numDowns());
  TORCH_CHECK(features.size() == n, "UNetDecoder: expected ", n, " encoder features, got ", features.size());
  const auto first = static_cast<size_t>(firstLevel());
  torch::Tensor h = blocks.back()->forward(features[n - 1].clone(torch::MemoryFormat::Preserve));
  for (size_t level = n - 1; level-- > first;) {
    // The concatenation is a fresh tensor, so the block's in-place ReLU cannot touch the skip.
    h = blocks[level - first]->forward(torch::cat({features[level], h}, 1));
  }
  if (!head) return h;
  h = torch::relu(torch::cat({features[first - 1], h}, 1));
  return options.tanhOutput() ? torch::tanh(head->forward(h)) : head->forward(h);
}

torch::Tensor UNetDecoderImpl::outputLayerInput(const std::vector<torch::Tensor>& features) {
  const auto n = static_cast<size_t>(options.numDowns());
  TORCH_CHECK(features.size() == n, "UNetDecoder: expected ", n, " encoder features, got ", features.size());
  const auto first = static_cast<size_t>(firstLevel());
  const size_t outputLevel = head ? first - 1 : 0;  // the level whose skip the output layer reads
  torch::Tensor h = blocks.back()->forward(features[n - 1].clone(torch::MemoryFormat::Preserve));
  for (size_t level = n - 1; level-- > outputLevel + 1;)
    h = blocks[level - first]->forward(torch::cat({features[level], h}, 1));
  return torch::relu(torch::cat({features[outputLevel], h}, 1));
}

void UNetDecoderImpl::setTransposedConvAlgorithm(TransposedConvAlgorithm algorithm) {
  options.algorithm(algorithm);
  for (auto& block : blocks) {
    block->options.algorithm(algorithm);
    block->conv->options.algorithm(algorithm);
  }
}

void UNetDecoderImpl::setDropoutAtInference(bool on) {
  options.dropoutAtInference(on);
  for (auto& block : blocks) block->options.dropoutAtInference(on);
}

}  // namespace colorproxy
