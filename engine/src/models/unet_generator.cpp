#include "models/unet_generator.h"

namespace colorproxy {

UNetGeneratorOptions::UNetGeneratorOptions(int64_t inChannels, int64_t outChannels)
    : inChannels_(inChannels), outChannels_(outChannels) {}

UNetGeneratorImpl::UNetGeneratorImpl(UNetGeneratorOptions options_) : options(options_) { reset(); }

void UNetGeneratorImpl::reset() {
  encoder = register_module(
      "encoder",
      UNetEncoder(UNetEncoderOptions(options.inChannels()).ngf(options.ngf()).numDowns(options.numDowns())));
  decoder = register_module("decoder", UNetDecoder(UNetDecoderOptions(options.outChannels())
                                                       .ngf(options.ngf())
                                                       .numDowns(options.numDowns())
                                                       .tanhOutput(options.tanhOutput())
                                                       .dropout(options.dropout())
                                                       .dropoutAtInference(options.dropoutAtInference())
                                                       .algorithm(options.algorithm())
                                                       .outputStride(options.outputStride())));
}

torch::Tensor UNetGeneratorImpl::forward(const torch::Tensor& x) {
  return decoder->forward(encoder->forward(x));
}

void UNetGeneratorImpl::setTransposedConvAlgorithm(TransposedConvAlgorithm algorithm) {
  options.algorithm(algorithm);
  decoder->setTransposedConvAlgorithm(algorithm);
}

void UNetGeneratorImpl::setDropoutAtInference(bool on) {
  options.dropoutAtInference(on);
  decoder->setDropoutAtInference(on);
}

}  // namespace colorproxy
