#pragma once
// sRGB <-> CIE Lab (D65 white, sRGB transfer curve) on cv::Mat, in OpenCV's BGR channel order.
//
// Lab images are CV_32FC3 with L in [0, 100] and a, b about [-128, 127]. The white point is the row sum
// of the sRGB-to-XYZ matrix (Xn = 0.950456, Zn = 1.088754, as OpenCV and scikit-image), so that every
// grey maps to a = b = 0. The functions are reentrant (the data loader calls them from several worker
// threads at once) and single-threaded, except recolor, which splits its rows over OpenCV's threads.
#include <opencv2/core.hpp>

namespace colorproxy {

/// Converts sRGB to Lab. `bgr` is CV_8UC3, or CV_32FC3 with values in [0, 1]; a 1-channel CV_8UC1 or
/// CV_32FC1 image is read as grey (R = G = B). Returns CV_32FC3 Lab of the same size. The 8-bit path is
/// the data loader's fast path (table lookups, no pow/cbrt calls). Throws std::invalid_argument for any
/// other type.
cv::Mat bgrToLab(const cv::Mat& bgr);

/// Converts Lab (CV_32FC3) to BGR float CV_32FC3. With `clip` (the default) values are limited to
/// [0, 1]; without it, colours outside the sRGB gamut keep their out-of-range values (the sRGB curve is
/// extended linearly below 0 and by its power law above 1).
cv::Mat labToBgrFloat(const cv::Mat& lab, bool clip = true);

/// Converts Lab (CV_32FC3) to 8-bit BGR (CV_8UC3), clipped to the gamut and rounded to nearest.
cv::Mat labToBgr8(const cv::Mat& lab);

/// Colours `photo` with `ab`: each output pixel has the photo's own lightness L and the a, b of `ab`
/// (CV_32FC2, ab units) resized to the photo's size (bilinear as cv::resize INTER_LINEAR, area averaging
/// when `ab` is larger in both directions), converted to 8-bit BGR. `photo` is CV_8UC3 BGR or CV_8UC1
/// grey. One fused pass over row blocks on OpenCV's threads, with no full-size float image: the same
/// result as labToBgr8 of (bgrToLab(photo)'s L, resized ab) within one 8-bit level.
cv::Mat recolor(const cv::Mat& photo, const cv::Mat& ab);

/// Converts a single colour: sRGB components in [0, 1] (R, G, B order) to Lab, in double precision.
cv::Vec3d rgbToLab(const cv::Vec3d& rgb);

/// Converts a single Lab colour to unclipped sRGB components (R, G, B order), in double precision.
cv::Vec3d labToRgb(const cv::Vec3d& lab);

}  // namespace colorproxy
