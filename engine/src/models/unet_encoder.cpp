#include "models/unet_encoder.h"

#include <algorithm>
#include <string>

namespace colorproxy {

UNetEncoderOptions::UNetEncoderOptions(int64_t inChannels) : inChannels_(inChannels) {}

int64_t unetLevelChannels(int64_t ngf, int64_t level) {
  return ngf * (int64_t{1} << std::min<int64_t>(level, 3));
}

UNetEncoderImpl::UNetEncoderImpl(UNetEncoderOptions options_) : options(options_) { reset(); }

void UNetEncoderImpl::reset() {
  const int64_t n = options.numDowns();
  // Fewer than 5 levels cannot hold pix2pix's fixed ngf, 2ngf, 4ngf, 8ngf outer levels plus an innermost.
  TORCH_CHECK(n >= 5 && n <= 10, "UNetEncoder: numDowns must be in 5..10 (8 = unet_256, 7 = unet_128), got ",
              n);
  TORCH_CHECK(options.ngf() > 0, "UNetEncoder: ngf must be positive, got ", options.ngf());
  TORCH_CHECK(options.inChannels() > 0, "UNetEncoder: inChannels must be positive, got ",
              options.inChannels());
  blocks.clear();
  for (int64_t level = 0; level < n; ++level) {
    const int64_t in = level == 0 ? options.inChannels() : unetLevelChannels(options.ngf(), level - 1);
    const int64_t out = unetLevelChannels(options.ngf(), level);
    const bool outermost = level == 0, innermost = level == n - 1;
    blocks.push_back(register_module(
        "down" + std::to_string(level),
        UNetDownBlock(
            UNetDownBlockOptions(in, out).inputActivation(!outermost).batchNorm(!outermost && !innermost))));
  }
}

std::vector<torch::Tensor> UNetEncoderImpl::forward(const torch::Tensor& x) {
  const int64_t factor = int64_t{1} << options.numDowns();
  TORCH_CHECK(x.dim() == 4 && x.size(1) == options.inChannels(), "UNetEncoder: expected input [N, ",
              options.inChannels(), ", H, W], got ", x.sizes());
  TORCH_CHECK(x.size(2) % factor == 0 && x.size(3) % factor == 0 && x.size(2) > 0 && x.size(3) > 0,
              "UNetEncoder: height and width must be multiples of 2^numDowns = ", factor, " (numDowns ",
              options.numDowns(), "), got ", x.size(2), "x", x.size(3), "; resize or pad the input");
  // With one input channel (L), the first convolution's input and weight have the same strides in both
  // memory formats, and oneDNN then writes the first level's output as NCHW. In a network converted to
  // channels-last (training), that one NCHW level made every tensor of the outermost skip and decoder
  // level NCHW too: layout copies, and a ReLU and batch-norm backward on mixed layouts ~10x slower than
  // on one. The second level's weights say which format the network runs in.
  const auto cl = torch::MemoryFormat::ChannelsLast;
  const bool channelsLast = blocks.size() > 1 && blocks[1]->conv->weight.is_contiguous(cl) &&
                            !blocks[1]->conv->weight.is_contiguous();
  std::vector<torch::Tensor> features;
  features.reserve(blocks.size());
  torch::Tensor h = x;
  for (auto& block : blocks) {
    h = block->forward(h);
    if (channelsLast && features.empty()) h = h.contiguous(cl);
    features.push_back(h);
  }
  return features;
}

int64_t UNetEncoderImpl::bottleneckChannels() const {
  return unetLevelChannels(options.ngf(), options.numDowns() - 1);
}

}  // namespace colorproxy
