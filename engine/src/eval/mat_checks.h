#pragma once
// Engine-internal helpers shared by the eval metrics: readable descriptions of cv::Mat shapes for errors.
#include <string>

#include <opencv2/core.hpp>

namespace colorproxy::eval_detail {

/// "640x480 CV_8UC3" (width x height type), or "empty" for an empty Mat.
std::string describeMat(const cv::Mat& m);

/// Throws std::invalid_argument from `function` when either image is empty or they differ in size or type.
void requireSameShape(const char* function, const cv::Mat& prediction, const cv::Mat& truth);

}  // namespace colorproxy::eval_detail
