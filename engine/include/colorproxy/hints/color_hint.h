#pragma once
// A user colour hint (Zhang, Zhu et al. 2017, "Real-Time User-Guided Image Colorization"): "this place has
// this colour". Coordinates are in the photo's pixels; the colour is Lab ab.
#include <cstdint>
#include <string>
#include <vector>

namespace colorproxy {

/// One colour point. (x, y) is a position in the photo (0 <= x < width, 0 <= y < height; x right, y down,
/// pixel centres at +0.5); (a, b) the colour's Lab chroma; `patch` the side, in the network's pixels, of
/// the square the hint fills (the reference's 1..9).
struct ColorHint {
  double x = 0.0;
  double y = 0.0;
  double a = 0.0;
  double b = 0.0;
  int patch = 3;
};

/// The hints of one photo, with the photo's size they refer to (the format the GUI saves beside a result
/// and `colorize --hints` reads; see hint_file.h).
struct HintSet {
  int width = 0;
  int height = 0;
  std::vector<ColorHint> points;
  /// How the result saved beside these points was colorized: the inference protocol's name ("eval",
  /// "dropout", "pix2pix"; infer/colorizer.h), the stochastic samples averaged and their seed. Empty =
  /// not recorded (points saved on their own, hand-written files).
  std::string protocol;
  int samples = 1;
  std::uint64_t seed = 1;
};

}  // namespace colorproxy
