#pragma once
// Structural similarity (Wang, Bovik, Sheikh, Simoncelli 2004), as the paper reports it for colorizations.
#include <vector>

#include <opencv2/core.hpp>

namespace colorproxy {

/// Settings of SSIM; the defaults are Wang et al.'s (and the paper's): an 11×11 Gaussian window with
/// σ = 1.5 (normalised to sum 1), K1 = 0.01, K2 = 0.03, data range L = 255.
struct SsimOptions {
  int windowSize = 11;  ///< odd, ≥ 3
  double sigma = 1.5;
  double k1 = 0.01;
  double k2 = 0.03;
  double dataRange = 255.0;  ///< L: 255 for 8-bit, 1 for float images in [0, 1]
};

/// Mean SSIM of each channel. Border handling: only 'valid' window positions are used, those where the
/// whole window lies inside the image (MATLAB ssim_index.m's filter2(..., 'valid'); skimage's
/// structural_similarity(gaussian_weights=True, sigma=1.5, use_sample_covariance=False) crops the same
/// border). Local statistics are Gaussian-weighted with population (not sample) covariance.
/// Both images: same size and type, any depth, any channel count, at least windowSize pixels each way.
/// Throws std::invalid_argument naming the sizes/types otherwise.
std::vector<double> ssimPerChannel(const cv::Mat& prediction, const cv::Mat& truth,
                                   const SsimOptions& options = {});

/// SSIM averaged over channels (per-channel SSIM, then the mean, as the paper does on RGB).
double ssim(const cv::Mat& prediction, const cv::Mat& truth, const SsimOptions& options = {});

}  // namespace colorproxy
