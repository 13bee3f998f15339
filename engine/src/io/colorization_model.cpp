#include "io/colorization_model.h"

#include <stdexcept>

#include "tensor/ab_encoding.h"
#include "tensor/mat_tensor.h"

namespace colorproxy {

ColorizationModelSpec ColorizationModelSpec::fromSettings(const nlohmann::json& s) {
  ColorizationModelSpec spec;
  spec.pretext = s.value("pretext", spec.pretext);
  spec.ngf = s.value("ngf", spec.ngf);
  spec.numDowns = s.value("numDowns", spec.numDowns);
  spec.imageSize = s.value("imageSize", spec.imageSize);
  spec.abDivisor = s.value("abDivisor", spec.abDivisor);
  spec.annealTemperature = s.value("annealTemperature", spec.annealTemperature);
  spec.hints = s.value("hints", spec.hints);
  if (spec.pretext != "gan" && spec.pretext != "l2" && spec.pretext != "classification")
    throw std::invalid_argument("unknown colorization pretext '" + spec.pretext +
                                "' (expected gan, classification or l2)");
  if (spec.pretext == "classification") spec.outputStride = s.value("classificationStride", int64_t{1});
  if (spec.outputStride != 1 && spec.outputStride != 4)
    throw std::invalid_argument("classificationStride " + std::to_string(spec.outputStride) +
                                " in the model's settings: expected 1 (full size) or 4 (a quarter)");
  return spec;
}

int64_t ColorizationModelSpec::outChannels() const {
  return pretext == "classification" ? AbQuantizer::kZhangBins : 2;
}

int64_t ColorizationModelSpec::inChannels() const { return hints ? 4 : 1; }

torch::Tensor packHintMaps(const std::vector<HintMaps>& maps) {
  if (maps.empty()) throw std::invalid_argument("packHintMaps: no hint maps");
  std::vector<torch::Tensor> items;
  for (const HintMaps& m : maps) items.push_back(torch::cat({matToTensor(m.ab), matToTensor(m.mask)}, 0));
  return torch::stack(items);
}

torch::Tensor generatorInput(const torch::Tensor& scaledL, const torch::Tensor& hints,
                             const ColorizationModelSpec& spec) {
  if (!spec.hints) return scaledL;
  if (!hints.defined()) {
    auto shape = scaledL.sizes().vec();
    shape[1] = 3;
    return torch::cat({scaledL, torch::zeros(shape, scaledL.options())}, 1);
  }
  TORCH_CHECK(hints.dim() == 4 && hints.size(0) == scaledL.size(0) && hints.size(1) == 3 &&
                  hints.size(2) == scaledL.size(2) && hints.size(3) == scaledL.size(3),
              "the hint maps ", hints.sizes(), " do not fit the L batch ", scaledL.sizes(),
              " (expected [N, 3, H, W]: a, b, mask)");
  return torch::cat({scaledL, hints.to(scaledL.options())}, 1);
}

UNetGenerator makeColorizationGenerator(const ColorizationModelSpec& spec) {
  return UNetGenerator(UNetGeneratorOptions(spec.inChannels(), spec.outChannels())
                           .ngf(spec.ngf)
                           .numDowns(spec.numDowns)
                           .tanhOutput(spec.pretext != "classification")
                           .outputStride(spec.outputStride));
}

torch::Tensor predictAb(UNetGenerator& generator, const torch::Tensor& scaledL,
                        const ColorizationModelSpec& spec, double temperature, const AbQuantizer& quantizer,
                        const torch::Tensor& hints) {
  return abFromOutput(generator->forward(generatorInput(scaledL, hints, spec)), spec, temperature, quantizer);
}

torch::Tensor abFromOutput(const torch::Tensor& output, const ColorizationModelSpec& spec, double temperature,
                           const AbQuantizer& quantizer) {
  const torch::Tensor out = output.to(torch::kFloat);
  if (spec.pretext != "classification") return out * spec.abDivisor;
  const torch::Tensor ab = annealedMeanDecode(out, quantizer, temperature);
  if (spec.outputStride == 1) return ab;
  // Zhang et al. upsample the decoded quarter-resolution ab (a fixed bilinear deconvolution).
  return torch::upsample_bilinear2d(ab, {ab.size(2) * spec.outputStride, ab.size(3) * spec.outputStride},
                                    /*align_corners=*/false);
}

}  // namespace colorproxy
