#include "eval/mat_checks.h"

#include <stdexcept>

namespace colorproxy::eval_detail {

std::string describeMat(const cv::Mat& m) {
  if (m.empty()) return "empty";
  if (m.dims > 2) return std::to_string(m.dims) + "-dimensional " + cv::typeToString(m.type());
  return std::to_string(m.cols) + "x" + std::to_string(m.rows) + " " + cv::typeToString(m.type());
}

void requireSameShape(const char* function, const cv::Mat& prediction, const cv::Mat& truth) {
  if (prediction.empty() || truth.empty() || prediction.dims > 2 || truth.dims > 2)
    throw std::invalid_argument(std::string(function) + ": need two non-empty 2-D images, got prediction " +
                                describeMat(prediction) + " and truth " + describeMat(truth));
  if (prediction.size() != truth.size() || prediction.type() != truth.type())
    throw std::invalid_argument(std::string(function) + ": prediction is " + describeMat(prediction) +
                                " but truth is " + describeMat(truth) +
                                " (width x height type); both must have the same size and type");
}

}  // namespace colorproxy::eval_detail
