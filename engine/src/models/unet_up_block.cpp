#include "models/unet_up_block.h"

#include "models/byte_dropout.h"
#include "models/sync_batch_norm.h"

namespace colorproxy {

UNetUpBlockOptions::UNetUpBlockOptions(int64_t inChannels, int64_t outChannels)
    : inChannels_(inChannels), outChannels_(outChannels) {}

UNetUpBlockImpl::UNetUpBlockImpl(UNetUpBlockOptions options_) : options(options_) { reset(); }

void UNetUpBlockImpl::reset() {
  TORCH_CHECK(options.dropout() >= 0.0 && options.dropout() < 1.0,
              "UNetUpBlock: dropout must be in [0, 1), got ", options.dropout());
  // Only the output layer has a bias; elsewhere batch norm follows.
  conv = register_module("conv",
                         ConvTranspose4x2(ConvTranspose4x2Options(options.inChannels(), options.outChannels())
                                              .bias(options.outermost())
                                              .algorithm(options.algorithm())));
  if (!options.outermost()) norm = register_module("norm", torch::nn::BatchNorm2d(options.outChannels()));
}

torch::Tensor UNetUpBlockImpl::forward(torch::Tensor x) {
  torch::relu_(x);
  x = conv->forward(x);
  if (options.outermost()) return options.tanhOutput() ? torch::tanh(x) : x;
  x = applyBatchNorm(norm, x);
  if (options.dropout() > 0.0)
    x = byteDropout(x, options.dropout(), is_training() || options.dropoutAtInference());
  // The decoder concatenates this output with the skip along channels, so its gradient comes back as a
  // channel slice of the concatenation's: in channels-last, neither layout. Batch norm's backward on such a
  // slice took 53 ms for unet_256's 4x64x128x128 level against 2 ms on a dense tensor; one copy to dense
  // channels-last costs ~1 ms.
  const auto cl = torch::MemoryFormat::ChannelsLast;
  if (x.requires_grad() && x.is_contiguous(cl) && !x.is_contiguous())
    x.register_hook([cl](torch::Tensor grad) { return grad.contiguous(cl); });
  return x;
}

}  // namespace colorproxy
