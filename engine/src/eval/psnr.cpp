#include "colorproxy/eval/psnr.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "eval/mat_checks.h"

namespace colorproxy {

double meanSquaredError(const cv::Mat& prediction, const cv::Mat& truth) {
  eval_detail::requireSameShape("meanSquaredError", prediction, truth);
  // cv::norm sums squared differences over all channels; for integer depths the sum is exact.
  const double sumSquares = cv::norm(prediction, truth, cv::NORM_L2SQR);
  return sumSquares / (double(prediction.total()) * prediction.channels());
}

double psnrFromMse(double mse, double peak) {
  if (!(peak > 0.0)) throw std::invalid_argument("psnr: peak must be > 0, got " + std::to_string(peak));
  if (mse < 0.0 || std::isnan(mse))
    throw std::invalid_argument("psnr: mean squared error must be >= 0, got " + std::to_string(mse));
  if (mse == 0.0) return std::numeric_limits<double>::infinity();
  return 10.0 * std::log10(peak * peak / mse);
}

double psnr(const cv::Mat& prediction, const cv::Mat& truth, double peak) {
  return psnrFromMse(meanSquaredError(prediction, truth), peak);
}

}  // namespace colorproxy
