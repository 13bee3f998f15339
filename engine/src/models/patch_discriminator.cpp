#include "models/patch_discriminator.h"

#include <algorithm>

#include "models/conv4x4.h"

namespace colorproxy {
namespace {

torch::nn::Conv2d conv4(int64_t in, int64_t out, int64_t stride, int64_t padding, bool bias) {
  return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 4).stride(stride).padding(padding).bias(bias));
}

torch::nn::LeakyReLU leaky() {
  return torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2).inplace(true));
}

}  // namespace

PatchDiscriminatorOptions::PatchDiscriminatorOptions(int64_t inChannels) : inChannels_(inChannels) {}

PatchDiscriminatorImpl::PatchDiscriminatorImpl(PatchDiscriminatorOptions options_) : options(options_) {
  reset();
}

void PatchDiscriminatorImpl::reset() {
  TORCH_CHECK(options.inChannels() > 0 && options.ndf() > 0,
              "PatchDiscriminator: inChannels and ndf must be positive, got ", options.inChannels(), ", ",
              options.ndf());
  const int64_t ndf = options.ndf();
  torch::nn::Sequential seq;
  if (options.variant() == PatchVariant::Receptive70) {
    TORCH_CHECK(options.nLayers() >= 1 && options.nLayers() <= 6,
                "PatchDiscriminator: nLayers must be in 1..6 (3 = pix2pix basic), got ", options.nLayers());
    // pix2pix NLayerDiscriminator: conv(bias) + LeakyReLU, then n-1 strided conv+BN+LeakyReLU, one
    // stride-1 conv+BN+LeakyReLU, and a stride-1 conv to one logit per patch.
    seq->push_back(conv4(options.inChannels(), ndf, 2, 1, true));
    seq->push_back(leaky());
    int64_t mult = 1;
    for (int64_t n = 1; n <= options.nLayers(); ++n) {
      const int64_t prev = mult;
      mult = std::min<int64_t>(int64_t{1} << n, 8);
      seq->push_back(conv4(ndf * prev, ndf * mult, n < options.nLayers() ? 2 : 1, 1, false));
      seq->push_back(torch::nn::BatchNorm2d(ndf * mult));
      seq->push_back(leaky());
    }
    seq->push_back(conv4(ndf * mult, 1, 1, 1, true));
  } else {
    // The authors' Keras discriminator: C64-C128-C256-C512 with stride 2 ('same' padding), a stride-1
    // C512, and a stride-1 one-channel output; Keras 'same' for an even kernel pads 1 before, 2 after.
    seq->push_back(conv4(options.inChannels(), ndf, 2, 1, true));
    seq->push_back(leaky());
    const int64_t widths[] = {ndf * 2, ndf * 4, ndf * 8};
    int64_t prev = ndf;
    for (int64_t w : widths) {
      seq->push_back(conv4(prev, w, 2, 1, false));
      seq->push_back(torch::nn::BatchNorm2d(w));
      seq->push_back(leaky());
      prev = w;
    }
    seq->push_back(torch::nn::ZeroPad2d(torch::nn::ZeroPad2dOptions({1, 2, 1, 2})));
    seq->push_back(conv4(prev, ndf * 8, 1, 0, false));
    seq->push_back(torch::nn::BatchNorm2d(ndf * 8));
    seq->push_back(leaky());
    seq->push_back(torch::nn::ZeroPad2d(torch::nn::ZeroPad2dOptions({1, 2, 1, 2})));
    seq->push_back(conv4(ndf * 8, 1, 1, 0, true));
  }
  layers = register_module("layers", seq);
}

torch::Tensor PatchDiscriminatorImpl::forward(const torch::Tensor& x) {
  TORCH_CHECK(x.dim() == 4 && x.size(1) == options.inChannels(), "PatchDiscriminator: expected input [N, ",
              options.inChannels(), ", H, W] (L concatenated with ab), got ", x.sizes());
  // The layers in order, the convolutions through conv4x4 (its stride-1 input gradient is the faster pass).
  torch::Tensor y = x;
  for (auto& layer : *layers) {
    if (auto* conv = layer.ptr()->as<torch::nn::Conv2dImpl>()) {
      y = conv4x4(*conv, y);
    } else {
      y = layer.forward(y);
    }
  }
  return y;
}

}  // namespace colorproxy
