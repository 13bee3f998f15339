#pragma once
// Peak signal-to-noise ratio, as the paper reports it for colorizations (in RGB, 8-bit).
#include <opencv2/core.hpp>

namespace colorproxy {

/// Mean squared error over every pixel and every channel of two images of the same size and type
/// (any depth, any channel count). Throws std::invalid_argument naming both sizes/types when they differ.
double meanSquaredError(const cv::Mat& prediction, const cv::Mat& truth);

/// 10·log10(peak² / mse) in dB; +infinity when mse == 0.
double psnrFromMse(double mse, double peak = 255.0);

/// PSNR of `prediction` against `truth` with one MSE over all channels together (as skimage's
/// peak_signal_noise_ratio and MATLAB's psnr on an RGB image). `peak` is the data range: 255 for 8-bit.
/// Identical images give +infinity; summarize() counts those apart from the mean.
double psnr(const cv::Mat& prediction, const cv::Mat& truth, double peak = 255.0);

}  // namespace colorproxy
