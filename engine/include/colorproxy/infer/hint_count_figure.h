#pragma once
// The figure of a colour-point model's PSNR and SSIM against the number of simulated colour points per
// image (Zhang, Zhu et al. 2017 plot PSNR against points), drawn with OpenCV from evaluateColorization's
// byHints scores.
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "colorproxy/infer/colorization_evaluation.h"

namespace colorproxy {

/// Where writeHintCountFigure draws: two panels side by side (PSNR left, SSIM right) sharing the x axis
/// x = ln(1 + points), so 0 points has a place on a log-like scale; y is linear in each panel. Values map
/// linearly from [low, high] onto the panel rectangle (low at its bottom row, high at its top row).
struct HintCountFigureLayout {
  cv::Size size;                         ///< the whole image
  cv::Rect psnrPanel;                    ///< plot area of the PSNR panel (inside the axes)
  cv::Rect ssimPanel;                    ///< plot area of the SSIM panel
  double xLow = 0.0;                     ///< ln(1 + points) at the left edge of both panels
  double xHigh = 1.0;                    ///< ... and at the right edge
  double psnrLow = 0.0, psnrHigh = 1.0;  ///< dB at the bottom and top rows of the PSNR panel
  double ssimLow = 0.0, ssimHigh = 1.0;  ///< SSIM at the bottom and top rows of the SSIM panel
};

/// The layout writeHintCountFigure uses for `scores`: the y ranges are round numbers covering every mean
/// and its 95 % interval. Throws std::invalid_argument when no entry has a finite PSNR and SSIM mean.
HintCountFigureLayout hintCountFigureLayout(const std::vector<HintCountScores>& scores);

/// Writes the PNG (atomically): per panel the mean over the images at each number of points, joined by a
/// line, with the 95 % Student-t interval of the mean as an error bar, round ticks, the point counts as x
/// ticks, axis captions and `title` above. Throws std::invalid_argument as hintCountFigureLayout and
/// std::runtime_error naming `file` when it cannot be written.
void writeHintCountFigure(const std::filesystem::path& file, const std::vector<HintCountScores>& scores,
                          const std::string& title);

}  // namespace colorproxy
