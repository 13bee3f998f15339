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
  blocks.clear();
  for (int64_t level = 0; level < n; ++level) {
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
}

torch::Tensor UNetDecoderImpl::forward(const std::vector<torch::Tensor>& features) {
  const auto n = static_cast<size_t>(options.numDowns());
  TORCH_CHECK(features.size() == n, "UNetDecoder: expected ", n, " encoder features, got ", features.size());
  torch::Tensor h = blocks[n - 1]->forward(features[n - 1].clone(torch::MemoryFormat::Preserve));
  for (size_t level = n - 1; level-- > 0;) {
    // The concatenation is a fresh tensor, so the block's in-place ReLU cannot touch the skip.
    h = blocks[level]->forward(torch::cat({features[level], h}, 1));
  }
  return h;
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
