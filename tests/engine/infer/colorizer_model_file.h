#pragma once
// A small colorization model file with seeded random weights, as the trainer writes it, for the infer tests.
#include <filesystem>
#include <string>

namespace colorproxy::test {

/// Writes a checkpoint (ngf 8, generator + metadata) of `pretext` at `imageSize` / `numDowns`; `hints`
/// makes it hint-conditioned and `hintGain` scales the first layer's hint weights (so hints visibly change
/// a random model's output); `weightScale` multiplies every convolution weight (pix2pix's N(0, 0.02) init
/// gives a near-grey output in which dropout hardly shows). Returns `file`.
std::filesystem::path writeColorizerModel(const std::filesystem::path& file, const std::string& pretext,
                                          int imageSize = 32, int numDowns = 5, bool hints = false,
                                          double hintGain = 1.0, double weightScale = 1.0);

}  // namespace colorproxy::test
