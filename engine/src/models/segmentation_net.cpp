#include "models/segmentation_net.h"

namespace colorproxy {

SegmentationNetOptions::SegmentationNetOptions(int64_t numClasses) : numClasses_(numClasses) {}

SegmentationNetImpl::SegmentationNetImpl(SegmentationNetOptions options_) : options(options_) { reset(); }

void SegmentationNetImpl::reset() {
  TORCH_CHECK(options.numClasses() > 0, "SegmentationNet: numClasses must be positive, got ",
              options.numClasses());
  encoder = register_module(
      "encoder",
      UNetEncoder(UNetEncoderOptions(options.inChannels()).ngf(options.ngf()).numDowns(options.numDowns())));
  decoder = register_module("decoder", UNetDecoder(UNetDecoderOptions(options.numClasses())
                                                       .ngf(options.ngf())
                                                       .numDowns(options.numDowns())
                                                       .tanhOutput(false)
                                                       .dropout(options.dropout())
                                                       .algorithm(options.algorithm())));
}

torch::Tensor SegmentationNetImpl::forward(const torch::Tensor& x) {
  return decoder->forward(encoder->forward(x));
}

}  // namespace colorproxy
