#include "models/unet_down_block.h"

#include "models/conv4x4.h"
#include "models/sync_batch_norm.h"

namespace colorproxy {

UNetDownBlockOptions::UNetDownBlockOptions(int64_t inChannels, int64_t outChannels)
    : inChannels_(inChannels), outChannels_(outChannels) {}

UNetDownBlockImpl::UNetDownBlockImpl(UNetDownBlockOptions options_) : options(options_) { reset(); }

void UNetDownBlockImpl::reset() {
  // No bias: batch norm follows (pix2pix sets bias only for instance norm), and the outermost level
  // has none either in pix2pix.
  conv = register_module(
      "conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(options.inChannels(), options.outChannels(), 4)
                                    .stride(2)
                                    .padding(1)
                                    .bias(false)));
  if (options.batchNorm()) norm = register_module("norm", torch::nn::BatchNorm2d(options.outChannels()));
}

torch::Tensor UNetDownBlockImpl::forward(torch::Tensor x) {
  if (options.inputActivation()) torch::leaky_relu_(x, 0.2);
  x = conv4x4(*conv, x);
  if (norm) x = applyBatchNorm(norm, x);
  return x;
}

}  // namespace colorproxy
