#include "engine/infer/colorizer_model_file.h"

#include <nlohmann/json.hpp>

#include "io/checkpoint.h"
#include "io/colorization_model.h"
#include "models/weight_init.h"

namespace colorproxy::test {

std::filesystem::path writeColorizerModel(const std::filesystem::path& file, const std::string& pretext,
                                          int imageSize, int numDowns, bool hints, double hintGain,
                                          double weightScale) {
  torch::manual_seed(3);
  ColorizationModelSpec spec;
  spec.pretext = pretext;
  spec.ngf = 8;
  spec.numDowns = numDowns;
  spec.imageSize = imageSize;
  spec.hints = hints;
  UNetGenerator g = makeColorizationGenerator(spec);
  initPix2PixWeights(*g);
  if (weightScale != 1.0) {
    torch::NoGradGuard noGrad;
    for (auto& p : g->parameters())
      if (p.dim() == 4) p.mul_(weightScale);
  }
  if (hints) {
    torch::NoGradGuard noGrad;
    g->encoder->blocks.front()->conv->weight.narrow(1, 1, 3).mul_(hintGain);
  }
  CheckpointWriter w;
  w.addModule("generator", *g);
  w.setMeta(nlohmann::json({{"task", "colorization"},
                            {"settings",
                             {{"pretext", pretext},
                              {"ngf", 8},
                              {"numDowns", numDowns},
                              {"imageSize", imageSize},
                              {"abDivisor", 110.0},
                              {"annealTemperature", 0.38},
                              {"hints", hints}}}})
                .dump());
  w.save(file);
  return file;
}

}  // namespace colorproxy::test
