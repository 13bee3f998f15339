#include "io/colorization_model.h"

#include <stdexcept>

#include "tensor/ab_encoding.h"

namespace colorproxy {

ColorizationModelSpec ColorizationModelSpec::fromSettings(const nlohmann::json& s) {
  ColorizationModelSpec spec;
  spec.pretext = s.value("pretext", spec.pretext);
  spec.ngf = s.value("ngf", spec.ngf);
  spec.numDowns = s.value("numDowns", spec.numDowns);
  spec.imageSize = s.value("imageSize", spec.imageSize);
  spec.abDivisor = s.value("abDivisor", spec.abDivisor);
  spec.annealTemperature = s.value("annealTemperature", spec.annealTemperature);
  if (spec.pretext != "gan" && spec.pretext != "l2" && spec.pretext != "classification")
    throw std::invalid_argument("unknown colorization pretext '" + spec.pretext +
                                "' (expected gan, classification or l2)");
  return spec;
}

int64_t ColorizationModelSpec::outChannels() const {
  return pretext == "classification" ? AbQuantizer::kZhangBins : 2;
}

UNetGenerator makeColorizationGenerator(const ColorizationModelSpec& spec) {
  return UNetGenerator(UNetGeneratorOptions(1, spec.outChannels())
                           .ngf(spec.ngf)
                           .numDowns(spec.numDowns)
                           .tanhOutput(spec.pretext != "classification"));
}

torch::Tensor predictAb(UNetGenerator& generator, const torch::Tensor& scaledL,
                        const ColorizationModelSpec& spec, double temperature, const AbQuantizer& quantizer) {
  return abFromOutput(generator->forward(scaledL), spec, temperature, quantizer);
}

torch::Tensor abFromOutput(const torch::Tensor& output, const ColorizationModelSpec& spec, double temperature,
                           const AbQuantizer& quantizer) {
  const torch::Tensor out = output.to(torch::kFloat);
  if (spec.pretext == "classification") return annealedMeanDecode(out, quantizer, temperature);
  return out * spec.abDivisor;
}

}  // namespace colorproxy
