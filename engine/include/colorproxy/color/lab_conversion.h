#pragma once
// sRGB <-> CIE Lab (D65 white, sRGB transfer curve) on cv::Mat, in OpenCV's BGR channel order.
//
// Lab images are CV_32FC3 with L in [0, 100] and a, b about [-128, 127]. The white point is the row sum
// of the sRGB-to-XYZ matrix (Xn = 0.950456, Zn = 1.088754, as OpenCV and scikit-image), so that every
// grey maps to a = b = 0. The functions are single-threaded and reentrant: the data loader calls them
// from several worker threads at once.
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

/// Converts a single colour: sRGB components in [0, 1] (R, G, B order) to Lab, in double precision.
cv::Vec3d rgbToLab(const cv::Vec3d& rgb);

/// Converts a single Lab colour to unclipped sRGB components (R, G, B order), in double precision.
cv::Vec3d labToRgb(const cv::Vec3d& lab);

}  // namespace colorproxy
