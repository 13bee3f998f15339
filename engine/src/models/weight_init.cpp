#include "models/weight_init.h"

#include "models/conv_transpose_4x2.h"

namespace colorproxy {
namespace {

void normalWeightZeroBias(torch::Tensor& weight, torch::Tensor& bias, double mean, double stddev) {
  weight.normal_(mean, stddev);
  if (bias.defined()) bias.zero_();
}

}  // namespace

void initPix2PixWeights(torch::nn::Module& module, double stddev) {
  TORCH_CHECK(stddev >= 0.0, "initPix2PixWeights: stddev must be >= 0, got ", stddev);
  torch::NoGradGuard noGrad;
  for (const auto& m : module.modules(/*include_self=*/true)) {
    if (auto* conv = m->as<torch::nn::Conv2d>()) {
      normalWeightZeroBias(conv->weight, conv->bias, 0.0, stddev);
    } else if (auto* up = m->as<ConvTranspose4x2>()) {
      normalWeightZeroBias(up->weight, up->bias, 0.0, stddev);
    } else if (auto* convT = m->as<torch::nn::ConvTranspose2d>()) {
      normalWeightZeroBias(convT->weight, convT->bias, 0.0, stddev);
    } else if (auto* linear = m->as<torch::nn::Linear>()) {
      normalWeightZeroBias(linear->weight, linear->bias, 0.0, stddev);
    } else if (auto* bn = m->as<torch::nn::BatchNorm2d>()) {
      normalWeightZeroBias(bn->weight, bn->bias, 1.0, stddev);
    }
  }
}

}  // namespace colorproxy
