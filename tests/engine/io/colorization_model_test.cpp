// ColorizationModelSpec and the decoding of a generator's output into ab: the quarter-resolution
// (Zhang et al.) classification head and the settings that describe it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "colorproxy/color/ab_quantizer.h"
#include "io/colorization_model.h"

using namespace colorproxy;

class ColorizationModelTest : public ::testing::Test {
 protected:
  AbQuantizer q;
};

TEST_F(ColorizationModelTest, QuarterResolutionOutputIsDecodedThenUpsampledBilinearly) {
  // Zhang et al.'s head: 313 logits per 4 x 4 cell, decoded by the annealed mean at the cell, then
  // upsampled. Cells whose distribution is one bin give that bin's centre; bilinear upsampling (half-pixel
  // centres) maps output column x to input position (x + 0.5) / 4 - 0.5, so columns 0-1 copy cell 0 and
  // column 5 (position 0.875) is 1/8 of cell 0 plus 7/8 of cell 1.
  ColorizationModelSpec spec;
  spec.pretext = "classification";
  spec.outputStride = 4;
  const int b0 = 20, b1 = 200;
  torch::Tensor logits = torch::full({1, 313, 1, 2}, -50.0);
  logits[0][b0][0][0] = 50.0;
  logits[0][b1][0][1] = 50.0;
  const torch::Tensor ab = abFromOutput(logits, spec, 1.0, q);
  ASSERT_EQ(ab.sizes(), (std::vector<int64_t>{1, 2, 4, 8}));
  const cv::Vec2f c0 = q.centres()[b0], c1 = q.centres()[b1];
  for (int ch = 0; ch < 2; ++ch) {
    for (int y = 0; y < 4; ++y) {
      EXPECT_NEAR(ab[0][ch][y][0].item<float>(), c0[ch], 1e-3);
      EXPECT_NEAR(ab[0][ch][y][1].item<float>(), c0[ch], 1e-3);
      EXPECT_NEAR(ab[0][ch][y][5].item<float>(), 0.125f * c0[ch] + 0.875f * c1[ch], 1e-3);
      EXPECT_NEAR(ab[0][ch][y][7].item<float>(), c1[ch], 1e-3);
    }
  }
  spec.outputStride = 1;  // full resolution: no resampling
  EXPECT_EQ(abFromOutput(logits, spec, 1.0, q).sizes(), (std::vector<int64_t>{1, 2, 1, 2}));
}

TEST_F(ColorizationModelTest, ModelSpecReadsTheClassificationStride) {
  nlohmann::json settings = {{"pretext", "classification"}, {"classificationStride", 4}};
  EXPECT_EQ(ColorizationModelSpec::fromSettings(settings).outputStride, 4);
  settings["pretext"] = "gan";  // only the classification head has a stride
  EXPECT_EQ(ColorizationModelSpec::fromSettings(settings).outputStride, 1);
  EXPECT_EQ(ColorizationModelSpec::fromSettings({{"pretext", "classification"}}).outputStride, 1);
  EXPECT_THROW(
      ColorizationModelSpec::fromSettings({{"pretext", "classification"}, {"classificationStride", 2}}),
      std::invalid_argument);
}
